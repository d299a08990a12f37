// Hashing and MACs for the audit chain (OpenSSL EVP/HMAC only).
//   hash = SHA-256(prev_hash || canonical encoding)
//   row mac = HMAC-SHA256(key, "row|" seq "|" hash)
//   checkpoint mac = HMAC-SHA256(key, "checkpoint|" seq "|" hash "|" time_us)
// Keys are held outside the database (security/key_store.h) and identified by
// id, so old rows verify after a key rotation.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/types.h>

namespace crm::security {

class AuditSigner {
 public:
  // keys: id -> 32-byte key; current_id signs new rows.
  AuditSigner(std::map<std::string, std::vector<uint8_t>> keys, std::string current_id);

  static std::vector<uint8_t> ChainHash(const std::vector<uint8_t>& prev_hash, const std::string& canonical);
  std::vector<uint8_t> RowMac(int64_t seq, const std::vector<uint8_t>& hash) const;
  bool VerifyRowMac(const std::string& key_id, int64_t seq, const std::vector<uint8_t>& hash,
                    const std::vector<uint8_t>& mac) const;
  std::vector<uint8_t> CheckpointMac(int64_t seq, const std::vector<uint8_t>& hash, int64_t time_us) const;
  bool VerifyCheckpointMac(const std::string& key_id, int64_t seq, const std::vector<uint8_t>& hash, int64_t time_us,
                           const std::vector<uint8_t>& mac) const;
  const std::string& current_key_id() const { return current_id_; }

  // The signer every audit write in this process uses (set once at start by
  // crm-server, crm-admin and the tests). Without it audit writes fail, and so
  // does the change they record.
  static void SetProcessSigner(std::shared_ptr<const AuditSigner> signer);
  static std::shared_ptr<const AuditSigner> Process();

 private:
  std::vector<uint8_t> Mac(const std::string& key_id, std::string_view message) const;
  std::map<std::string, std::vector<uint8_t>> keys_;
  std::map<std::string, std::shared_ptr<evp_mac_ctx_st>> templates_;  // keyed HMAC contexts
  std::string current_id_;
};

std::vector<uint8_t> HmacSha256(const std::vector<uint8_t>& key, const std::string& message);
std::vector<uint8_t> HexDecode(std::string_view hex);  // throws std::invalid_argument

}  // namespace crm::security
