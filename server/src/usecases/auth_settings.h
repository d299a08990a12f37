#pragma once

#include <chrono>

#include "domain/password_policy.h"
#include "security/password_hasher.h"

namespace crm::usecases {

// Sign-in rules of regulatory.md section 4; all configurable.
struct AuthSettings {
  int max_failed_logins = 5;
  std::chrono::seconds lockout{300};
  std::chrono::seconds idle_timeout{600};
  std::chrono::seconds absolute_timeout{12 * 3600};
  domain::PasswordPolicy password_policy;
  security::ScryptParams scrypt;
};

}  // namespace crm::usecases
