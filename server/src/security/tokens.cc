#include "security/tokens.h"

#include "security/crypto.h"

namespace crm::security {

IssuedToken IssueToken() {
  IssuedToken t;
  t.token = Base64UrlEncode(RandomBytes(32));
  t.sha256 = Sha256(t.token);
  return t;
}

std::vector<uint8_t> TokenDigest(const std::string& token) { return Sha256(token); }

bool LooksLikeToken(const std::string& token) {
  if (token.size() != 43) return false;
  for (char c : token) {
    bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

}  // namespace crm::security
