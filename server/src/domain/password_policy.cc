#include "domain/password_policy.h"

#include <algorithm>
#include <cctype>

namespace crm::domain {

std::vector<FieldViolation> CheckPasswordStrength(const PasswordPolicy& policy, const std::string& username,
                                                  const std::string& password) {
  using P = crm::v1::FieldProblem;
  std::vector<FieldViolation> problems;
  // Length counts characters, not bytes, so a Chinese passphrase is judged fairly.
  size_t chars = 0;
  for (unsigned char c : password)
    if ((c & 0xC0) != 0x80) ++chars;
  if (chars < policy.min_length)
    problems.push_back({"", "must be at least " + std::to_string(policy.min_length) + " characters", P::TOO_SHORT,
                        static_cast<int64_t>(policy.min_length)});
  if (chars > 256) problems.push_back({"", "must be at most 256 characters", P::TOO_LONG, 256});
  bool lower = false, upper = false, digit = false, other = false;
  for (unsigned char c : password) {
    if (std::islower(c))
      lower = true;
    else if (std::isupper(c))
      upper = true;
    else if (std::isdigit(c))
      digit = true;
    else
      other = true;
  }
  int classes = lower + upper + digit + other;
  if (classes < policy.min_classes)
    problems.push_back({"",
                        "must mix at least " + std::to_string(policy.min_classes) +
                            " of: lower-case letters, upper-case letters, digits, symbols",
                        P::PASSWORD_CHARACTER_CLASSES, policy.min_classes});
  auto lowered = [](std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
  };
  if (!username.empty() && lowered(password).find(lowered(username)) != std::string::npos)
    problems.push_back({"", "must not contain the user name", P::PASSWORD_CONTAINS_USER_NAME, 0});
  return problems;
}

}  // namespace crm::domain
