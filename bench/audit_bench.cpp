// Audit trail benchmarks (issue: audit trail; see docs/performance.md).
//   1. audited write throughput against the same write without audit, same
//      run, same database, best of 4/8/16 clients each (target >= 0.7x);
//   2. chain verification of N events against
//      COPY (SELECT * FROM audit_event ORDER BY seq) TO '/dev/null'
//      (target <= 2x its time).
// Runs on a private PostgreSQL cluster it starts (or --database-url).
// A benchmark, not a test: it reports ratios and never fails on them.
// Diagnostics: CRM_BENCH_NO_SEALER=1 runs the audited writes without the
// sealer (what the event insert alone costs); CRM_BENCH_SEALER_DEBUG=1
// prints how long the sealer was busy in each audited run.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <fstream>
#include <thread>
#include <spdlog/spdlog.h>

#include "common/clock.h"
#include "domain/audit_record.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "storage/audit_repository.h"
#include "storage/audit_sealer.h"
#include "storage/connection_pool.h"
#include "storage/embedded_postgres.h"
#include "storage/migrator.h"
#include "storage/transaction.h"
#include "usecases/audit_verifier.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
  std::string database_url;
  std::string work_dir = "/tmp/crm-bench";
  std::string migrations_dir = CRM_DEFAULT_MIGRATIONS_DIR;
  int64_t events = 1000000;
  double seconds = 5;
  int rounds = 5;
  std::vector<int> clients{4, 8, 16};
  std::string json_out;
  bool skip_writes = false;
};

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

// One write scenario: each client updates its own rows in a loop.
enum class Mode { kPlain, kAuditedSeparate, kAuditedSameStatement };

double WriteThroughput(crm::storage::ConnectionPool& pool, const std::string& conninfo, int clients, double seconds,
                       Mode mode) {
  const bool audited = mode != Mode::kPlain;
  std::atomic<int64_t> done{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  // The audited run includes chaining: a sealer runs as in the server.
  std::thread sealer_thread;
  if (audited && !getenv("CRM_BENCH_NO_SEALER")) {
    sealer_thread = std::thread([&] {
      crm::storage::AuditSealer sealer(conninfo);
      double busy = 0;
      auto begin = Clock::now();
      while (!stop.load()) {
        auto t0 = Clock::now();
        sealer.SealNow();
        busy += Seconds(Clock::now() - t0);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      if (getenv("CRM_BENCH_SEALER_DEBUG"))
        std::cout << "  sealer busy " << busy << " s of " << Seconds(Clock::now() - begin) << " s" << std::endl;
      sealer.SealNow();
    });
  }
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      int64_t i = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        int64_t id = c * 1000 + (i % 1000) + 1;
        crm::storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
          crm::storage::AuditWho who{"", "bench", "ACCOUNT_MANAGER", "", "127.0.0.1", ""};
          crm::storage::AuditEvent ev{"customer.update",
                                      "customer",
                                      std::to_string(id),
                                      "",
                                      crm::storage::AuditOutcome::kOk,
                                      {{"fields", {"note"}}, {"old_hmac", "x"}, {"new_hmac", "y"}}};
          if (mode == Mode::kAuditedSameStatement) {
            crm::storage::AuditRepository::ExecWithEvent(tx, "bench_update_audited", who, ev, id,
                                                         "note " + std::to_string(i));
            return;
          }
          tx.exec_prepared("bench_update", id, "note " + std::to_string(i));
          if (mode == Mode::kAuditedSeparate) crm::storage::AuditRepository::Record(tx, who, ev);
        });
        ++i;
        done.fetch_add(1, std::memory_order_relaxed);
      }
    });
  }
  auto start = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& t : threads) t.join();
  double tps = static_cast<double>(done.load()) / Seconds(Clock::now() - start);
  if (sealer_thread.joinable()) sealer_thread.join();
  return tps;
}

