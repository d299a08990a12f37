// Access tokens: 256 random bits, handed to the client once, stored only as
// their SHA-256.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace crm::security {

struct IssuedToken {
  std::string token;            // given to the client, never stored or logged
  std::vector<uint8_t> sha256;  // stored
};

IssuedToken IssueToken();
std::vector<uint8_t> TokenDigest(const std::string& token);
// Cheap shape check before any lookup: 43 base64url characters.
bool LooksLikeToken(const std::string& token);

}  // namespace crm::security
