// Tier recompute (product.md section 2): set-based and batched in SQL,
// resumable (each batch commits its progress with its changes), idempotent
// (an unchanged client writes nothing), and acting as the SYSTEM actor under
// row-level security. Also keeps the tiers of clients whose data changed
// (the tier_dirty queue) current within seconds.
#pragma once

#include <atomic>
#include <functional>
#include <mutex>
#include <string>

#include "common/clock.h"
#include "storage/connection_pool.h"
#include "storage/tier_repository.h"

namespace crm::usecases {

struct TierProgress {
  std::string run_id, policy_id;
  int64_t total = 0, processed = 0, changed = 0;
  bool done = false;
};

class TierEngine {
 public:
  TierEngine(storage::ConnectionPool& pool, const Clock& clock, int batch_size = 20000);

  // Runs the active policy over every client, or resumes its unfinished run.
  // on_progress after each batch; returning false stops (the run stays
  // resumable). kind: ACTIVATION, ON_DEMAND or SCHEDULED.
  TierProgress Recompute(const std::string& kind, const std::string& requested_by,
                         const std::function<bool(const TierProgress&)>& on_progress = {});
  // Carries out an unfinished run of the active policy (after activation or
  // a restart); false when there was none.
  bool ResumePending(const std::function<bool(const TierProgress&)>& on_progress = {});
  // The daily run: metrics from the raw history, then every client's tier,
  // once a day from `hour` (UTC). False when not due.
  bool RunScheduledIfDue(int hour, const std::function<bool(const TierProgress&)>& on_progress = {});
  // Refreshes metrics and tiers of up to `limit` queued clients; returns how many.
  int ProcessDirty(int limit = 5000);
  // Refreshes every client's metrics from the raw history (daily), in batches.
  int64_t RefreshAllMetrics();

  // Clients per batch (each batch one transaction).
  void set_batch_size(int n) { batch_size_ = n; }
  // Today (UTC) from the clock, as YYYY-MM-DD.
  std::string Today() const;

 private:
  storage::ConnectionPool& pool_;
  const Clock& clock_;
  std::atomic<int> batch_size_;
  std::mutex run_mu_;  // one recompute at a time in this server
};

}  // namespace crm::usecases
