// Money ranges (domain/money.h): what the services and importers check
// before an amount or a sum is stored. No database.
#include <gtest/gtest.h>

#include <limits>

#include "common/error.h"
#include "domain/money.h"

namespace crm::domain {
namespace {

constexpr int64_t kMax64 = std::numeric_limits<int64_t>::max();
constexpr int64_t kMin64 = std::numeric_limits<int64_t>::min();

TEST(Money, AnAmountOutsideItsRangeNamesTheField) {
  Validation v;
  EXPECT_TRUE(CheckMoney(v, "amount.amount_minor", kMaxMoneyMinor, 1));
  EXPECT_TRUE(CheckMoney(v, "amount.amount_minor", 1, 1));
  EXPECT_TRUE(v.ok());
  EXPECT_FALSE(CheckMoney(v, "amount.amount_minor", kMaxMoneyMinor + 1, 1));
  EXPECT_FALSE(CheckMoney(v, "amount.amount_minor", 0, 1));
  EXPECT_FALSE(CheckMoney(v, "product.min_investment_minor", kMax64));
  EXPECT_FALSE(CheckMoney(v, "product.min_investment_minor", kMin64));
  try {
    v.ThrowIfFailed();
    FAIL() << "no error";
  } catch (const Error& e) {
    ASSERT_EQ(e.violations().size(), 4u);
    EXPECT_EQ(e.violations()[0].field, "amount.amount_minor");
    EXPECT_EQ(e.violations()[0].description, "must be between 1 and 1,000,000,000,000,000 fen");
    EXPECT_EQ(e.violations()[2].field, "product.min_investment_minor");
    EXPECT_EQ(e.violations()[2].description, "must be between 0 and 1,000,000,000,000,000 fen");
  }
}

TEST(Money, SumsNeverOverflowAndStayInRange) {
  EXPECT_EQ(AddMoney(kMaxMoneyMinor - 1, 1), kMaxMoneyMinor);
  EXPECT_EQ(AddMoney(kMaxMoneyMinor, 1), std::nullopt);
  EXPECT_EQ(AddMoney(kMax64, kMax64), std::nullopt);
  EXPECT_EQ(AddMoney(kMin64, -1), std::nullopt);
  EXPECT_EQ(AddMoney(-kMaxMoneyMinor, 0), -kMaxMoneyMinor);
  // A day of holdings and cash: many amounts, each in range.
  std::vector<int64_t> day(9000, 100'000'000'000);  // 9,000 x 10^11 fen = 9 x 10^14
  EXPECT_EQ(SumMoney(day), int64_t{900'000'000'000'000});
  day.push_back(100'000'000'000'000);  // + 10^14: 10^15, the edge
  EXPECT_EQ(SumMoney(day), kMaxMoneyMinor);
  day.push_back(1);
  EXPECT_EQ(SumMoney(day), std::nullopt);
  // Values no check let through still cannot wrap the sum around.
  EXPECT_EQ(SumMoney({kMax64, kMax64, kMax64}), std::nullopt);
  EXPECT_EQ(SumMoney({kMax64, kMin64}), int64_t{-1});
}

}  // namespace
}  // namespace crm::domain
