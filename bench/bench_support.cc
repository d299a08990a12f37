#include "bench_support.h"

#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <iomanip>
#include <iostream>
#include <pqxx/pqxx>

#include "security/key_store.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "domain/customer_rules.h"
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
    const bool fresh = tx.exec("SELECT count(*) FROM app_user WHERE username LIKE 'bm%'")[0][0].as<int>() == 0;
    tx.commit();
    if (fresh) {
      admin.CreateBranch("BB", "Bench Branch");
      for (int t = 0; t < 4; ++t) admin.CreateTeam("BB", "T" + std::to_string(t), "Team " + std::to_string(t));
      for (int m = 0; m < 20; ++m) {
        usecases::CreateUserInput in{"bm" + std::to_string(m),
                                     "Bench " + std::to_string(m),
                                     "ACCOUNT_MANAGER",
                                     "BB",
                                     "T" + std::to_string(m % 4),
                                     kManagerPassword,
                                     false};
        admin.CreateUser(in);
      }
    }
    // A compliance officer, whose scope is every client (added to older bench databases too).
    pqxx::read_transaction tx2(c);
    const bool no_officer =
        tx2.exec("SELECT count(*) FROM app_user WHERE username = 'compliance1'")[0][0].as<int>() == 0;
    tx2.commit();
    if (no_officer) {
      usecases::CreateUserInput in{"compliance1", "Bench compliance", "COMPLIANCE_OFFICER", "", "", kManagerPassword,
                                   false};
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

void PrepareBaselineTables(const std::string& conninfo) {
  pqxx::connection c(conninfo);
  pqxx::work s(c);
  s.exec0("DROP TABLE IF EXISTS bench_ids");
  s.exec0(
      "CREATE TABLE bench_ids AS SELECT row_number() OVER (ORDER BY id) AS n, id, owner_user_id, team_id, "
      "branch_id, phone_bidx, id_number_bidx FROM customer");
  s.exec0("CREATE UNIQUE INDEX ON bench_ids (n)");
  s.exec0("GRANT SELECT ON bench_ids TO crm_app");
  s.exec0("DROP TABLE IF EXISTS bench_products");
  s.exec0("CREATE TABLE bench_products AS SELECT row_number() OVER (ORDER BY code) AS n, id FROM product");
  s.exec0("GRANT SELECT ON bench_products TO crm_app");
  s.exec0("DROP TABLE IF EXISTS bench_fragments");
  s.exec0("CREATE TABLE bench_fragments (n int PRIMARY KEY, fragment text NOT NULL)");
  int n = 1;
  for (const char* f : kNameFragments) s.exec_params0("INSERT INTO bench_fragments VALUES ($1, $2)", n++, f);
  s.exec0("GRANT SELECT ON bench_fragments TO crm_app");
  s.exec0("DROP TABLE IF EXISTS bench_pinyin");
  s.exec0(
      "CREATE TABLE bench_pinyin (n int PRIMARY KEY, fragment text NOT NULL, from_syllable text NOT NULL, "
      "initials text NOT NULL)");
  n = 1;
  for (const char* f : kPinyinFragments) {
    const auto q = domain::ParsePinyinQuery(f);  // the patterns the handler binds
    s.exec_params0("INSERT INTO bench_pinyin VALUES ($1, $2, $3, $4)", n++, q.letters, q.from_syllable, q.initials);
  }
  s.exec0("GRANT SELECT ON bench_pinyin TO crm_app");
  s.exec0("ANALYZE bench_ids");
  s.commit();
}

PgbenchResult RunPgbench(const std::string& conninfo, const std::vector<std::string>& scripts, int clients,
                         double seconds, const std::string& defines, double rate, const std::string& log_dir,
                         int threads, double warmup_s) {
  fs::remove_all(log_dir);
  fs::create_directories(log_dir);
  ::chmod(log_dir.c_str(), 0755);
  std::string cmd = "cd '" + log_dir + "' && /usr/lib/postgresql/15/bin/pgbench -n -M prepared -c " +
                    std::to_string(clients) + " -j " + std::to_string(std::min(threads, clients)) + " -T " +
                    std::to_string(static_cast<int>(seconds + warmup_s)) + " -l --log-prefix=tx " + defines;
  if (rate > 0) cmd += " -R " + std::to_string(static_cast<int64_t>(rate));
  for (const auto& s : scripts) cmd += " -f '" + s + "'";
  std::string quoted;  // for the shell: ' -> '\''
  for (char ch : conninfo) quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  cmd += " '" + quoted + "' 2>&1";
  PgbenchResult result;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  auto pos = out.find("tps = ");
  if (pos == std::string::npos) {
    std::cerr << "pgbench failed:\n" << out << std::endl;
    fs::remove_all(log_dir);
    return result;
  }
  result.ok = true;
  result.tps = std::stod(out.substr(pos + 6));
  // Each line: client, transaction, latency (us), script, end time (s, us)[, schedule lag].
  struct Tx {
    double end_s, ms;
  };
  std::vector<Tx> all;
  for (const auto& f : fs::directory_iterator(log_dir)) {
    std::ifstream in(f.path());
    std::string line;
    while (std::getline(in, line)) {
      std::istringstream l(line);
      long long client = 0, tx = 0, us = 0, script = 0, epoch = 0, epoch_us = 0;
      if (l >> client >> tx >> us >> script >> epoch >> epoch_us)
        all.push_back(
            {static_cast<double>(epoch) + static_cast<double>(epoch_us) / 1e6, static_cast<double>(us) / 1000.0});
    }
  }
  if (warmup_s > 0 && !all.empty()) {
    double first = all[0].end_s;
    for (const auto& t : all) first = std::min(first, t.end_s - t.ms / 1000.0);
    const double from = first + warmup_s;
    size_t kept = 0;
    for (const auto& t : all)
      if (t.end_s >= from) {
        result.latencies_ms.push_back(t.ms);
        ++kept;
      }
    result.tps = static_cast<double>(kept) / seconds;
  } else {
    for (const auto& t : all) result.latencies_ms.push_back(t.ms);
  }
  fs::remove_all(log_dir);
  return result;
}

std::string SqlDir() { return CRM_BENCH_SQL_DIR; }

}  // namespace crm::bench
