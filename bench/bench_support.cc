#include "bench_support.h"

#include <sys/stat.h>

#include <chrono>
#include <iomanip>
#include <iostream>
#include <pqxx/pqxx>

#include "security/key_store.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "usecases/demo_customers.h"
#include "usecases/user_admin.h"

namespace crm::bench {

namespace fs = std::filesystem;

BenchServer StartBenchServer(const std::string& work) {
  fs::create_directories(work);
  ::chmod(work.c_str(), 0755);  // the postgres user runs the cluster inside
  BenchServer b;
  storage::EmbeddedPostgresOptions eo;
  eo.base_dir = fs::path(work) / "pg";
  eo.database = "crm_bench";
  b.pg = std::make_unique<storage::EmbeddedPostgres>(eo);
  b.pg->Start();
  b.conninfo = b.pg->ConnInfo();
  security::InitTlsFiles(fs::path(work) / "tls", {});
  if (!security::KeyStore(fs::path(work) / "keys").exists()) security::KeyStore(fs::path(work) / "keys").Init();
  auto& cfg = b.config;
  cfg.listen = "127.0.0.1:0";
  cfg.database_url = b.conninfo;
  cfg.data_dir = work;
  cfg.tls_cert = (fs::path(work) / "tls" / "server.crt").string();
  cfg.tls_key = (fs::path(work) / "tls" / "server.key").string();
  cfg.db_pool_size = 8;
  cfg.max_queued_calls = 1024;
  cfg.scrypt_log2_n = 12;
  cfg.tier_schedule_hour = -1;
  b.server = std::make_unique<app::CrmServer>(cfg);
  b.server->Start();
  return b;
}

int64_t EnsureBenchData(const BenchServer& b, int64_t customers) {
  storage::ConnectionPool pool(b.conninfo, 1);
  SystemClock clock;
  usecases::UserAdmin admin(pool, clock, b.config.auth_settings(), "bench");
  pqxx::connection c(b.conninfo);
  {
    pqxx::read_transaction tx(c);
    const bool fresh =
        tx.exec("SELECT count(*) FROM app_user WHERE username LIKE 'bm%'")[0][0].as<int>() == 0;
    tx.commit();
    if (fresh) {
      admin.CreateBranch("BB", "Bench Branch");
      for (int t = 0; t < 4; ++t) admin.CreateTeam("BB", "T" + std::to_string(t), "Team " + std::to_string(t));
      for (int m = 0; m < 20; ++m) {
        usecases::CreateUserInput in{"bm" + std::to_string(m), "Bench " + std::to_string(m), "ACCOUNT_MANAGER", "BB",
                                     "T" + std::to_string(m % 4), kManagerPassword, false};
        admin.CreateUser(in);
      }
    }
    // A compliance officer, whose scope is every client (added to older bench databases too).
    pqxx::read_transaction tx2(c);
    const bool no_officer = tx2.exec("SELECT count(*) FROM app_user WHERE username = 'compliance1'")[0][0].as<int>() == 0;
    tx2.commit();
    if (no_officer) {
      usecases::CreateUserInput in{"compliance1", "Bench compliance", "COMPLIANCE_OFFICER", "", "", kManagerPassword, false};
      admin.CreateUser(in);
    }
  }
  int64_t have = 0;
  {
    pqxx::read_transaction tx(c);
    have = tx.exec("SELECT count(*) FROM customer")[0][0].as<int64_t>();
  }
  if (have < customers) {
    const auto t0 = std::chrono::steady_clock::now();
    usecases::SeedDemoCustomers(b.conninfo, customers - have, 42, "bench");
    std::cout << "seeded " << customers - have << " clients in " << std::fixed << std::setprecision(1)
              << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s" << std::endl;
    have = customers;
  }
  return have;
}

}  // namespace crm::bench
