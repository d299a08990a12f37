// Large-value rules and working-day arithmetic on their own (domain/aml.h,
// domain/calendar.h; regulatory.md section 2).
#include <gtest/gtest.h>

#include "domain/aml.h"
#include "domain/calendar.h"

namespace crm::domain {
namespace {

AmlRule Cash(int64_t threshold) {
  AmlRule r;
  r.code = "CASH_CNY";
  r.cash = true;
  r.currency = "CNY";
  r.threshold_minor = threshold;
  return r;
}

TEST(AmlRules, TheThresholdIsInclusiveAndTheDayIsSummedPerDirection) {
  const std::vector<AmlRule> rules{Cash(5000000)};
  auto flow = [](FlowType t, int64_t minor) { return FlowFacts{t, Counterparty::kNone, false, true, "CNY", minor}; };
  EXPECT_TRUE(DetectLargeValue(rules, {flow(FlowType::kCashDeposit, 4999999)}).empty());
  EXPECT_EQ(DetectLargeValue(rules, {flow(FlowType::kCashDeposit, 5000000)}).size(), 1u);
  auto hits = DetectLargeValue(rules, {flow(FlowType::kCashDeposit, 2500000), flow(FlowType::kCashDeposit, 2500000),
                                       flow(FlowType::kCashWithdrawal, 4000000)});
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_TRUE(hits[0].inflow);
  EXPECT_EQ(hits[0].flows, (std::vector<size_t>{0, 1}));
  // Another currency or a transfer does not count toward cash in CNY.
  EXPECT_TRUE(
      DetectLargeValue(rules, {FlowFacts{FlowType::kCashDeposit, Counterparty::kNone, false, true, "USD", 9000000},
                               FlowFacts{FlowType::kTransferIn, Counterparty::kNatural, false, true, "CNY", 9000000}})
          .empty());
}

TEST(AmlRules, ConditionsThatAreSetMustHold) {
  AmlRule cross;
  cross.code = "NATURAL_CROSS_BORDER_CNY";
  cross.cash = false;
  cross.cross_border = true;
  cross.natural_party = true;
  cross.currency = "CNY";
  cross.threshold_minor = 20000000;
  // An institution paying a natural person abroad: a natural party.
  EXPECT_TRUE(Matches(cross, {FlowType::kTransferOut, Counterparty::kNatural, true, false, "CNY", 1}));
  // An institution paying an institution abroad: none.
  EXPECT_FALSE(Matches(cross, {FlowType::kTransferOut, Counterparty::kNonNatural, true, false, "CNY", 1}));
  // Domestic: not this rule.
  EXPECT_FALSE(Matches(cross, {FlowType::kTransferOut, Counterparty::kNatural, false, true, "CNY", 1}));
}

TEST(Calendar, WorkingDaysSkipWeekendsAndHolidaysAndCountMakeUpDays) {
  const int sep30 = DayNumber(2027, 9, 30);
  EXPECT_EQ(IsoDateOf(sep30), "2027-09-30");
  EXPECT_EQ(WeekdayOf(sep30), 4);  // Thursday
  std::map<int, bool> days{{DayNumber(2027, 10, 1), false}, {DayNumber(2027, 10, 4), false},
                           {DayNumber(2027, 10, 5), false}, {DayNumber(2027, 10, 6), false},
                           {DayNumber(2027, 10, 7), false}, {DayNumber(2027, 10, 9), true}};
  Calendar cal({2027}, days);
  auto r = cal.AddOpenDays(sep30, 5);
  EXPECT_EQ(IsoDateOf(r.day_number), "2027-10-13");
  EXPECT_FALSE(r.estimated);
  // Across into a year nobody loaded: an estimate, naming the year.
  auto late = cal.AddOpenDays(DayNumber(2027, 12, 30), 5);
  EXPECT_TRUE(late.estimated);
  EXPECT_EQ(late.unknown_year, 2028);
  EXPECT_EQ(IsoDateOf(late.day_number), "2028-01-06");
}

TEST(Calendar, AFileLineNamesWhatIsWrong) {
  std::string field, problem;
  EXPECT_TRUE(ParseCalendarLine("2027-10-01,HOLIDAY,National Day", &field, &problem));
  EXPECT_FALSE(ParseCalendarLine("2027-02-30,HOLIDAY", &field, &problem));
  EXPECT_EQ(field, "day");
  EXPECT_FALSE(ParseCalendarLine("2027-10-01,OFF", &field, &problem));
  EXPECT_EQ(field, "kind");
}

}  // namespace
}  // namespace crm::domain
