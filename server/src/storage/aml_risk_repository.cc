#include "storage/aml_risk_repository.h"

namespace crm::storage {
namespace {

constexpr Statement kRate{
    "aml_risk_rate",
    "INSERT INTO aml_risk_rating (customer_id, rating, reason, rated_by, next_review) SELECT $1::uuid, p.rating, $3, "
    "NULLIF($4, '')::uuid, ($6::date + make_interval(months => p.months))::date FROM aml_risk_period p WHERE "
    "p.rating = $2 ON CONFLICT (customer_id) DO UPDATE SET rating = EXCLUDED.rating, reason = EXCLUDED.reason, "
    "rated_by = EXCLUDED.rated_by, rated_time = now(), next_review = EXCLUDED.next_review, version = "
    "aml_risk_rating.version + 1 WHERE $5::int < 0 OR aml_risk_rating.version = $5::int RETURNING version"};
#define CRM_RISK_COLUMNS                                                                                            \
  "r.customer_id::text, c.name, r.rating, r.reason, COALESCE(u.display_name, ''), r.next_review::text, "            \
  "(EXTRACT(EPOCH FROM r.rated_time) * 1000000)::bigint, r.version FROM aml_risk_rating r JOIN customer c ON c.id " \
  "= r.customer_id LEFT JOIN app_user u ON u.id = r.rated_by "
constexpr Statement kGet{"aml_risk_get", "SELECT " CRM_RISK_COLUMNS "WHERE r.customer_id = $1::uuid"};
constexpr Statement kList{"aml_risk_list",
                          "SELECT " CRM_RISK_COLUMNS
                          "WHERE (NOT $1 OR r.next_review <= $2::date) AND (r.next_review, r.customer_id) > "
                          "(COALESCE(NULLIF($3, '')::date, '-infinity'::date), $4::uuid) ORDER BY r.next_review, "
                          "r.customer_id LIMIT $5"};

AmlRiskRating RatingOf(const pqxx::row& r) {
  AmlRiskRating a;
  a.customer_id = r[0].as<std::string>();
  a.customer_name = r[1].as<std::string>();
  a.rating = r[2].as<std::string>();
  a.reason = r[3].as<std::string>();
  a.rated_by_name = r[4].as<std::string>();
  a.next_review = r[5].as<std::string>();
  a.rated_time_us = r[6].as<int64_t>();
  a.version = r[7].as<int>();
  return a;
}

}  // namespace

const std::vector<Statement>& AmlRiskRepository::Statements() {
  static const std::vector<Statement> k{kRate, kGet, kList};
  return k;
}

std::optional<AmlRiskRating> AmlRiskRepository::Get(pqxx::transaction_base& tx, const std::string& customer_id) {
  auto rows = tx.exec_prepared(kGet.name, customer_id);
  if (rows.empty()) return std::nullopt;
  return RatingOf(rows[0]);
}

bool AmlRiskRepository::Rate(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& rating,
                             const std::string& reason, const std::string& user_id, int expect_version,
                             const std::string& today) {
  return !tx.exec_prepared(kRate.name, customer_id, rating, reason, user_id, expect_version, today).empty();
}

std::vector<AmlRiskRating> AmlRiskRepository::List(pqxx::transaction_base& tx, bool due_only, const std::string& today,
                                                   const std::string& after_review, const std::string& after_customer,
                                                   int limit) {
  std::vector<AmlRiskRating> out;
  for (const auto& r :
       tx.exec_prepared(kList.name, due_only, today, after_review,
                        after_customer.empty() ? "00000000-0000-0000-0000-000000000000" : after_customer, limit))
    out.push_back(RatingOf(r));
  return out;
}

}  // namespace crm::storage
