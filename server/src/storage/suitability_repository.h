// Suitability records (db/migrations/V0007): questionnaires, assessments,
// classifications, products, checks, evidence, sales and holdings. Callers
// act as the user first (CustomerRepository::ActAs) so row-level security
// limits every client-linked row to the caller's scope. Times cross this
// boundary as microseconds since the epoch, from the server's clock.
#pragma once

#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/product.h"
#include "storage/pipelined_tx.h"
#include "storage/statements.h"

namespace crm::storage {

struct SuitabilitySettingsRow {
  int validity_days = 730;
  bool block_r1_without_assessment = false;
  int check_valid_minutes = 1440;
  int version = 1;
};

struct QuestionnaireRow {
  int version = 0;
  std::string title;
  std::string content_json;
  int64_t publish_time_us = 0;
};

struct AssessmentRow {
  std::string id, customer_id;
  int questionnaire_version = 0;
  std::string answers_json;
  int score = 0;
  std::string level;
  bool forced_lowest = false;
  std::string channel;
  int64_t assess_time_us = 0, expire_time_us = 0;
  std::string assessed_by;
};

struct ClassificationRow {
  std::string id, customer_id, investor_class, basis, evidence_json;
  std::vector<std::string> unmet;
  int64_t decide_time_us = 0;
  std::string decided_by;
};

// A product is the domain's (domain/product.h).
using ProductRow = domain::Product;

struct CheckRow {
  std::string id, customer_id, product_id, intent, channel, decision;
  std::vector<std::string> reasons, required_steps;
  std::string client_level, investor_class;
  int product_risk = 1;
  std::string assessment_id;
  bool special_care = false, mismatch = false;
  int64_t check_time_us = 0;
  std::string checked_by;
  std::string product_code, product_name;  // joined on read
};

struct EvidenceRow {
  std::string id, check_id, kind, reference, sha256;
  std::optional<int64_t> confirm_time_us;
  int duration_seconds = 0;
  std::string recorded_by_name;
  int64_t create_time_us = 0;
  std::string created_by;
};

struct SaleRow {
  std::string id, request_id, check_id, customer_id, product_id;
  int64_t amount_minor = 0;
  std::string currency;
  bool special_care = false, mismatch = false;
  int64_t sale_time_us = 0;
  std::string sold_by;
};

struct HolderRow {
  std::string customer_id, customer_name, risk_level, investor_class;
  std::optional<int64_t> risk_expire_time_us;
};

struct ExceptionRow {
  std::string kind, customer_id, customer_name, risk_level, product_code, sale_id, currency;
  std::string owner_user_id, team_id, branch_id;  // for the scope check
  int product_risk = 0;
  int64_t time_us = 0, amount_minor = 0;
  std::string owner_name;
  std::string
      key;  // "<customer id>|sale|<sale id>", "<customer id>|expiring|<expiry us>", "<customer id>|holding|<code>"
  std::optional<std::string> review_note;  // the latest review, if any
  std::string reviewer_user_id, reviewer_name;
  int64_t review_time_us = 0;
};

class SuitabilityRepository {
 public:
  static const std::vector<Statement>& Statements();

  static SuitabilitySettingsRow Settings(pqxx::transaction_base& tx);
  // false when version no longer matches.
  static bool UpdateSettings(pqxx::transaction_base& tx, const SuitabilitySettingsRow& s, int expected_version,
                             const std::string& user_id);

  // version 0: the newest.
  static std::optional<QuestionnaireRow> Questionnaire(pqxx::transaction_base& tx, int version);
  static QuestionnaireRow PublishQuestionnaire(pqxx::transaction_base& tx, const std::string& title,
                                               const std::string& content_json, const std::string& user_id);

  static void InsertAssessment(pqxx::transaction_base& tx, const AssessmentRow& a);
  static std::vector<AssessmentRow> Assessments(pqxx::transaction_base& tx, const std::string& customer_id, int limit);
  // Keeps the client's current level and expiry on the client row.
  static void SetCustomerRisk(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& level,
                              int64_t expire_time_us);

