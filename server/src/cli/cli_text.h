// Text the admin CLI prints, shared by its commands.
#pragma once

#include <cstdint>
#include <ctime>
#include <string>

namespace crm::cli {

// Microseconds since the epoch as "YYYY-MM-DD HH:MM:SSZ" (UTC); "-" for 0.
inline std::string Time(int64_t us) {
  if (us == 0) return "-";
  std::time_t t = static_cast<std::time_t>(us / 1000000);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%SZ", &tm);
  return buf;
}

}  // namespace crm::cli
