// Tier recompute benchmark (product.md section 2; docs/performance.md): the
// engine's full recompute of the active reference policy (brokerage A/B/C/D)
// on N clients, against one hand-written `UPDATE ... FROM` computing the same
// tiers, in the same run on the same database; and the preview's time.
// A benchmark, not a test: it reports and never fails on the figures.
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "app/server.h"
#include "bench_support.h"
#include "security/key_store.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "storage/embedded_postgres.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"
#include "usecases/demo_customers.h"
#include "usecases/tier_engine.h"
#include "usecases/user_admin.h"

using Steady = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double Seconds(Steady::time_point t0) { return std::chrono::duration<double>(Steady::now() - t0).count(); }

// The same tiers as the shipped brokerage policy, written by hand.
constexpr const char* kBaseline = R"sql(
UPDATE customer c SET tier = x.t FROM (
  SELECT m.customer_id, CASE
    WHEN current_date - COALESCE(m.last_trade_date, DATE '1900-01-01') >= 90 THEN 'D'
    WHEN m.aum_minor >= 1000000000 OR m.commission_12m_minor >= 5000000 THEN 'A'
    WHEN m.aum_minor >= 500000000 OR m.commission_12m_minor >= 1000000 THEN 'B'
    ELSE 'C' END AS t
  FROM customer_metrics m) x
WHERE x.customer_id = c.id AND c.tier IS DISTINCT FROM x.t)sql";

}  // namespace

int main(int argc, char** argv) {
  int64_t customers = 100000;
  std::string work = "/tmp/crm-bench-tiering", json_out;
  CLI::App app{"crm-bench-tiering: tier recompute against its SQL"};
  app.add_option("--customers", customers, "Seeded clients")->capture_default_str();
  app.add_option("--work-dir", work, "Private cluster and TLS files")->capture_default_str();
  app.add_option("--json", json_out, "Write results as JSON");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  auto bench = crm::bench::StartBenchServer(work);
  const std::string conninfo = bench.conninfo;
  auto& server = *bench.server;
  crm::bench::EnsureBenchData(bench, customers);
  {
    pqxx::connection c(conninfo);
    // Clients seeded before metrics existed get synthetic ones (bench data).
    pqxx::work m(c);
    m.exec0(
        "INSERT INTO customer_metrics (customer_id, aum_minor, avg_aum_3m_minor, commission_12m_minor, trades_90d, "
        "last_trade_date, net_cash_flow_3m_minor, as_of) SELECT id, abs(hashtext(id::text)) % 2000000000, "
        "abs(hashtext(id::text)) % 1900000000, abs(hashtext(id::text || 'c')) % 8000000, "
        "abs(hashtext(id::text || 't')) % 80, current_date - abs(hashtext(id::text || 'd')) % 150, 0, current_date "
        "FROM customer ON CONFLICT DO NOTHING");
    m.exec0("TRUNCATE tier_dirty");
    m.commit();
    pqxx::nontransaction nt(c);
    nt.exec0("VACUUM ANALYZE customer");
    nt.exec0("VACUUM ANALYZE customer_metrics");
  }
  const int64_t n = [&] {
    pqxx::connection c(conninfo);
    pqxx::read_transaction tx(c);
    return tx.exec("SELECT count(*) FROM customer")[0][0].as<int64_t>();
  }();

  auto reset = [&] {
    pqxx::connection c(conninfo);
    pqxx::work tx(c);
    tx.exec0("UPDATE customer SET tier = NULL");
    tx.commit();
    pqxx::nontransaction nt(c);
    nt.exec0("VACUUM customer");
    nt.exec0("CHECKPOINT");
  };
  auto baseline = [&] {
    pqxx::connection c(conninfo);
    auto t0 = Steady::now();
    pqxx::work tx(c);
    auto changed = tx.exec0(kBaseline).affected_rows();
    tx.commit();
    return std::pair{Seconds(t0), static_cast<int64_t>(changed)};
  };
  crm::storage::ConnectionPool pool(conninfo, 2);
  crm::SystemClock clock;
  crm::usecases::TierEngine engine(pool, clock, 20000);
  auto ours = [&] {
    auto t0 = Steady::now();
    auto p = engine.Recompute("ON_DEMAND", "");
    return std::pair{Seconds(t0), p.changed};
  };

  std::cout << std::fixed << std::setprecision(2);
  reset();
  auto [sql_full, sql_full_changed] = baseline();
  std::cout << "baseline UPDATE ... FROM, every client changes: " << sql_full << " s (" << sql_full_changed << " rows)"
            << std::endl;
  auto [sql_steady, sql_steady_changed] = baseline();
  std::cout << "baseline, nothing changes: " << sql_steady << " s (" << sql_steady_changed << " rows)" << std::endl;
  reset();
  auto [our_full, our_full_changed] = ours();
  std::cout << "recompute, every client changes (with history, outbox, tags): " << our_full << " s ("
            << our_full_changed << " changed), ratio " << our_full / sql_full << std::endl;
  auto [our_steady, our_steady_changed] = ours();
  std::cout << "recompute, nothing changes: " << our_steady << " s (" << our_steady_changed << " changed), ratio "
            << our_steady / sql_steady << std::endl;
  // The same tiers: the hand-written SQL finds nothing left to change.
  auto [check_s, mismatches] = baseline();
  std::cout << "clients whose tier differs from the hand-written SQL: " << mismatches << std::endl;
  (void)check_s;

  double preview_s = 0;
  int64_t previewed = 0;
  {
    auto t0 = Steady::now();
    crm::storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
      tx.exec_prepared("customer_act_as", "", "COMPLIANCE_OFFICER", "", "");
      auto active = crm::storage::TierRepository::ActivePolicy(tx);
      for (const auto& t : crm::storage::TierRepository::Preview(tx, *active, engine.Today())) previewed += t.count;
    });
    preview_s = Seconds(t0);
    std::cout << "preview over " << previewed << " clients: " << preview_s << " s (target <= 10 s)" << std::endl;
  }
  nlohmann::json results{
      {"customers", n},
      {"full",
       {{"ours_s", our_full}, {"sql_s", sql_full}, {"ratio", our_full / sql_full}, {"changed", our_full_changed}}},
      {"steady", {{"ours_s", our_steady}, {"sql_s", sql_steady}, {"ratio", our_steady / sql_steady}}},
      {"mismatches", mismatches},
      {"preview_s", preview_s}};
  if (!json_out.empty()) std::ofstream(json_out) << results.dump(2) << "\n";
  server.Shutdown();
  return 0;
}
