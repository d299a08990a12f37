#include "security/audit_signer.h"

#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

#include <atomic>
#include <mutex>
#include <stdexcept>

#include "security/crypto.h"

namespace crm::security {
namespace {
std::mutex g_mu;
std::shared_ptr<const AuditSigner> g_signer;

// Algorithms fetched once: OpenSSL 3's implicit fetch per call costs more
// than hashing a 300-byte record (this is what verification speed hangs on).
const EVP_MD* Sha256Md() {
  static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return md;
}
EVP_MAC* HmacAlgorithm() {
  static EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  return mac;
}
struct MdCtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct MacCtxFree {
  void operator()(EVP_MAC_CTX* c) const { EVP_MAC_CTX_free(c); }
};
}  // namespace

std::vector<uint8_t> HmacSha256(const std::vector<uint8_t>& key, const std::string& message) {
  std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx(EVP_MAC_CTX_new(HmacAlgorithm()));
  char digest[] = "SHA256";
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0), OSSL_PARAM_construct_end()};
  std::vector<uint8_t> out(32);
  size_t len = 0;
  if (!ctx || EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1 ||
      EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
      EVP_MAC_final(ctx.get(), out.data(), &len, out.size()) != 1 || len != 32)
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
  for (const auto& [id, key] : keys_) {
    std::shared_ptr<EVP_MAC_CTX> ctx(EVP_MAC_CTX_new(HmacAlgorithm()), MacCtxFree());
    char digest[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                           OSSL_PARAM_construct_end()};
    if (!ctx || EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1)
      throw std::runtime_error("HMAC key setup failed");
    templates_[id] = ctx;
  }
}

std::vector<uint8_t> AuditSigner::ChainHash(const std::vector<uint8_t>& prev_hash, const std::string& canonical) {
  thread_local std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
  std::vector<uint8_t> out(32);
  unsigned int len = 0;
  if (EVP_DigestInit_ex2(ctx.get(), Sha256Md(), nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), prev_hash.data(), prev_hash.size()) != 1 ||
      EVP_DigestUpdate(ctx.get(), canonical.data(), canonical.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), out.data(), &len) != 1 || len != 32)
    throw std::runtime_error("sha256 failed");
  return out;
}

std::vector<uint8_t> AuditSigner::Mac(const std::string& key_id, const std::string& message) const {
  auto it = templates_.find(key_id);
  if (it == templates_.end()) return {};
  // Duplicate the keyed template instead of re-keying for every row.
  std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx(EVP_MAC_CTX_dup(it->second.get()));
  std::vector<uint8_t> out(32);
  size_t len = 0;
  if (!ctx || EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
      EVP_MAC_final(ctx.get(), out.data(), &len, out.size()) != 1 || len != 32)
    throw std::runtime_error("HMAC failed");
  return out;
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
