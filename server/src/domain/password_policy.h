// Password rules of regulatory.md section 4 (GB/T 22239-2019 level 3):
// minimum length, character classes, not the user name, no reuse of recent
// passwords, maximum age. Every number is configurable.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "common/error.h"

namespace crm::domain {

struct PasswordPolicy {
  size_t min_length = 10;
  int min_classes = 3;  // of: lower, upper, digit, other
  int history = 5;      // the last N passwords may not be reused
  std::chrono::hours max_age{24 * 90};
};

// Returns the problems (empty when acceptable), each with its code, an English
// description and its bound; the caller names the field. History is checked
// separately by the caller, which owns the stored hashes.
std::vector<FieldViolation> CheckPasswordStrength(const PasswordPolicy& policy, const std::string& username,
                                                  const std::string& password);

}  // namespace crm::domain
