// Suitability after the sale decision, through a real in-process server
// (regulatory.md section 1): a stale check cannot sell, scoping and roles,
// product risk changes and the holders they affect, records that cannot be
// changed, expiring assessments and questionnaire versions.
#include <gtest/gtest.h>

#include <pqxx/pqxx>
#include <set>

#include "server/suitability_fixture.h"

using crm::testing::AuthedContext;
using crm::testing::ErrorReason;
using crm::testing::kCny;
using crm::testing::kEdgeScores;
using crm::testing::SuitabilityTest;
using crm::testing::TestServer;
using crm::testing::ViolationFields;
namespace v1 = crm::v1;

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
                  "target_id = '" +
                  client + "'"),
            1);
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
                  "WHERE a.action = 'auth.permission_denied' AND u.username = 'compliance1'"),
            1);
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
  // An assessment on the earlier version is still accepted and kept (this
  // file's own: it must not depend on what other files' tests left behind).
  const int on_v1 = Count("SELECT count(*) FROM suitability_assessment WHERE questionnaire_version = 1");
  {
    v1::GetQuestionnaireRequest first;
    first.set_version(1);
    v1::Questionnaire q1;
    auto c1 = AuthedContext(tokens_["manager1"]);
    ASSERT_TRUE(stub_->GetQuestionnaire(c1.get(), first, &q1).ok());
    v1::SubmitAssessmentRequest sub;
    sub.set_customer_id(NewClient());
    sub.set_questionnaire_version(1);
    for (const auto& question : q1.questions()) {
      auto* a = sub.add_answers();
      a->set_question_id(question.id());
      a->set_option_id(question.options(0).id());
    }
    v1::Assessment out;
    auto c2 = AuthedContext(tokens_["manager1"]);
    ASSERT_TRUE(stub_->SubmitAssessment(c2.get(), sub, &out).ok());
    EXPECT_EQ(out.questionnaire_version(), 1);
  }
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_assessment WHERE questionnaire_version = 1"), on_v1 + 1);
  // A questionnaire whose bands do not cover its scores is refused by field.
  v1::PublishQuestionnaireRequest bad;
  *bad.mutable_questionnaire() = q;
  bad.mutable_questionnaire()->mutable_bands(5)->set_max_score(90);
  v1::Questionnaire out;
  auto pctx = AuthedContext(tokens_["compliance1"]);
  auto s = stub_->PublishQuestionnaire(pctx.get(), bad, &out);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"questionnaire.bands"});
}
