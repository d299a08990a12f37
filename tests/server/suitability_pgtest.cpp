// Suitability through a real in-process server over TLS on PostgreSQL
// (regulatory.md section 1, CSRC Order 130): questionnaires and band edges,
// the full matching matrix, the mismatch path with its evidence, sales that
// need every step, professional thresholds, expiry at the exact instant with
// an injectable clock, scoping, product risk changes and the exceptions list.
#include <gtest/gtest.h>

#include <pqxx/pqxx>
#include <set>

#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/suitability.grpc.pb.h"
#include "security/crypto.h"
#include "server/suitability_matrix.h"
#include "storage/audit_sealer.h"
#include "storage/connection_pool.h"
#include "support/test_server.h"
#include "usecases/user_admin.h"

using crm::testing::AuthedContext;
using crm::testing::ErrorReason;
using crm::testing::TestServer;
using crm::testing::ViolationFields;
namespace v1 = crm::v1;

namespace {

constexpr int64_t kCny = 100;  // fen per yuan
const std::vector<int> kEdgeScores = {0, 1, 19, 20, 36, 37, 53, 54, 82, 83, 100};

class SuitabilityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    clock_ = new crm::FakeClock();
    crm::testing::TestServerOptions options;
    options.clock = clock_;
    server_ = new TestServer(options);
    {
      crm::storage::ConnectionPool pool(server_->conninfo(), 1);
      crm::usecases::UserAdmin admin(pool, *clock_, server_->config().auth_settings(), "test");
      auto add = [&](const char* name, const char* role, const char* branch, const char* team) {
        crm::usecases::CreateUserInput in{name, std::string("Test ") + name, role, branch, team, TestServer::kPassword, false};
        admin.CreateUser(in);
      };
      add("manager1", "ACCOUNT_MANAGER", "B1", "T1");
      add("manager2", "ACCOUNT_MANAGER", "B1", "T2");
      add("lead1", "TEAM_LEAD", "B1", "T1");
      add("compliance1", "COMPLIANCE_OFFICER", "", "");
      add("admin1", "ADMIN", "", "");
    }
    channel_ = new std::shared_ptr<grpc::Channel>(server_->Channel());
    SignInAll();
    auto stub = v1::SuitabilityService::NewStub(*channel_);
    // A test questionnaire whose single question reaches every band edge.
    v1::PublishQuestionnaireRequest pub;
    auto* q = pub.mutable_questionnaire();
    q->set_title("边界测试问卷");
    q->set_title_en("Band edge questionnaire");
    auto* question = q->add_questions();
    question->set_id("score");
    question->set_text("分数");
    for (int s : kEdgeScores) {
      auto* o = question->add_options();
      o->set_id("s" + std::to_string(s));
      o->set_text(std::to_string(s));
      o->set_score(s);
    }
    for (auto [level, lo, hi] : std::vector<std::tuple<v1::RiskLevel, int, int>>{
             {v1::C1_LOWEST, 0, 0}, {v1::C1, 1, 19}, {v1::C2, 20, 36}, {v1::C3, 37, 53}, {v1::C4, 54, 82}, {v1::C5, 83, 100}}) {
      auto* b = q->add_bands();
      b->set_level(level);
      b->set_min_score(lo);
      b->set_max_score(hi);
    }
    v1::Questionnaire published;
    auto ctx = AuthedContext(tokens_["compliance1"]);
    auto s = stub->PublishQuestionnaire(ctx.get(), pub, &published);
    ASSERT_TRUE(s.ok()) << s.error_message();
    edge_version_ = published.version();
    for (int r = 1; r <= 5; ++r) product_ids_[r] = CreateProductOrDie(stub.get(), "T-R" + std::to_string(r), r);
  }
  static void TearDownTestSuite() {
    delete channel_;
    delete server_;
    delete clock_;
  }

  static void SignInAll() {
    for (const char* u : {"manager1", "manager2", "lead1", "compliance1", "admin1"})
      tokens_[u] = crm::testing::LoginOrDie(**channel_, u, TestServer::kPassword);
  }

  static std::string CreateProductOrDie(v1::SuitabilityService::Stub* stub, const std::string& code, int risk,
                                        int64_t min_investment = 0) {
    v1::CreateProductRequest req;
    req.mutable_product()->set_code(code);
    req.mutable_product()->set_name("产品 " + code);
    req.mutable_product()->set_type("FUND");
    req.mutable_product()->set_risk(static_cast<v1::ProductRisk>(risk));
    req.mutable_product()->set_min_investment_minor(min_investment);
    v1::Product p;
    auto ctx = AuthedContext(tokens_["compliance1"]);
    auto s = stub->CreateProduct(ctx.get(), req, &p);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return p.id();
  }

  void SetUp() override {
    stub_ = v1::SuitabilityService::NewStub(*channel_);
    customers_ = v1::CustomerService::NewStub(*channel_);
  }

  std::string NewClient(const std::string& manager = "manager1", v1::CustomerKind kind = v1::INDIVIDUAL) {
    static int n = 0;
    v1::CreateCustomerRequest req;
    req.set_request_id("suit-client-" + std::to_string(++n));
    req.mutable_customer()->set_kind(kind);
    req.mutable_customer()->set_name("适当性客户" + std::to_string(n));
    v1::Customer c;
    auto ctx = AuthedContext(tokens_[manager]);
    auto s = customers_->CreateCustomer(ctx.get(), req, &c);
    EXPECT_TRUE(s.ok()) << s.error_message();
    return c.id();
  }

  grpc::Status Assess(const std::string& client, int score, v1::Assessment* out, const std::string& who = "manager1") {
    v1::SubmitAssessmentRequest req;
    req.set_customer_id(client);
    req.set_questionnaire_version(edge_version_);
    auto* a = req.add_answers();
    a->set_question_id("score");
    a->set_option_id("s" + std::to_string(score));
    auto ctx = AuthedContext(tokens_[who]);
    return stub_->SubmitAssessment(ctx.get(), req, out);
  }

  static int ScoreFor(const std::string& level) {
    static const std::map<std::string, int> kScores{{"C1_LOWEST", 0}, {"C1", 1},  {"C2", 20},
                                                    {"C3", 37},       {"C4", 54}, {"C5", 83}};
    return kScores.at(level);
  }

  grpc::Status Classify(const std::string& client, v1::ClassificationBasis basis, const v1::ClassificationEvidence& e,
                        v1::InvestorClassification* out) {
    v1::ClassifyInvestorRequest req;
    req.set_customer_id(client);
    req.set_basis(basis);
    *req.mutable_evidence() = e;
    auto ctx = AuthedContext(tokens_["manager1"]);
    return stub_->ClassifyInvestor(ctx.get(), req, out);
  }

  // A client at this standing: C1_LOWEST..C5 by assessment, or PROFESSIONAL.
  std::string ClientAt(const std::string& standing) {
    auto id = NewClient();
    v1::Assessment a;
    EXPECT_TRUE(Assess(id, ScoreFor(standing == "PROFESSIONAL" ? "C1" : standing), &a).ok());
    if (standing == "PROFESSIONAL") {
      v1::ClassificationEvidence e;
      e.set_financial_assets_minor(5'000'000 * kCny);
      e.set_investing_years(2);
      v1::InvestorClassification c;
      EXPECT_TRUE(Classify(id, v1::QUALIFICATION, e, &c).ok());
      EXPECT_EQ(c.investor_class(), v1::PROFESSIONAL);
    }
    return id;
  }

  grpc::Status Check(const std::string& client, const std::string& product, v1::SuitabilityIntent intent,
                     v1::SuitabilityCheck* out, const std::string& who = "manager1",
                     v1::SalesChannel channel = v1::BRANCH) {
    v1::CheckSuitabilityRequest req;
    req.set_customer_id(client);
    req.set_product_id(product);
    req.set_intent(intent);
    req.set_channel(channel);
    auto ctx = AuthedContext(tokens_[who]);
    return stub_->CheckSuitability(ctx.get(), req, out);
  }

  grpc::Status Acknowledge(const std::string& check, const std::string& document, v1::Evidence* out,
                           const std::string& claimed_sha = "") {
    v1::RecordAcknowledgementRequest req;
    req.set_check_id(check);
    req.set_document_reference("dms://warnings/" + check + ".pdf");
    req.set_sha256(claimed_sha.empty() ? crm::security::Sha256Hex(document) : claimed_sha);
    req.set_content(document);
    req.mutable_confirm_time()->set_seconds(std::chrono::duration_cast<std::chrono::seconds>(
                                                clock_->Now().time_since_epoch()).count());
    auto ctx = AuthedContext(tokens_["manager1"]);
    return stub_->RecordAcknowledgement(ctx.get(), req, out);
  }

  grpc::Status DualRecording(const std::string& check, v1::Evidence* out) {
    v1::RecordDualRecordingRequest req;
    req.set_check_id(check);
    req.set_media_reference("media://dual/" + check + ".mp4");
    req.set_sha256(crm::security::Sha256Hex("video bytes of " + check));
    req.set_duration_seconds(312);
    req.set_recorded_by_name("柜员 王芳");
    auto ctx = AuthedContext(tokens_["manager1"]);
    return stub_->RecordDualRecording(ctx.get(), req, out);
  }

  grpc::Status Sell(const std::string& check, const std::string& request_id, int64_t amount, v1::Sale* out) {
    v1::RecordSaleRequest req;
    req.set_request_id(request_id);
    req.set_check_id(check);
    req.mutable_amount()->set_amount_minor(amount);
    auto ctx = AuthedContext(tokens_["manager1"]);
    return stub_->RecordSale(ctx.get(), req, out);
  }

  static int Count(const std::string& sql) {
    server_->server().sealer().SealNow();
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec(sql)[0][0].as<int>();
  }

  static std::vector<std::string> Strings(const google::protobuf::RepeatedPtrField<std::string>& r) {
    return {r.begin(), r.end()};
  }

  static crm::FakeClock* clock_;
  static TestServer* server_;
  static std::shared_ptr<grpc::Channel>* channel_;
  static std::map<std::string, std::string> tokens_;
  static int edge_version_;
  static std::map<int, std::string> product_ids_;
  std::unique_ptr<v1::SuitabilityService::Stub> stub_;
  std::unique_ptr<v1::CustomerService::Stub> customers_;
};

