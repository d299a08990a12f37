// Field encryption for client personal data (JR/T 0171 C2): AES-256-GCM via
// OpenSSL EVP, a random 96-bit nonce per value, the data key's id stored with
// each value (so keys rotate), and the row and column bound in as associated
// data (a value copied to another row or column does not decrypt).
//   blob = 0x01 | len(key id) | key id | nonce(12) | tag(16) | ciphertext
// Exact-match search uses a blind index: HMAC-SHA256 under its own key over
// the field name and the normalised value; never the plaintext.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace crm::security {

class FieldCipher {
 public:
  // data_keys: id -> 32-byte key; current_id encrypts new values.
  FieldCipher(std::map<std::string, std::vector<uint8_t>> data_keys, std::string current_id,
              std::vector<uint8_t> blind_key);

  std::vector<uint8_t> Encrypt(std::string_view plaintext, std::string_view aad) const;
  // Throws std::runtime_error when the key is unknown or the value was altered.
  std::string Decrypt(const std::vector<uint8_t>& blob, std::string_view aad) const;
  static std::string KeyIdOf(const std::vector<uint8_t>& blob);
  std::string BlindIndex(std::string_view field, std::string_view normalized) const;  // hex
  const std::string& current_key_id() const { return current_id_; }

  static void SetProcessCipher(std::shared_ptr<const FieldCipher> cipher);
  static std::shared_ptr<const FieldCipher> Process();  // throws when not configured

 private:
  std::map<std::string, std::vector<uint8_t>> keys_;
  std::string current_id_;
  std::vector<uint8_t> blind_key_;
};

}  // namespace crm::security
