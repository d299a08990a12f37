// Suitability through a real in-process server over TLS on PostgreSQL
// (regulatory.md section 1, CSRC Order 130): questionnaires and band edges,
// the full matching matrix, the mismatch path with its evidence, sales that
// need every step, professional thresholds, expiry at the exact instant with
// an injectable clock, scoping, product risk changes and the exceptions list.
#include <gtest/gtest.h>

#include <pqxx/pqxx>
#include <set>

#include "server/suitability_matrix.h"
#include "server/suitability_fixture.h"

using crm::testing::AuthedContext;
using crm::testing::ErrorReason;
using crm::testing::kCny;
using crm::testing::kEdgeScores;
using crm::testing::SuitabilityTest;
using crm::testing::TestServer;
using crm::testing::ViolationFields;
namespace v1 = crm::v1;

// Section 1, "Risk levels": the shipped questionnaire covers the ten topics;
// "cannot accept any loss" forces C1-lowest whatever the rest scores.
TEST_F(SuitabilityTest, DefaultQuestionnaireAndForcedLowest) {
  v1::GetQuestionnaireRequest req;
  req.set_version(1);
  v1::Questionnaire q;
  auto ctx = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(stub_->GetQuestionnaire(ctx.get(), req, &q).ok());
  std::vector<std::string> ids;
  for (const auto& question : q.questions()) ids.push_back(question.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"age", "income", "assets", "experience", "knowledge", "objective", "horizon",
                                           "loss", "liquidity", "funds"}));
  ASSERT_EQ(q.bands_size(), 6);
  EXPECT_EQ(q.bands(2).level(), v1::C2);
  EXPECT_EQ(q.bands(2).min_score(), 20);
  EXPECT_EQ(q.bands(2).max_score(), 36);

  auto client = NewClient();
  v1::SubmitAssessmentRequest sub;
  sub.set_customer_id(client);
  sub.set_questionnaire_version(1);
  for (const auto& question : q.questions()) {
    auto* a = sub.add_answers();
    a->set_question_id(question.id());
    // The highest-scoring option everywhere, except "no loss at all".
    a->set_option_id(question.id() == "loss" ? "a" : question.options(question.options_size() - 1).id());
  }
  v1::Assessment out;
  auto ctx2 = AuthedContext(tokens_["manager1"]);
  auto s = stub_->SubmitAssessment(ctx2.get(), sub, &out);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(out.score(), 90);
  EXPECT_TRUE(out.forced_lowest());
  EXPECT_EQ(out.level(), v1::C1_LOWEST);
  EXPECT_EQ(out.questionnaire_version(), 1);
}

// Section 1, "Risk levels": default bands at every edge, through the server;
// the level and its two-year expiry land on the client.
TEST_F(SuitabilityTest, BandEdgesAndDefaultValidity) {
  const std::map<int, v1::RiskLevel> expected{{0, v1::C1_LOWEST}, {1, v1::C1},  {19, v1::C1}, {20, v1::C2},
                                              {36, v1::C2},       {37, v1::C3}, {53, v1::C3}, {54, v1::C4},
                                              {82, v1::C4},       {83, v1::C5}, {100, v1::C5}};
  for (auto [score, level] : expected) {
    auto client = NewClient();
    v1::Assessment a;
    auto s = Assess(client, score, &a);
    ASSERT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(a.score(), score);
    EXPECT_EQ(a.level(), level) << "score " << score;
    EXPECT_EQ(a.expire_time().seconds() - a.assess_time().seconds(), 730 * 86400);
    EXPECT_FALSE(a.expired());
    v1::GetCustomerRequest get;
    get.set_id(client);
    v1::Customer c;
    auto ctx = AuthedContext(tokens_["manager1"]);
    ASSERT_TRUE(customers_->GetCustomer(ctx.get(), get, &c).ok());
    EXPECT_EQ(c.risk_level(), v1::RiskLevel_Name(level));
    EXPECT_EQ(c.risk_expire_time().seconds(), a.expire_time().seconds());
  }
}

