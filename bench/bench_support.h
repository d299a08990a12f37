// What the benchmarks share: a private cluster in a work directory, TLS files
// and keys, the real server on it, and the bench org (one branch, four teams,
// twenty account managers bm0..bm19) with N seeded clients, reused across runs.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/server.h"
#include "storage/embedded_postgres.h"

namespace crm::bench {

constexpr const char* kManagerPassword = "Bench-Passw0rd-1";

struct BenchServer {
  std::unique_ptr<storage::EmbeddedPostgres> pg;
  std::string conninfo;
  app::ServerConfig config;
  std::unique_ptr<app::CrmServer> server;
};

// Starts the cluster under work/pg and the server on it (migrations applied).
// The daily tier run is off: benchmarks start what they measure.
BenchServer StartBenchServer(const std::string& work);

// Creates the bench org when missing and seeds clients up to `customers`;
// prints how long seeding took. Returns the number of clients.
int64_t EnsureBenchData(const BenchServer& b, int64_t customers);

// The tables the pgbench scripts in bench/sql/ pick their rows from (rebuilt
// each run): bench_ids (n -> client id, owner, team, branch, blind indexes),
// bench_products (n -> product id), bench_fragments (n -> a name fragment), bench_pinyin (n -> the
// same as pinyin).
void PrepareBaselineTables(const std::string& conninfo);

// pgbench on the bench database: scripts are "file" or "file@weight";
// rate > 0 runs at that many transactions per second (-R, latency from the
// scheduled start). Latencies come from pgbench's per-transaction log.
// warmup_s > 0: pgbench runs that much longer and the transactions that end
// in its first warmup_s seconds (new connections preparing their statements,
// cold caches) are left out of both the rate and the latencies, as the load
// generator leaves out its warm-up.
struct PgbenchResult {
  bool ok = false;
  double tps = 0;
  std::vector<double> latencies_ms;
};
PgbenchResult RunPgbench(const std::string& conninfo, const std::vector<std::string>& scripts, int clients,
                         double seconds, const std::string& defines, double rate, const std::string& log_dir,
                         int threads = 2, double warmup_s = 0);

// The connection pgbench uses: the server's login, running as its role
// (crm_app) from the start as the server's pooled connections do (SET ROLE
// once per connection), so row-level security applies the same way.
inline std::string BaselineConninfo(const std::string& conninfo) { return conninfo + " options='-c role=crm_app'"; }

// bench/sql/, where the baseline scripts live (the source tree's).
std::string SqlDir();

// The name fragments searched, by the load generator and pgbench alike.
inline constexpr const char* kNameFragments[] = {"王伟", "李娜", "张敏", "刘洋", "陈静", "欧阳", "晓东", "子涵"};
// The same clients typed as pinyin (V0024): full, from the given name, a
// syllable and a half, initials, and the widest two letters ("zh": every
// syllable starting zh, and the initials z-h).
inline constexpr const char* kPinyinFragments[] = {"wangwei", "lina",   "zhangmin", "liuy",
                                                   "oyxd",    "ouyang", "xiaodong", "zh"};

}  // namespace crm::bench