crm::FakeClock* SuitabilityTest::clock_ = nullptr;
TestServer* SuitabilityTest::server_ = nullptr;
std::shared_ptr<grpc::Channel>* SuitabilityTest::channel_ = nullptr;
std::map<std::string, std::string> SuitabilityTest::tokens_;
int SuitabilityTest::edge_version_ = 0;
std::map<int, std::string> SuitabilityTest::product_ids_;

}  // namespace

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
                  "target_id IN (" + ids + ")"), 105);
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
                  "'denied' AND target_id = '" + check.id() + "'"), 1);

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
                  "target_id = '" + check.id() + "'"), 3);

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

// A sale must follow its check within check_valid_minutes (default 1440).
TEST_F(SuitabilityTest, StaleCheckCannotSell) {
  auto client = ClientAt("C5");
  v1::SuitabilityCheck check;
  ASSERT_TRUE(Check(client, product_ids_[3], v1::RECOMMEND, &check).ok());
  ASSERT_EQ(check.decision(), v1::ALLOW);
  clock_->Advance(std::chrono::minutes(1441));
  SignInAll();
  v1::Sale sale;
  auto s = Sell(check.id(), "sale-stale", 1000 * kCny, &sale);
  EXPECT_EQ(ErrorReason(s), "CHECK_EXPIRED");
  ASSERT_TRUE(Check(client, product_ids_[3], v1::RECOMMEND, &check).ok());
  s = Sell(check.id(), "sale-fresh", 1000 * kCny, &sale);
  EXPECT_TRUE(s.ok()) << s.error_message();
  EXPECT_FALSE(sale.mismatch());
}

