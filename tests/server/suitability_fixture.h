// The suitability fixture shared by suitability_pgtest.cpp and
// suitability_lifecycle_pgtest.cpp: one in-process server over TLS on
// PostgreSQL with an injectable clock, a questionnaire whose single question
// reaches every band edge, products of every risk, and users signed in once.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/suitability.grpc.pb.h"
#include "security/crypto.h"
#include "storage/audit_sealer.h"
#include "storage/connection_pool.h"
#include "support/test_server.h"
#include "usecases/user_admin.h"

namespace crm::testing {

namespace v1 = crm::v1;

inline constexpr int64_t kCny = 100;  // fen per yuan
inline const std::vector<int> kEdgeScores = {0, 1, 19, 20, 36, 37, 53, 54, 82, 83, 100};

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
        crm::usecases::CreateUserInput in{name, std::string("Test ") + name, role, branch,
                                          team, TestServer::kPassword,       false};
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
    for (auto [level, lo, hi] : std::vector<std::tuple<v1::RiskLevel, int, int>>{{v1::C1_LOWEST, 0, 0},
                                                                                 {v1::C1, 1, 19},
                                                                                 {v1::C2, 20, 36},
                                                                                 {v1::C3, 37, 53},
                                                                                 {v1::C4, 54, 82},
                                                                                 {v1::C5, 83, 100}}) {
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
    req.mutable_confirm_time()->set_seconds(
        std::chrono::duration_cast<std::chrono::seconds>(clock_->Now().time_since_epoch()).count());
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

  inline static crm::FakeClock* clock_ = nullptr;
  inline static TestServer* server_ = nullptr;
  inline static std::shared_ptr<grpc::Channel>* channel_ = nullptr;
  inline static std::map<std::string, std::string> tokens_;
  inline static int edge_version_ = 0;
  inline static std::map<int, std::string> product_ids_;
  std::unique_ptr<v1::SuitabilityService::Stub> stub_;
  std::unique_ptr<v1::CustomerService::Stub> customers_;
};

}  // namespace crm::testing
