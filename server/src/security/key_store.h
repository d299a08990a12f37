// Data keys for field encryption, kept outside the database. A master key
// (32 random bytes, file mode 0600) wraps each data key with AES-256 key wrap
// (RFC 5649, OpenSSL EVP); the wrapped data keys and their ids live in
// keys.json beside it. A KMS can later take the master key's place without
// touching the data keys' format.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace crm::security {

struct DataKey {
  std::string id;            // "dk-0001"
  std::vector<uint8_t> key;  // 32 bytes, unwrapped (memory only)
  std::string create_time;
};

class KeyStore {
 public:
  explicit KeyStore(std::filesystem::path dir) : dir_(std::move(dir)) {}
  // Creates the master key and a first data key. False when they exist.
  bool Init();
  // Adds a data key and makes it current; returns its id.
  std::string AddDataKey();
  // Adds an audit MAC key (for the audit chain) and makes it current.
  std::string AddAuditKey();
  // Audit MAC keys by id; current_id receives the newest.
  std::map<std::string, std::vector<uint8_t>> LoadAuditKeys(std::string& current_id) const;
  // Blind-index keys (exact-match search on encrypted fields); one is created
  // when a key store made before they existed has none.
  std::map<std::string, std::vector<uint8_t>> LoadBlindIndexKeys(std::string& current_id);
  // All data keys, oldest first; the last is current. Throws when missing/corrupt.
  std::vector<DataKey> Load() const;
  bool exists() const;

 private:
  std::vector<uint8_t> MasterKey() const;
  std::string AddKey(const char* list, const char* prefix);
  std::filesystem::path dir_;
};

}  // namespace crm::security
