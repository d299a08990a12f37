#include "common/clock.h"

#include <cstdio>
#include <ctime>
#include <stdexcept>
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

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

int64_t ParsePgUtcMicros(const char* t, size_t len) {
  // YYYY-MM-DD HH:MM:SS[.ffffff]+00
  auto num = [&](size_t pos, size_t n) {
    int64_t v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (i >= len || t[i] < '0' || t[i] > '9') throw std::invalid_argument("bad timestamp");
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  if (len < 22 || t[4] != '-' || t[7] != '-' || t[10] != ' ' || t[13] != ':' || t[16] != ':')
    throw std::invalid_argument("bad timestamp");
  int64_t days = DaysFromCivil(num(0, 4), static_cast<unsigned>(num(5, 2)), static_cast<unsigned>(num(8, 2)));
  int64_t secs = days * 86400 + num(11, 2) * 3600 + num(14, 2) * 60 + num(17, 2);
  size_t pos = 19;
  int64_t micros = 0;
  if (pos < len && t[pos] == '.') {
    ++pos;
    int digits = 0;
    while (pos < len && t[pos] >= '0' && t[pos] <= '9') {
      if (digits < 6) micros = micros * 10 + (t[pos] - '0'), ++digits;
      ++pos;
    }
    while (digits++ < 6) micros *= 10;
  }
  if (len - pos != 3 || t[pos] != '+' || t[pos + 1] != '0' || t[pos + 2] != '0')
    throw std::invalid_argument("timestamp not in UTC");
  return secs * 1000000 + micros;
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
