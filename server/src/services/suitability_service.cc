// SuitabilityService: questionnaires, assessments, investor classification,
// the client's suitability profile and the configurable settings
// (regulatory.md section 1).
#include "services/suitability_service.h"

#include <map>
#include <set>

#include "common/error.h"
#include "domain/money.h"
#include "domain/policy.h"
#include "usecases/client_access.h"
#include "services/customer_mapping.h"
#include "services/suitability_mapping.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/suitability_repository.h"
#include "storage/transaction.h"

namespace crm::services {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::SuitabilityRepository;
using namespace suitability;

namespace {

constexpr int kHistoryLimit = 50;

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
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/GetQuestionnaire", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kSuitabilityRead);
        if (req->version() < 0) throw Error::InvalidField("version", "must be 0 (current) or a published version");
        std::optional<storage::QuestionnaireRow> row;
        storage::InTransaction(pipeline_.db(), call.tx_options(),
                               [&](pqxx::work& tx) { row = SuitabilityRepository::Questionnaire(tx, req->version()); });
        if (!row) throw Error::NotFound("questionnaire version");
        QuestionnaireToProto(*row, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::PublishQuestionnaire(grpc::CallbackServerContext* ctx,
                                                                   const crm::v1::PublishQuestionnaireRequest* req,
                                                                   crm::v1::Questionnaire* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/PublishQuestionnaire", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kSuitabilityPolicyManage);
        Validation v;
        ValidateQuestionnaire(req->questionnaire(), v);
        v.ThrowIfFailed();
        storage::QuestionnaireRow row;
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          row = SuitabilityRepository::PublishQuestionnaire(
              tx, req->questionnaire().title(), QuestionnaireContent(req->questionnaire()).dump(), call.actor.user_id);
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"suitability.questionnaire.publish",
                                   "questionnaire",
                                   std::to_string(row.version),
                                   "",
                                   AuditOutcome::kOk,
                                   {{"version", row.version}, {"questions", req->questionnaire().questions_size()}}});
        });
        QuestionnaireToProto(row, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::SubmitAssessment(grpc::CallbackServerContext* ctx,
                                                               const crm::v1::SubmitAssessmentRequest* req,
                                                               crm::v1::Assessment* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/SubmitAssessment", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityWrite);
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->questionnaire_version() < 0)
          v.Fail("questionnaire_version", "must be 0 (current) or a published version");
        if (req->answers().empty())
          v.Fail("answers", crm::v1::FieldProblem::UNANSWERED_QUESTIONS, "answer every question");
        v.ThrowIfFailed();
        const TimePoint now = clock_.Now();
        storage::AssessmentRow row;
        usecases::WithClientInScope(
            call.caller(), scope, req->customer_id(), {"suitability.assessment.submit", ""},
            [&](usecases::WorkTx& work_tx, const storage::CustomerRow&) {
              auto& tx = work_tx.work();
              auto q = SuitabilityRepository::Questionnaire(tx, req->questionnaire_version());
              if (!q) throw Error::InvalidField("questionnaire_version", "no such questionnaire version");
              crm::v1::Questionnaire questionnaire;
              QuestionnaireToProto(*q, &questionnaire);
              // Every question exactly once, with one of its options.
              std::map<std::string, const crm::v1::Question*> questions;
              for (const auto& pq : questionnaire.questions()) questions[pq.id()] = &pq;
              std::set<std::string> answered;
              int score = 0;
              bool forced = false;
              nlohmann::json answers = nlohmann::json::array();
              Validation av;
              for (int i = 0; i < req->answers_size(); ++i) {
                const auto& a = req->answers(i);
                const std::string f = "answers[" + std::to_string(i) + "]";
                auto it = questions.find(a.question_id());
                if (it == questions.end()) {
                  av.Fail(f + ".question_id", "is not a question of this questionnaire");
                  continue;
                }
                if (!answered.insert(a.question_id()).second) {
                  av.Fail(f + ".question_id", "is answered twice");
                  continue;
                }
                const crm::v1::QuestionOption* chosen = nullptr;
                for (const auto& o : it->second->options())
                  if (o.id() == a.option_id()) chosen = &o;
                if (!chosen) {
                  av.Fail(f + ".option_id", "is not an option of question " + a.question_id());
                  continue;
                }
                score += chosen->score();
                forced = forced || chosen->forces_lowest();
                answers.push_back({{"question_id", a.question_id()}, {"option_id", a.option_id()}});
              }
              for (const auto& pq : questionnaire.questions())
                if (!answered.count(pq.id())) av.Fail("answers", "question " + pq.id() + " is not answered");
              av.ThrowIfFailed();
              auto level = domain::suitability::LevelForScore(score, forced, BandsOf(questionnaire));
              if (!level) throw Error(crm::v1::ErrorReason::QUESTIONNAIRE_INVALID, "no score band holds this score");
              const auto settings = SuitabilityRepository::Settings(tx);
              row.id = NewUuid();
              row.customer_id = req->customer_id();
              row.questionnaire_version = questionnaire.version();
              row.answers_json = answers.dump();
              row.score = score;
              row.level = std::string(domain::suitability::LevelName(*level));
              row.forced_lowest = forced;
              row.channel = req->channel() == crm::v1::ONLINE ? "ONLINE" : "BRANCH";
              row.assess_time_us = MicrosOf(now);
              row.expire_time_us = row.assess_time_us + int64_t{settings.validity_days} * 86400 * 1000000;
              row.assessed_by = call.actor.user_id;
              SuitabilityRepository::InsertAssessment(tx, row);
              SuitabilityRepository::SetCustomerRisk(tx, row.customer_id, row.level, row.expire_time_us);
              return nlohmann::json{{"assessment_id", row.id}, {"questionnaire_version", row.questionnaire_version},
                                    {"score", score},          {"level", row.level},
                                    {"forced_lowest", forced}, {"validity_days", settings.validity_days}};
            });
        AssessmentToProto(row, now, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::ClassifyInvestor(grpc::CallbackServerContext* ctx,
                                                               const crm::v1::ClassifyInvestorRequest* req,
                                                               crm::v1::InvestorClassification* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ClassifyInvestor", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityWrite);
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
        const TimePoint now = clock_.Now();
        storage::ClassificationRow row;
        usecases::WithClientInScope(
            call.caller(), scope, req->customer_id(), {"suitability.classify", ""},
            [&](usecases::WorkTx& work_tx, const storage::CustomerRow& customer) {
              auto& tx = work_tx.work();
              domain::suitability::ClassificationFacts f;
              f.institution = customer.kind == "INSTITUTION";
              f.licensed_institution = e.licensed_institution();
              f.net_assets_minor = e.net_assets_minor();
              f.financial_assets_minor = e.financial_assets_minor();
              f.average_income_3y_minor = e.average_income_3y_minor();
              f.investing_years = e.investing_years();
              f.relevant_work_years = e.relevant_work_years();
              f.senior_manager_financial_institution = e.senior_manager_financial_institution();
              f.certified_professional = e.certified_professional();
              row.id = NewUuid();
              row.customer_id = req->customer_id();
              row.basis = crm::v1::ClassificationBasis_Name(req->basis());
              row.evidence_json = EvidenceJson(e).dump();
              row.decide_time_us = MicrosOf(now);
              row.decided_by = call.actor.user_id;
              if (req->basis() == crm::v1::OPT_DOWN) {
                row.investor_class = "ORDINARY";
              } else {
                auto result = req->basis() == crm::v1::APPLICATION ? domain::suitability::QualifiesOnApplication(f)
                                                                   : domain::suitability::QualifiesAsProfessional(f);
                if (req->basis() == crm::v1::APPLICATION && !result.qualifies) {
                  Error err(crm::v1::ErrorReason::APPLICATION_THRESHOLDS_NOT_MET,
                            "the evidence does not meet the thresholds for conversion to professional");
                  for (const auto& u : result.unmet)
                    err.AddViolation("evidence." + u, "below the threshold (inclusive)");
                  throw err;
                }
                row.investor_class = result.qualifies ? "PROFESSIONAL" : "ORDINARY";
                row.unmet = result.unmet;
              }
              SuitabilityRepository::InsertClassification(tx, row);
              SuitabilityRepository::SetCustomerClass(tx, row.customer_id, row.investor_class);
              nlohmann::json docs = nlohmann::json::array();
              for (const auto& d : e.documents()) docs.push_back(d.sha256());
              return nlohmann::json{{"classification_id", row.id},
                                    {"basis", row.basis},
                                    {"investor_class", row.investor_class},
                                    {"unmet", row.unmet},
                                    {"document_sha256", docs}};
            });
        ClassificationToProto(row, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::GetSuitabilityProfile(grpc::CallbackServerContext* ctx,
                                                                    const crm::v1::GetSuitabilityProfileRequest* req,
                                                                    crm::v1::SuitabilityProfile* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/GetSuitabilityProfile", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityRead);
        if (!IsUuid(req->customer_id())) throw Error::InvalidField("customer_id", "is not a client id");
        const TimePoint now = clock_.Now();
        usecases::WithClientInScope(
            call.caller(), scope, req->customer_id(), {"suitability.profile.view", ""},
            [&](usecases::WorkTx& work_tx, const storage::CustomerRow& customer) {
              auto& tx = work_tx.work();
              resp->Clear();
              resp->set_customer_id(customer.id);
              resp->set_investor_class(ClassToProto(customer.investor_class));
              const auto settings = SuitabilityRepository::Settings(tx);
              auto assessments = SuitabilityRepository::Assessments(tx, customer.id, kHistoryLimit);
              for (const auto& a : assessments) AssessmentToProto(a, now, resp->add_assessments());
              if (!assessments.empty()) *resp->mutable_current_assessment() = resp->assessments(0);
              for (const auto& c : SuitabilityRepository::Classifications(tx, customer.id, kHistoryLimit))
                ClassificationToProto(c, resp->add_classifications());
              for (const auto& k : SuitabilityRepository::Checks(tx, customer.id, kHistoryLimit))
                CheckToProto(k, SuitabilityRepository::Evidence(tx, k.id), settings.check_valid_minutes,
                             resp->add_checks());
              for (const auto& s : SuitabilityRepository::Sales(tx, customer.id, kHistoryLimit))
                SaleToProto(s, resp->add_sales());
              return nlohmann::json{{"assessments", resp->assessments_size()},
                                    {"checks", resp->checks_size()},
                                    {"sales", resp->sales_size()}};
            });
      });
}

grpc::ServerUnaryReactor* SuitabilityService::GetSuitabilitySettings(grpc::CallbackServerContext* ctx,
                                                                     const crm::v1::GetSuitabilitySettingsRequest*,
                                                                     crm::v1::SuitabilitySettings* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/GetSuitabilitySettings", rpc::AuthMode::kSession, [this, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kSuitabilityRead);
        storage::InTransaction(pipeline_.db(), call.tx_options(),
                               [&](pqxx::work& tx) { SettingsToProto(SuitabilityRepository::Settings(tx), resp); });
      });
}

