// The bounded pools: exhaustion answers UNAVAILABLE within the deadline, a
// broken connection is replaced, serialization failures are retried.
#include <gtest/gtest.h>

#include <pqxx/pqxx>
#include <thread>

#include "common/error.h"
#include "storage/connection_pool.h"
#include "storage/transaction.h"
#include "support/pg_cluster.h"

using namespace std::chrono_literals;
using crm::storage::ConnectionPool;

TEST(ConnectionPool, ExhaustionIsUnavailableWithinTheDeadline) {
  ConnectionPool pool(crm::testing::PgCluster::Shared().NewDatabase(), 2);
  auto a = pool.Acquire();
  auto b = pool.Acquire();
  auto start = std::chrono::steady_clock::now();
  try {
    pool.Acquire(std::chrono::steady_clock::now() + 300ms);
    FAIL() << "a third lease from a pool of two";
  } catch (const crm::Error& e) {
    EXPECT_EQ(e.code(), crm::ErrorCode::kUnavailable);
  }
  auto waited = std::chrono::steady_clock::now() - start;
  EXPECT_GE(waited, 290ms);
  EXPECT_LT(waited, 2s);
}

TEST(ConnectionPool, AReleasedConnectionIsReused) {
  ConnectionPool pool(crm::testing::PgCluster::Shared().NewDatabase(), 1);
  int pid1, pid2;
  {
    auto l = pool.Acquire();
    pqxx::nontransaction tx(l.conn());
    pid1 = tx.exec("SELECT pg_backend_pid()")[0][0].as<int>();
  }
  {
    auto l = pool.Acquire(100ms);
    pqxx::nontransaction tx(l.conn());
    pid2 = tx.exec("SELECT pg_backend_pid()")[0][0].as<int>();
  }
  EXPECT_EQ(pid1, pid2);
}

TEST(ConnectionPool, ABrokenConnectionIsReplaced) {
  std::string db = crm::testing::PgCluster::Shared().NewDatabase();
  ConnectionPool pool(db, 1);
  int pid = 0;
  crm::storage::InTransaction(pool, {},
                              [&](pqxx::work& tx) { pid = tx.exec("SELECT pg_backend_pid()")[0][0].as<int>(); });
  {
    pqxx::connection killer(db);
    pqxx::nontransaction tx(killer);
    tx.exec_params("SELECT pg_terminate_backend($1)", pid);
  }
  std::this_thread::sleep_for(100ms);
  int pid2 = 0;
  crm::storage::InTransaction(pool, {},
                              [&](pqxx::work& tx) { pid2 = tx.exec("SELECT pg_backend_pid()")[0][0].as<int>(); });
  EXPECT_NE(pid2, 0);
  EXPECT_NE(pid2, pid);
}

TEST(Transactions, SerializationFailuresAreRetried) {
  std::string db = crm::testing::PgCluster::Shared().NewDatabase();
  {
    pqxx::connection c(db);
    pqxx::work tx(c);
    tx.exec0("CREATE TABLE counter(id int primary key, n int)");
    tx.exec0("INSERT INTO counter VALUES (1, 0)");
    tx.commit();
  }
  ConnectionPool pool(db, 8);
  constexpr int kThreads = 6, kEach = 10;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kEach; ++i) {
        try {
          crm::storage::TxOptions o;
          o.serializable = true;
          o.max_attempts = 50;
          crm::storage::InTransaction(pool, o, [](pqxx::work& tx) {
            int n = tx.exec("SELECT n FROM counter WHERE id = 1")[0][0].as<int>();
            tx.exec_params("UPDATE counter SET n = $1 WHERE id = 1", n + 1);
          });
        } catch (const crm::Error&) {
          ++failures;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  pqxx::connection c(db);
  pqxx::read_transaction tx(c);
  int n = tx.exec("SELECT n FROM counter")[0][0].as<int>();
  // No lost update: every increment that reported success is there.
  EXPECT_EQ(n + failures.load(), kThreads * kEach);
  EXPECT_EQ(failures.load(), 0);
}

TEST(ConnectionPool, ADeadDatabaseIsUnavailableNotAHang) {
  ConnectionPool pool("host=/nonexistent-socket-dir port=5 dbname=x connect_timeout=1", 2);
  auto start = std::chrono::steady_clock::now();
  try {
    pool.Acquire(2s);
    FAIL();
  } catch (const crm::Error& e) {
    EXPECT_EQ(e.code(), crm::ErrorCode::kUnavailable);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, 3s);
}
