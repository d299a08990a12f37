// A bounded libpqxx connection pool with scoped leases (libpqxx ships none).
// - at most `size` connections, created lazily;
// - Acquire waits until a deadline, then throws UNAVAILABLE (never hangs);
// - a lease whose connection broke is discarded and replaced on demand;
// - every new connection prepares all named statements;
// - a lease also gives the connection's libpq handle, for the pipelined hot
//   paths (storage/pipelined_tx.h); libpqxx never reconnects a pooled
//   connection behind it (reactivation is off), so the handle stays valid.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <pqxx/pqxx>
#include <string>
#include <unordered_set>
#include <vector>

struct pg_conn;  // libpq's PGconn

namespace crm::storage {

class ConnectionPool;
struct Statement;

// One pooled connection and what the pool knows about it.
struct PooledConnection {
  std::unique_ptr<pqxx::connection> conn;
  pg_conn* raw = nullptr;
  // Statements the pipelined path has had prepared on this connection (by
  // address: they are the repositories' constants), so a queued statement
  // costs no lookup in libpqxx's map of names after its first use.
  std::unordered_set<const Statement*> prepared;
};

class Lease {
 public:
  Lease(ConnectionPool* pool, std::unique_ptr<PooledConnection> pc) : pool_(pool), pc_(std::move(pc)) {}
  Lease(Lease&& other) noexcept : pool_(other.pool_), pc_(std::move(other.pc_)), broken_(other.broken_) {
    other.pool_ = nullptr;
  }
  Lease& operator=(Lease&&) = delete;
  Lease(const Lease&) = delete;
  ~Lease();

  pqxx::connection& conn() { return *pc_->conn; }
  pg_conn* raw() { return pc_->raw; }
  void MarkBroken() { broken_ = true; }
  // Whether the pipelined path has prepared the statement on this connection.
  bool Prepared(const Statement& statement) const { return pc_->prepared.count(&statement) != 0; }
  void MarkPrepared(const Statement& statement) { pc_->prepared.insert(&statement); }

 private:
  ConnectionPool* pool_;
  std::unique_ptr<PooledConnection> pc_;
  bool broken_ = false;
};

class ConnectionPool {
 public:
  // session_role: when set, every connection runs `SET ROLE` to it (the
  // application role with only the rights the server needs).
  ConnectionPool(std::string conninfo, size_t size, std::string session_role = "");
  ~ConnectionPool();

  Lease Acquire(std::chrono::steady_clock::time_point deadline);
  Lease Acquire(std::chrono::milliseconds wait = std::chrono::milliseconds(5000)) {
    return Acquire(std::chrono::steady_clock::now() + wait);
  }
  size_t size() const { return size_; }
  const std::string& conninfo() const { return conninfo_; }
  // Drops idle connections (e.g. after the database restarted).
  void DropIdle();

 private:
  friend class Lease;
  void Release(std::unique_ptr<PooledConnection> pc, bool broken);

  std::string conninfo_;
  size_t size_;
  std::string session_role_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<PooledConnection>> idle_;
  size_t open_ = 0;  // idle + leased
};

}  // namespace crm::storage
