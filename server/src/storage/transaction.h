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

// Converts the exception in flight (pqxx or other) into crm::Error. Call from a
// catch block only.
[[noreturn]] void RethrowAsDomainError();

}  // namespace crm::storage
