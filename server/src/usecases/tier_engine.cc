#include "usecases/tier_engine.h"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "common/error.h"
#include "common/ids.h"
#include "security/crypto.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/transaction.h"

namespace crm::usecases {
namespace {

// The engine is not a user: it acts as the system actor (V0008's policies).
const domain::Actor kEngine = domain::Actor::System("tiering-engine");

void ActAsSystem(pqxx::transaction_base& tx) {
  storage::CustomerRepository::ActAs(tx, kEngine);
  storage::TierRepository::PlanPerBatch(tx);
}

std::string NewId() { return crm::NewUuid(); }

const storage::AuditWho kSystem = storage::AuditWho::From(kEngine);

}  // namespace

TierEngine::TierEngine(storage::ConnectionPool& pool, const Clock& clock, int batch_size)
    : pool_(pool), clock_(clock), batch_size_(batch_size) {}

std::string TierEngine::Today() const {
  const std::time_t t = std::chrono::system_clock::to_time_t(clock_.Now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

TierProgress TierEngine::Recompute(const std::string& kind, const std::string& requested_by,
                                   const std::function<bool(const TierProgress&)>& on_progress) {
  std::lock_guard lock(run_mu_);
  storage::TierPolicyRow policy;
  storage::TierRunRow run;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    ActAsSystem(tx);
    auto active = storage::TierRepository::ActivePolicy(tx);
    if (!active) throw Error(crm::v1::ErrorReason::NO_ACTIVE_POLICY, "no tier policy is active");
    policy = *active;
    storage::TierRepository::FailStaleRuns(tx, policy.id);  // runs of a retired policy never finish
    auto running = storage::TierRepository::RunningRun(tx, policy.id);
    run = running ? *running : storage::TierRepository::StartRun(tx, NewId(), policy.id, kind, Today(), requested_by);
    storage::AuditRepository::Record(tx, kSystem,
                                     {running ? "tiering.recompute.resume" : "tiering.recompute.start",
                                      "tier_run",
                                      run.id,
                                      "",
                                      storage::AuditOutcome::kOk,
                                      {{"policy_id", policy.id}, {"kind", run.kind}, {"as_of", run.as_of}}});
  });
  TierProgress p{run.id, policy.id, run.total, run.processed, run.changed, false};
  while (true) {
    bool finished = false;
    // Each batch starts where the run's row says, under its lock (see
    // TierRepository::ClaimRun): another executor of the same run (a
    // recompute started elsewhere, or the server resuming a run it finds
    // RUNNING) waits for this batch and then takes the next blocks.
    storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
      ActAsSystem(tx);
      const auto claim = storage::TierRepository::ClaimRun(tx, run.id);
      p.processed = claim.processed;
      p.changed = claim.changed;
      const auto [blocks, rows] = storage::TierRepository::CustomerBlocks(tx);
      // Ended elsewhere without finishing: a newer policy's run failed it
      // (FailStaleRuns). Saying "done" would tell the admin every client was
      // evaluated under this policy.
      if (!claim.running() && claim.status != "DONE")
        throw Error(crm::v1::ErrorReason::RECOMPUTE_ENDED,
                    "the recompute was ended before it finished (a newer tier policy took over); run it again");
      if (!claim.running() || claim.next_block >= blocks) {
        finished = true;
        return;
      }
      // About batch_size_ clients per batch.
      const int64_t per_block = rows > 0 && blocks > 0 ? std::max<int64_t>(1, rows / blocks) : 4;
      const int span = static_cast<int>(std::max<int64_t>(1, batch_size_ / per_block));
      const auto batch = storage::TierRepository::ApplyBlocks(tx, policy, run.as_of, claim.next_block,
                                                              claim.next_block + span, run.id);
      storage::TierRepository::SaveProgress(tx, run.id, claim.next_block + span, batch.evaluated, batch.changed);
      p.processed += batch.evaluated;
      p.changed += batch.changed;
    });
    if (finished) break;
    if (on_progress && !on_progress(p)) return p;  // stopped: resumable from the run's next_block
  }
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    // Whichever executor gets here first finishes the run and records it.
    if (!storage::TierRepository::FinishRun(tx, run.id, "DONE")) return;
    storage::AuditRepository::Record(tx, kSystem,
                                     {"tiering.recompute.finish",
                                      "tier_run",
                                      run.id,
                                      "",
                                      storage::AuditOutcome::kOk,
                                      {{"policy_id", policy.id}, {"processed", p.processed}, {"changed", p.changed}}});
  });
  p.done = true;
  if (on_progress) on_progress(p);
  spdlog::info("tier recompute {} done: {} clients, {} changed", run.id, p.processed, p.changed);
  return p;
}

bool TierEngine::ResumePending(const std::function<bool(const TierProgress&)>& on_progress) {
  bool pending = false;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    ActAsSystem(tx);
    auto active = storage::TierRepository::ActivePolicy(tx);
    pending = active && storage::TierRepository::RunningRun(tx, active->id).has_value();
  });
  if (!pending) return false;
  Recompute("ACTIVATION", "", on_progress);
  return true;
}

bool TierEngine::RunScheduledIfDue(int hour, const std::function<bool(const TierProgress&)>& on_progress) {
  if (hour < 0) return false;
  const std::time_t t = std::chrono::system_clock::to_time_t(clock_.Now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  if (tm.tm_hour < hour) return false;
  bool done = true;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    done = storage::TierRepository::RunExists(tx, "SCHEDULED", Today()) ||
           !storage::TierRepository::ActivePolicy(tx).has_value();
  });
  if (done) return false;
  RefreshAllMetrics();
  Recompute("SCHEDULED", "", on_progress);
  return true;
}

int TierEngine::ProcessDirty(int limit) {
  int n = 0;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    ActAsSystem(tx);
    auto ids = storage::TierRepository::TakeDirty(tx, limit);
    n = static_cast<int>(ids.size());
    if (ids.empty()) return;
    const std::string today = Today();
    storage::TierRepository::RefreshMetrics(tx, ids, today);
    if (auto policy = storage::TierRepository::ActivePolicy(tx))
      storage::TierRepository::ApplyIds(tx, *policy, today, ids);
  });
  return n;
}

int64_t TierEngine::RefreshAllMetrics() {
  const std::string today = Today();
  std::string last;
  int64_t batches = 0;
  while (true) {
    std::string next;
    storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
      ActAsSystem(tx);
      next = storage::TierRepository::RefreshMetricsRange(tx, last, batch_size_, today);
    });
    if (next.empty()) break;
    last = next;
    ++batches;
  }
  return batches;
}

}  // namespace crm::usecases
