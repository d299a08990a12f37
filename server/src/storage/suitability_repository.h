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
#include "domain/suitability.h"
#include "storage/pipelined_tx.h"
#include "storage/statements.h"

namespace crm::storage {

using SuitabilitySettingsRow = domain::SuitabilitySettings;
using QuestionnaireRow = domain::QuestionnaireRecord;
using AssessmentRow = domain::Assessment;
using ClassificationRow = domain::Classification;
// A product is the domain's (domain/product.h).
using ProductRow = domain::Product;
using CheckRow = domain::SuitabilityCheck;
using EvidenceRow = domain::Evidence;
using SaleRow = domain::Sale;
using HolderRow = domain::Holder;
using ExceptionRow = domain::SuitabilityException;

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

  static void InsertClassification(pqxx::transaction_base& tx, const ClassificationRow& c);
  static std::vector<ClassificationRow> Classifications(pqxx::transaction_base& tx, const std::string& customer_id,
                                                        int limit);

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