TEST_F(SuitabilityTest, AssessmentAnswersAreValidatedByField) {
  auto client = NewClient();
  v1::Assessment a;
  v1::SubmitAssessmentRequest req;
  req.set_customer_id(client);
  req.set_questionnaire_version(edge_version_);
  auto* ans = req.add_answers();
  ans->set_question_id("score");
  ans->set_option_id("s7");
  auto ctx = AuthedContext(tokens_["manager1"]);
  auto s = stub_->SubmitAssessment(ctx.get(), req, &a);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"answers[0].option_id"});
  req.set_questionnaire_version(1);  // ten questions, one answered (and not one of them)
  auto ctx2 = AuthedContext(tokens_["manager1"]);
  s = stub_->SubmitAssessment(ctx2.get(), req, &a);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_assessment WHERE customer_id = '" + client + "'"), 0);
}

// Section 1, "Matching matrix": 7 client classes x 5 product risks x 3
// intents through CheckSuitability, each cell's decision, reasons and steps.
TEST_F(SuitabilityTest, FullMatrixThroughTheServer) {
  std::map<std::string, std::string> clients;
  for (const char* standing : {"C1_LOWEST", "C1", "C2", "C3", "C4", "C5", "PROFESSIONAL"})
    clients[standing] = ClientAt(standing);
  const std::map<std::string, v1::SuitabilityIntent> intents{
      {"RECOMMEND", v1::RECOMMEND}, {"CLIENT_REQUEST", v1::CLIENT_REQUEST}, {"CAMPAIGN", v1::CAMPAIGN}};
  int checked = 0;
  for (const auto& cell : crm::testing::SuitabilityMatrix()) {
    SCOPED_TRACE(cell.client + " x R" + std::to_string(cell.risk) + " x " + cell.intent);
    v1::SuitabilityCheck out;
    auto s = Check(clients[cell.client], product_ids_[cell.risk], intents.at(cell.intent), &out);
    ASSERT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(v1::SuitabilityDecision_Name(out.decision()), cell.decision);
    EXPECT_EQ(Strings(out.reasons()), cell.reasons);
    EXPECT_EQ(Strings(out.required_steps()), cell.required_steps);
    EXPECT_EQ(Strings(out.missing_steps()), cell.required_steps);
    ++checked;
  }
  EXPECT_EQ(checked, 105);
  std::string ids;
  for (const auto& [standing, id] : clients) ids += (ids.empty() ? "'" : ",'") + id + "'";
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.check' AND outcome = 'ok' AND "
                  "target_id IN (" +
                  ids + ")"),
            105);
}

