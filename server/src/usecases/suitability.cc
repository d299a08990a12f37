#include "usecases/suitability.h"

#include <nlohmann/json.hpp>

#include "common/clock.h"
#include "common/error.h"
#include "common/ids.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/suitability_repository.h"
#include "usecases/client_access.h"

namespace crm::usecases::suitability {

using domain::Action;
using storage::AuditOutcome;
using storage::SuitabilityRepository;
namespace sr = domain::suitability;

namespace {

constexpr int kHistoryLimit = 50;

}  // namespace

domain::Questionnaire GetQuestionnaire(Caller& caller, int version) {
  caller.Require(Action::kSuitabilityRead);
  if (version < 0) throw Error::InvalidField("version", "must be 0 (current) or a published version");
  std::optional<domain::QuestionnaireRecord> record;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kSuitabilityRead);
    record = SuitabilityRepository::Questionnaire(tx.work(), version);
  });
  if (!record) throw Error::NotFound("questionnaire version");
  return domain::ParseQuestionnaire(*record);
}

domain::Questionnaire PublishQuestionnaire(Caller& caller, const domain::Questionnaire& questionnaire) {
  domain::QuestionnaireRecord record;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kSuitabilityPolicyManage);
    record = SuitabilityRepository::PublishQuestionnaire(
        tx.work(), questionnaire.title, domain::QuestionnaireContent(questionnaire), tx.actor().user_id);
    tx.Audit({"suitability.questionnaire.publish",
              "questionnaire",
              std::to_string(record.version),
              "",
              AuditOutcome::kOk,
              {{"version", record.version}, {"questions", questionnaire.questions.size()}}});
  });
  return domain::ParseQuestionnaire(record);
}

domain::Assessment SubmitAssessment(Caller& caller, const AssessmentInput& input, TimePoint now) {
  domain::Assessment row;
  WithClientInScope(caller, Action::kSuitabilityWrite, input.customer_id, {"suitability.assessment.submit", ""},
                    [&](WorkTx& work, const domain::Customer&) {
                      auto& tx = work.work();
                      auto record = SuitabilityRepository::Questionnaire(tx, input.questionnaire_version);
                      if (!record) throw Error::InvalidField("questionnaire_version", "no such questionnaire version");
                      const auto questionnaire = domain::ParseQuestionnaire(*record);
                      Validation av;
                      const auto scored = domain::ScoreAnswers(questionnaire, input.answers, av);
                      av.ThrowIfFailed();
                      auto level = sr::LevelForScore(scored.score, scored.forced_lowest, questionnaire.bands);
                      if (!level)
                        throw Error(crm::v1::ErrorReason::QUESTIONNAIRE_INVALID, "no score band holds this score");
                      const auto settings = SuitabilityRepository::Settings(tx);
                      row.id = NewUuid();
                      row.customer_id = input.customer_id;
                      row.questionnaire_version = questionnaire.version;
                      row.answers_json = scored.answers_json;
                      row.score = scored.score;
                      row.level = std::string(sr::LevelName(*level));
                      row.forced_lowest = scored.forced_lowest;
                      row.channel = input.channel;
                      row.assess_time_us = ToEpochMicros(now);
                      row.expire_time_us = row.assess_time_us + int64_t{settings.validity_days} * 86400 * 1000000;
                      row.assessed_by = work.actor().user_id;
                      SuitabilityRepository::InsertAssessment(tx, row);
                      storage::CustomerRepository::SetRisk(tx, row.customer_id, row.level, row.expire_time_us);
                      return nlohmann::json{{"assessment_id", row.id},
                                            {"questionnaire_version", row.questionnaire_version},
                                            {"score", row.score},
                                            {"level", row.level},
                                            {"forced_lowest", row.forced_lowest},
                                            {"validity_days", settings.validity_days}};
                    });
  return row;
}