// Bulk-loads a valid chain of n events (computed here, streamed with COPY).
void LoadChain(const std::string& conninfo, int64_t n) {
  pqxx::connection c(conninfo);
  crm::storage::PrepareAll(c);
  pqxx::work tx(c);
  auto head = crm::storage::AuditRepository::Head(tx);
  if (head.seq >= n) return;
  auto signer = crm::security::AuditSigner::Process();
  auto base_us = tx.exec("SELECT (EXTRACT(EPOCH FROM date_trunc('month', now())) * 1000000)::bigint + 1000000")[0][0]
                     .as<int64_t>();
  pqxx::stream_to out(
      tx, "audit_event",
      std::vector<std::string>{"seq", "event_time", "actor_user_id", "actor_username", "actor_role", "session_id",
                               "client_address", "request_id", "action", "target_type", "target_id", "reason",
                               "outcome", "details", "prev_hash", "hash", "mac_key_id", "mac"});
  std::vector<uint8_t> prev = head.hash;
  for (int64_t seq = head.seq + 1; seq <= n; ++seq) {
    crm::domain::AuditRecord r;
    r.seq = seq;
    r.event_time_us = base_us + seq;  // one microsecond apart, inside this month
    r.actor_user_id = "00000000-0000-4000-8000-" + std::string(12 - std::to_string(seq % 1000).size(), '0') +
                      std::to_string(seq % 1000);
    r.actor_username = "manager" + std::to_string(seq % 1000);
    r.actor_role = "ACCOUNT_MANAGER";
    r.session_id = "11111111-0000-4000-8000-000000000001";
    r.client_address = "ipv4:10.1.2.3:50000";
    r.request_id = std::to_string(seq);
    r.action = seq % 5 ? "customer.view" : "customer.update";
    r.target_type = "customer";
    r.target_id = std::to_string(seq % 100000);
    r.outcome = "ok";
    r.details_json = nlohmann::json{{"fields", {"phone", "address"}}, {"n", seq}}.dump();
    r.prev_hash = prev;
    r.hash = crm::security::AuditSigner::ChainHash(prev, crm::domain::CanonicalEncoding(r));
    r.mac = signer->RowMac(seq, r.hash);
    prev = r.hash;
    std::string ts = crm::ToPgTimestamp(crm::TimePoint(std::chrono::microseconds(r.event_time_us)));
    out << std::make_tuple(r.seq, ts, r.actor_user_id, r.actor_username, r.actor_role, r.session_id, r.client_address,
                           r.request_id, r.action, r.target_type, r.target_id, nullptr, r.outcome, r.details_json,
                           "\\x" + crm::security::HexEncode(r.prev_hash), "\\x" + crm::security::HexEncode(r.hash),
                           signer->current_key_id(), "\\x" + crm::security::HexEncode(r.mac));
  }
  out.complete();
  tx.exec_params("UPDATE audit_head SET last_seq = $1, last_hash = decode($2, 'hex') WHERE id = 1", n,
                 crm::security::HexEncode(prev));
  tx.commit();
  pqxx::nontransaction nt(c);
  nt.exec0("VACUUM ANALYZE audit_event");
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"crm-bench-audit: audit trail write and verification benchmarks"};
  app.add_option("--database-url", o.database_url, "Use this database instead of a private cluster");
  app.add_option("--work-dir", o.work_dir, "Where the private cluster lives")->capture_default_str();
  app.add_option("--migrations-dir", o.migrations_dir)->capture_default_str();
  app.add_option("--events", o.events, "Events in the chain for the verification benchmark")->capture_default_str();
  app.add_option("--seconds", o.seconds, "Duration of each write run")->capture_default_str();
  app.add_option("--rounds", o.rounds, "Alternating rounds per form (the median is reported)")->capture_default_str();
  app.add_option("--clients", o.clients, "Client counts to try (best is reported)")->capture_default_str();
  app.add_option("--json", o.json_out, "Also write the results as JSON to this file");
  app.add_flag("--skip-writes", o.skip_writes, "Only the verification benchmark");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  std::unique_ptr<crm::storage::EmbeddedPostgres> pg;
  std::string conninfo = o.database_url;
  if (conninfo.empty()) {
    crm::storage::EmbeddedPostgresOptions eo;
    eo.base_dir = o.work_dir;
    eo.database = "crm_bench";
    pg = std::make_unique<crm::storage::EmbeddedPostgres>(eo);
    pg->Start();
    conninfo = pg->ConnInfo();
  }
  {
    pqxx::connection c(conninfo);
    crm::storage::Migrator(o.migrations_dir).Up(c);
    pqxx::work tx(c);
    tx.exec("SELECT audit_ensure_partitions(3)");
    tx.exec0(
        "CREATE TABLE IF NOT EXISTS bench_customer (id bigint PRIMARY KEY, note text, version int NOT NULL DEFAULT 0)");
    tx.exec0("INSERT INTO bench_customer (id) SELECT g FROM generate_series(1, 20000) g ON CONFLICT DO NOTHING");
    tx.exec0("GRANT SELECT, UPDATE ON bench_customer TO crm_app");

    tx.commit();
  }
  // The chain's MAC key lives beside the private cluster, so a rerun on the
  // same work directory verifies the chain it loaded before.
  std::vector<uint8_t> mac_key = crm::security::RandomBytes(32);
  if (o.database_url.empty()) {
    const fs::path key_file = fs::path(o.work_dir) / "bench-audit-mac.key";
    if (fs::exists(key_file)) {
      std::ifstream in(key_file, std::ios::binary);
      in.read(reinterpret_cast<char*>(mac_key.data()), static_cast<std::streamsize>(mac_key.size()));
    } else {
      std::ofstream(key_file, std::ios::binary)
          .write(reinterpret_cast<const char*>(mac_key.data()), static_cast<std::streamsize>(mac_key.size()));
      fs::permissions(key_file, fs::perms::owner_read | fs::perms::owner_write);
    }
  }
  std::map<std::string, std::vector<uint8_t>> keys{{"bench", mac_key}};
  crm::security::AuditSigner::SetProcessSigner(std::make_shared<crm::security::AuditSigner>(keys, "bench"));

  nlohmann::json results;
  // 1. Writes.
  double best_plain = 0, best_audited = 0, best_separate = 0;
  int best_plain_c = 0, best_audited_c = 0;
  for (int clients : o.skip_writes ? std::vector<int>{} : o.clients) {
    crm::storage::ConnectionPool pool(conninfo, static_cast<size_t>(clients), "crm_app");
    // Every pooled connection needs the statement.
    auto prepare_all = [&] {
      std::vector<crm::storage::Lease> leases;
      for (int i = 0; i < clients; ++i) {
        leases.push_back(pool.Acquire());
        try {
          leases.back().conn().prepare(
              "bench_update", "UPDATE bench_customer SET note = $2, version = version + 1 WHERE id = $1 RETURNING id");
          leases.back().conn().prepare(
              "bench_update_audited",
              crm::storage::AuditRepository::WithEventSql(
                  "UPDATE bench_customer SET note = $2, version = version + 1 WHERE id = $1 RETURNING id", 2));
        } catch (const std::exception&) {
        }
      }
    };
    prepare_all();
    // This machine's throughput drifts by +-15% between runs: alternate the
    // three forms over several rounds and take each one's median.
    std::vector<double> plains, separates, auditeds;
    for (int round = 0; round < o.rounds; ++round) {
      plains.push_back(WriteThroughput(pool, conninfo, clients, o.seconds, Mode::kPlain));
      separates.push_back(WriteThroughput(pool, conninfo, clients, o.seconds, Mode::kAuditedSeparate));
      auditeds.push_back(WriteThroughput(pool, conninfo, clients, o.seconds, Mode::kAuditedSameStatement));
    }
    double plain = Median(plains), separate = Median(separates), audited = Median(auditeds);
    std::cout << "writes  clients=" << std::setw(2) << clients << "  plain " << std::fixed << std::setprecision(0)
              << plain << " tx/s   audited (same statement) " << audited << " tx/s, ratio " << std::setprecision(2)
              << audited / plain << "   audited (separate INSERT) " << std::setprecision(0) << separate
              << " tx/s, ratio " << std::setprecision(2) << separate / plain << std::endl;
    results["writes"].push_back(
        {{"clients", clients}, {"plain_tps", plain}, {"audited_tps", audited}, {"separate_tps", separate}});
    if (plain > best_plain) best_plain = plain, best_plain_c = clients;
    if (audited > best_audited) best_audited = audited, best_audited_c = clients;
    best_separate = std::max(best_separate, separate);
  }
  double write_ratio = best_plain > 0 ? best_audited / best_plain : 0;
  std::cout << "writes  best plain " << std::setprecision(0) << best_plain << " tx/s (c=" << best_plain_c
            << "), best audited " << best_audited << " tx/s (c=" << best_audited_c << "), ratio "
            << std::setprecision(2) << write_ratio << " (target >= 0.70); separate-INSERT form "
            << best_separate / best_plain << std::endl;
  results["write_ratio"] = write_ratio;
  results["separate_ratio"] = best_plain > 0 ? best_separate / best_plain : 0;

  // 2. Verification against COPY.
  auto load_start = Clock::now();
  LoadChain(conninfo, o.events);
  std::cout << "loaded a chain of " << o.events << " events in " << std::setprecision(1)
            << Seconds(Clock::now() - load_start) << " s" << std::endl;
  double copy_best = 1e9, verify_best = 1e9;
  int64_t checked = 0;
  for (int round = 0; round < 3; ++round) {
    {
      pqxx::connection c(conninfo);
      pqxx::nontransaction tx(c);
      auto t0 = Clock::now();
      tx.exec0("COPY (SELECT * FROM audit_event ORDER BY seq) TO '/dev/null'");
      copy_best = std::min(copy_best, Seconds(Clock::now() - t0));
    }
    {
      pqxx::connection c(conninfo);
      crm::storage::PrepareAll(c);
      pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c);
      auto t0 = Clock::now();
      auto r = crm::usecases::VerifyAuditChain(tx, *crm::security::AuditSigner::Process(), {});
      verify_best = std::min(verify_best, Seconds(Clock::now() - t0));
      checked = r.events_checked;
      if (!r.intact) std::cout << "chain NOT intact at " << r.first_bad_seq << ": " << r.detail << std::endl;
    }
  }
  // Where the time goes: the same streamed read and parse, without checking.
  double scan_best = 1e9;
  for (int round = 0; round < 2; ++round) {
    pqxx::connection c(conninfo);
    crm::storage::PrepareAll(c);
    pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(c);
    crm::storage::AuditRepository::PrepareScan(tx);
    auto t0 = Clock::now();
    int64_t n = 0;
    crm::storage::AuditRepository::StreamChain(tx, 1, 0, [&](crm::domain::AuditRecord&) { return ++n > 0; });
    scan_best = std::min(scan_best, Seconds(Clock::now() - t0));
  }
  std::cout << "scan    the same streamed read and parse without checks: " << std::setprecision(2) << scan_best << " s"
            << std::endl;
  results["scan_s"] = scan_best;
  double verify_ratio = verify_best / copy_best;
  std::cout << "verify  " << checked << " events in " << std::setprecision(2) << verify_best << " s; COPY in "
            << copy_best << " s; ratio " << verify_ratio << " (target <= 2.00)" << std::endl;
  results["verify"] = {{"events", checked}, {"verify_s", verify_best}, {"copy_s", copy_best}, {"ratio", verify_ratio}};
  if (!o.json_out.empty()) std::ofstream(o.json_out) << results.dump(2) << "\n";
  return 0;
}
