#include "domain/password_policy.h"

#include <algorithm>
#include <cctype>

namespace crm::domain {

std::vector<std::string> CheckPasswordStrength(const PasswordPolicy& policy, const std::string& username,
                                               const std::string& password) {
  std::vector<std::string> problems;
  // Length counts characters, not bytes, so a Chinese passphrase is judged fairly.
  size_t chars = 0;
  for (unsigned char c : password)
    if ((c & 0xC0) != 0x80) ++chars;
  if (chars < policy.min_length)
    problems.push_back("must be at least " + std::to_string(policy.min_length) + " characters");
  if (chars > 256) problems.push_back("must be at most 256 characters");
  bool lower = false, upper = false, digit = false, other = false;
  for (unsigned char c : password) {
    if (std::islower(c)) lower = true;
    else if (std::isupper(c)) upper = true;
    else if (std::isdigit(c)) digit = true;
    else other = true;
  }
  int classes = lower + upper + digit + other;
  if (classes < policy.min_classes)
    problems.push_back("must mix at least " + std::to_string(policy.min_classes) +
                       " of: lower-case letters, upper-case letters, digits, symbols");
  auto lowered = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  };
  if (!username.empty() && lowered(password).find(lowered(username)) != std::string::npos)
    problems.push_back("must not contain the user name");
  return problems;
}

}  // namespace crm::domain
