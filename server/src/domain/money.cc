#include "domain/money.h"

#include "common/error.h"

namespace crm::domain {
namespace {

// 1234567 -> "1,234,567"
std::string Grouped(int64_t v) {
  const bool negative = v < 0;
  const unsigned long long magnitude =
      negative ? 0ULL - static_cast<unsigned long long>(v) : static_cast<unsigned long long>(v);
  const std::string digits = std::to_string(magnitude);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return negative ? "-" + out : out;
}

bool InRange(__int128 v) { return v >= -kMaxMoneyMinor && v <= kMaxMoneyMinor; }

}  // namespace

std::string MoneyRangeText(int64_t min_minor, int64_t max_minor) {
  return "must be between " + Grouped(min_minor) + " and " + Grouped(max_minor) + " fen";
}

bool CheckMoney(Validation& v, const std::string& field, int64_t value, int64_t min_minor, int64_t max_minor) {
  if (value >= min_minor && value <= max_minor) return true;
  v.Fail(field, crm::v1::FieldProblem::MONEY_OUT_OF_RANGE, MoneyRangeText(min_minor, max_minor), min_minor);
  return false;
}

std::optional<int64_t> AddMoney(int64_t a, int64_t b) {
  const __int128 sum = static_cast<__int128>(a) + b;
  if (!InRange(sum)) return std::nullopt;
  return static_cast<int64_t>(sum);
}

std::optional<int64_t> SumMoney(const std::vector<int64_t>& amounts) {
  __int128 sum = 0;
  for (int64_t a : amounts) sum += a;  // fewer than 2^64 amounts of at most 2^63 each: no overflow in 128 bits
  if (!InRange(sum)) return std::nullopt;
  return static_cast<int64_t>(sum);
}

}  // namespace crm::domain