grpc::ServerUnaryReactor* SuitabilityService::UpdateSuitabilitySettings(
    grpc::CallbackServerContext* ctx, const crm::v1::UpdateSuitabilitySettingsRequest* req,
    crm::v1::SuitabilitySettings* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/UpdateSuitabilitySettings", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kSuitabilityPolicyManage);
        const auto& s = req->settings();
        Validation v;
        if (s.assessment_validity_days() < 0 || s.assessment_validity_days() > 3650)
          v.Fail("settings.assessment_validity_days", "must be 0 to 3650");
        if (s.check_valid_minutes() < 1 || s.check_valid_minutes() > 43200)
          v.Fail("settings.check_valid_minutes", "must be 1 to 43200");
        if (s.version() < 1) v.Fail("settings.version", "send the version you read");
        if (Blank(req->reason())) v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for a policy change");
        v.ThrowIfFailed();
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          const auto before = SuitabilityRepository::Settings(tx);
          storage::SuitabilitySettingsRow next{s.assessment_validity_days(), s.block_r1_without_assessment(),
                                               s.check_valid_minutes(), before.version + 1};
          if (!SuitabilityRepository::UpdateSettings(tx, next, s.version(), call.actor.user_id))
            throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the settings changed since you read them; reload");
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"suitability.settings.update",
                                   "suitability_setting",
                                   "1",
                                   req->reason(),
                                   AuditOutcome::kOk,
                                   {{"before",
                                     {{"validity_days", before.validity_days},
                                      {"block_r1_without_assessment", before.block_r1_without_assessment},
                                      {"check_valid_minutes", before.check_valid_minutes}}},
                                    {"after",
                                     {{"validity_days", next.validity_days},
                                      {"block_r1_without_assessment", next.block_r1_without_assessment},
                                      {"check_valid_minutes", next.check_valid_minutes}}}}});
          SettingsToProto(SuitabilityRepository::Settings(tx), resp);
        });
      });
}

}  // namespace crm::services