  static void InsertClassification(pqxx::transaction_base& tx, const ClassificationRow& c);
  static std::vector<ClassificationRow> Classifications(pqxx::transaction_base& tx, const std::string& customer_id,
                                                        int limit);
  static void SetCustomerClass(pqxx::transaction_base& tx, const std::string& customer_id,
                               const std::string& investor_class);

  static void InsertProduct(pqxx::transaction_base& tx, const ProductRow& p);
  static std::optional<ProductRow> ProductById(pqxx::transaction_base& tx, const std::string& id);
  static std::optional<ProductRow> ProductByCode(pqxx::transaction_base& tx, const std::string& code);
  static bool UpdateProduct(pqxx::transaction_base& tx, const ProductRow& p, int expected_version);
  static std::vector<ProductRow> ListProducts(pqxx::transaction_base& tx, int max_risk, const std::string& query,
                                              const std::string& after_code, int limit);
  static void InsertRiskHistory(pqxx::transaction_base& tx, const std::string& product_id, std::optional<int> old_risk,
                                int new_risk, const std::string& reason, const std::string& user_id);
  // Holders of a product code visible to the caller.
  static std::vector<HolderRow> Holders(pqxx::transaction_base& tx, const std::string& product_code);
  // The client's current market value in the product (0 when none).
  static int64_t HoldingValue(pqxx::transaction_base& tx, const std::string& customer_id,
                              const std::string& product_code);
  static void AddToHolding(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& product_code,
                           int64_t amount_minor, const std::string& currency);

  // CheckSuitability's pipelined forms (storage/pipelined_tx.h): the reads
  // of its first batch and the check's insert in its last.
  static size_t QueueSettings(StatementQueue& tx);
  static SuitabilitySettingsRow Settings(const PipelinedResult& result);
  static size_t QueueProduct(StatementQueue& tx, const std::string& id_or_code);  // by id when a UUID, else by code
  static std::optional<ProductRow> Product(const PipelinedResult& result);
  static size_t QueueAssessments(StatementQueue& tx, const std::string& customer_id, int limit);
  static std::vector<AssessmentRow> Assessments(const PipelinedResult& result);
  static size_t QueueInsertCheck(StatementQueue& tx, const CheckRow& c);
  static std::optional<CheckRow> Check(pqxx::transaction_base& tx, const std::string& id);
  static std::vector<CheckRow> Checks(pqxx::transaction_base& tx, const std::string& customer_id, int limit);

  static void InsertEvidence(pqxx::transaction_base& tx, const EvidenceRow& e);
  static std::vector<EvidenceRow> Evidence(pqxx::transaction_base& tx, const std::string& check_id);

  static void InsertSale(pqxx::transaction_base& tx, const SaleRow& s);
  static void InsertTrade(pqxx::transaction_base& tx, const SaleRow& s, const std::string& product_code);
  static std::optional<SaleRow> SaleByRequest(pqxx::transaction_base& tx, const std::string& request_id);
  static std::optional<SaleRow> SaleByCheck(pqxx::transaction_base& tx, const std::string& check_id);
  static std::vector<SaleRow> Sales(pqxx::transaction_base& tx, const std::string& customer_id, int limit);

  // kind: MISMATCH_SALE, SPECIAL_CARE_SALE, ASSESSMENT_EXPIRING, HOLDING_ABOVE_LEVEL.
  // Adds a review of the exception named by key (compliance only, by RLS too).
  static void InsertExceptionReview(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& kind,
                                    const std::string& key, const std::string& note, const std::string& user_id);
  // Whether the exception named by a key's parts (split at '|') is one the
  // list of that kind shows now.
  static bool ExceptionExists(pqxx::transaction_base& tx, const std::string& kind,
                              const std::vector<std::string>& parts, int64_t now_us);
  // The latest review of an exception (none: nullopt).
  static std::optional<ExceptionRow> LatestExceptionReview(pqxx::transaction_base& tx, const std::string& key);
  static std::vector<ExceptionRow> Exceptions(pqxx::transaction_base& tx, const std::string& kind, int64_t now_us,
                                              int offset, int limit, bool unreviewed_only = false);
};

}  // namespace crm::storage
