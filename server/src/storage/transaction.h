// Runs a unit of work in one transaction on a pooled connection, retrying
// serialization failures and deadlocks a bounded number of times, and turning
// libpqxx exceptions into typed crm::Error (the one place that knows them).
#pragma once

#include <chrono>
#include <functional>
#include <pqxx/pqxx>
#include <thread>

#include "storage/connection_pool.h"

namespace crm::storage {

struct TxOptions {
  int max_attempts = 3;
  bool serializable = false;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
};

// Runs attempt(lease) on a leased connection, again on a fresh lease after a
// broken connection, a serialization failure or a deadlock (a bounded number
// of times, within the deadline), and turns what it throws into crm::Error.
// The one retry policy behind InTransaction and InPipelinedTransaction.
template <typename Attempt>
void WithRetries(ConnectionPool& pool, const TxOptions& options, Attempt&& attempt);

// fn may be called more than once: it must not have side effects outside tx.
void InTransaction(ConnectionPool& pool, const TxOptions& options, const std::function<void(pqxx::work&)>& fn);

// One statement in autocommit mode on a pooled connection: no BEGIN/COMMIT
// round trips. For a single statement that is a unit by itself (PostgreSQL
// runs each statement atomically); anything of two or more statements that
// must hold together belongs in InTransaction. Retries a broken connection.
void InSingleStatement(ConnectionPool& pool, const TxOptions& options,
                       const std::function<void(pqxx::nontransaction&)>& fn);

// Converts the exception in flight (pqxx or other) into crm::Error. Call from a
// catch block only.
[[noreturn]] void RethrowAsDomainError();

template <typename Attempt>
void WithRetries(ConnectionPool& pool, const TxOptions& options, Attempt&& attempt) {
  for (int n = 1;; ++n) {
    Lease lease = pool.Acquire(options.deadline);
    const bool may_retry = n < options.max_attempts && std::chrono::steady_clock::now() < options.deadline;
    try {
      attempt(lease);
      return;
    } catch (const pqxx::broken_connection&) {
      lease.MarkBroken();
      // A connection that broke before commit: nothing was written; one retry
      // on a fresh connection covers a database restart.
      if (may_retry) continue;
      RethrowAsDomainError();
    } catch (const pqxx::serialization_failure&) {
      if (may_retry) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5 * n));
        continue;
      }
      RethrowAsDomainError();
    } catch (const pqxx::deadlock_detected&) {
      if (may_retry) continue;
      RethrowAsDomainError();
    } catch (const pqxx::in_doubt_error&) {
      lease.MarkBroken();
      RethrowAsDomainError();
    } catch (...) {
      if (!lease.conn().is_open()) lease.MarkBroken();
      RethrowAsDomainError();
    }
  }
}

}  // namespace crm::storage
