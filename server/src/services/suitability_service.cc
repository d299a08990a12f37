// SuitabilityService: questionnaires, assessments, investor classification,
// the client's suitability profile and the configurable settings
// (regulatory.md section 1).
#include "services/suitability_service.h"

#include <map>
#include <set>

#include "common/error.h"
#include "common/ids.h"
#include "domain/money.h"
#include "domain/policy.h"
#include "services/suitability_mapping.h"
#include "usecases/suitability.h"

namespace crm::services {

using domain::Action;
using namespace suitability;
namespace uc = usecases::suitability;

namespace {

// Structural checks of a questionnaire a compliance officer publishes.
void ValidateQuestionnaire(const crm::v1::Questionnaire& q, Validation& v) {
  if (Blank(q.title())) v.Fail("questionnaire.title", crm::v1::FieldProblem::REQUIRED, "is required");
  if (q.questions_size() < 1) v.Fail("questionnaire.questions", "at least one question is required");
  std::set<std::string> ids;
  int max_total = 0;
  for (int i = 0; i < q.questions_size(); ++i) {
    const auto& pq = q.questions(i);
    const std::string f = "questionnaire.questions[" + std::to_string(i) + "]";
    if (Blank(pq.id()) || !ids.insert(pq.id()).second) v.Fail(f + ".id", "must be present and unique");
    if (Blank(pq.text())) v.Fail(f + ".text", crm::v1::FieldProblem::REQUIRED, "is required");
    if (pq.options_size() < 2) v.Fail(f + ".options", "at least two options are required");
    std::set<std::string> option_ids;
    int max_score = 0;
    for (int j = 0; j < pq.options_size(); ++j) {
      const auto& o = pq.options(j);
      const std::string fo = f + ".options[" + std::to_string(j) + "]";
      if (Blank(o.id()) || !option_ids.insert(o.id()).second) v.Fail(fo + ".id", "must be present and unique");
      if (Blank(o.text())) v.Fail(fo + ".text", crm::v1::FieldProblem::REQUIRED, "is required");
      if (o.score() < 0 || o.score() > 100) v.Fail(fo + ".score", "must be between 0 and 100");
      max_score = std::max(max_score, o.score());
    }
    max_total += max_score;
  }
  const auto bands = BandsOf(q);
  if (auto problem = domain::suitability::ValidateBands(bands); !problem.empty()) {
    v.Fail("questionnaire.bands", problem);
  } else if (bands.back().max < max_total) {
    v.Fail("questionnaire.bands",
           "the top band must reach the highest possible score (" + std::to_string(max_total) + ")");
  }
}

}  // namespace

grpc::ServerUnaryReactor* SuitabilityService::GetQuestionnaire(grpc::CallbackServerContext* ctx,
                                                               const crm::v1::GetQuestionnaireRequest* req,
                                                               crm::v1::Questionnaire* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/GetQuestionnaire", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           QuestionnaireToProto(uc::GetQuestionnaire(call.caller(), req->version()), resp);
                         });
}

grpc::ServerUnaryReactor* SuitabilityService::PublishQuestionnaire(grpc::CallbackServerContext* ctx,
                                                                   const crm::v1::PublishQuestionnaireRequest* req,
                                                                   crm::v1::Questionnaire* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/PublishQuestionnaire", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(Action::kSuitabilityPolicyManage);
        Validation v;
        ValidateQuestionnaire(req->questionnaire(), v);
        v.ThrowIfFailed();
        QuestionnaireToProto(uc::PublishQuestionnaire(call.caller(), QuestionnaireOf(req->questionnaire())), resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::SubmitAssessment(grpc::CallbackServerContext* ctx,
                                                               const crm::v1::SubmitAssessmentRequest* req,
                                                               crm::v1::Assessment* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/SubmitAssessment", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           call.caller().Require(Action::kSuitabilityWrite);
                           Validation v;
                           if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
                           if (req->questionnaire_version() < 0)
                             v.Fail("questionnaire_version", "must be 0 (current) or a published version");
                           if (req->answers().empty())
                             v.Fail("answers", crm::v1::FieldProblem::UNANSWERED_QUESTIONS, "answer every question");
                           v.ThrowIfFailed();
                           const TimePoint now = clock_.Now();
                           uc::AssessmentInput input;
                           input.customer_id = req->customer_id();
                           input.questionnaire_version = req->questionnaire_version();
                           for (const auto& a : req->answers())
                             input.answers.emplace_back(a.question_id(), a.option_id());
                           input.channel = req->channel() == crm::v1::ONLINE ? "ONLINE" : "BRANCH";
                           AssessmentToProto(uc::SubmitAssessment(call.caller(), input, now), now, resp);
                         });
}

