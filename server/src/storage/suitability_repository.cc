#include "storage/suitability_repository.h"

#include <nlohmann/json.hpp>

#include "common/ids.h"

namespace crm::storage {
namespace {

// Exact microsecond conversions both ways (no floating point).
#define CRM_TS(n) "(TIMESTAMPTZ 'epoch' + $" #n "::bigint * INTERVAL '1 microsecond')"
#define CRM_US(col) "(EXTRACT(EPOCH FROM " col ") * 1000000)::bigint"
#define CRM_TEXT_ARRAY(n) "ARRAY(SELECT jsonb_array_elements_text($" #n "::jsonb))"

constexpr Statement kSettings{"suit_settings",
                              "SELECT validity_days, block_r1_without_assessment, check_valid_minutes, version "
                              "FROM suitability_setting"};
constexpr Statement kSettingsUpdate{
    "suit_settings_update",
    "UPDATE suitability_setting SET validity_days = $1, block_r1_without_assessment = $2, check_valid_minutes = $3, "
    "version = version + 1, update_time = now(), updated_by = $4::uuid WHERE version = $5"};

constexpr Statement kQuestionnaire{
    "suit_questionnaire",
    "SELECT version, title, content::text, " CRM_US("publish_time") " FROM questionnaire WHERE version = "
    "CASE WHEN $1 = 0 THEN (SELECT max(version) FROM questionnaire) ELSE $1 END"};
constexpr Statement kQuestionnairePublish{
    "suit_questionnaire_publish",
    "INSERT INTO questionnaire (version, title, content, published_by) "
    "SELECT COALESCE(max(version), 0) + 1, $1, $2::jsonb, $3::uuid FROM questionnaire "
    "RETURNING version, title, content::text, " CRM_US("publish_time")};

#define CRM_ASSESSMENT_COLUMNS                                                                       \
  "id::text, customer_id::text, questionnaire_version, answers::text, score, level, forced_lowest, " \
  "channel, " CRM_US("assess_time") ", " CRM_US("expire_time") ", assessed_by::text "
constexpr Statement kAssessmentInsert{
    "suit_assessment_insert",
    "INSERT INTO suitability_assessment (id, customer_id, questionnaire_version, answers, score, level, "
    "forced_lowest, channel, assess_time, expire_time, assessed_by) VALUES ($1::uuid, $2::uuid, $3, $4::jsonb, $5, "
    "$6, $7, $8, " CRM_TS(9) ", " CRM_TS(10) ", $11::uuid)"};
constexpr Statement kAssessments{"suit_assessments", "SELECT " CRM_ASSESSMENT_COLUMNS
                                                     "FROM suitability_assessment WHERE "
                                                     "customer_id = $1::uuid ORDER BY assess_time DESC, id LIMIT $2"};

#define CRM_CLASSIFICATION_COLUMNS                                                                           \
  "id::text, customer_id::text, investor_class, basis, evidence::text, array_to_json(unmet)::text, " CRM_US( \
      "decide_time") ", decided_by::text "
constexpr Statement kClassificationInsert{
    "suit_classification_insert",
    "INSERT INTO investor_classification (id, customer_id, investor_class, basis, evidence, unmet, decide_time, "
    "decided_by) VALUES ($1::uuid, $2::uuid, $3, $4, $5::jsonb, " CRM_TEXT_ARRAY(6) ", " CRM_TS(7) ", $8::uuid)"};
constexpr Statement kClassifications{"suit_classifications",
                                     "SELECT " CRM_CLASSIFICATION_COLUMNS
                                     "FROM investor_classification WHERE "
                                     "customer_id = $1::uuid ORDER BY decide_time DESC, id LIMIT $2"};

#define CRM_PRODUCT_COLUMNS                                                                               \
  "id::text, code, name, type, risk, min_investment_minor, currency, COALESCE(maturity_date::text, ''), " \
  "version, " CRM_US("update_time") " "
constexpr Statement kProductInsert{
    "suit_product_insert",
    "INSERT INTO product (id, code, name, type, risk, min_investment_minor, currency, maturity_date) VALUES "
    "($1::uuid, $2, $3, $4, $5, $6, $7, NULLIF($8, '')::date)"};
constexpr Statement kProductById{"suit_product_by_id",
                                 "SELECT " CRM_PRODUCT_COLUMNS "FROM product WHERE id = $1::uuid"};
constexpr Statement kProductByCode{"suit_product_by_code",
                                   "SELECT " CRM_PRODUCT_COLUMNS "FROM product WHERE code = $1"};
constexpr Statement kProductUpdate{
    "suit_product_update",
    "UPDATE product SET name = $3, risk = $4, min_investment_minor = $5, maturity_date = NULLIF($6, '')::date, "
    "version = version + 1, update_time = now() WHERE id = $1::uuid AND version = $2"};
constexpr Statement kProductList{"suit_product_list",
                                 "SELECT " CRM_PRODUCT_COLUMNS
                                 "FROM product WHERE ($1 = 0 OR risk <= $1) AND ($2 = '' OR code ILIKE $2 || '%' "
                                 "OR name ILIKE '%' || $2 || '%') AND code > $3 ORDER BY code LIMIT $4"};
constexpr Statement kRiskHistoryInsert{
    "suit_product_risk_history_insert",
    "INSERT INTO product_risk_history (product_id, old_risk, new_risk, reason, changed_by) VALUES "
    "($1::uuid, $2, $3, $4, $5::uuid)"};
constexpr Statement kHolders{
    "suit_holders",
    "SELECT c.id::text, c.name, COALESCE(c.risk_level, ''), c.investor_class, " CRM_US("c.risk_expire_time")
    " FROM holding h JOIN customer c ON c.id = h.customer_id WHERE h.product_code = $1 AND "
    "h.market_value_minor > 0 ORDER BY c.name, c.id"};
#define CRM_CHECK_COLUMNS                                                                                       \
  "k.id::text, k.customer_id::text, k.product_id::text, k.intent, k.channel, k.decision, "                      \
  "array_to_json(k.reasons)::text, array_to_json(k.required_steps)::text, COALESCE(k.client_level, ''), "       \
  "k.investor_class, k.product_risk, COALESCE(k.assessment_id::text, ''), k.special_care, k.mismatch, " CRM_US( \
      "k.check_time") ", k.checked_by::text, p.code, p.name "
constexpr Statement kCheckInsert{
    "suit_check_insert",
    "INSERT INTO suitability_check (id, customer_id, product_id, intent, channel, decision, reasons, "
    "required_steps, client_level, investor_class, product_risk, assessment_id, special_care, mismatch, "
    "check_time, checked_by) VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5, $6, " CRM_TEXT_ARRAY(7) ", " CRM_TEXT_ARRAY(
        8) ", NULLIF($9, ''), $10, $11, NULLIF($12, '')::uuid, $13, $14, " CRM_TS(15) ", $16::uuid)"};
constexpr Statement kCheck{"suit_check", "SELECT " CRM_CHECK_COLUMNS
                                         "FROM suitability_check k JOIN product p ON p.id = "
                                         "k.product_id WHERE k.id = $1::uuid"};
constexpr Statement kChecks{"suit_checks",
                            "SELECT " CRM_CHECK_COLUMNS
                            "FROM suitability_check k JOIN product p ON p.id = "
                            "k.product_id WHERE k.customer_id = $1::uuid ORDER BY k.check_time DESC, k.id LIMIT $2"};

#define CRM_EVIDENCE_COLUMNS \
  "id::text, check_id::text, kind, reference, sha256, " CRM_US("confirm_time") ", "                \
  "COALESCE(duration_seconds, 0), recorded_by_name, " CRM_US("create_time") ", created_by::text "
constexpr Statement kEvidenceInsert{
    "suit_evidence_insert",
    "INSERT INTO suitability_evidence (id, check_id, kind, reference, sha256, confirm_time, duration_seconds, "
    "recorded_by_name, created_by) VALUES ($1::uuid, $2::uuid, $3, $4, $5, "
    "CASE WHEN $6::bigint = 0 THEN NULL ELSE " CRM_TS(6) " END, NULLIF($7, 0), $8, $9::uuid)"};
constexpr Statement kEvidence{"suit_evidence", "SELECT " CRM_EVIDENCE_COLUMNS
                                               "FROM suitability_evidence WHERE check_id = $1::uuid "
                                               "ORDER BY create_time, id"};

#define CRM_SALE_COLUMNS                                                                                \
  "id::text, request_id, check_id::text, customer_id::text, product_id::text, amount_minor, currency, " \
  "special_care, mismatch, " CRM_US("sale_time") ", sold_by::text "
constexpr Statement kSaleInsert{
    "suit_sale_insert",
    "INSERT INTO suitability_sale (id, request_id, check_id, customer_id, product_id, amount_minor, currency, "
    "special_care, mismatch, sale_time, sold_by) VALUES ($1::uuid, $2, $3::uuid, $4::uuid, $5::uuid, $6, $7, $8, "
    "$9, " CRM_TS(10) ", $11::uuid)"};
constexpr Statement kSaleByRequest{"suit_sale_by_request",
                                   "SELECT " CRM_SALE_COLUMNS "FROM suitability_sale WHERE request_id = $1"};
constexpr Statement kSaleByCheck{"suit_sale_by_check",
                                 "SELECT " CRM_SALE_COLUMNS "FROM suitability_sale WHERE check_id = $1::uuid"};
constexpr Statement kSales{"suit_sales", "SELECT " CRM_SALE_COLUMNS
                                         "FROM suitability_sale WHERE customer_id = $1::uuid "
                                         "ORDER BY sale_time DESC, id LIMIT $2"};

// The client's owner, team and branch, for the service's own scope check.
#define CRM_SCOPE_COLUMNS "c.owner_user_id::text, COALESCE(c.team_id::text, ''), COALESCE(c.branch_id::text, '') "

// The exceptions compliance reviews; row-level security narrows each to the
// caller's scope through the join on customer.
// Every exception list ends with the owner's name, the exception's key and
// its latest review (columns 13 to 18); $4 true keeps only unreviewed ones.
#define CRM_REVIEW_COLUMNS                                                               \
  ", COALESCE(u.display_name, ''), k.key, rv.note, COALESCE(rv.reviewed_by::text, ''), " \
  "COALESCE(ru.display_name, ''), " CRM_US("rv.review_time") " "
#define CRM_REVIEW_JOINS                                                                                \
  "LEFT JOIN app_user u ON u.id = c.owner_user_id LEFT JOIN LATERAL (SELECT r.note, r.reviewed_by, "    \
  "r.review_time FROM suitability_exception_review r WHERE r.exception_key = k.key ORDER BY r.id DESC " \
  "LIMIT 1) rv ON true LEFT JOIN app_user ru ON ru.id = rv.reviewed_by "
#define CRM_UNREVIEWED " AND ($4::bool IS FALSE OR rv.note IS NULL) "
constexpr Statement kExceptionSales{
    "suit_exceptions_sales",
    "SELECT $1::text, c.id::text, c.name, COALESCE(c.risk_level, ''), p.code, s.id::text, s.currency, p.risk, " CRM_US(
        "s.sale_time") ", s.amount_minor, " CRM_SCOPE_COLUMNS CRM_REVIEW_COLUMNS
                       "FROM suitability_sale s JOIN customer c ON c.id = s.customer_id "
                       "JOIN product p ON p.id = s.product_id CROSS JOIN LATERAL (SELECT c.id::text || '|' || CASE "
                       "WHEN $1 = "
                       "'MISMATCH_SALE' THEN 'mismatch' ELSE 'special' END || '|' || s.id::text AS key) "
                       "k " CRM_REVIEW_JOINS
                       "WHERE CASE WHEN $1 = 'MISMATCH_SALE' THEN s.mismatch ELSE s.special_care END" CRM_UNREVIEWED
                       "ORDER BY s.sale_time DESC, s.id LIMIT $2 OFFSET $3"};
constexpr Statement kExceptionExpiring{
    "suit_exceptions_expiring",
    "SELECT 'ASSESSMENT_EXPIRING', c.id::text, c.name, COALESCE(c.risk_level, ''), '', '', '', 0, " CRM_US(
        "c.risk_expire_time") ", 0::bigint, " CRM_SCOPE_COLUMNS
        CRM_REVIEW_COLUMNS "FROM customer c CROSS JOIN LATERAL (SELECT c.id::text || '|expiring|' || " CRM_US(
            "c.risk_expire_time") "::text AS key) k " CRM_REVIEW_JOINS
                                  "WHERE c.risk_expire_time > " CRM_TS(1) " AND c.risk_expire_time <= " CRM_TS(
                                      1) " + INTERVAL '30 days' AND c.archive_time IS NULL" CRM_UNREVIEWED
                                         "ORDER BY c.risk_expire_time, c.id LIMIT $2 OFFSET $3"};
// An expired or missing assessment leaves only R1 (section 1, "Risk levels").
// The time shown is the date of the holdings snapshot.
constexpr Statement kExceptionHoldings{
    "suit_exceptions_holdings",
    "SELECT 'HOLDING_ABOVE_LEVEL', c.id::text, c.name, COALESCE(c.risk_level, ''), p.code, '', h.currency, p.risk, "
    CRM_US("h.as_of::timestamptz") ", h.market_value_minor, " CRM_SCOPE_COLUMNS CRM_REVIEW_COLUMNS
    "FROM holding h JOIN customer c ON c.id = h.customer_id "
    "JOIN product p ON p.code = h.product_code CROSS JOIN LATERAL (SELECT c.id::text || '|holding|' || p.code || "
    "'|' || COALESCE(NULLIF(c.risk_level, ''), '-') || '|' || COALESCE(" CRM_US("c.risk_expire_time") "::text, '0') "
    "AS key) k "
    CRM_REVIEW_JOINS "WHERE h.market_value_minor > 0 AND c.investor_class = 'ORDINARY' "
    "AND p.risk > CASE WHEN c.risk_expire_time IS NULL OR c.risk_expire_time <= " CRM_TS(1)
    " THEN 1 ELSE CASE c.risk_level WHEN 'C2' THEN 2 WHEN 'C3' THEN 3 WHEN 'C4' THEN 4 WHEN 'C5' THEN 5 ELSE 1 END "
    "END" CRM_UNREVIEWED "ORDER BY c.name, c.id, p.code LIMIT $2 OFFSET $3"};
// Whether the exception a review names is one the lists would show now (a
// review is never stored ahead of its exception).
constexpr Statement kExceptionSaleExists{
    "suit_exception_sale_exists",
    "SELECT EXISTS (SELECT 1 FROM suitability_sale s WHERE s.id = $2::uuid AND s.customer_id = $1::uuid AND "
    "CASE WHEN $3 = 'MISMATCH_SALE' THEN s.mismatch ELSE s.special_care END)"};
constexpr Statement kExceptionExpiringExists{
    "suit_exception_expiring_exists",
    "SELECT EXISTS (SELECT 1 FROM customer c WHERE c.id = $1::uuid AND " CRM_US("c.risk_expire_time")
    " = $2::bigint AND c.risk_expire_time > " CRM_TS(3) " AND c.risk_expire_time <= " CRM_TS(3) " + INTERVAL '30 days')"};
constexpr Statement kExceptionHoldingExists{
    "suit_exception_holding_exists",
    "SELECT EXISTS (SELECT 1 FROM holding h JOIN customer c ON c.id = h.customer_id JOIN product p ON p.code = "
    "h.product_code WHERE h.customer_id = $1::uuid AND h.product_code = $2 AND h.market_value_minor > 0 AND "
    "c.investor_class = 'ORDINARY' AND COALESCE(NULLIF(c.risk_level, ''), '-') = $3 AND COALESCE(" CRM_US(
        "c.risk_expire_time") "::text, '0') = $4 AND p.risk > CASE WHEN c.risk_expire_time IS NULL OR "
    "c.risk_expire_time <= " CRM_TS(5) " THEN 1 ELSE CASE c.risk_level WHEN 'C2' THEN 2 WHEN 'C3' THEN 3 WHEN 'C4' "
    "THEN 4 WHEN 'C5' THEN 5 ELSE 1 END END)"};
constexpr Statement kExceptionReviewInsert{
    "suit_exception_review_insert",
    "INSERT INTO suitability_exception_review (customer_id, kind, exception_key, note, reviewed_by) "
    "VALUES ($1::uuid, $2, $3, $4, $5::uuid)"};
constexpr Statement kExceptionReviewLatest{
    "suit_exception_review_latest",
    "SELECT rv.note, rv.reviewed_by::text, COALESCE(ru.display_name, ''), " CRM_US("rv.review_time")
    " FROM suitability_exception_review rv LEFT JOIN app_user ru ON ru.id = rv.reviewed_by "
    "WHERE rv.exception_key = $1 ORDER BY rv.id DESC LIMIT 1"};

std::vector<std::string> JsonStrings(const pqxx::field& f) {
  std::vector<std::string> out;
  if (f.is_null()) return out;
  for (const auto& v : nlohmann::json::parse(f.c_str())) out.push_back(v.get<std::string>());
  return out;
}

std::string JsonArray(const std::vector<std::string>& v) { return nlohmann::json(v).dump(); }

std::optional<int64_t> OptMicros(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return f.as<int64_t>();
}

template <typename Row>
AssessmentRow ReadAssessment(const Row& r) {
  AssessmentRow a;
  a.id = r[0].template as<std::string>();
  a.customer_id = r[1].template as<std::string>();
  a.questionnaire_version = r[2].template as<int>();
  a.answers_json = r[3].template as<std::string>();
  a.score = r[4].template as<int>();
  a.level = r[5].template as<std::string>();
  a.forced_lowest = r[6].template as<bool>();
  a.channel = r[7].template as<std::string>();
  a.assess_time_us = r[8].template as<int64_t>();
  a.expire_time_us = r[9].template as<int64_t>();
  a.assessed_by = r[10].template as<std::string>();
  return a;
}

ClassificationRow ReadClassification(const pqxx::row& r) {
  ClassificationRow c;
  c.id = r[0].as<std::string>();
  c.customer_id = r[1].as<std::string>();
  c.investor_class = r[2].as<std::string>();
  c.basis = r[3].as<std::string>();
  c.evidence_json = r[4].as<std::string>();
  c.unmet = JsonStrings(r[5]);
  c.decide_time_us = r[6].as<int64_t>();
  c.decided_by = r[7].as<std::string>();
  return c;
}

template <typename Row>
ProductRow ReadProduct(const Row& r) {
  ProductRow p;
  p.id = r[0].template as<std::string>();
  p.code = r[1].template as<std::string>();
  p.name = r[2].template as<std::string>();
  p.type = r[3].template as<std::string>();
  p.risk = r[4].template as<int>();
  p.min_investment_minor = r[5].template as<int64_t>();
  p.currency = r[6].template as<std::string>();
  p.maturity_date = r[7].template as<std::string>();
  p.version = r[8].template as<int>();
  p.update_time_us = r[9].template as<int64_t>();
  return p;
}

CheckRow ReadCheck(const pqxx::row& r) {
  CheckRow c;
  c.id = r[0].as<std::string>();
  c.customer_id = r[1].as<std::string>();
  c.product_id = r[2].as<std::string>();
  c.intent = r[3].as<std::string>();
  c.channel = r[4].as<std::string>();
  c.decision = r[5].as<std::string>();
  c.reasons = JsonStrings(r[6]);
  c.required_steps = JsonStrings(r[7]);
  c.client_level = r[8].as<std::string>();
  c.investor_class = r[9].as<std::string>();
  c.product_risk = r[10].as<int>();
  c.assessment_id = r[11].as<std::string>();
  c.special_care = r[12].as<bool>();
  c.mismatch = r[13].as<bool>();
  c.check_time_us = r[14].as<int64_t>();
  c.checked_by = r[15].as<std::string>();
  c.product_code = r[16].as<std::string>();
  c.product_name = r[17].as<std::string>();
  return c;
}

EvidenceRow ReadEvidence(const pqxx::row& r) {
  EvidenceRow e;
  e.id = r[0].as<std::string>();
  e.check_id = r[1].as<std::string>();
  e.kind = r[2].as<std::string>();
  e.reference = r[3].as<std::string>();
  e.sha256 = r[4].as<std::string>();
  e.confirm_time_us = OptMicros(r[5]);
  e.duration_seconds = r[6].as<int>();
  e.recorded_by_name = r[7].as<std::string>();
  e.create_time_us = r[8].as<int64_t>();
  e.created_by = r[9].as<std::string>();
  return e;
}

SaleRow ReadSale(const pqxx::row& r) {
  SaleRow s;
  s.id = r[0].as<std::string>();
  s.request_id = r[1].as<std::string>();
  s.check_id = r[2].as<std::string>();
  s.customer_id = r[3].as<std::string>();
  s.product_id = r[4].as<std::string>();
  s.amount_minor = r[5].as<int64_t>();
  s.currency = r[6].as<std::string>();
  s.special_care = r[7].as<bool>();
  s.mismatch = r[8].as<bool>();
  s.sale_time_us = r[9].as<int64_t>();
  s.sold_by = r[10].as<std::string>();
  return s;
}

template <typename Row, typename Reader>
std::vector<Row> ReadAll(const pqxx::result& rows, Reader read) {
  std::vector<Row> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(read(r));
  return out;
}

}  // namespace

const std::vector<Statement>& SuitabilityRepository::Statements() {
  static const std::vector<Statement> kAll{kSettings,
                                           kSettingsUpdate,
                                           kQuestionnaire,
                                           kQuestionnairePublish,
                                           kAssessmentInsert,
                                           kAssessments,
                                           kClassificationInsert,
                                           kClassifications,
                                           kProductInsert,
                                           kProductById,
                                           kProductByCode,
                                           kProductUpdate,
                                           kProductList,
                                           kRiskHistoryInsert,
                                           kHolders,
                                           kCheckInsert,
                                           kCheck,
                                           kChecks,
                                           kEvidenceInsert,
                                           kEvidence,
                                           kSaleInsert,
                                           kSaleByRequest,
                                           kSaleByCheck,
                                           kSales,
                                           kExceptionSales,
                                           kExceptionExpiring,
                                           kExceptionHoldings,
                                           kExceptionReviewInsert,
                                           kExceptionReviewLatest,
                                           kExceptionSaleExists,
                                           kExceptionExpiringExists,
                                           kExceptionHoldingExists};
  return kAll;
}

namespace {
template <typename Row>
SuitabilitySettingsRow ReadSettings(const Row& r) {
  return {r[0].template as<int>(), r[1].template as<bool>(), r[2].template as<int>(), r[3].template as<int>()};
}
}  // namespace

SuitabilitySettingsRow SuitabilityRepository::Settings(pqxx::transaction_base& tx) {
  return ReadSettings(tx.exec_prepared1(kSettings.name));
}

bool SuitabilityRepository::UpdateSettings(pqxx::transaction_base& tx, const SuitabilitySettingsRow& s,
                                           int expected_version, const std::string& user_id) {
  return tx.exec_prepared(kSettingsUpdate.name, s.validity_days, s.block_r1_without_assessment, s.check_valid_minutes,
                          user_id, expected_version)
             .affected_rows() == 1;
}

std::optional<QuestionnaireRow> SuitabilityRepository::Questionnaire(pqxx::transaction_base& tx, int version) {
  auto r = tx.exec_prepared(kQuestionnaire.name, version);
  if (r.empty()) return std::nullopt;
  return QuestionnaireRow{r[0][0].as<int>(), r[0][1].as<std::string>(), r[0][2].as<std::string>(),
                          r[0][3].as<int64_t>()};
}

QuestionnaireRow SuitabilityRepository::PublishQuestionnaire(pqxx::transaction_base& tx, const std::string& title,
                                                             const std::string& content_json,
                                                             const std::string& user_id) {
  auto r = tx.exec_prepared1(kQuestionnairePublish.name, title, content_json, user_id);
  return {r[0].as<int>(), r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<int64_t>()};
}

void SuitabilityRepository::InsertAssessment(pqxx::transaction_base& tx, const AssessmentRow& a) {
  tx.exec_prepared0(kAssessmentInsert.name, a.id, a.customer_id, a.questionnaire_version, a.answers_json, a.score,
                    a.level, a.forced_lowest, a.channel, a.assess_time_us, a.expire_time_us, a.assessed_by);
}

std::vector<AssessmentRow> SuitabilityRepository::Assessments(pqxx::transaction_base& tx,
                                                              const std::string& customer_id, int limit) {
  return ReadAll<AssessmentRow>(tx.exec_prepared(kAssessments.name, customer_id, limit), ReadAssessment<pqxx::row>);
}

void SuitabilityRepository::InsertClassification(pqxx::transaction_base& tx, const ClassificationRow& c) {
  tx.exec_prepared0(kClassificationInsert.name, c.id, c.customer_id, c.investor_class, c.basis, c.evidence_json,
                    JsonArray(c.unmet), c.decide_time_us, c.decided_by);
}

std::vector<ClassificationRow> SuitabilityRepository::Classifications(pqxx::transaction_base& tx,
                                                                      const std::string& customer_id, int limit) {
  return ReadAll<ClassificationRow>(tx.exec_prepared(kClassifications.name, customer_id, limit), ReadClassification);
}

void SuitabilityRepository::InsertProduct(pqxx::transaction_base& tx, const ProductRow& p) {
  tx.exec_prepared0(kProductInsert.name, p.id, p.code, p.name, p.type, p.risk, p.min_investment_minor, p.currency,
                    p.maturity_date);
}

std::optional<ProductRow> SuitabilityRepository::ProductById(pqxx::transaction_base& tx, const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  auto r = tx.exec_prepared(kProductById.name, id);
  if (r.empty()) return std::nullopt;
  return ReadProduct(r[0]);
}

std::optional<ProductRow> SuitabilityRepository::ProductByCode(pqxx::transaction_base& tx, const std::string& code) {
  auto r = tx.exec_prepared(kProductByCode.name, code);
  if (r.empty()) return std::nullopt;
  return ReadProduct(r[0]);
}

bool SuitabilityRepository::UpdateProduct(pqxx::transaction_base& tx, const ProductRow& p, int expected_version) {
  return tx.exec_prepared(kProductUpdate.name, p.id, expected_version, p.name, p.risk, p.min_investment_minor,
                          p.maturity_date)
             .affected_rows() == 1;
}

std::vector<ProductRow> SuitabilityRepository::ListProducts(pqxx::transaction_base& tx, int max_risk,
                                                            const std::string& query, const std::string& after_code,
                                                            int limit) {
  return ReadAll<ProductRow>(tx.exec_prepared(kProductList.name, max_risk, query, after_code, limit),
                             ReadProduct<pqxx::row>);
}

void SuitabilityRepository::InsertRiskHistory(pqxx::transaction_base& tx, const std::string& product_id,
                                              std::optional<int> old_risk, int new_risk, const std::string& reason,
                                              const std::string& user_id) {
  tx.exec_prepared0(kRiskHistoryInsert.name, product_id, old_risk, new_risk, reason, user_id);
}

std::vector<HolderRow> SuitabilityRepository::Holders(pqxx::transaction_base& tx, const std::string& product_code) {
  return ReadAll<HolderRow>(tx.exec_prepared(kHolders.name, product_code), [](const pqxx::row& r) {
    return HolderRow{r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<std::string>(),
                     OptMicros(r[4])};
  });
}

size_t SuitabilityRepository::QueueInsertCheck(StatementQueue& tx, const CheckRow& c) {
  return tx.Queue(kCheckInsert, {c.id, c.customer_id, c.product_id, c.intent, c.channel, c.decision,
                                 JsonArray(c.reasons), JsonArray(c.required_steps), c.client_level, c.investor_class,
                                 std::to_string(c.product_risk), c.assessment_id, c.special_care ? "true" : "false",
                                 c.mismatch ? "true" : "false", std::to_string(c.check_time_us), c.checked_by});
}

size_t SuitabilityRepository::QueueSettings(StatementQueue& tx) { return tx.Queue(kSettings, {}); }

SuitabilitySettingsRow SuitabilityRepository::Settings(const PipelinedResult& result) {
  if (result.empty()) throw std::runtime_error("suitability_setting has no row");
  return ReadSettings(result[0]);
}

size_t SuitabilityRepository::QueueProduct(StatementQueue& tx, const std::string& id_or_code) {
  return IsUuid(id_or_code) ? tx.Queue(kProductById, {id_or_code}) : tx.Queue(kProductByCode, {id_or_code});
}

std::optional<ProductRow> SuitabilityRepository::Product(const PipelinedResult& result) {
  if (result.empty()) return std::nullopt;
  return ReadProduct(result[0]);
}

size_t SuitabilityRepository::QueueAssessments(StatementQueue& tx, const std::string& customer_id, int limit) {
  return tx.Queue(kAssessments, {customer_id, std::to_string(limit)});
}

std::vector<AssessmentRow> SuitabilityRepository::Assessments(const PipelinedResult& result) {
  return MapRows(result, [](const PipelinedResult::Row& r) { return ReadAssessment(r); });
}

std::optional<CheckRow> SuitabilityRepository::Check(pqxx::transaction_base& tx, const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  auto r = tx.exec_prepared(kCheck.name, id);
  if (r.empty()) return std::nullopt;
  return ReadCheck(r[0]);
}

std::vector<CheckRow> SuitabilityRepository::Checks(pqxx::transaction_base& tx, const std::string& customer_id,
                                                    int limit) {
  return ReadAll<CheckRow>(tx.exec_prepared(kChecks.name, customer_id, limit), ReadCheck);
}

void SuitabilityRepository::InsertEvidence(pqxx::transaction_base& tx, const EvidenceRow& e) {
  tx.exec_prepared0(kEvidenceInsert.name, e.id, e.check_id, e.kind, e.reference, e.sha256,
                    e.confirm_time_us.value_or(0), e.duration_seconds, e.recorded_by_name, e.created_by);
}

std::vector<EvidenceRow> SuitabilityRepository::Evidence(pqxx::transaction_base& tx, const std::string& check_id) {
  return ReadAll<EvidenceRow>(tx.exec_prepared(kEvidence.name, check_id), ReadEvidence);
}

void SuitabilityRepository::InsertSale(pqxx::transaction_base& tx, const SaleRow& s) {
  tx.exec_prepared0(kSaleInsert.name, s.id, s.request_id, s.check_id, s.customer_id, s.product_id, s.amount_minor,
                    s.currency, s.special_care, s.mismatch, s.sale_time_us, s.sold_by);
}

std::optional<SaleRow> SuitabilityRepository::SaleByRequest(pqxx::transaction_base& tx, const std::string& request_id) {
  auto r = tx.exec_prepared(kSaleByRequest.name, request_id);
  if (r.empty()) return std::nullopt;
  return ReadSale(r[0]);
}

std::optional<SaleRow> SuitabilityRepository::SaleByCheck(pqxx::transaction_base& tx, const std::string& check_id) {
  auto r = tx.exec_prepared(kSaleByCheck.name, check_id);
  if (r.empty()) return std::nullopt;
  return ReadSale(r[0]);
}

std::vector<SaleRow> SuitabilityRepository::Sales(pqxx::transaction_base& tx, const std::string& customer_id,
                                                  int limit) {
  return ReadAll<SaleRow>(tx.exec_prepared(kSales.name, customer_id, limit), ReadSale);
}

void SuitabilityRepository::InsertExceptionReview(pqxx::transaction_base& tx, const std::string& customer_id,
                                                  const std::string& kind, const std::string& key,
                                                  const std::string& note, const std::string& user_id) {
  tx.exec_prepared0(kExceptionReviewInsert.name, customer_id, kind, key, note, user_id);
}

bool SuitabilityRepository::ExceptionExists(pqxx::transaction_base& tx, const std::string& kind,
                                            const std::vector<std::string>& parts, int64_t now_us) {
  // parts: the key split at '|' (client id first).
  if (kind == "MISMATCH_SALE" || kind == "SPECIAL_CARE_SALE")
    return parts.size() == 3 && tx.exec_prepared1(kExceptionSaleExists.name, parts[0], parts[2], kind)[0].as<bool>();
  if (kind == "ASSESSMENT_EXPIRING")
    return parts.size() == 3 &&
           tx.exec_prepared1(kExceptionExpiringExists.name, parts[0], parts[2], now_us)[0].as<bool>();
  return parts.size() == 5 &&
         tx.exec_prepared1(kExceptionHoldingExists.name, parts[0], parts[2], parts[3], parts[4], now_us)[0].as<bool>();
}

std::optional<ExceptionRow> SuitabilityRepository::LatestExceptionReview(pqxx::transaction_base& tx,
                                                                         const std::string& key) {
  auto r = tx.exec_prepared(kExceptionReviewLatest.name, key);
  if (r.empty()) return std::nullopt;
  ExceptionRow e;
  e.key = key;
  e.review_note = r[0][0].as<std::string>();
  e.reviewer_user_id = r[0][1].as<std::string>();
  e.reviewer_name = r[0][2].as<std::string>();
  e.review_time_us = r[0][3].as<int64_t>();
  return e;
}

std::vector<ExceptionRow> SuitabilityRepository::Exceptions(pqxx::transaction_base& tx, const std::string& kind,
                                                            int64_t now_us, int offset, int limit,
                                                            bool unreviewed_only) {
  pqxx::result rows;
  if (kind == "MISMATCH_SALE" || kind == "SPECIAL_CARE_SALE")
    rows = tx.exec_prepared(kExceptionSales.name, kind, limit, offset, unreviewed_only);
  else if (kind == "ASSESSMENT_EXPIRING")
    rows = tx.exec_prepared(kExceptionExpiring.name, now_us, limit, offset, unreviewed_only);
  else
    rows = tx.exec_prepared(kExceptionHoldings.name, now_us, limit, offset, unreviewed_only);
  return ReadAll<ExceptionRow>(rows, [](const pqxx::row& r) {
    ExceptionRow e;
    e.kind = r[0].as<std::string>();
    e.customer_id = r[1].as<std::string>();
    e.customer_name = r[2].as<std::string>();
    e.risk_level = r[3].as<std::string>();
    e.product_code = r[4].as<std::string>();
    e.sale_id = r[5].as<std::string>();
    e.currency = r[6].as<std::string>();
    e.product_risk = r[7].as<int>();
    e.time_us = r[8].is_null() ? 0 : r[8].as<int64_t>();
    e.amount_minor = r[9].as<int64_t>();
    e.owner_user_id = r[10].as<std::string>();
    e.team_id = r[11].as<std::string>();
    e.branch_id = r[12].as<std::string>();
    e.owner_name = r[13].as<std::string>();
    e.key = r[14].as<std::string>();
    if (!r[15].is_null()) e.review_note = r[15].as<std::string>();
    e.reviewer_user_id = r[16].as<std::string>();
    e.reviewer_name = r[17].as<std::string>();
    e.review_time_us = r[18].is_null() ? 0 : r[18].as<int64_t>();
    return e;
  });
}

}  // namespace crm::storage
