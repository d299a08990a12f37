#include "security/field_cipher.h"

#include <openssl/evp.h>

#include <cstring>
#include <mutex>
#include <stdexcept>

#include "security/audit_signer.h"
#include "security/crypto.h"

namespace crm::security {
namespace {

struct CtxFree {
  void operator()(EVP_CIPHER_CTX* c) const { EVP_CIPHER_CTX_free(c); }
};
constexpr size_t kNonce = 12, kTag = 16;
std::mutex g_mu;
std::shared_ptr<const FieldCipher> g_cipher;

}  // namespace

FieldCipher::FieldCipher(std::map<std::string, std::vector<uint8_t>> data_keys, std::string current_id,
                         std::vector<uint8_t> blind_key)
    : keys_(std::move(data_keys)), current_id_(std::move(current_id)), blind_key_(std::move(blind_key)) {
  if (!keys_.count(current_id_) || keys_[current_id_].size() != 32) throw std::invalid_argument("bad data key");
  if (blind_key_.size() != 32) throw std::invalid_argument("bad blind-index key");
}

std::vector<uint8_t> FieldCipher::Encrypt(std::string_view plaintext, std::string_view aad) const {
  const auto& key = keys_.at(current_id_);
  auto nonce = RandomBytes(kNonce);
  std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
  const size_t tag_at = 2 + current_id_.size() + kNonce;
  std::vector<uint8_t> out(tag_at + kTag + plaintext.size());
  out[0] = 1;
  out[1] = static_cast<uint8_t>(current_id_.size());
  std::memcpy(out.data() + 2, current_id_.data(), current_id_.size());
  std::memcpy(out.data() + 2 + current_id_.size(), nonce.data(), kNonce);
  int len = 0, fin = 0;
  if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) != 1 ||
      EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                        static_cast<int>(aad.size())) != 1 ||
      EVP_EncryptUpdate(ctx.get(), out.data() + tag_at + kTag, &len,
                        reinterpret_cast<const unsigned char*>(plaintext.data()),
                        static_cast<int>(plaintext.size())) != 1 ||
      EVP_EncryptFinal_ex(ctx.get(), out.data() + tag_at + kTag + len, &fin) != 1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, out.data() + tag_at) != 1)
    throw std::runtime_error("encryption failed");
  return out;
}

std::string FieldCipher::KeyIdOf(const std::vector<uint8_t>& blob) {
  if (blob.size() < 2 || blob[0] != 1 || blob.size() < 2u + blob[1]) throw std::runtime_error("not an encrypted value");
  return std::string(blob.begin() + 2, blob.begin() + 2 + blob[1]);
}

std::string FieldCipher::Decrypt(const std::vector<uint8_t>& blob, std::string_view aad) const {
  const std::string key_id = KeyIdOf(blob);
  auto it = keys_.find(key_id);
  if (it == keys_.end()) throw std::runtime_error("unknown data key " + key_id);
  size_t pos = 2 + key_id.size();
  if (blob.size() < pos + kNonce + kTag) throw std::runtime_error("truncated encrypted value");
  const uint8_t* nonce = blob.data() + pos;
  const uint8_t* tag = nonce + kNonce;
  const uint8_t* ct = tag + kTag;
  size_t ct_len = blob.size() - pos - kNonce - kTag;
  std::string out(ct_len, '\0');
  std::unique_ptr<EVP_CIPHER_CTX, CtxFree> ctx(EVP_CIPHER_CTX_new());
  int len = 0, fin = 0;
  if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, it->second.data(), nonce) != 1 ||
      EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.data()),
                        static_cast<int>(aad.size())) != 1 ||
      EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &len, ct, static_cast<int>(ct_len)) !=
          1 ||
      EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, const_cast<uint8_t*>(tag)) != 1 ||
      EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(out.data()) + len, &fin) != 1)
    throw std::runtime_error("an encrypted value failed authentication");
  return out;
}

std::string FieldCipher::BlindIndex(std::string_view field, std::string_view normalized) const {
  std::string msg(field);
  msg += '|';
  msg += normalized;
  return HexEncode(HmacSha256(blind_key_, msg));
}

void FieldCipher::SetProcessCipher(std::shared_ptr<const FieldCipher> cipher) {
  std::lock_guard lock(g_mu);
  g_cipher = std::move(cipher);
}

std::shared_ptr<const FieldCipher> FieldCipher::Process() {
  std::lock_guard lock(g_mu);
  if (!g_cipher) throw std::runtime_error("field encryption keys are not loaded");
  return g_cipher;
}

}  // namespace crm::security
