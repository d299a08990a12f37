// An injectable clock: sessions, lockouts and password expiry read the time
// from here so that tests can move it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <string>

namespace crm {

using TimePoint = std::chrono::system_clock::time_point;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint Now() const override { return std::chrono::system_clock::now(); }
};

// A clock that only moves when told to.
class FakeClock final : public Clock {
 public:
  explicit FakeClock(TimePoint start = std::chrono::system_clock::now())
      : micros_(std::chrono::duration_cast<std::chrono::microseconds>(start.time_since_epoch()).count()) {}
  TimePoint Now() const override { return TimePoint(std::chrono::microseconds(micros_.load())); }
  void Advance(std::chrono::microseconds d) { micros_ += d.count(); }

 private:
  std::atomic<int64_t> micros_;
};

// UTC, microsecond precision, in a form PostgreSQL reads as timestamptz.
std::string ToPgTimestamp(TimePoint t);
// Parses what PostgreSQL prints for `EXTRACT(EPOCH FROM ts)` (seconds, fractional).
TimePoint FromEpochSeconds(const std::string& text);
int64_t ToEpochMicros(TimePoint t);
// Parses PostgreSQL's timestamptz text in UTC ("2026-11-21 21:00:00.123456+00")
// to microseconds since the epoch. Throws std::invalid_argument otherwise.
int64_t ParsePgUtcMicros(const char* text, size_t len);

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t DaysFromCivil(int64_t year, unsigned month, unsigned day);

}  // namespace crm
