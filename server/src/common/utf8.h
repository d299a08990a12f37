// Characters (UTF-8 code points) in s: limits on free text count these, and a
// name search records this much of its query, never the text.
#pragma once

#include <cstddef>
#include <string>

namespace crm {

inline size_t Utf8Length(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

}  // namespace crm
