// The pipelined transaction (storage/pipelined_tx.h) behind the hot write
// paths: batches come back in order, a commit persists every batch, and a
// failure anywhere, or a transaction dropped without commit, leaves nothing
// behind and the connection usable.
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "common/error.h"
#include "storage/connection_pool.h"
#include "storage/pipelined_tx.h"
#include "support/pg_cluster.h"

using crm::storage::ConnectionPool;
using crm::storage::PipelinedTx;
using crm::storage::Statement;

namespace {

constexpr Statement kInsert{"t_insert", "INSERT INTO t (id, note) VALUES ($1::int, $2) RETURNING id, note"};
constexpr Statement kCount{"t_count", "SELECT count(*) FROM t"};
constexpr Statement kLater{"t_later", "SELECT count(*) FROM later"};

class PipelinedTxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = crm::testing::PgCluster::Shared().NewDatabase();
    pqxx::connection c(db_);
    pqxx::work tx(c);
    tx.exec0("CREATE TABLE t (id int PRIMARY KEY, note text NOT NULL)");
    tx.commit();
    pool_ = std::make_unique<ConnectionPool>(db_, 1);
  }
  crm::storage::Lease Lease() {
    auto lease = pool_->Acquire();
    for (const auto& st : {kInsert, kCount, kLater}) {
      try {
        lease.conn().prepare(st.name, st.sql);
      } catch (const std::exception&) {  // already registered on this connection
      }
    }
    return lease;
  }
  int64_t Rows() {
    pqxx::connection c(db_);
    pqxx::nontransaction tx(c);
    return tx.exec("SELECT count(*) FROM t")[0][0].as<int64_t>();
  }
  std::string db_;
  std::unique_ptr<ConnectionPool> pool_;
};

TEST_F(PipelinedTxTest, BatchesComeBackInOrderAndCommitKeepsThemAll) {
  auto lease = Lease();
  {
    PipelinedTx tx(lease);
    tx.Queue(kInsert, {"1", "first"});
    tx.Queue(kInsert, {"2", "second"});
    const size_t count = tx.Queue(kCount, {});
    auto r = tx.Send();
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0][0][1].as<std::string>(), "first");
    EXPECT_EQ(r[1][0][0].as<int>(), 2);
    EXPECT_EQ(r[count][0][0].as<int64_t>(), 2);  // the transaction sees its own rows
    EXPECT_EQ(Rows(), 0);                        // nobody else does yet
    tx.Queue(kInsert, {"3", "third"});
    auto c = tx.Commit();
    ASSERT_EQ(c.size(), 1u);
    EXPECT_EQ(c[0][0][1].as<std::string>(), "third");
  }
  EXPECT_EQ(Rows(), 3);
}

TEST_F(PipelinedTxTest, AFailureInALaterBatchRollsBackTheEarlierOnes) {
  auto lease = Lease();
  {
    PipelinedTx tx(lease);
    tx.Queue(kInsert, {"1", "first"});
    tx.Send();
    tx.Queue(kInsert, {"1", "again"});  // duplicate key
    tx.Queue(kInsert, {"2", "never"});  // skipped after the failure
    EXPECT_THROW(tx.Commit(), pqxx::unique_violation);
  }
  EXPECT_EQ(Rows(), 0);
  // The connection is back to normal use: no pipeline, no open transaction.
  pqxx::work w(lease.conn());
  EXPECT_EQ(w.exec("SELECT count(*) FROM t")[0][0].as<int>(), 0);
  w.commit();
}

TEST_F(PipelinedTxTest, DroppedWithoutCommitLeavesNothing) {
  auto lease = Lease();
  {
    PipelinedTx tx(lease);
    tx.Queue(kInsert, {"1", "first"});
    tx.Send();
  }
  EXPECT_EQ(Rows(), 0);
  PipelinedTx again(lease);
  again.Queue(kInsert, {"1", "first"});
  again.Commit();
  EXPECT_EQ(Rows(), 1);
}

// A pooled connection remembers what it has prepared (BEGIN and COMMIT are
// named statements too), and a statement PostgreSQL refused to prepare is not
// remembered: once the cause is gone the same connection prepares it.
TEST_F(PipelinedTxTest, AStatementIsPreparedOnceAndARefusedPrepareIsRetried) {
  auto lease = Lease();
  for (int i = 1; i <= 2; ++i) {
    PipelinedTx tx(lease);
    tx.Queue(kInsert, {std::to_string(i), "row"});
    tx.Commit();
  }
  EXPECT_EQ(Rows(), 2);
  {
    pqxx::nontransaction q(lease.conn());
    auto names = q.exec(
                      "SELECT string_agg(name, ',' ORDER BY name) FROM pg_prepared_statements "
                      "WHERE name IN ('pipelined_begin', 'pipelined_commit', 't_insert')")[0][0]
                     .as<std::string>();
    EXPECT_EQ(names, "pipelined_begin,pipelined_commit,t_insert");
  }
  {
    PipelinedTx tx(lease);
    EXPECT_THROW(tx.Queue(kLater, {}), pqxx::sql_error);  // relation "later" does not exist yet
  }
  {
    pqxx::connection c(db_);
    pqxx::work w(c);
    w.exec0("CREATE TABLE later (id int)");
    w.exec0("INSERT INTO later VALUES (1), (2), (3)");
    w.commit();
  }
  PipelinedTx tx(lease);
  const size_t later = tx.Queue(kLater, {});
  auto r = tx.Commit();
  EXPECT_EQ(r[later][0][0].as<int64_t>(), 3);
}

TEST_F(PipelinedTxTest, ErrorsMapLikeTheOtherTransactions) {
  {
    auto lease = Lease();  // registers the statements on the pool's one connection
  }
  crm::storage::InPipelinedTransaction(*pool_, {}, [](PipelinedTx& tx) {
    tx.Queue(kInsert, {"7", "x"});
    tx.Commit();
  });
  try {
    crm::storage::InPipelinedTransaction(*pool_, {}, [](PipelinedTx& tx) {
      tx.Queue(kInsert, {"7", "y"});
      tx.Commit();
    });
    FAIL() << "a duplicate key went through";
  } catch (const crm::Error& e) {
    EXPECT_EQ(e.code(), crm::ErrorCode::kAlreadyExists);
  }
  EXPECT_EQ(Rows(), 1);
}

}  // namespace