// Section 1, "Mismatch path": a client's own request above their level needs
// the signed warning, and R4 to an ordinary investor dual recording; the sale
// waits for both, a mismatched hash is refused and recorded.
TEST_F(SuitabilityTest, MismatchSaleNeedsEveryStepAndItsEvidence) {
  auto client = ClientAt("C2");
  v1::SuitabilityCheck check;
  ASSERT_TRUE(Check(client, product_ids_[4], v1::CLIENT_REQUEST, &check).ok());
  ASSERT_EQ(check.decision(), v1::REQUIRE_ACKNOWLEDGEMENT);
  EXPECT_TRUE(check.special_care());

  v1::Sale sale;
  auto s = Sell(check.id(), "sale-mismatch-1", 100'000 * kCny, &sale);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ErrorReason(s), "EVIDENCE_MISSING");
  EXPECT_NE(s.error_message().find("ACKNOWLEDGEMENT"), std::string::npos);
  EXPECT_NE(s.error_message().find("DUAL_RECORDING"), std::string::npos);

  const std::string warning = "%PDF special risk warning signed by the client";
  v1::Evidence ack;
  s = Acknowledge(check.id(), warning, &ack, crm::security::Sha256Hex("another document"));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ErrorReason(s), "EVIDENCE_HASH_MISMATCH");
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"sha256"});
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_evidence WHERE check_id = '" + check.id() + "'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.acknowledgement' AND outcome = "
                  "'denied' AND details->>'refused' = 'EVIDENCE_HASH_MISMATCH' AND target_id = '" +
                  check.id() + "'"),
            1);

  ASSERT_TRUE(Acknowledge(check.id(), warning, &ack).ok());
  EXPECT_EQ(ack.sha256(), crm::security::Sha256Hex(warning));
  s = Sell(check.id(), "sale-mismatch-1", 100'000 * kCny, &sale);
  EXPECT_EQ(ErrorReason(s), "EVIDENCE_MISSING");
  EXPECT_EQ(s.error_message().find("ACKNOWLEDGEMENT"), std::string::npos);
  EXPECT_NE(s.error_message().find("DUAL_RECORDING"), std::string::npos);

  v1::Evidence rec;
  ASSERT_TRUE(DualRecording(check.id(), &rec).ok());
  s = Sell(check.id(), "sale-mismatch-1", 100'000 * kCny, &sale);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_TRUE(sale.mismatch());
  EXPECT_TRUE(sale.special_care());
  EXPECT_EQ(sale.amount().amount_minor(), 100'000 * kCny);
  EXPECT_EQ(sale.amount().currency(), "CNY");

  v1::Sale again;  // a retry of the same request gives the same sale
  ASSERT_TRUE(Sell(check.id(), "sale-mismatch-1", 100'000 * kCny, &again).ok());
  EXPECT_EQ(again.id(), sale.id());
  s = Sell(check.id(), "sale-mismatch-2", 100'000 * kCny, &again);
  EXPECT_EQ(ErrorReason(s), "CHECK_ALREADY_USED");
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_sale WHERE check_id = '" + check.id() + "'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.sale' AND outcome = 'denied' AND "
                  "target_id = '" +
                  check.id() + "'"),
            3);

  // The profile shows the check with its evidence and the sale.
  v1::GetSuitabilityProfileRequest preq;
  preq.set_customer_id(client);
  v1::SuitabilityProfile profile;
  auto ctx = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(stub_->GetSuitabilityProfile(ctx.get(), preq, &profile).ok());
  ASSERT_EQ(profile.sales_size(), 1);
  EXPECT_EQ(profile.sales(0).id(), sale.id());
  ASSERT_GE(profile.checks_size(), 1);
  EXPECT_EQ(profile.checks(0).evidence_size(), 2);
  EXPECT_EQ(profile.checks(0).missing_steps_size(), 0);
  EXPECT_EQ(profile.current_assessment().level(), v1::C2);

  // Compliance sees it as a mismatch sale, a special-care sale and a holding above level.
  for (auto kind : {v1::MISMATCH_SALE, v1::SPECIAL_CARE_SALE, v1::HOLDING_ABOVE_LEVEL}) {
    v1::ListSuitabilityExceptionsRequest lreq;
    lreq.set_kind(kind);
    lreq.set_page_size(500);
    v1::ListSuitabilityExceptionsResponse list;
    auto lctx = AuthedContext(tokens_["compliance1"]);
    ASSERT_TRUE(stub_->ListSuitabilityExceptions(lctx.get(), lreq, &list).ok());
    bool found = false;
    for (const auto& e : list.exceptions())
      if (e.customer_id() == client && e.product_code() == "T-R4") found = true;
    EXPECT_TRUE(found) << v1::SuitabilityExceptionKind_Name(kind);
  }

  // Issue 25 item 4: compliance reviews the holding exception by its key; a
  // key of another kind, a made-up key or a blank note changes nothing; a
  // manager may not review; the review is listed and can hide the row.
  v1::ListSuitabilityExceptionsRequest hreq;
  hreq.set_kind(v1::HOLDING_ABOVE_LEVEL);
  hreq.set_page_size(500);
  v1::ListSuitabilityExceptionsResponse holdings;
  auto hctx = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->ListSuitabilityExceptions(hctx.get(), hreq, &holdings).ok());
  std::string key;
  for (const auto& e : holdings.exceptions())
    if (e.customer_id() == client && e.product_code() == "T-R4") {
      key = e.review_key();
      EXPECT_FALSE(e.has_review());
      EXPECT_FALSE(e.owner_name().empty());
    }
  // Named with the client's level and assessment: a new assessment is a new exception.
  ASSERT_EQ(key.rfind(client + "|holding|T-R4|C2|", 0), 0u) << key;
  auto review = [&](const std::string& user, v1::SuitabilityExceptionKind kind, const std::string& k,
                    const std::string& note, v1::ExceptionReview* out) {
    v1::ReviewSuitabilityExceptionRequest r;
    r.set_kind(kind);
    r.set_review_key(k);
    r.set_note(note);
    auto c = AuthedContext(tokens_[user]);
    return stub_->ReviewSuitabilityException(c.get(), r, out);
  };
  v1::ExceptionReview done;
  EXPECT_EQ(review("compliance1", v1::MISMATCH_SALE, key, "看过", &done).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(review("compliance1", v1::HOLDING_ABOVE_LEVEL, key + "'; --", "看过", &done).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(review("compliance1", v1::HOLDING_ABOVE_LEVEL, key, "  ", &done).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  // Well formed but naming no exception the list shows: never stored ahead of one.
  for (const std::string& unknown : {"00000000-0000-4000-8000-000000000000" + key.substr(client.size()),
                                     client + "|holding|T-R1|C2|0", key.substr(0, key.rfind('|')) + "|1"})
    EXPECT_EQ(review("compliance1", v1::HOLDING_ABOVE_LEVEL, unknown, "看过", &done).error_code(),
              grpc::StatusCode::NOT_FOUND)
        << unknown;
  // A note is counted in characters: 2000 Chinese characters are allowed.
  std::string long_note;
  for (int i = 0; i < 2001; ++i) long_note += "审";
  EXPECT_EQ(review("compliance1", v1::HOLDING_ABOVE_LEVEL, key, long_note, &done).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(review("manager1", v1::HOLDING_ABOVE_LEVEL, key, "看过", &done).error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_exception_review"), 0);
  ASSERT_TRUE(review("compliance1", v1::HOLDING_ABOVE_LEVEL, key, long_note.substr(0, 2000 * 3), &done).ok());
  ASSERT_TRUE(review("compliance1", v1::HOLDING_ABOVE_LEVEL, key, "已核实客户书面申请", &done).ok());
  EXPECT_EQ(done.note(), "已核实客户书面申请");
  EXPECT_FALSE(done.reviewer_name().empty());
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.exception.review' AND outcome = 'ok' "
                  "AND target_id = '" +
                  client + "'"),
            2);
  hreq.set_unreviewed_only(true);
  auto hctx2 = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->ListSuitabilityExceptions(hctx2.get(), hreq, &holdings).ok());
  for (const auto& e : holdings.exceptions()) EXPECT_NE(e.review_key(), key);
}

// Section 1: C1-lowest can never take the mismatch path; no evidence helps.
TEST_F(SuitabilityTest, LowestCategoryNeverPasses) {
  auto client = ClientAt("C1_LOWEST");
  v1::SuitabilityCheck check;
  ASSERT_TRUE(Check(client, product_ids_[2], v1::CLIENT_REQUEST, &check).ok());
  EXPECT_EQ(check.decision(), v1::DENY);
  EXPECT_EQ(Strings(check.reasons()), (std::vector<std::string>{"LOWEST_CATEGORY", "RISK_MISMATCH"}));
  v1::Evidence ack;
  auto s = Acknowledge(check.id(), "signed warning", &ack);
  EXPECT_EQ(ErrorReason(s), "CHECK_DENIED");
  v1::Sale sale;
  s = Sell(check.id(), "sale-lowest", 1000 * kCny, &sale);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ErrorReason(s), "CHECK_DENIED");
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_sale WHERE customer_id = '" + client + "'"), 0);
}

// Section 1, "Investor class": thresholds inclusive at exactly 5,000,000 and 500,000.
TEST_F(SuitabilityTest, ProfessionalThresholdsAreInclusive) {
  auto client = NewClient();
  v1::ClassificationEvidence e;
  e.set_investing_years(2);
  e.set_financial_assets_minor(5'000'000 * kCny);
  v1::InvestorClassification c;
  ASSERT_TRUE(Classify(client, v1::QUALIFICATION, e, &c).ok());
  EXPECT_EQ(c.investor_class(), v1::PROFESSIONAL);
  e.set_financial_assets_minor(5'000'000 * kCny - 1);
  ASSERT_TRUE(Classify(client, v1::QUALIFICATION, e, &c).ok());
  EXPECT_EQ(c.investor_class(), v1::ORDINARY);
  EXPECT_EQ(Strings(c.unmet()), std::vector<std::string>{"financial_assets_or_income"});
  e.set_average_income_3y_minor(500'000 * kCny);
  ASSERT_TRUE(Classify(client, v1::QUALIFICATION, e, &c).ok());
  EXPECT_EQ(c.investor_class(), v1::PROFESSIONAL);

  // Opt-down needs the written request; then the client is ordinary.
  auto s = Classify(client, v1::OPT_DOWN, e, &c);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"evidence.documents"});
  auto* doc = e.add_documents();
  doc->set_reference("dms://optdown/1.pdf");
  doc->set_sha256(crm::security::Sha256Hex("opt-down letter"));
  ASSERT_TRUE(Classify(client, v1::OPT_DOWN, e, &c).ok());
  EXPECT_EQ(c.investor_class(), v1::ORDINARY);
  v1::GetCustomerRequest get;
  get.set_id(client);
  v1::Customer customer;
  auto ctx = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(customers_->GetCustomer(ctx.get(), get, &customer).ok());
  EXPECT_EQ(customer.investor_class(), "ORDINARY");

  // Application: 3,000,000 and 1 year suffice; below that it is refused by field.
  v1::ClassificationEvidence app;
  *app.add_documents() = *doc;
  app.set_financial_assets_minor(3'000'000 * kCny - 1);
  app.set_investing_years(1);
  s = Classify(client, v1::APPLICATION, app, &c);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"evidence.financial_assets_or_income"});
  app.set_financial_assets_minor(3'000'000 * kCny);
  ASSERT_TRUE(Classify(client, v1::APPLICATION, app, &c).ok());
  EXPECT_EQ(c.investor_class(), v1::PROFESSIONAL);
  EXPECT_EQ(Count("SELECT count(*) FROM investor_classification WHERE customer_id = '" + client + "'"), 5);
}

