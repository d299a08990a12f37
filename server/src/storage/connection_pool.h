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
#include <vector>

struct pg_conn;  // libpq's PGconn

namespace crm::storage {

class ConnectionPool;

class Lease {
 public:
  Lease(ConnectionPool* pool, std::unique_ptr<pqxx::connection> conn, pg_conn* raw)
      : pool_(pool), conn_(std::move(conn)), raw_(raw) {}
  Lease(Lease&& other) noexcept
      : pool_(other.pool_), conn_(std::move(other.conn_)), raw_(other.raw_), broken_(other.broken_) {
    other.pool_ = nullptr;
  }
  Lease& operator=(Lease&&) = delete;
  Lease(const Lease&) = delete;
  ~Lease();

  pqxx::connection& conn() { return *conn_; }
  pg_conn* raw() { return raw_; }
  void MarkBroken() { broken_ = true; }

 private:
  ConnectionPool* pool_;
  std::unique_ptr<pqxx::connection> conn_;
  pg_conn* raw_;
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
  void Release(std::unique_ptr<pqxx::connection> conn, pg_conn* raw, bool broken);

  std::string conninfo_;
  size_t size_;
  std::string session_role_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::pair<std::unique_ptr<pqxx::connection>, pg_conn*>> idle_;
  size_t open_ = 0;  // idle + leased
};

}  // namespace crm::storage
