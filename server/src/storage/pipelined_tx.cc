#include "storage/pipelined_tx.h"

#include <spdlog/spdlog.h>

#include "common/error.h"

namespace crm::storage {
namespace {

// The libpqxx exception for a failed statement, chosen by SQLSTATE as
// libpqxx does for its own calls, so RethrowAsDomainError maps it.
[[noreturn]] void ThrowFor(const PGresult* r, const char* name) {
  const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
  const std::string message = PQresultErrorMessage(r);
  const std::string query = name ? name : "";
  const std::string s = state ? state : "";
  if (s == "40001") throw pqxx::serialization_failure(message);
  if (s == "40P01") throw pqxx::deadlock_detected(message);
  if (s == "23505") throw pqxx::unique_violation(message, query, state);
  if (s == "23503") throw pqxx::foreign_key_violation(message, query, state);
  if (s == "23514") throw pqxx::check_violation(message, query, state);
  if (s.rfind("08", 0) == 0) throw pqxx::broken_connection(message);
  throw pqxx::sql_error(message, query, state);
}

struct PqClear {
  void operator()(PGresult* r) const { PQclear(r); }
};

const Statement kBegin{"pipelined_begin", "BEGIN"};
const Statement kCommit{"pipelined_commit", "COMMIT"};

}  // namespace

const std::vector<Statement>& PipelinedTx::Statements() {
  static const std::vector<Statement> all{kBegin, kCommit};
  return all;
}

PipelinedTx::PipelinedTx(Lease& lease) : lease_(lease), conn_(lease.raw()) {
  if (!conn_ || PQstatus(conn_) != CONNECTION_OK) throw pqxx::broken_connection("the connection is closed");
}

PipelinedTx::~PipelinedTx() {
  if (begun_ && !finished_) Rollback();
}

// The statement is prepared on this connection once (PrepareAll registered it
// with libpqxx; the lease remembers that it is prepared). Marked only after
// PostgreSQL accepted it, so a failed prepare is tried again next time.
void PipelinedTx::Prepare(const Statement& statement) {
  if (lease_.Prepared(statement)) return;
  lease_.conn().prepare_now(statement.name);
  lease_.MarkPrepared(statement);
}

size_t PipelinedTx::Queue(const Statement& statement, std::vector<std::string> params) {
  Prepare(statement);
  queued_.push_back({statement.name, false, std::move(params)});
  return queued_.size() - 1;
}

std::vector<PipelinedResult> PipelinedTx::Send() { return Flush(false); }

std::vector<PipelinedResult> PipelinedTx::Commit() { return Flush(true); }

std::vector<PipelinedResult> PipelinedTx::Flush(bool commit) {
  std::vector<Queued> batch;
  batch.reserve(queued_.size() + 2);
  if (!begun_) {
    Prepare(kBegin);
    batch.push_back({kBegin.name, true, {}});
  }
  for (auto& q : queued_) batch.push_back(std::move(q));
  queued_.clear();
  if (commit) {
    Prepare(kCommit);
    batch.push_back({kCommit.name, true, {}});
  }
  begun_ = true;

  if (PQenterPipelineMode(conn_) != 1) throw pqxx::broken_connection(PQerrorMessage(conn_));
  bool sent = true;
  for (const auto& q : batch) {
    std::vector<const char*> values;
    values.reserve(q.params.size());
    for (const auto& p : q.params) values.push_back(p.c_str());
    const int n = static_cast<int>(values.size());
    if (PQsendQueryPrepared(conn_, q.name, n, values.data(), nullptr, nullptr, 0) != 1) {
      sent = false;
      break;
    }
  }
  if (!sent || PQpipelineSync(conn_) != 1) {
    finished_ = true;  // the connection is unusable: nothing more is sent on it
    lease_.MarkBroken();
    throw pqxx::broken_connection(PQerrorMessage(conn_));
  }

  // One result (then a null) per statement, then the Sync's marker.
  std::vector<PipelinedResult> results;
  std::shared_ptr<PGresult> failed;
  const char* failed_name = nullptr;
  bool broken = false;
  size_t index = 0;
  for (;;) {
    PGresult* raw = PQgetResult(conn_);
    if (!raw) {
      if (PQstatus(conn_) != CONNECTION_OK) {
        broken = true;
        break;
      }
      continue;  // the end of one statement's results
    }
    std::shared_ptr<PGresult> r(raw, PqClear());
    const auto status = PQresultStatus(raw);
    if (status == PGRES_PIPELINE_SYNC) break;
    const Queued& q = batch[std::min(index, batch.size() - 1)];
    ++index;
    if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
      if (!q.control) results.emplace_back(std::move(r));
    } else if (status != PGRES_PIPELINE_ABORTED && !failed) {  // aborted: skipped after a failure
      failed = std::move(r);
      failed_name = q.name;
    }
  }
  // Every result is read, so leaving pipeline mode cannot fail on a healthy
  // connection; if it does, the pool must not hand the connection out again.
  if (PQexitPipelineMode(conn_) != 1) lease_.MarkBroken();
  if (broken) {
    finished_ = true;
    lease_.MarkBroken();
    if (commit) throw pqxx::in_doubt_error("the database connection was lost during commit");
    throw pqxx::broken_connection("the database connection was lost");
  }
  if (failed) {
    Rollback();
    ThrowFor(failed.get(), failed_name);
  }
  if (commit) finished_ = true;
  return results;
}

void PipelinedTx::Rollback() noexcept {
  finished_ = true;
  if (PQstatus(conn_) != CONNECTION_OK) {
    lease_.MarkBroken();
    return;
  }
  std::unique_ptr<PGresult, PqClear> r(PQexec(conn_, "ROLLBACK"));
  if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) lease_.MarkBroken();
}

void InPipelinedTransaction(ConnectionPool& pool, const TxOptions& options,
                            const std::function<void(PipelinedTx&)>& fn) {
  WithRetries(pool, options, [&](Lease& lease) {
    PipelinedTx tx(lease);
    fn(tx);
  });
}

}  // namespace crm::storage
