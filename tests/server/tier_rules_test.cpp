// Tier policy definitions (product.md section 2): validation names the tier
// and the condition; money is exact; conditions compile to SQL over
// whitelisted columns with every value a bound parameter.
#include <gtest/gtest.h>

#include "domain/tier_rules.h"

namespace tr = crm::domain::tiering;

namespace {

nlohmann::json Tier(const std::string& code, nlohmann::json condition) {
  return {{"code", code},
          {"name", code},
          {"contact_interval_days", 30},
          {"review_interval_days", 90},
          {"condition", condition}};
}

std::vector<std::string> Fields(const std::vector<crm::FieldViolation>& v) {
  std::vector<std::string> out;
  for (const auto& x : v) out.push_back(x.field);
  return out;
}

}  // namespace

TEST(TierRules, MoneyIsExact) {
  int64_t v = 0;
  ASSERT_TRUE(tr::ParseYuan("10000000.00", &v));
  EXPECT_EQ(v, 1000000000);
  ASSERT_TRUE(tr::ParseYuan("9999999.99", &v));
  EXPECT_EQ(v, 999999999);
  ASSERT_TRUE(tr::ParseYuan("-0.5", &v));
  EXPECT_EQ(v, -50);
  EXPECT_FALSE(tr::ParseYuan("1.234", &v));
  EXPECT_FALSE(tr::ParseYuan("1e7", &v));
}

TEST(TierRules, ValidationNamesTheTierAndTheCondition) {
  nlohmann::json d{{"tiers",
                    {Tier("A", {{"any",
                                 {{{"metric", "aum"}, {"op", ">="}, {"value", "10000000.00"}},
                                  {{"metric", "nonsense"}, {"op", ">="}, {"value", "1"}}}}}),
                     Tier("A", {{"metric", "trades_90d"}, {"op", "~"}, {"value", "x"}}),
                     Tier("C", {{"all", nlohmann::json::array()}})}}};
  EXPECT_EQ(Fields(tr::Validate(d)),
            (std::vector<std::string>{"definition.tiers[0].condition.any[1].metric", "definition.tiers[1].code",
                                      "definition.tiers[1].condition.op", "definition.tiers[1].condition.value"}));
}

// Issue 25 item 11: "days since last trade >= -5" was accepted and moved
// every client; each metric has a range.
TEST(TierRules, EachMetricsValueHasARange) {
  auto problems = [](const char* metric, const char* value) {
    nlohmann::json d{{"tiers",
                      {Tier("X", {{"metric", metric}, {"op", ">="}, {"value", value}}),
                       Tier("Y", {{"all", nlohmann::json::array()}})}}};
    std::vector<std::string> out;
    for (const auto& p : tr::Validate(d)) out.push_back(p.field + ": " + p.description);
    return out;
  };
  EXPECT_EQ(problems("days_since_last_trade", "-5"),
            std::vector<std::string>{"definition.tiers[0].condition.value: must be between 0 and 36500"});
  EXPECT_EQ(problems("days_since_last_interaction", "36501").size(), 1u);
  EXPECT_EQ(problems("trades_90d", "-1").size(), 1u);
  EXPECT_EQ(problems("aum", "-1.00"),
            std::vector<std::string>{"definition.tiers[0].condition.value: must not be negative"});
  EXPECT_TRUE(problems("net_cash_flow_3m", "-500000.00").empty());
  EXPECT_TRUE(problems("days_since_last_trade", "0").empty());
  EXPECT_TRUE(problems("aum", "9999999999999.99").empty());
}

TEST(TierRules, TheLastTierMustBeTheDefault) {
  nlohmann::json d{{"tiers",
                    {Tier("A", {{"metric", "aum"}, {"op", ">"}, {"value", "1"}}),
                     Tier("B", {{"metric", "aum"}, {"op", "<="}, {"value", "1"}})}}};
  EXPECT_EQ(Fields(tr::Validate(d)), std::vector<std::string>{"definition.tiers[1].condition"});
  EXPECT_THROW(tr::Parse(d), crm::Error);
}

TEST(TierRules, CompilesToBoundParametersOnly) {
  nlohmann::json d{
      {"tiers",
       {Tier("D", {{"metric", "days_since_last_trade"}, {"op", ">="}, {"value", "90"}}),
        Tier("A", {{"any",
                    {{{"metric", "aum"}, {"op", ">="}, {"value", "10000000.00"}},
                     {{"metric", "commission_12m"}, {"op", "!="}, {"value", "50000"}}}}}),
        Tier("C", {{"all", nlohmann::json::array()}})}},
      {"tags",
       {{{"code", "dormant"}, {"condition", {{"metric", "days_since_last_trade"}, {"op", ">="}, {"value", "90"}}}}}}};
  auto c = tr::Compile(tr::Parse(d), 7, "b");
  EXPECT_EQ(c.tier_index_sql,
            "CASE WHEN (b.days_since_last_trade >= $7::bigint) THEN 0 WHEN ((b.aum >= $8::bigint) OR "
            "(b.commission_12m <> $9::bigint)) THEN 1 ELSE 2 END");
  EXPECT_EQ(c.params, (std::vector<std::string>{"90", "1000000000", "5000000", "90", "dormant"}));
  EXPECT_EQ(c.tag_sql,
            std::vector<std::string>{"CASE WHEN (b.days_since_last_trade >= $10::bigint) THEN $11::text END"});
  EXPECT_EQ(c.tier_codes_array, "{D,A,C}");
}
