// Password hashing with scrypt (OpenSSL EVP_PBE_scrypt), a memory-hard KDF,
// and a random 16-byte salt per hash. Encoded as
//   scrypt$<log2 N>$<r>$<p>$<salt b64>$<hash b64>
// so the cost can be raised later without invalidating stored hashes.
#pragma once

#include <string>

namespace crm::security {

struct ScryptParams {
  int log2_n = 15;  // N = 32768: 32 MiB with r = 8
  int r = 8;
  int p = 1;
};

class PasswordHasher {
 public:
  explicit PasswordHasher(ScryptParams params = {}) : params_(params) {}
  std::string Hash(const std::string& password) const;
  // False for a wrong password or a malformed hash; never throws on bad input.
  bool Verify(const std::string& password, const std::string& encoded) const;
  // True when the stored hash uses weaker parameters than the current ones.
  bool NeedsRehash(const std::string& encoded) const;

 private:
  ScryptParams params_;
};

}  // namespace crm::security
