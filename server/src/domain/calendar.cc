#include "domain/calendar.h"

#include <vector>

#include "common/clock.h"
#include "domain/dates.h"

namespace crm::domain {

int DayNumber(int y, int m, int d) {
  return static_cast<int>(DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)));
}

std::string BusinessDateOf(std::chrono::system_clock::time_point t) {
  const auto local = t + std::chrono::hours(8);  // China: UTC+8, no daylight saving
  return IsoDateOf(static_cast<int>(std::chrono::floor<std::chrono::days>(local.time_since_epoch()).count()));
}

namespace {
void CivilOf(int z, int* year, int* month, int* day) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = y + (*month <= 2);
}
}  // namespace

std::optional<int> DayNumberOf(const std::string& iso_date) {
  auto ok = ParseIsoDate(iso_date);
  if (!ok) return std::nullopt;
  return DayNumber(std::stoi(iso_date.substr(0, 4)), std::stoi(iso_date.substr(5, 2)),
                   std::stoi(iso_date.substr(8, 2)));
}

std::string IsoDateOf(int n) {
  int y = 0, m = 0, d = 0;
  CivilOf(n, &y, &m, &d);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

int WeekdayOf(int n) {
  // 1970-01-01 was a Thursday (4).
  int w = (n % 7 + 7 + 3) % 7;  // 0 Monday
  return w + 1;
}

int YearOf(int n) {
  int y = 0, m = 0, d = 0;
  CivilOf(n, &y, &m, &d);
  return y;
}

bool Calendar::IsOpen(int n) const {
  auto it = exceptions_.find(n);
  if (it != exceptions_.end()) return it->second;
  return WeekdayOf(n) <= 5;
}

Calendar::Result Calendar::AddOpenDays(int from, int n) const {
  Result r;
  int day = from;
  if (!Knows(YearOf(from))) {
    r.estimated = true;
    r.unknown_year = YearOf(from);
  }
  for (int found = 0; found < n;) {
    ++day;
    if (!r.estimated && !Knows(YearOf(day))) {
      r.estimated = true;
      r.unknown_year = YearOf(day);
    }
    if (IsOpen(day)) ++found;
  }
  r.day_number = day;
  return r;
}

std::optional<CalendarLine> ParseCalendarLine(const std::string& raw, std::string* field, std::string* problem) {
  std::string line = raw;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  std::vector<std::string> parts;
  size_t start = 0;
  for (int i = 0; i < 2; ++i) {
    size_t comma = line.find(',', start);
    if (comma == std::string::npos) break;
    parts.push_back(line.substr(start, comma - start));
    start = comma + 1;
  }
  parts.push_back(line.substr(start));
  auto trim = [](std::string s) {
    while (!s.empty() && s.front() == ' ') s.erase(s.begin());
    while (!s.empty() && s.back() == ' ') s.pop_back();
    return s;
  };
  for (auto& p : parts) p = trim(p);
  CalendarLine out;
  auto day = parts.empty() ? std::nullopt : DayNumberOf(parts[0]);
  if (!day) {
    *field = "day";
    *problem = "must be a real date YYYY-MM-DD";
    return std::nullopt;
  }
  out.day_number = *day;
  const std::string kind = parts.size() > 1 ? parts[1] : "";
  if (kind == "HOLIDAY")
    out.open = false;
  else if (kind == "WORKDAY")
    out.open = true;
  else {
    *field = "kind";
    *problem = "must be HOLIDAY or WORKDAY";
    return std::nullopt;
  }
  out.note = parts.size() > 2 ? parts[2] : "";
  if (out.note.size() > 100) {
    *field = "note";
    *problem = "must be at most 100 bytes";
    return std::nullopt;
  }
  return out;
}

}  // namespace crm::domain
