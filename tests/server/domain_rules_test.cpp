// Issue 24: rules that live in domain/, tested without a database.
#include <gtest/gtest.h>

#include "common/ids.h"
#include "domain/customer_rules.h"
#include "domain/dates.h"

using crm::domain::DateText;
using crm::domain::IsRealDate;
using crm::domain::ParseIsoDate;

TEST(Dates, ThirtyFirstOfFebruaryIsNotADay) {
  EXPECT_FALSE(IsRealDate(2024, 2, 31));
  EXPECT_FALSE(IsRealDate(2024, 2, 30));
  EXPECT_TRUE(IsRealDate(2024, 2, 29));  // a leap year
  EXPECT_FALSE(IsRealDate(2023, 2, 29));
  EXPECT_FALSE(IsRealDate(1900, 2, 29));  // divisible by 100, not by 400
  EXPECT_TRUE(IsRealDate(2000, 2, 29));
  EXPECT_FALSE(IsRealDate(2026, 4, 31));
  EXPECT_FALSE(IsRealDate(2026, 13, 1));
  EXPECT_FALSE(IsRealDate(2026, 0, 1));
  EXPECT_FALSE(IsRealDate(1899, 12, 31));
}

TEST(Dates, TextOfAnUnsetDateIsEmptyAndOfARealDayIsIso) {
  EXPECT_EQ(DateText(0, 0, 0), std::optional<std::string>(""));
  EXPECT_EQ(DateText(2026, 3, 7), std::optional<std::string>("2026-03-07"));
  EXPECT_EQ(DateText(2026, 2, 31), std::nullopt);
  EXPECT_EQ(DateText(2026, 0, 7), std::nullopt);
}

// Files (crm-admin import positions) carry dates as text: the same rule.
TEST(Dates, ParsedFromTextOnlyWhenARealDay) {
  EXPECT_EQ(ParseIsoDate("2026-12-03"), std::optional<std::string>("2026-12-03"));
  EXPECT_EQ(ParseIsoDate("2026-02-31"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2026-2-3"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2026/12/03"), std::nullopt);
  EXPECT_EQ(ParseIsoDate("2026-12-03 "), std::nullopt);
  EXPECT_EQ(ParseIsoDate(""), std::nullopt);
}

// Adding an account and finding it blind-index the same digits.
TEST(AccountNumbers, SpacesAndDashesSeparateAnythingElseRefuses) {
  EXPECT_EQ(crm::domain::NormalizeAccountNumber("6222 0212-3456 7890"), std::optional<std::string>("6222021234567890"));
  EXPECT_EQ(crm::domain::NormalizeAccountNumber("6222021234567890"), std::optional<std::string>("6222021234567890"));
  EXPECT_EQ(crm::domain::NormalizeAccountNumber("12ab"), std::nullopt);
  EXPECT_EQ(crm::domain::NormalizeAccountNumber("6222\t0212"), std::nullopt);
}

TEST(Ids, NewUuidsAreVersionFourAndDistinct) {
  const std::string a = crm::NewUuid(), b = crm::NewUuid();
  EXPECT_TRUE(crm::IsUuid(a));
  EXPECT_NE(a, b);
  EXPECT_EQ(a[14], '4');
  EXPECT_NE(std::string("89ab").find(a[19]), std::string::npos);
}