domain::Classification Classify(Caller& caller, const ClassificationInput& input, TimePoint now) {
  domain::Classification row;
  WithClientInScope(caller, Action::kSuitabilityWrite, input.customer_id, {"suitability.classify", ""},
                    [&](WorkTx& work, const domain::Customer& customer) {
                      auto& tx = work.work();
                      sr::ClassificationFacts f = input.facts;
                      f.institution = customer.kind == "INSTITUTION";
                      nlohmann::json docs = nlohmann::json::array(), hashes = nlohmann::json::array();
                      for (const auto& [reference, sha256] : input.documents) {
                        docs.push_back({{"reference", reference}, {"sha256", sha256}});
                        hashes.push_back(sha256);
                      }
                      row.id = NewUuid();
                      row.customer_id = input.customer_id;
                      row.basis = input.basis;
                      row.evidence_json = nlohmann::json{
                          {"licensed_institution", f.licensed_institution},
                          {"net_assets_minor", f.net_assets_minor},
                          {"financial_assets_minor", f.financial_assets_minor},
                          {"average_income_3y_minor", f.average_income_3y_minor},
                          {"investing_years", f.investing_years},
                          {"relevant_work_years", f.relevant_work_years},
                          {"senior_manager_financial_institution", f.senior_manager_financial_institution},
                          {"certified_professional", f.certified_professional},
                          {"documents", docs}}.dump();
                      row.decide_time_us = ToEpochMicros(now);
                      row.decided_by = work.actor().user_id;
                      if (input.basis == "OPT_DOWN") {
                        row.investor_class = "ORDINARY";
                      } else {
                        const bool application = input.basis == "APPLICATION";
                        auto result = application ? sr::QualifiesOnApplication(f) : sr::QualifiesAsProfessional(f);
                        if (application && !result.qualifies) {
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
                      storage::CustomerRepository::SetInvestorClass(tx, row.customer_id, row.investor_class);
                      return nlohmann::json{{"classification_id", row.id},
                                            {"basis", row.basis},
                                            {"investor_class", row.investor_class},
                                            {"unmet", row.unmet},
                                            {"document_sha256", hashes}};
                    });
  return row;
}

Profile GetProfile(Caller& caller, const std::string& customer_id) {
  caller.Require(Action::kSuitabilityRead);
  if (!IsUuid(customer_id)) throw Error::InvalidField("customer_id", "is not a client id");
  Profile out;
  WithClientInScope(caller, Action::kSuitabilityRead, customer_id, {"suitability.profile.view", ""},
                    [&](WorkTx& work, const domain::Customer& customer) {
                      auto& tx = work.work();
                      out = Profile{};
                      out.customer_id = customer.id;
                      out.investor_class = customer.investor_class;
                      out.settings = SuitabilityRepository::Settings(tx);
                      out.assessments = SuitabilityRepository::Assessments(tx, customer.id, kHistoryLimit);
                      out.classifications = SuitabilityRepository::Classifications(tx, customer.id, kHistoryLimit);
                      for (auto& k : SuitabilityRepository::Checks(tx, customer.id, kHistoryLimit)) {
                        auto evidence = SuitabilityRepository::Evidence(tx, k.id);
                        out.checks.push_back({std::move(k), std::move(evidence)});
                      }
                      out.sales = SuitabilityRepository::Sales(tx, customer.id, kHistoryLimit);
                      return nlohmann::json{{"assessments", out.assessments.size()},
                                            {"checks", out.checks.size()},
                                            {"sales", out.sales.size()}};
                    });
  return out;
}

domain::SuitabilitySettings GetSettings(Caller& caller) {
  domain::SuitabilitySettings out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kSuitabilityRead);
    out = SuitabilityRepository::Settings(tx.work());
  });
  return out;
}

domain::SuitabilitySettings UpdateSettings(Caller& caller, const domain::SuitabilitySettings& settings,
                                           int expected_version, const std::string& reason) {
  domain::SuitabilitySettings out;
  caller.TransactWork([&](WorkTx& work) {
    work.Require(Action::kSuitabilityPolicyManage);
    auto& tx = work.work();
    const auto before = SuitabilityRepository::Settings(tx);
    domain::SuitabilitySettings next = settings;
    next.version = before.version + 1;
    if (!SuitabilityRepository::UpdateSettings(tx, next, expected_version, work.actor().user_id))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the settings changed since you read them; reload");
    work.Audit({"suitability.settings.update",
                "suitability_setting",
                "1",
                reason,
                AuditOutcome::kOk,
                {{"before",
                  {{"validity_days", before.validity_days},
                   {"block_r1_without_assessment", before.block_r1_without_assessment},
                   {"check_valid_minutes", before.check_valid_minutes}}},
                 {"after",
                  {{"validity_days", next.validity_days},
                   {"block_r1_without_assessment", next.block_r1_without_assessment},
                   {"check_valid_minutes", next.check_valid_minutes}}}}});
    out = SuitabilityRepository::Settings(tx);
  });
  return out;
}

}  // namespace crm::usecases::suitability