// Section 1, "Risk levels": validity is configurable; an assessment expires
// at the exact instant, after which only R1 passes.
TEST_F(SuitabilityTest, AssessmentExpiresAtTheExactInstant) {
  auto set_validity = [&](int days) {
    v1::SuitabilitySettings current;
    auto g = AuthedContext(tokens_["compliance1"]);
    ASSERT_TRUE(stub_->GetSuitabilitySettings(g.get(), {}, &current).ok());
    v1::UpdateSuitabilitySettingsRequest req;
    *req.mutable_settings() = current;
    req.mutable_settings()->set_assessment_validity_days(days);
    req.set_reason("test: validity " + std::to_string(days));
    v1::SuitabilitySettings out;
    auto u = AuthedContext(tokens_["compliance1"]);
    auto s = stub_->UpdateSuitabilitySettings(u.get(), req, &out);
    ASSERT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(out.assessment_validity_days(), days);
  };
  set_validity(1);
  auto client = ClientAt("C3");
  set_validity(730);
  clock_->Advance(std::chrono::hours(24) - std::chrono::microseconds(1));
  SignInAll();
  v1::SuitabilityCheck check;
  ASSERT_TRUE(Check(client, product_ids_[2], v1::RECOMMEND, &check).ok());
  EXPECT_EQ(check.decision(), v1::ALLOW);
  clock_->Advance(std::chrono::microseconds(1));
  SignInAll();
  ASSERT_TRUE(Check(client, product_ids_[2], v1::RECOMMEND, &check).ok());
  EXPECT_EQ(check.decision(), v1::DENY);
  EXPECT_EQ(Strings(check.reasons()), std::vector<std::string>{"ASSESSMENT_EXPIRED"});
  EXPECT_EQ(Strings(check.required_steps()), std::vector<std::string>{"ASSESSMENT"});
  ASSERT_TRUE(Check(client, product_ids_[1], v1::RECOMMEND, &check).ok());
  EXPECT_EQ(check.decision(), v1::ALLOW);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.settings.update'"), 2);
}
