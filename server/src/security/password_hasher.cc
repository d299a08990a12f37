#include "security/password_hasher.h"

#include <openssl/evp.h>
#include <openssl/kdf.h>

#include <sstream>
#include <stdexcept>
#include <vector>

#include "security/crypto.h"

namespace crm::security {
namespace {

constexpr size_t kSaltLen = 16;
constexpr size_t kKeyLen = 32;

std::vector<uint8_t> Derive(const std::string& password, const std::vector<uint8_t>& salt, const ScryptParams& p) {
  std::vector<uint8_t> key(kKeyLen);
  uint64_t n = uint64_t{1} << p.log2_n;
  uint64_t maxmem = 128 * n * static_cast<uint64_t>(p.r) * static_cast<uint64_t>(p.p) + (16u << 20);
  if (EVP_PBE_scrypt(password.data(), password.size(), salt.data(), salt.size(), n, static_cast<uint64_t>(p.r),
                     static_cast<uint64_t>(p.p), maxmem, key.data(), key.size()) != 1)
    throw std::runtime_error("scrypt failed");
  return key;
}

struct Parsed {
  ScryptParams params;
  std::vector<uint8_t> salt;
  std::vector<uint8_t> hash;
};

bool Parse(const std::string& encoded, Parsed& out) {
  std::vector<std::string> parts;
  std::stringstream ss(encoded);
  std::string item;
  while (std::getline(ss, item, '$')) parts.push_back(item);
  if (parts.size() != 6 || parts[0] != "scrypt") return false;
  try {
    out.params.log2_n = std::stoi(parts[1]);
    out.params.r = std::stoi(parts[2]);
    out.params.p = std::stoi(parts[3]);
    if (out.params.log2_n < 1 || out.params.log2_n > 24 || out.params.r < 1 || out.params.p < 1) return false;
    out.salt = Base64Decode(parts[4]);
    out.hash = Base64Decode(parts[5]);
  } catch (const std::exception&) {
    return false;
  }
  return out.hash.size() == kKeyLen;
}

}  // namespace

std::string PasswordHasher::Hash(const std::string& password) const {
  auto salt = RandomBytes(kSaltLen);
  auto key = Derive(password, salt, params_);
  std::ostringstream os;
  os << "scrypt$" << params_.log2_n << '$' << params_.r << '$' << params_.p << '$' << Base64Encode(salt) << '$'
     << Base64Encode(key);
  return os.str();
}

bool PasswordHasher::Verify(const std::string& password, const std::string& encoded) const {
  Parsed parsed;
  if (!Parse(encoded, parsed)) return false;
  return SecureEquals(Derive(password, parsed.salt, parsed.params), parsed.hash);
}

bool PasswordHasher::NeedsRehash(const std::string& encoded) const {
  Parsed parsed;
  if (!Parse(encoded, parsed)) return true;
  return parsed.params.log2_n < params_.log2_n || parsed.params.r < params_.r || parsed.params.p < params_.p;
}

}  // namespace crm::security
