// Working-day and trading calendars (issue 26, ADR 0017): weekends are off
// unless the loaded calendar makes a day a working day (China's make-up
// days), weekdays are open unless it marks a holiday. A year counts as
// known only when it was loaded; a deadline that falls in (or passes
// through) an unknown year is flagged as an estimate. Pure rules: no I/O.
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <set>
#include <string>

namespace crm::domain {

// Days since 1970-01-01 <-> "YYYY-MM-DD" (proleptic Gregorian).
int DayNumber(int year, int month, int day);
std::optional<int> DayNumberOf(const std::string& iso_date);
std::string IsoDateOf(int day_number);
int WeekdayOf(int day_number);  // 1 Monday .. 7 Sunday
int YearOf(int day_number);
// The business date (YYYY-MM-DD) in China (UTC+8, the exchanges' zone) at t.
std::string BusinessDateOf(std::chrono::system_clock::time_point t);

class Calendar {
 public:
  // day number -> open (true: a working day on a weekend; false: a holiday)
  Calendar(std::set<int> known_years, std::map<int, bool> exceptions)
      : known_years_(std::move(known_years)), exceptions_(std::move(exceptions)) {}

  bool IsOpen(int day_number) const;
  bool Knows(int year) const { return known_years_.count(year) > 0; }

  struct Result {
    int day_number = 0;
    bool estimated = false;  // a year on the way was not loaded
    int unknown_year = 0;    // the first such year
  };
  // The n-th open day after `from` (n >= 1; `from` itself does not count).
  Result AddOpenDays(int from, int n) const;

 private:
  std::set<int> known_years_;
  std::map<int, bool> exceptions_;
};

// One line of a calendar file: "YYYY-MM-DD,HOLIDAY|WORKDAY[,note]".
struct CalendarLine {
  int day_number = 0;
  bool open = false;
  std::string note;
};
// Parses one line; on a problem returns nullopt and sets *field and
// *problem ("day", "kind", "note").
std::optional<CalendarLine> ParseCalendarLine(const std::string& line, std::string* field, std::string* problem);

}  // namespace crm::domain
