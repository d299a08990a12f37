#include "common/clock.h"

#include <cstdio>
#include <ctime>
#include <string>

namespace crm {

int64_t ToEpochMicros(TimePoint t) {
  return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}

std::string ToPgTimestamp(TimePoint t) {
  int64_t us = ToEpochMicros(t);
  std::time_t secs = static_cast<std::time_t>(us / 1000000);
  int64_t frac = us % 1000000;
  if (frac < 0) {
    frac += 1000000;
    --secs;
  }
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d.%06lld+00", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<long long>(frac));
  return buf;
}

TimePoint FromEpochSeconds(const std::string& text) {
  // "1763750000.123456": split to avoid floating-point rounding of microseconds.
  auto dot = text.find('.');
  int64_t secs = std::stoll(text.substr(0, dot));
  int64_t micros = 0;
  if (dot != std::string::npos) {
    std::string frac = text.substr(dot + 1, 6);
    while (frac.size() < 6) frac += '0';
    micros = std::stoll(frac);
    if (!text.empty() && text[0] == '-') micros = -micros;
  }
  return TimePoint(std::chrono::microseconds(secs * 1000000 + micros));
}

}  // namespace crm
