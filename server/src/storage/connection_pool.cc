#include "storage/connection_pool.h"

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

#include "common/error.h"
#include "storage/statements.h"

namespace crm::storage {
namespace {

// libpqxx 6.4 reaches a connection's libpq handle only through largeobject's
// protected accessor (as in binary_copy.cc).
struct RawConnection : pqxx::largeobject {
  static PGconn* Of(const pqxx::dbtransaction& tx) { return raw_connection(tx); }
};

}  // namespace

Lease::~Lease() {
  if (pool_ && pc_) pool_->Release(std::move(pc_), broken_);
}

ConnectionPool::ConnectionPool(std::string conninfo, size_t size, std::string session_role)
    : conninfo_(std::move(conninfo)), size_(size), session_role_(std::move(session_role)) {}

ConnectionPool::~ConnectionPool() {
  std::lock_guard lock(mu_);
  idle_.clear();
}

Lease ConnectionPool::Acquire(std::chrono::steady_clock::time_point deadline) {
  {
    std::unique_lock lock(mu_);
    for (;;) {
      if (!idle_.empty()) {
        auto pc = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(pc));
      }
      if (open_ < size_) {
        ++open_;
        break;  // open a new one outside the lock
      }
      if (cv_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() && open_ >= size_)
        throw Error(crm::v1::ErrorReason::BUSY, "the server is busy; try again");
    }
  }
  try {
    auto conn = std::make_unique<pqxx::connection>(conninfo_);
    {
      pqxx::nontransaction nt(*conn);
      if (!session_role_.empty())
        nt.exec0("SET ROLE " + nt.quote_name(session_role_));  // an identifier: cannot be a bound parameter
      // Short requests: compiling a plan (JIT) costs more than it saves; it
      // added ~400 ms to a name search over a large book.
      nt.exec0("SET jit = off");
    }
    PrepareAll(*conn);
    // A pooled connection is never reconnected behind the pool's back: a
    // broken one is dropped (Lease::MarkBroken), which keeps its libpq handle
    // valid for as long as the pool holds it.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    conn->inhibit_reactivation(true);
#pragma GCC diagnostic pop
    PGconn* raw = nullptr;
    {
      pqxx::work w(*conn);
      raw = RawConnection::Of(w);
      w.abort();
    }
    auto pc = std::make_unique<PooledConnection>();
    pc->conn = std::move(conn);
    pc->raw = raw;
    return Lease(this, std::move(pc));
  } catch (const std::exception& e) {
    {
      std::lock_guard lock(mu_);
      --open_;
    }
    cv_.notify_one();
    // libpq messages name hosts and sockets, never personal data; keep them in
    // the server log only.
    spdlog::warn("database connection failed: {}", e.what());
    throw Error::Unavailable("the database is unavailable");
  }
}

void ConnectionPool::Release(std::unique_ptr<PooledConnection> pc, bool broken) {
  {
    std::lock_guard lock(mu_);
    if (broken || !pc->conn->is_open()) {
      --open_;
      pc.reset();
    } else {
      idle_.push_back(std::move(pc));
    }
  }
  cv_.notify_one();
}

void ConnectionPool::DropIdle() {
  std::lock_guard lock(mu_);
  open_ -= idle_.size();
  idle_.clear();
  cv_.notify_all();
}

}  // namespace crm::storage
