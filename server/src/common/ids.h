#pragma once

#include <cctype>
#include <string>

namespace crm {

// A canonical textual UUID (8-4-4-4-12 hex digits).
inline bool IsUuid(const std::string& s) {
  if (s.size() != 36) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
      return false;
    }
  }
  return true;
}

// A new random (version 4) UUID in canonical text, from the OS's CSPRNG.
std::string NewUuid();

}  // namespace crm