grpc::ServerUnaryReactor* SuitabilityService::ClassifyInvestor(grpc::CallbackServerContext* ctx,
                                                               const crm::v1::ClassifyInvestorRequest* req,
                                                               crm::v1::InvestorClassification* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ClassifyInvestor", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kSuitabilityWrite);
        const auto& e = req->evidence();
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->basis() == crm::v1::CLASSIFICATION_BASIS_UNSPECIFIED)
          v.Fail("basis", crm::v1::FieldProblem::NOT_ONE_OF, "choose QUALIFICATION, APPLICATION or OPT_DOWN");
        for (auto [field, value] : {std::pair{"evidence.net_assets_minor", e.net_assets_minor()},
                                    {"evidence.financial_assets_minor", e.financial_assets_minor()},
                                    {"evidence.average_income_3y_minor", e.average_income_3y_minor()}})
          domain::CheckMoney(v, field, value);
        if (e.investing_years() < 0 || e.investing_years() > 100)
          v.Fail("evidence.investing_years", "must be 0 to 100");
        if (e.relevant_work_years() < 0 || e.relevant_work_years() > 100)
          v.Fail("evidence.relevant_work_years", "must be 0 to 100");
        for (int i = 0; i < e.documents_size(); ++i) {
          const std::string f = "evidence.documents[" + std::to_string(i) + "]";
          if (Blank(e.documents(i).reference()))
            v.Fail(f + ".reference", crm::v1::FieldProblem::REQUIRED, "is required");
          if (!IsSha256Hex(e.documents(i).sha256())) v.Fail(f + ".sha256", "must be 64 lowercase hex digits");
        }
        // A written application or opt-down request is itself the evidence.
        if (req->basis() != crm::v1::QUALIFICATION && e.documents().empty())
          v.Fail("evidence.documents", crm::v1::FieldProblem::SIGNED_REQUEST_REQUIRED,
                 "attach the client's signed written request");
        v.ThrowIfFailed();
        uc::ClassificationInput input;
        input.customer_id = req->customer_id();
        input.basis = crm::v1::ClassificationBasis_Name(req->basis());
        auto& f = input.facts;
        f.licensed_institution = e.licensed_institution();
        f.net_assets_minor = e.net_assets_minor();
        f.financial_assets_minor = e.financial_assets_minor();
        f.average_income_3y_minor = e.average_income_3y_minor();
        f.investing_years = e.investing_years();
        f.relevant_work_years = e.relevant_work_years();
        f.senior_manager_financial_institution = e.senior_manager_financial_institution();
        f.certified_professional = e.certified_professional();
        for (const auto& d : e.documents()) input.documents.emplace_back(d.reference(), d.sha256());
        ClassificationToProto(uc::Classify(call.caller(), input, clock_.Now()), resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::GetSuitabilityProfile(grpc::CallbackServerContext* ctx,
                                                                    const crm::v1::GetSuitabilityProfileRequest* req,
                                                                    crm::v1::SuitabilityProfile* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/GetSuitabilityProfile", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           const TimePoint now = clock_.Now();
                           const auto profile = uc::GetProfile(call.caller(), req->customer_id());
                           resp->Clear();
                           resp->set_customer_id(profile.customer_id);
                           resp->set_investor_class(ClassToProto(profile.investor_class));
                           for (const auto& a : profile.assessments) AssessmentToProto(a, now, resp->add_assessments());
                           if (!profile.assessments.empty()) *resp->mutable_current_assessment() = resp->assessments(0);
                           for (const auto& c : profile.classifications)
                             ClassificationToProto(c, resp->add_classifications());
                           for (const auto& k : profile.checks)
                             CheckToProto(k.check, k.evidence, profile.settings.check_valid_minutes,
                                          resp->add_checks());
                           for (const auto& s : profile.sales) SaleToProto(s, resp->add_sales());
                         });
}

grpc::ServerUnaryReactor* SuitabilityService::GetSuitabilitySettings(grpc::CallbackServerContext* ctx,
                                                                     const crm::v1::GetSuitabilitySettingsRequest*,
                                                                     crm::v1::SuitabilitySettings* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/GetSuitabilitySettings", rpc::AuthMode::kSession,
                         [resp](rpc::Call& call) { SettingsToProto(uc::GetSettings(call.caller()), resp); });
}

grpc::ServerUnaryReactor* SuitabilityService::UpdateSuitabilitySettings(
    grpc::CallbackServerContext* ctx, const crm::v1::UpdateSuitabilitySettingsRequest* req,
    crm::v1::SuitabilitySettings* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/UpdateSuitabilitySettings", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           call.caller().Require(Action::kSuitabilityPolicyManage);
                           const auto& s = req->settings();
                           Validation v;
                           if (s.assessment_validity_days() < 0 || s.assessment_validity_days() > 3650)
                             v.Fail("settings.assessment_validity_days", "must be 0 to 3650");
                           if (s.check_valid_minutes() < 1 || s.check_valid_minutes() > 43200)
                             v.Fail("settings.check_valid_minutes", "must be 1 to 43200");
                           if (s.version() < 1) v.Fail("settings.version", "send the version you read");
                           if (Blank(req->reason()))
                             v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for a policy change");
                           v.ThrowIfFailed();
                           domain::SuitabilitySettings next{s.assessment_validity_days(),
                                                            s.block_r1_without_assessment(), s.check_valid_minutes(),
                                                            0};
                           SettingsToProto(uc::UpdateSettings(call.caller(), next, s.version(), req->reason()), resp);
                         });
}

}  // namespace crm::services