// Scoping (defended twice) and roles: the policy module decides who may do what.
TEST_F(SuitabilityTest, ScopeAndRoles) {
  auto client = ClientAt("C3");
  v1::SuitabilityCheck check;
  auto s = Check(client, product_ids_[1], v1::RECOMMEND, &check, "manager2");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.check' AND outcome = 'denied' AND "
                  "target_id = '" + client + "'"), 1);
  EXPECT_TRUE(Check(client, product_ids_[1], v1::RECOMMEND, &check, "lead1").ok());
  // An unknown product names the field and writes nothing (no check, no event).
  const int checks = Count("SELECT count(*) FROM suitability_check");
  const int events = Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.check'");
  s = Check(client, "NO-SUCH-PRODUCT", v1::RECOMMEND, &check, "lead1");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(crm::testing::ViolationFields(s), std::vector<std::string>{"product_id"});
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_check"), checks);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'suitability.check'"), events);
  // Compliance reads but does not sell: denied, and the denial is an event.
  EXPECT_EQ(Check(client, product_ids_[1], v1::RECOMMEND, &check, "compliance1").error_code(),
            grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail a JOIN app_user u ON u.id = a.actor_user_id "
                  "WHERE a.action = 'auth.permission_denied' AND u.username = 'compliance1'"), 1);
  v1::Assessment a;
  EXPECT_EQ(Assess(client, 50, &a, "compliance1").error_code(), grpc::StatusCode::PERMISSION_DENIED);
  v1::GetSuitabilityProfileRequest preq;
  preq.set_customer_id(client);
  v1::SuitabilityProfile profile;
  auto actx = AuthedContext(tokens_["admin1"]);
  EXPECT_EQ(stub_->GetSuitabilityProfile(actx.get(), preq, &profile).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  auto cctx = AuthedContext(tokens_["compliance1"]);
  EXPECT_TRUE(stub_->GetSuitabilityProfile(cctx.get(), preq, &profile).ok());
  v1::CreateProductRequest preq2;
  preq2.mutable_product()->set_code("NOPE");
  v1::Product p;
  auto mctx = AuthedContext(tokens_["manager1"]);
  EXPECT_EQ(stub_->CreateProduct(mctx.get(), preq2, &p).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  v1::ListSuitabilityExceptionsRequest lreq;
  lreq.set_kind(v1::MISMATCH_SALE);
  v1::ListSuitabilityExceptionsResponse list;
  auto m2 = AuthedContext(tokens_["manager1"]);
  EXPECT_EQ(stub_->ListSuitabilityExceptions(m2.get(), lreq, &list).error_code(), grpc::StatusCode::PERMISSION_DENIED);
}

// Section 1: "client and product levels are re-evaluated when their
// information changes": a risk change lists the holders whose match changes.
TEST_F(SuitabilityTest, ProductRiskChangeListsHoldersWhoseMatchChanges) {
  auto product = CreateProductOrDie(stub_.get(), "T-CHANGE", 2, 1000 * kCny);
  auto c2 = ClientAt("C2");
  auto c3 = ClientAt("C3");
  for (const auto& [client, rid] : {std::pair{c2, "buy-c2"}, std::pair{c3, "buy-c3"}}) {
    v1::SuitabilityCheck check;
    ASSERT_TRUE(Check(client, product, v1::RECOMMEND, &check).ok());
    v1::Sale sale;
    auto below = Sell(check.id(), std::string(rid) + "-small", 999 * kCny, &sale);
    EXPECT_EQ(ViolationFields(below), std::vector<std::string>{"amount.amount_minor"});
    ASSERT_TRUE(Sell(check.id(), rid, 5000 * kCny, &sale).ok());
  }
  v1::GetProductRequest get;
  get.set_id("T-CHANGE");
  v1::Product p;
  auto g = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(stub_->GetProduct(g.get(), get, &p).ok());
  v1::UpdateProductRequest up;
  *up.mutable_product() = p;
  up.mutable_product()->set_risk(v1::R3);
  v1::UpdateProductResponse resp;
  auto u1 = AuthedContext(tokens_["compliance1"]);
  auto s = stub_->UpdateProduct(u1.get(), up, &resp);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"reason"});
  up.set_reason("prospectus revised: higher leverage");
  auto u2 = AuthedContext(tokens_["compliance1"]);
  s = stub_->UpdateProduct(u2.get(), up, &resp);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(resp.product().risk(), v1::R3);
  ASSERT_EQ(resp.changed_holder_count(), 1);
  EXPECT_EQ(resp.changed_holders(0).customer_id(), c2);
  EXPECT_TRUE(resp.changed_holders(0).matched_before());
  EXPECT_FALSE(resp.changed_holders(0).matches_now());
  auto u3 = AuthedContext(tokens_["compliance1"]);
  EXPECT_EQ(stub_->UpdateProduct(u3.get(), up, &resp).error_code(), grpc::StatusCode::ABORTED);  // stale etag
  EXPECT_EQ(Count("SELECT count(*) FROM product_risk_history WHERE product_id = '" + product + "'"), 2);
}

