// Small wrappers over OpenSSL. Nothing here implements a primitive itself.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crm::security {

std::vector<uint8_t> RandomBytes(size_t n);
std::vector<uint8_t> Sha256(std::string_view data);
std::string Sha256Hex(std::string_view data);
std::string HexEncode(const std::vector<uint8_t>& bytes);
std::string Base64UrlEncode(const std::vector<uint8_t>& bytes);
std::string Base64Encode(const std::vector<uint8_t>& bytes);
std::vector<uint8_t> Base64Decode(std::string_view text);  // throws std::invalid_argument
// Constant-time comparison.
bool SecureEquals(const std::vector<uint8_t>& a, const std::vector<uint8_t>& b);
// Overwrites a string's bytes before it is released.
void Wipe(std::string& s);

}  // namespace crm::security
