// Calendar days as the API and files carry them. One rule for every date
// field: a real day (31 February is not) between 1900 and 2200; each field
// narrows it further where it must (a birth date in the past, ...).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace crm::domain {

bool IsRealDate(int year, int month, int day);
// YYYY-MM-DD of a real day; "" when year, month and day are all 0 (unset);
// nullopt otherwise.
std::optional<std::string> DateText(int year, int month, int day);
// "YYYY-MM-DD" text of a real day -> the same text; nullopt otherwise.
std::optional<std::string> ParseIsoDate(std::string_view text);

}  // namespace crm::domain
