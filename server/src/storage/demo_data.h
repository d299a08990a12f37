// The demo book's bulk writes (crm-admin demo seed, ./deploy/local/run.sh):
// from the clients just copied in, a product catalogue, assessments,
// holdings, cash, a year of AUM, trades, cash flows and contacts, computed in
// SQL for a million clients in minutes. The product's own writes of those
// tables go through their repositories; this is the one bulk generator, run
// by the schema owner in the seeding transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "storage/statements.h"

namespace crm::storage {

class DemoData {
 public:
  // Its small reads (PrepareAll); FillBook prepares its bulk statements itself.
  static const std::vector<Statement>& Statements();

  struct Manager {
    std::string id, team_id, branch_id;
  };
  // Active account managers with a team, by user name.
  static std::vector<Manager> Managers(pqxx::transaction_base& tx);
  static int64_t ClientCount(pqxx::transaction_base& tx);
  static std::string Today(pqxx::transaction_base& tx);  // YYYY-MM-DD in the database's zone
  // Fills in the book of the clients whose request_id is LIKE batch (phase
  // is told what was done as it goes), then empties the tier queue the
  // triggers filled: the caller serves it for the whole book.
  static void FillBook(pqxx::transaction_base& tx, const std::string& batch,
                       const std::function<void(const char*)>& phase);
  // Fresh planner statistics for the client table.
  static void Analyze(pqxx::connection_base& conn);
};

}  // namespace crm::storage