// Section 5: suitability records are kept, never altered, even by the owner.
TEST_F(SuitabilityTest, RecordsCannotBeChangedOrDeleted) {
  auto client = ClientAt("C4");
  pqxx::connection c(server_->conninfo());
  for (const char* sql : {"UPDATE suitability_assessment SET score = 100", "DELETE FROM suitability_assessment",
                          "UPDATE questionnaire SET title = 'x'", "DELETE FROM suitability_check"}) {
    pqxx::work tx(c);
    EXPECT_THROW(tx.exec(sql), pqxx::sql_error) << sql;
  }
}

// Compliance's list of assessments expiring in the next 30 days; a newer
// questionnaire version is the one in force, and past assessments keep theirs.
TEST_F(SuitabilityTest, ExpiringAssessmentsAndQuestionnaireVersions) {
  auto update_validity = [&](int days) {
    v1::SuitabilitySettings current;
    auto g = AuthedContext(tokens_["compliance1"]);
    ASSERT_TRUE(stub_->GetSuitabilitySettings(g.get(), {}, &current).ok());
    v1::UpdateSuitabilitySettingsRequest req;
    *req.mutable_settings() = current;
    req.mutable_settings()->set_assessment_validity_days(days);
    req.set_reason("test");
    v1::SuitabilitySettings out;
    auto u = AuthedContext(tokens_["compliance1"]);
    ASSERT_TRUE(stub_->UpdateSuitabilitySettings(u.get(), req, &out).ok());
  };
  update_validity(20);
  auto soon = ClientAt("C3");
  update_validity(730);
  auto later = ClientAt("C3");
  v1::ListSuitabilityExceptionsRequest lreq;
  lreq.set_kind(v1::ASSESSMENT_EXPIRING);
  lreq.set_page_size(500);
  v1::ListSuitabilityExceptionsResponse list;
  auto lctx = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->ListSuitabilityExceptions(lctx.get(), lreq, &list).ok());
  std::set<std::string> ids;
  for (const auto& e : list.exceptions()) ids.insert(e.customer_id());
  EXPECT_TRUE(ids.count(soon));
  EXPECT_FALSE(ids.count(later));
  // The team lead of manager1's team sees it too (row-level security scopes the list).
  auto l2 = AuthedContext(tokens_["lead1"]);
  ASSERT_TRUE(stub_->ListSuitabilityExceptions(l2.get(), lreq, &list).ok());
  bool lead_sees = false;
  for (const auto& e : list.exceptions()) lead_sees = lead_sees || e.customer_id() == soon;
  EXPECT_TRUE(lead_sees);

  v1::GetQuestionnaireRequest current;
  v1::Questionnaire q;
  auto qctx = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(stub_->GetQuestionnaire(qctx.get(), current, &q).ok());
  EXPECT_EQ(q.version(), edge_version_);  // the newest published is in force
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_assessment WHERE questionnaire_version = 1"), 1);
  // A questionnaire whose bands do not cover its scores is refused by field.
  v1::PublishQuestionnaireRequest bad;
  *bad.mutable_questionnaire() = q;
  bad.mutable_questionnaire()->mutable_bands(5)->set_max_score(90);
  v1::Questionnaire out;
  auto pctx = AuthedContext(tokens_["compliance1"]);
  auto s = stub_->PublishQuestionnaire(pctx.get(), bad, &out);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"questionnaire.bands"});
}
