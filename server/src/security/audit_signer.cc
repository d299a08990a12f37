#include "security/audit_signer.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <atomic>
#include <mutex>
#include <stdexcept>

#include "security/crypto.h"

namespace crm::security {
namespace {
std::mutex g_mu;
std::shared_ptr<const AuditSigner> g_signer;
}  // namespace

std::vector<uint8_t> HmacSha256(const std::vector<uint8_t>& key, const std::string& message) {
  std::vector<uint8_t> out(32);
  unsigned int len = 0;
  if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char*>(message.data()), message.size(), out.data(), &len) ||
      len != 32)
    throw std::runtime_error("HMAC failed");
  return out;
}

std::vector<uint8_t> HexDecode(const std::string& hex) {
  if (hex.size() % 2) throw std::invalid_argument("odd hex length");
  auto nibble = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    throw std::invalid_argument("bad hex");
  };
  std::vector<uint8_t> out(hex.size() / 2);
  for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<uint8_t>(nibble(hex[2 * i]) << 4 | nibble(hex[2 * i + 1]));
  return out;
}

AuditSigner::AuditSigner(std::map<std::string, std::vector<uint8_t>> keys, std::string current_id)
    : keys_(std::move(keys)), current_id_(std::move(current_id)) {
  if (!keys_.count(current_id_)) throw std::invalid_argument("audit signer: unknown current key id");
}

std::vector<uint8_t> AuditSigner::ChainHash(const std::vector<uint8_t>& prev_hash, const std::string& canonical) {
  std::string data(prev_hash.begin(), prev_hash.end());
  data += canonical;
  return Sha256(data);
}

std::vector<uint8_t> AuditSigner::Mac(const std::string& key_id, const std::string& message) const {
  auto it = keys_.find(key_id);
  if (it == keys_.end()) return {};
  return HmacSha256(it->second, message);
}

std::vector<uint8_t> AuditSigner::RowMac(int64_t seq, const std::vector<uint8_t>& hash) const {
  return Mac(current_id_, "row|" + std::to_string(seq) + "|" + HexEncode(hash));
}

bool AuditSigner::VerifyRowMac(const std::string& key_id, int64_t seq, const std::vector<uint8_t>& hash,
                               const std::vector<uint8_t>& mac) const {
  auto expected = Mac(key_id, "row|" + std::to_string(seq) + "|" + HexEncode(hash));
  return !expected.empty() && SecureEquals(expected, mac);
}

std::vector<uint8_t> AuditSigner::CheckpointMac(int64_t seq, const std::vector<uint8_t>& hash, int64_t time_us) const {
  return Mac(current_id_, "checkpoint|" + std::to_string(seq) + "|" + HexEncode(hash) + "|" + std::to_string(time_us));
}

bool AuditSigner::VerifyCheckpointMac(const std::string& key_id, int64_t seq, const std::vector<uint8_t>& hash,
                                      int64_t time_us, const std::vector<uint8_t>& mac) const {
  auto expected =
      Mac(key_id, "checkpoint|" + std::to_string(seq) + "|" + HexEncode(hash) + "|" + std::to_string(time_us));
  return !expected.empty() && SecureEquals(expected, mac);
}

void AuditSigner::SetProcessSigner(std::shared_ptr<const AuditSigner> signer) {
  std::lock_guard lock(g_mu);
  g_signer = std::move(signer);
}

std::shared_ptr<const AuditSigner> AuditSigner::Process() {
  std::lock_guard lock(g_mu);
  return g_signer;
}

}  // namespace crm::security
