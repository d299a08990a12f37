// The suitability rules of regulatory.md section 1 as pure functions: the
// full matching matrix, score band edges, professional thresholds (inclusive)
// and assessment expiry at the exact instant.
#include <gtest/gtest.h>

#include "domain/suitability_rules.h"
#include "server/suitability_matrix.h"

namespace sr = crm::domain::suitability;

namespace {

sr::Standing StandingFor(const std::string& client) {
  sr::Standing s;
  if (client == "PROFESSIONAL") {
    s.investor_class = sr::InvestorClass::kProfessional;
  } else {
    s.level = sr::ParseLevel(client);
  }
  return s;
}

sr::Intent IntentFor(const std::string& intent) {
  if (intent == "RECOMMEND") return sr::Intent::kRecommend;
  if (intent == "CAMPAIGN") return sr::Intent::kCampaign;
  return sr::Intent::kClientRequest;
}

constexpr int64_t kCny = 100;

}  // namespace

// Section 1, "Matching matrix" and "Mismatch path": every cell.
TEST(SuitabilityRules, FullMatrixSevenClassesFiveRisksThreeIntents) {
  ASSERT_EQ(crm::testing::SuitabilityMatrix().size(), 7u * 5u * 3u);
  for (const auto& cell : crm::testing::SuitabilityMatrix()) {
    SCOPED_TRACE(cell.client + " x R" + std::to_string(cell.risk) + " x " + cell.intent);
    auto out = sr::Match(StandingFor(cell.client), cell.risk, IntentFor(cell.intent), sr::Channel::kBranch, {});
    EXPECT_EQ(sr::VerdictName(out.verdict), cell.decision);
    EXPECT_EQ(out.reasons, cell.reasons);
    EXPECT_EQ(out.required_steps, cell.required_steps);
  }
}

// Section 1: RECOMMEND and CAMPAIGN never get REQUIRE_ACKNOWLEDGEMENT.
TEST(SuitabilityRules, RecommendAndCampaignNeverRequireAcknowledgement) {
  for (const auto& cell : crm::testing::SuitabilityMatrix()) {
    if (cell.intent == "CLIENT_REQUEST") continue;
    auto out = sr::Match(StandingFor(cell.client), cell.risk, IntentFor(cell.intent), sr::Channel::kBranch, {});
    EXPECT_NE(out.verdict, sr::Verdict::kRequireAcknowledgement);
  }
}

// Section 1, "Mismatch path": online, special care needs the electronic trail instead of dual recording.
TEST(SuitabilityRules, OnlineSpecialCareNeedsElectronicConfirmation) {
  auto out = sr::Match(StandingFor("C2"), 4, sr::Intent::kClientRequest, sr::Channel::kOnline, {});
  EXPECT_EQ(out.verdict, sr::Verdict::kRequireAcknowledgement);
  EXPECT_TRUE(out.special_care);
  EXPECT_EQ(out.required_steps, (std::vector<std::string>{"ACKNOWLEDGEMENT", "ELECTRONIC_CONFIRMATION"}));
}

// Section 1, "Risk levels": missing or expired assessment blocks all but R1 (configurable).
TEST(SuitabilityRules, MissingOrExpiredAssessmentBlocksAllButR1) {
  sr::Standing none;
  EXPECT_EQ(sr::Match(none, 1, sr::Intent::kRecommend, sr::Channel::kBranch, {}).verdict, sr::Verdict::kAllow);
  auto r2 = sr::Match(none, 2, sr::Intent::kClientRequest, sr::Channel::kBranch, {});
  EXPECT_EQ(r2.verdict, sr::Verdict::kDeny);
  EXPECT_EQ(r2.reasons, std::vector<std::string>{"NO_ASSESSMENT"});
  EXPECT_EQ(r2.required_steps, std::vector<std::string>{"ASSESSMENT"});
  sr::Standing expired = StandingFor("C5");
  expired.assessment_expired = true;
  auto e = sr::Match(expired, 3, sr::Intent::kClientRequest, sr::Channel::kBranch, {});
  EXPECT_EQ(e.verdict, sr::Verdict::kDeny);
  EXPECT_EQ(e.reasons, std::vector<std::string>{"ASSESSMENT_EXPIRED"});
  EXPECT_EQ(sr::Match(none, 1, sr::Intent::kRecommend, sr::Channel::kBranch, {true}).verdict, sr::Verdict::kDeny);
}

