// Money ranges: every amount the server accepts is an integer number of fen
// (minor units, never floating point) inside a documented range, and a sum of
// amounts is checked before it is stored. docs/admin-guide.md lists them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm {
class Validation;
}

namespace crm::domain {

// 10^15 fen = 10 trillion yuan: above any real sale, holding, minimum
// investment or client's assets, and far enough below 2^63 (9.2 x 10^18) that
// the sum of 9,000 such amounts cannot overflow a 64-bit integer.
inline constexpr int64_t kMaxMoneyMinor = 1'000'000'000'000'000;

// "must be between 0 and 10^15 fen (10 trillion yuan)" and the like.
std::string MoneyRangeText(int64_t min_minor, int64_t max_minor);

// Adds a violation naming `field` when value is outside [min_minor, max_minor]
// (max defaults to kMaxMoneyMinor). Returns whether it was inside.
bool CheckMoney(Validation& v, const std::string& field, int64_t value, int64_t min_minor = 0,
                int64_t max_minor = kMaxMoneyMinor);

// a + b when the result stays within [-kMaxMoneyMinor, kMaxMoneyMinor]; else
// nothing (no overflow whatever the inputs).
std::optional<int64_t> AddMoney(int64_t a, int64_t b);

// The sum of amounts when it stays within [-kMaxMoneyMinor, kMaxMoneyMinor].
std::optional<int64_t> SumMoney(const std::vector<int64_t>& amounts);

}  // namespace crm::domain
