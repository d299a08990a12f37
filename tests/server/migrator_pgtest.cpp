#include <gtest/gtest.h>

#include <fstream>
#include <pqxx/pqxx>
#include <thread>

#include "storage/migrator.h"
#include "support/pg_cluster.h"

using crm::storage::MigrationError;
using crm::storage::Migrator;
using crm::testing::PgCluster;

namespace {

std::filesystem::path CopyShippedMigrations() {
  auto dir = crm::testing::MakeTempDir("crm-mig-");
  for (const auto& e : std::filesystem::directory_iterator(crm::testing::MigrationsDir()))
    std::filesystem::copy_file(e.path(), dir / e.path().filename());
  return dir;
}

int Count(pqxx::connection& c, const std::string& sql) {
  pqxx::read_transaction tx(c);
  return tx.exec(sql)[0][0].as<int>();
}

}  // namespace

TEST(Migrator, AppliesEveryMigrationToAnEmptyDatabaseOnce) {
  pqxx::connection c(PgCluster::Shared().NewDatabase());
  Migrator m(crm::testing::MigrationsDir());
  int n = m.Up(c);
  EXPECT_GE(n, 1);
  EXPECT_EQ(Count(c, "SELECT count(*) FROM schema_migration"), n);
  EXPECT_EQ(Count(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'app_user'"), 1);
  EXPECT_EQ(m.Up(c), 0);  // idempotent
  for (const auto& s : m.Status(c)) EXPECT_EQ(s.status, crm::storage::MigrationState::Status::kApplied);
}

TEST(Migrator, EachFileIsItsOwnTransaction) {
  auto dir = CopyShippedMigrations();
  std::ofstream(dir / "V0900__good.sql") << "CREATE TABLE good_one(x int);";
  std::ofstream(dir / "V0901__bad.sql") << "CREATE TABLE bad_one(x int); SELECT no_such_function();";
  pqxx::connection c(PgCluster::Shared().NewDatabase());
  EXPECT_ANY_THROW(Migrator(dir).Up(c));
  // The good file stays applied; the bad one left nothing behind.
  EXPECT_EQ(Count(c, "SELECT count(*) FROM schema_migration WHERE version = 900"), 1);
  EXPECT_EQ(Count(c, "SELECT count(*) FROM schema_migration WHERE version = 901"), 0);
  EXPECT_EQ(Count(c, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'bad_one'"), 0);
}

TEST(Migrator, RefusesToRunWhenAnAppliedFileChanged) {
  auto dir = CopyShippedMigrations();
  pqxx::connection c(PgCluster::Shared().NewDatabase());
  Migrator(dir).Up(c);
  auto first = dir / "V0001__org_users_sessions.sql";
  std::ofstream(first, std::ios::app) << "\n-- an innocent-looking edit\n";
  try {
    Migrator(dir).Up(c);
    FAIL() << "a changed migration must stop the start";
  } catch (const MigrationError& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("V1"), std::string::npos) << msg;
    EXPECT_NE(msg.find("changed after it was applied"), std::string::npos) << msg;
  }
  auto states = Migrator(dir).Status(c);
  EXPECT_EQ(states[0].status, crm::storage::MigrationState::Status::kChanged);
}

TEST(Migrator, RefusesToRunWhenAnAppliedFileWasRemoved) {
  auto dir = CopyShippedMigrations();
  std::ofstream(dir / "V0900__extra.sql") << "CREATE TABLE extra(x int);";
  pqxx::connection c(PgCluster::Shared().NewDatabase());
  Migrator(dir).Up(c);
  std::filesystem::remove(dir / "V0900__extra.sql");
  EXPECT_THROW(Migrator(dir).Up(c), MigrationError);
}

TEST(Migrator, ConcurrentStartersApplyEachFileExactlyOnce) {
  std::string db = PgCluster::Shared().NewDatabase();
  constexpr int kStarters = 4;
  std::vector<std::thread> threads;
  std::atomic<int> applied{0}, failed{0};
  for (int i = 0; i < kStarters; ++i) {
    threads.emplace_back([&] {
      try {
        pqxx::connection c(db);
        applied += Migrator(crm::testing::MigrationsDir()).Up(c);
      } catch (const std::exception&) {
        ++failed;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(failed.load(), 0);
  pqxx::connection c(db);
  int files = static_cast<int>(crm::storage::LoadMigrationFiles(crm::testing::MigrationsDir()).size());
  EXPECT_EQ(applied.load(), files);
  EXPECT_EQ(Count(c, "SELECT count(*) FROM schema_migration"), files);
}
