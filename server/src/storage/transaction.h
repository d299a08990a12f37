// Runs a unit of work in one transaction on a pooled connection, retrying
// serialization failures and deadlocks a bounded number of times, and turning
// libpqxx exceptions into typed crm::Error (the one place that knows them).
#pragma once

#include <chrono>
#include <functional>
#include <pqxx/pqxx>

#include "storage/connection_pool.h"

namespace crm::storage {

struct TxOptions {
  int max_attempts = 3;
  bool serializable = false;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
};

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

}  // namespace crm::storage
