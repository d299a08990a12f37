#include "services/suitability_mapping.h"

#include <algorithm>

#include "services/proto_convert.h"

namespace crm::services::suitability {

crm::v1::RiskLevel LevelToProto(const std::string& level) {
  crm::v1::RiskLevel l;
  return crm::v1::RiskLevel_Parse(level, &l) ? l : crm::v1::RISK_LEVEL_UNSPECIFIED;
}

std::string LevelFromProto(crm::v1::RiskLevel level) {
  return level == crm::v1::RISK_LEVEL_UNSPECIFIED ? "" : crm::v1::RiskLevel_Name(level);
}

crm::v1::InvestorClass ClassToProto(const std::string& c) {
  return c == "PROFESSIONAL" ? crm::v1::PROFESSIONAL : crm::v1::ORDINARY;
}

crm::v1::SalesChannel ChannelToProto(const std::string& c) { return c == "ONLINE" ? crm::v1::ONLINE : crm::v1::BRANCH; }

sr::Channel ChannelFromProto(crm::v1::SalesChannel c) {
  return c == crm::v1::ONLINE ? sr::Channel::kOnline : sr::Channel::kBranch;
}

void QuestionnaireToProto(const domain::Questionnaire& q, crm::v1::Questionnaire* out) {
  out->set_version(q.version);
  out->set_title(q.title);
  out->set_title_en(q.title_en);
  for (const auto& question : q.questions) {
    auto* pq = out->add_questions();
    pq->set_id(question.id);
    pq->set_text(question.text);
    pq->set_text_en(question.text_en);
    for (const auto& o : question.options) {
      auto* po = pq->add_options();
      po->set_id(o.id);
      po->set_text(o.text);
      po->set_text_en(o.text_en);
      po->set_score(o.score);
      po->set_forces_lowest(o.forces_lowest);
    }
  }
  for (const auto& b : q.bands) {
    auto* pb = out->add_bands();
    pb->set_level(LevelToProto(std::string(sr::LevelName(b.level))));
    pb->set_min_score(b.min);
    pb->set_max_score(b.max);
  }
  SetTimestamp(out->mutable_publish_time(), FromMicros(q.publish_time_us));
}

domain::Questionnaire QuestionnaireOf(const crm::v1::Questionnaire& q) {
  domain::Questionnaire out;
  out.title = q.title();
  out.title_en = q.title_en();
  for (const auto& pq : q.questions()) {
    domain::Question question{pq.id(), pq.text(), pq.text_en(), {}};
    for (const auto& o : pq.options())
      question.options.push_back({o.id(), o.text(), o.text_en(), o.score(), o.forces_lowest()});
    out.questions.push_back(std::move(question));
  }
  out.bands = BandsOf(q);
  return out;
}

std::vector<sr::Band> BandsOf(const crm::v1::Questionnaire& q) {
  std::vector<sr::Band> bands;
  for (const auto& b : q.bands()) {
    auto level = sr::ParseLevel(LevelFromProto(b.level()));
    bands.push_back({level.value_or(sr::Level::kC1Lowest), b.min_score(), b.max_score()});
    if (!level) bands.back().min = bands.back().max + 1;  // invalid: ValidateBands reports it
  }
  return bands;
}

void AssessmentToProto(const domain::Assessment& row, TimePoint now, crm::v1::Assessment* out) {
  out->set_id(row.id);
  out->set_customer_id(row.customer_id);
  out->set_questionnaire_version(row.questionnaire_version);
  for (const auto& a : nlohmann::json::parse(row.answers_json)) {
    auto* pa = out->add_answers();
    pa->set_question_id(a.at("question_id").get<std::string>());
    pa->set_option_id(a.at("option_id").get<std::string>());
  }
  out->set_score(row.score);
  out->set_level(LevelToProto(row.level));
  out->set_forced_lowest(row.forced_lowest);
  out->set_channel(ChannelToProto(row.channel));
  SetTimestamp(out->mutable_assess_time(), FromMicros(row.assess_time_us));
  SetTimestamp(out->mutable_expire_time(), FromMicros(row.expire_time_us));
  out->set_assessed_by(row.assessed_by);
  out->set_expired(sr::Expired(now, FromMicros(row.expire_time_us)));
}

void ClassificationToProto(const domain::Classification& row, crm::v1::InvestorClassification* out) {
  out->set_id(row.id);
  out->set_customer_id(row.customer_id);
  out->set_investor_class(ClassToProto(row.investor_class));
  crm::v1::ClassificationBasis basis;
  out->set_basis(crm::v1::ClassificationBasis_Parse(row.basis, &basis) ? basis
                                                                       : crm::v1::CLASSIFICATION_BASIS_UNSPECIFIED);
  const auto j = nlohmann::json::parse(row.evidence_json);
  auto* e = out->mutable_evidence();
  e->set_licensed_institution(j.value("licensed_institution", false));
  e->set_net_assets_minor(j.value("net_assets_minor", int64_t{0}));
  e->set_financial_assets_minor(j.value("financial_assets_minor", int64_t{0}));
  e->set_average_income_3y_minor(j.value("average_income_3y_minor", int64_t{0}));
  e->set_investing_years(j.value("investing_years", 0));
  e->set_relevant_work_years(j.value("relevant_work_years", 0));
  e->set_senior_manager_financial_institution(j.value("senior_manager_financial_institution", false));
  e->set_certified_professional(j.value("certified_professional", false));
  for (const auto& d : j.value("documents", nlohmann::json::array())) {
    auto* pd = e->add_documents();
    pd->set_reference(d.value("reference", ""));
    pd->set_sha256(d.value("sha256", ""));
  }
  for (const auto& u : row.unmet) out->add_unmet(u);
  SetTimestamp(out->mutable_decide_time(), FromMicros(row.decide_time_us));
  out->set_decided_by(row.decided_by);
}

std::string ProductEtag(const domain::Product& row) { return row.Etag(); }

void ProductToProto(const domain::Product& row, crm::v1::Product* out) {
  out->set_id(row.id);
  out->set_code(row.code);
  out->set_name(row.name);
  out->set_type(row.type);
  out->set_risk(static_cast<crm::v1::ProductRisk>(row.risk));
  out->set_min_investment_minor(row.min_investment_minor);
  out->set_currency(row.currency);
  if (row.maturity_date.size() == 10) {
    out->mutable_maturity_date()->set_year(std::stoi(row.maturity_date.substr(0, 4)));
    out->mutable_maturity_date()->set_month(std::stoi(row.maturity_date.substr(5, 2)));
    out->mutable_maturity_date()->set_day(std::stoi(row.maturity_date.substr(8, 2)));
  }
  out->set_etag(ProductEtag(row));
  SetTimestamp(out->mutable_update_time(), FromMicros(row.update_time_us));
}

void EvidenceToProto(const domain::Evidence& row, crm::v1::Evidence* out) {
  out->set_id(row.id);
  out->set_check_id(row.check_id);
  out->set_kind(row.kind);
  out->set_reference(row.reference);
  out->set_sha256(row.sha256);
  if (row.confirm_time_us) SetTimestamp(out->mutable_confirm_time(), FromMicros(*row.confirm_time_us));
  out->set_duration_seconds(row.duration_seconds);
  out->set_recorded_by_name(row.recorded_by_name);
  SetTimestamp(out->mutable_create_time(), FromMicros(row.create_time_us));
}

void CheckToProto(const domain::SuitabilityCheck& row, const std::vector<domain::Evidence>& evidence,
                  int check_valid_minutes, crm::v1::SuitabilityCheck* out) {
  out->set_id(row.id);
  out->set_customer_id(row.customer_id);
  out->set_product_id(row.product_id);
  crm::v1::SuitabilityIntent intent;
  out->set_intent(crm::v1::SuitabilityIntent_Parse(row.intent, &intent) ? intent
                                                                        : crm::v1::SUITABILITY_INTENT_UNSPECIFIED);
  out->set_channel(ChannelToProto(row.channel));
  crm::v1::SuitabilityDecision d;
  out->set_decision(crm::v1::SuitabilityDecision_Parse(row.decision, &d) ? d
                                                                         : crm::v1::SUITABILITY_DECISION_UNSPECIFIED);
  for (const auto& r : row.reasons) out->add_reasons(r);
  for (const auto& s : row.required_steps) out->add_required_steps(s);
  for (const auto& s : domain::MissingSteps(row, evidence)) out->add_missing_steps(s);
  out->set_client_level(LevelToProto(row.client_level));
  out->set_investor_class(ClassToProto(row.investor_class));
  out->set_product_risk(static_cast<crm::v1::ProductRisk>(row.product_risk));
  out->set_special_care(row.special_care);
  out->set_mismatch(row.mismatch);
  SetTimestamp(out->mutable_check_time(), FromMicros(row.check_time_us));
  SetTimestamp(out->mutable_valid_until(), FromMicros(row.check_time_us + int64_t{check_valid_minutes} * 60 * 1000000));
  for (const auto& e : evidence) EvidenceToProto(e, out->add_evidence());
  out->set_product_code(row.product_code);
  out->set_product_name(row.product_name);
}

void SaleToProto(const domain::Sale& row, crm::v1::Sale* out) {
  out->set_id(row.id);
  out->set_check_id(row.check_id);
  out->set_customer_id(row.customer_id);
  out->set_product_id(row.product_id);
  out->mutable_amount()->set_amount_minor(row.amount_minor);
  out->mutable_amount()->set_currency(row.currency);
  out->set_special_care(row.special_care);
  out->set_mismatch(row.mismatch);
  SetTimestamp(out->mutable_sale_time(), FromMicros(row.sale_time_us));
  out->set_sold_by(row.sold_by);
}

void SettingsToProto(const domain::SuitabilitySettings& row, crm::v1::SuitabilitySettings* out) {
  out->set_assessment_validity_days(row.validity_days);
  out->set_block_r1_without_assessment(row.block_r1_without_assessment);
  out->set_check_valid_minutes(row.check_valid_minutes);
  out->set_version(row.version);
}

bool IsSha256Hex(const std::string& s) {
  return s.size() == 64 &&
         std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace crm::services::suitability
