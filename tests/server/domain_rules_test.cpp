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

#include "domain/customer.h"
#include "domain/suitability.h"

// product.md section 1: a prospect becomes active or closes; an active
// client goes dormant or closes; a dormant one comes back or closes; a
// closed client stays closed; nothing goes back to prospect.
TEST(ClientStatus, FollowsTheLifecycle) {
  using crm::domain::CanChangeStatus;
  EXPECT_TRUE(CanChangeStatus("", "ACTIVE"));  // a new client may start anywhere
  EXPECT_TRUE(CanChangeStatus("PROSPECT", "ACTIVE"));
  EXPECT_TRUE(CanChangeStatus("PROSPECT", "CLOSED"));
  EXPECT_FALSE(CanChangeStatus("PROSPECT", "DORMANT"));
  EXPECT_TRUE(CanChangeStatus("ACTIVE", "DORMANT"));
  EXPECT_FALSE(CanChangeStatus("ACTIVE", "PROSPECT"));
  EXPECT_TRUE(CanChangeStatus("DORMANT", "ACTIVE"));
  EXPECT_FALSE(CanChangeStatus("CLOSED", "ACTIVE"));
  EXPECT_TRUE(CanChangeStatus("CLOSED", "CLOSED"));  // unchanged is no change
  EXPECT_FALSE(CanChangeStatus("ACTIVE", "CUSTOMER_STATUS_UNSPECIFIED"));
  EXPECT_FALSE(CanChangeStatus("", ""));
}

TEST(ClientStatus, EtagIsTheVersionAndPlacementTheOrgTree) {
  crm::domain::Customer c;
  c.version = 7;
  c.owner_user_id = "u";
  c.team_id = "t";
  c.branch_id = "b";
  c.delegated_to_actor = true;
  EXPECT_EQ(crm::domain::Etag(c), "v7");
  const auto p = crm::domain::Placement(c);
  EXPECT_EQ(p.owner_user_id, "u");
  EXPECT_EQ(p.team_id, "t");
  EXPECT_EQ(p.branch_id, "b");
  EXPECT_TRUE(p.delegated_to_actor);
}

namespace {
crm::domain::Questionnaire TwoQuestions() {
  crm::domain::Questionnaire q;
  q.version = 3;
  q.title = "风险测评";
  q.title_en = "Risk assessment";
  q.questions = {{"age", "年龄", "Age", {{"a", "<30", "<30", 10, false}, {"b", ">70", ">70", 0, true}}},
                 {"horizon", "期限", "Horizon", {{"s", "短", "short", 5, false}, {"l", "长", "long", 20, false}}}};
  q.bands = crm::domain::suitability::DefaultBands();
  return q;
}
}  // namespace

// regulatory.md section 1: every question answered once with one of its
// options; each problem names the answer it is about.
TEST(Questionnaire, ScoresAnswersAndNamesEachBadOne) {
  const auto q = TwoQuestions();
  crm::Validation ok;
  const auto scored = crm::domain::ScoreAnswers(q, {{"age", "a"}, {"horizon", "l"}}, ok);
  EXPECT_NO_THROW(ok.ThrowIfFailed());
  EXPECT_EQ(scored.score, 30);
  EXPECT_FALSE(scored.forced_lowest);

  crm::Validation forced;
  EXPECT_TRUE(crm::domain::ScoreAnswers(q, {{"age", "b"}, {"horizon", "l"}}, forced).forced_lowest);

  crm::Validation bad;
  crm::domain::ScoreAnswers(q, {{"age", "a"}, {"age", "b"}, {"nope", "x"}}, bad);
  try {
    bad.ThrowIfFailed();
    FAIL() << "bad answers were accepted";
  } catch (const crm::Error& e) {
    std::vector<std::string> fields;
    for (const auto& v : e.violations()) fields.push_back(v.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"answers[1].question_id", "answers[2].question_id", "answers"}));
  }
}

TEST(Questionnaire, ContentSurvivesStorage) {
  auto q = TwoQuestions();
  crm::domain::QuestionnaireRecord record{3, q.title, crm::domain::QuestionnaireContent(q), 42};
  const auto back = crm::domain::ParseQuestionnaire(record);
  EXPECT_EQ(back.title_en, "Risk assessment");
  ASSERT_EQ(back.questions.size(), 2u);
  EXPECT_TRUE(back.questions[0].options[1].forces_lowest);
  EXPECT_EQ(back.questions[1].options[1].score, 20);
  ASSERT_EQ(back.bands.size(), q.bands.size());
  EXPECT_EQ(back.bands.back().level, q.bands.back().level);
  EXPECT_EQ(back.publish_time_us, 42);
}

// The mismatch path: a sale needs every required step's evidence.
TEST(Questionnaire, MissingStepsAreTheRequiredOnesWithoutEvidence) {
  crm::domain::SuitabilityCheck check;
  check.required_steps = {"ACKNOWLEDGEMENT", "DUAL_RECORDING"};
  crm::domain::Evidence ack;
  ack.kind = "ACKNOWLEDGEMENT";
  EXPECT_EQ(crm::domain::MissingSteps(check, {}), check.required_steps);
  EXPECT_EQ(crm::domain::MissingSteps(check, {ack}), (std::vector<std::string>{"DUAL_RECORDING"}));
}
