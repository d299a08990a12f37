// Clients' AML risk ratings (V0033): the rating, why, who, and the date it
// must be reviewed again (today + the rating's period, data in
// aml_risk_period). Compliance and the system only (row-level security).
#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "storage/statements.h"

namespace crm::storage {

struct AmlRiskRating {
  std::string customer_id, customer_name, rating, reason, rated_by_name, next_review;
  int64_t rated_time_us = 0;
  int version = 0;
};

class AmlRiskRepository {
 public:
  static const std::vector<Statement>& Statements();

  static std::optional<AmlRiskRating> Get(pqxx::transaction_base& tx, const std::string& customer_id);
  // Sets the rating (next review from today, the business date, by its period); expect_version
  // is the version read (0: none yet), -1 sets it whatever it is. Returns
  // false when the version moved on.
  static bool Rate(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& rating,
                   const std::string& reason, const std::string& user_id, int expect_version, const std::string& today);
  // By next review date, then client; keyset after (next_review, customer_id).
  static std::vector<AmlRiskRating> List(pqxx::transaction_base& tx, bool due_only, const std::string& today,
                                         const std::string& after_review, const std::string& after_customer, int limit);
};

}  // namespace crm::storage