// Section 1, "Risk levels": default bands, edges 0/1, 19/20, 36/37, 53/54, 82/83.
TEST(SuitabilityRules, DefaultBandEdges) {
  const auto& b = sr::DefaultBands();
  EXPECT_EQ(sr::ValidateBands(b), "");
  const std::vector<std::pair<int, const char*>> edges = {{0, "C1_LOWEST"}, {1, "C1"},  {19, "C1"}, {20, "C2"},
                                                          {36, "C2"},       {37, "C3"}, {53, "C3"}, {54, "C4"},
                                                          {82, "C4"},       {83, "C5"}, {100, "C5"}};
  for (auto [score, level] : edges) EXPECT_EQ(sr::LevelName(*sr::LevelForScore(score, false, b)), level) << score;
  EXPECT_FALSE(sr::LevelForScore(101, false, b).has_value());
  // "Cannot accept any loss" forces the lowest category whatever the score.
  EXPECT_EQ(*sr::LevelForScore(100, true, b), sr::Level::kC1Lowest);
}

TEST(SuitabilityRules, BandsMustBeContiguous) {
  auto b = sr::DefaultBands();
  b[2].min = 22;
  EXPECT_NE(sr::ValidateBands(b), "");
}

// Section 1, "Investor class": thresholds are inclusive.
TEST(SuitabilityRules, ProfessionalPersonThresholdsInclusive) {
  sr::ClassificationFacts f;
  f.investing_years = 2;
  f.financial_assets_minor = 5'000'000 * kCny;
  EXPECT_TRUE(sr::QualifiesAsProfessional(f).qualifies);
  f.financial_assets_minor = 5'000'000 * kCny - 1;
  EXPECT_FALSE(sr::QualifiesAsProfessional(f).qualifies);
  EXPECT_EQ(sr::QualifiesAsProfessional(f).unmet, std::vector<std::string>{"financial_assets_or_income"});
  f.average_income_3y_minor = 500'000 * kCny;
  EXPECT_TRUE(sr::QualifiesAsProfessional(f).qualifies);
  f.average_income_3y_minor = 500'000 * kCny - 1;
  EXPECT_FALSE(sr::QualifiesAsProfessional(f).qualifies);
  // Experience: 2 years investing, or 2 years relevant work, or senior manager, or certified.
  sr::ClassificationFacts g;
  g.financial_assets_minor = 6'000'000 * kCny;
  g.investing_years = 1;
  EXPECT_EQ(sr::QualifiesAsProfessional(g).unmet, std::vector<std::string>{"experience"});
  g.relevant_work_years = 2;
  EXPECT_TRUE(sr::QualifiesAsProfessional(g).qualifies);
  g.relevant_work_years = 0;
  g.certified_professional = true;
  EXPECT_TRUE(sr::QualifiesAsProfessional(g).qualifies);
}

TEST(SuitabilityRules, ProfessionalEntityThresholdsInclusive) {
  sr::ClassificationFacts f;
  f.institution = true;
  f.net_assets_minor = 20'000'000 * kCny;
  f.financial_assets_minor = 10'000'000 * kCny;
  f.investing_years = 2;
  EXPECT_TRUE(sr::QualifiesAsProfessional(f).qualifies);
  f.net_assets_minor -= 1;
  EXPECT_EQ(sr::QualifiesAsProfessional(f).unmet, std::vector<std::string>{"net_assets"});
  sr::ClassificationFacts licensed;
  licensed.institution = true;
  licensed.licensed_institution = true;
  EXPECT_TRUE(sr::QualifiesAsProfessional(licensed).qualifies);
}

// Section 1: ordinary -> professional on written application, lower thresholds.
TEST(SuitabilityRules, ApplicationThresholds) {
  sr::ClassificationFacts f;
  f.financial_assets_minor = 3'000'000 * kCny;
  f.investing_years = 1;
  EXPECT_FALSE(sr::QualifiesAsProfessional(f).qualifies);
  EXPECT_TRUE(sr::QualifiesOnApplication(f).qualifies);
  f.financial_assets_minor -= 1;
  EXPECT_FALSE(sr::QualifiesOnApplication(f).qualifies);
  f.average_income_3y_minor = 300'000 * kCny;
  EXPECT_TRUE(sr::QualifiesOnApplication(f).qualifies);
  f.investing_years = 0;
  EXPECT_EQ(sr::QualifiesOnApplication(f).unmet, std::vector<std::string>{"investing_years"});
}

// Section 1: validity ends at the exact instant.
TEST(SuitabilityRules, ExpiryAtTheExactInstant) {
  const crm::TimePoint expire{std::chrono::seconds(1'800'000'000)};
  EXPECT_FALSE(sr::Expired(expire - std::chrono::microseconds(1), expire));
  EXPECT_TRUE(sr::Expired(expire, expire));
}
