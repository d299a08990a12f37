// A transaction whose statements go to PostgreSQL in batches, over libpq's
// pipeline mode (libpq 14+; libpqxx 6.4 has none): each Send() writes the
// queued named statements and a Sync at once and waits once for all their
// results, so a hot path pays one round trip per batch instead of one per
// statement (docs/adr/0010-pipelined-hot-paths.md). The first batch starts
// with BEGIN; Commit() sends the last batch with COMMIT. A transaction not
// committed is rolled back when the object goes.
//
// Errors come back as the libpqxx exception for their SQLSTATE, so the retry
// and error mapping of InPipelinedTransaction are those of InTransaction.
#pragma once

#include <libpq-fe.h>

#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "storage/connection_pool.h"
#include "storage/statements.h"
#include "storage/transaction.h"

namespace crm::storage {

// One statement's rows, read like a pqxx::row (as<T>(), is_null()).
class PipelinedResult {
 public:
  class Field {
   public:
    Field(const PGresult* r, int row, int col) : r_(r), row_(row), col_(col) {}
    bool is_null() const { return PQgetisnull(r_, row_, col_) != 0; }
    template <typename T>
    T as() const {
      if constexpr (std::is_same_v<T, std::string>) {
        return std::string(PQgetvalue(r_, row_, col_), static_cast<size_t>(PQgetlength(r_, row_, col_)));
      } else {
        T v{};
        pqxx::from_string(PQgetvalue(r_, row_, col_), v);
        return v;
      }
    }

   private:
    const PGresult* r_;
    int row_, col_;
  };
  class Row {
   public:
    Row(const PGresult* r, int row) : r_(r), row_(row) {}
    Field operator[](int col) const { return Field(r_, row_, col); }
    // The column's number by its name (as pqxx::row::column_number);
    // throws std::out_of_range when the statement has no such column.
    int column_number(const char* name) const { return PipelinedResult::ColumnNumber(r_, name); }

   private:
    const PGresult* r_;
    int row_;
  };

  explicit PipelinedResult(std::shared_ptr<PGresult> r) : r_(std::move(r)) {}
  int size() const { return PQntuples(r_.get()); }
  int columns() const { return PQnfields(r_.get()); }
  bool empty() const { return size() == 0; }
  Row operator[](int row) const { return Row(r_.get(), row); }
  int column_number(const char* name) const { return ColumnNumber(r_.get(), name); }
  static int ColumnNumber(const PGresult* r, const char* name) {
    const int n = PQfnumber(r, name);
    if (n < 0) throw std::out_of_range(std::string("the statement has no column ") + name);
    return n;
  }

 private:
  std::shared_ptr<PGresult> r_;
};

// Reads every row of a pqxx::result or a PipelinedResult with read(row): the
// repositories' row readers serve both paths.
template <typename Rows, typename Read>
auto MapRows(const Rows& rows, Read&& read) {
  std::vector<decltype(read(rows[0]))> out;
  out.reserve(static_cast<size_t>(rows.size()));
  for (decltype(rows.size()) i = 0; i < rows.size(); ++i) out.push_back(read(rows[i]));
  return out;
}

// What the repositories' Queue* functions take: a place to queue statements
// for the next batch, with no way to send it. Who may send, and what must be
// known first, is the owner's business (usecases::RequestTx confirms the
// caller in the first batch; docs/adr/0015-request-transaction.md).
class StatementQueue {
 public:
  // Queues a named statement (one of the repositories' Statements()) with
  // text parameters; returns its index in the next batch's results.
  virtual size_t Queue(const Statement& statement, std::vector<std::string> params) = 0;

 protected:
  ~StatementQueue() = default;
};

class PipelinedTx final : public StatementQueue {
 public:
  explicit PipelinedTx(Lease& lease);
  ~PipelinedTx();
  PipelinedTx(const PipelinedTx&) = delete;
  PipelinedTx& operator=(const PipelinedTx&) = delete;

  size_t Queue(const Statement& statement, std::vector<std::string> params) override;
  // Sends what is queued (after BEGIN, the first time) and returns the
  // statements' results in order. Throws on the first failed statement; the
  // transaction is then rolled back.
  std::vector<PipelinedResult> Send();
  // Sends what is queued and COMMIT, and returns the statements' results.
  std::vector<PipelinedResult> Commit();

  // BEGIN and COMMIT as named statements too (pgbench -M prepared does the
  // same): an unnamed one is parsed by PostgreSQL on every call.
  static const std::vector<Statement>& Statements();

 private:
  struct Queued {
    const char* name;
    bool control;  // BEGIN/COMMIT: no result for the caller
    std::vector<std::string> params;
  };
  void Prepare(const Statement& statement);
  std::vector<PipelinedResult> Flush(bool commit);
  void Rollback() noexcept;

  Lease& lease_;
  PGconn* conn_;
  std::vector<Queued> queued_;
  bool begun_ = false;
  bool finished_ = false;
};

// InTransaction for a PipelinedTx: the same retries (broken connection,
// serialization failure, deadlock) and the same error mapping.
void InPipelinedTransaction(ConnectionPool& pool, const TxOptions& options,
                            const std::function<void(PipelinedTx&)>& fn);

}  // namespace crm::storage
