#include "security/audit_signer.h"

#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/hmac.h>
#include <openssl/params.h>

#include <array>
#include <charconv>
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
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                         OSSL_PARAM_construct_end()};
  std::vector<uint8_t> out(32);
  size_t len = 0;
  if (!ctx || EVP_MAC_init(ctx.get(), key.data(), key.size(), params) != 1 ||
      EVP_MAC_update(ctx.get(), reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
      EVP_MAC_final(ctx.get(), out.data(), &len, out.size()) != 1 || len != 32)
    throw std::runtime_error("HMAC failed");
  return out;
}

namespace {
// Nibble values by character; -1 for anything that is not a hex digit.
constexpr std::array<int8_t, 256> kNibble = [] {
  std::array<int8_t, 256> t{};
  for (auto& v : t) v = -1;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = static_cast<int8_t>(c - '0');
  for (int c = 'a'; c <= 'f'; ++c) t[static_cast<size_t>(c)] = static_cast<int8_t>(c - 'a' + 10);
  for (int c = 'A'; c <= 'F'; ++c) t[static_cast<size_t>(c)] = static_cast<int8_t>(c - 'A' + 10);
  return t;
}();
}  // namespace

std::vector<uint8_t> HexDecode(std::string_view hex) {
  if (hex.size() % 2) throw std::invalid_argument("odd hex length");
  std::vector<uint8_t> out(hex.size() / 2);
  for (size_t i = 0; i < out.size(); ++i) {
    int hi = kNibble[static_cast<unsigned char>(hex[2 * i])], lo = kNibble[static_cast<unsigned char>(hex[2 * i + 1])];
    if ((hi | lo) < 0) throw std::invalid_argument("bad hex");
    out[i] = static_cast<uint8_t>(hi << 4 | lo);
  }
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

std::vector<uint8_t> AuditSigner::Mac(const std::string& key_id, std::string_view message) const {
  auto it = templates_.find(key_id);
  if (it == templates_.end()) return {};
  // Each thread keeps its own copy of the keyed context and restarts it per
  // message (EVP_MAC_init without a key re-initialises HMAC with the key it
  // has), instead of duplicating the template for every row: verification
  // computes one MAC per event. The weak pointer ties the copy to this key's
  // template, so a new signer or key never meets a stale copy.
  struct Cached {
    std::weak_ptr<evp_mac_ctx_st> from;
    std::unique_ptr<EVP_MAC_CTX, MacCtxFree> ctx;
  };
  thread_local Cached cached;
  if (!cached.ctx || cached.from.lock() != it->second) {
    cached.ctx.reset(EVP_MAC_CTX_dup(it->second.get()));
    cached.from = it->second;
  } else if (EVP_MAC_init(cached.ctx.get(), nullptr, 0, nullptr) != 1) {
    throw std::runtime_error("HMAC failed");
  }
  std::vector<uint8_t> out(32);
  size_t len = 0;
  if (!cached.ctx ||
      EVP_MAC_update(cached.ctx.get(), reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
      EVP_MAC_final(cached.ctx.get(), out.data(), &len, out.size()) != 1 || len != 32) {
    cached.ctx.reset();
    throw std::runtime_error("HMAC failed");
  }
  return out;
}

namespace {
// "row|" seq "|" hex(hash), built in a reused buffer.
std::string_view RowMessage(int64_t seq, const std::vector<uint8_t>& hash) {
  static constexpr char kHex[] = "0123456789abcdef";
  thread_local std::string buf;
  buf.assign("row|");
  char digits[24];
  auto [end, ec] = std::to_chars(digits, digits + sizeof digits, seq);
  buf.append(digits, end);
  buf.push_back('|');
  for (uint8_t b : hash) {
    buf.push_back(kHex[b >> 4]);
    buf.push_back(kHex[b & 15]);
  }
  return buf;
}
}  // namespace

std::vector<uint8_t> AuditSigner::RowMac(int64_t seq, const std::vector<uint8_t>& hash) const {
  return Mac(current_id_, RowMessage(seq, hash));
}

bool AuditSigner::VerifyRowMac(const std::string& key_id, int64_t seq, const std::vector<uint8_t>& hash,
                               const std::vector<uint8_t>& mac) const {
  auto expected = Mac(key_id, RowMessage(seq, hash));
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
