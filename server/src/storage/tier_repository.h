// Tiering storage (db/migrations/V0008): policies, runs, history, the dirty
// queue, metrics refresh, and the statements compiled from a policy. A
// compiled statement's text comes only from whitelisted pieces
// (domain/tier_rules); every value is a bound parameter, and it is prepared
// under a name that carries the policy id and its etag.
#pragma once

#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/tier_policy.h"
#include "domain/tier_rules.h"
#include "storage/statements.h"

namespace crm::storage {

// Policies, changes and transitions are the domain's types (domain/tier_policy.h).
using TierPolicyRow = domain::TierPolicy;
using TierHistoryRow = domain::TierChange;
using TierTransition = domain::TierTransition;

struct TierRunRow {
  std::string id, policy_id, kind, status, as_of;
  int next_block = 0;  // where the run resumes in the client table
  int64_t total = 0, processed = 0, changed = 0;
};

struct BatchResult {
  std::string last_id;
  int64_t evaluated = 0, changed = 0;
};

class TierRepository {
 public:
  static const std::vector<Statement>& Statements();

  static std::vector<TierPolicyRow> Policies(pqxx::transaction_base& tx);
  static std::optional<TierPolicyRow> Policy(pqxx::transaction_base& tx, const std::string& id);
  static std::optional<TierPolicyRow> ActivePolicy(pqxx::transaction_base& tx);
  static TierPolicyRow InsertPolicy(pqxx::transaction_base& tx, const std::string& id, const std::string& code,
                                    const std::string& name, const std::string& definition_json,
                                    const std::string& user_id);
  // Drafts only; false when not a draft or the etag moved.
  static bool UpdateDraft(pqxx::transaction_base& tx, const std::string& id, int etag, const std::string& name,
                          const std::string& definition_json, const std::string& user_id);
  // Retires the active policy and activates this draft.
  static bool Activate(pqxx::transaction_base& tx, const std::string& id, const std::string& user_id);

  static TierRunRow StartRun(pqxx::transaction_base& tx, const std::string& id, const std::string& policy_id,
                             const std::string& kind, const std::string& as_of, const std::string& user_id);
  static std::optional<TierRunRow> RunningRun(pqxx::transaction_base& tx, const std::string& policy_id);
  static void SaveProgress(pqxx::transaction_base& tx, const std::string& run_id, int next_block, int64_t evaluated,
                           int64_t changed);
  // The client table's size in blocks and its estimated rows (-1 unknown).
  static std::pair<int, int64_t> CustomerBlocks(pqxx::transaction_base& tx);
  // Locks the run's row until the transaction ends and reads where it stands
  // (status RUNNING, DONE or FAILED; empty when there is no such run).
  struct RunClaim {
    std::string status;
    bool running() const { return status == "RUNNING"; }
    int next_block = 0;
    int64_t processed = 0, changed = 0;
  };
  static RunClaim ClaimRun(pqxx::transaction_base& tx, const std::string& run_id);
  // False when the run had already ended (another executor finished it).
  static bool FinishRun(pqxx::transaction_base& tx, const std::string& run_id, const std::string& status);
  // For the rest of the transaction, plan statements for their parameter values.
  static void PlanPerBatch(pqxx::transaction_base& tx);
  static bool RunExists(pqxx::transaction_base& tx, const std::string& kind, const std::string& as_of);
  static void FailStaleRuns(pqxx::transaction_base& tx, const std::string& active_policy_id);

  static std::vector<TierHistoryRow> History(pqxx::transaction_base& tx, const std::string& customer_id, int limit);

  // Up to `limit` queued clients, removed from the queue.
  static std::vector<std::string> TakeDirty(pqxx::transaction_base& tx, int limit);
  static void RefreshMetrics(pqxx::transaction_base& tx, const std::vector<std::string>& ids, const std::string& as_of);
  // Metrics for the next `limit` clients after after_id; returns the last id ("" when none).
  static std::string RefreshMetricsRange(pqxx::transaction_base& tx, const std::string& after_id, int limit,
                                         const std::string& as_of);

  // Evaluates and applies the policy to the clients stored in blocks [from, to)
  // of the client table (physical order: sequential reads). A client updated
  // earlier in the run may be seen again later: unchanged, it writes nothing.
  static BatchResult ApplyBlocks(pqxx::transaction_base& tx, const TierPolicyRow& policy, const std::string& as_of,
                                 int from_block, int to_block, const std::string& run_id);
  // The same for given clients (the dirty queue).
  static BatchResult ApplyIds(pqxx::transaction_base& tx, const TierPolicyRow& policy, const std::string& as_of,
                              const std::vector<std::string>& ids);
  // Counts before and after, per transition, with up to 5 sample clients each,
  // over the clients visible to the acting user.
  static std::vector<TierTransition> Preview(pqxx::transaction_base& tx, const TierPolicyRow& policy,
                                             const std::string& as_of);
};

}  // namespace crm::storage
