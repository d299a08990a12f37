#include "storage/transaction.h"

#include <spdlog/spdlog.h>

#include <thread>

#include "common/error.h"

namespace crm::storage {

void RethrowAsDomainError() {
  try {
    throw;
  } catch (const Error&) {
    throw;
  } catch (const pqxx::broken_connection&) {
    throw Error::Unavailable("the database is unavailable");
  } catch (const pqxx::in_doubt_error&) {
    throw Error::Unavailable("the database connection was lost during commit");
  } catch (const pqxx::serialization_failure&) {
    throw Error(crm::v1::ErrorReason::CONFLICT, "a concurrent change conflicted; try again");
  } catch (const pqxx::deadlock_detected&) {
    throw Error(crm::v1::ErrorReason::CONFLICT, "a concurrent change conflicted; try again");
  } catch (const pqxx::unique_violation&) {
    throw Error(crm::v1::ErrorReason::ALREADY_EXISTS, "the record already exists");
  } catch (const pqxx::foreign_key_violation&) {
    throw Error(crm::v1::ErrorReason::REFERENCE_MISSING, "a referenced record does not exist");
  } catch (const pqxx::check_violation&) {
    throw Error(crm::v1::ErrorReason::VALIDATION_FAILED, "a value is outside its allowed range");
  } catch (const pqxx::sql_error& e) {
    if (e.sqlstate() == "57014")  // query_canceled: statement_timeout
      throw Error(crm::v1::ErrorReason::DEADLINE_EXCEEDED, "the request took too long");
    // The SQL text and parameters stay out of the log; the statement name and
    // SQLSTATE are enough to find the cause.
    spdlog::error("database error sqlstate={} query_name={}", e.sqlstate(), e.query().substr(0, 64));
    throw Error::Internal();
  } catch (const std::exception& e) {
    spdlog::error("unexpected error: {}", e.what());
    throw Error::Internal();
  }
}

void InTransaction(ConnectionPool& pool, const TxOptions& options, const std::function<void(pqxx::work&)>& fn) {
  WithRetries(pool, options, [&](Lease& lease) {
    pqxx::work tx(lease.conn());
    if (options.serializable) tx.exec0("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
    fn(tx);
    tx.commit();
  });
}

void InSingleStatement(ConnectionPool& pool, const TxOptions& options,
                       const std::function<void(pqxx::nontransaction&)>& fn) {
  for (int attempt = 1;; ++attempt) {
    Lease lease = pool.Acquire(options.deadline);
    try {
      pqxx::nontransaction tx(lease.conn());
      fn(tx);
      return;
    } catch (const pqxx::broken_connection&) {
      lease.MarkBroken();
      if (attempt < options.max_attempts && std::chrono::steady_clock::now() < options.deadline) continue;
      RethrowAsDomainError();
    } catch (...) {
      if (!lease.conn().is_open()) lease.MarkBroken();
      RethrowAsDomainError();
    }
  }
}

}  // namespace crm::storage
