// Ingest benchmark (issue 26; docs/performance.md): a business day's cash
// flows streamed through crm.v1.IngestService over mutual TLS (validation,
// client lookup, natural-key check, insert, large-value screening, audit, one
// transaction) against COPY of the same rows into the same table in the same
// run; the replay of the same batch (every row unchanged) against the first
// run; and the day's large-value screening (usecases::aml::ScreenDay, as the
// ingest runs it) against a hand-written GROUP BY over the same flows. A
// benchmark, not a test: it reports and never fails.
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>

#include "bench_support.h"
#include "crm/v1/ingest.grpc.pb.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "storage/customer_repository.h"
#include "storage/statements.h"
#include "usecases/aml.h"
#include "usecases/integrations.h"

using Steady = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double Seconds(Steady::time_point t0) { return std::chrono::duration<double>(Steady::now() - t0).count(); }

struct Row {
  std::string ref, client, type, party, currency;
  bool cross = false;
  int64_t minor = 0;
};

const char* kTypes[] = {"CASH_DEPOSIT", "CASH_WITHDRAWAL", "TRANSFER_IN", "TRANSFER_OUT"};

}  // namespace

int main(int argc, char** argv) {
  int64_t customers = 1'000'000, flows = 300'000;
  std::string work = "/tmp/crm-bench", json_out;
  CLI::App app{"crm-bench-ingest: cash-flow ingest against COPY, replay, screening against GROUP BY"};
  app.add_option("--customers", customers, "Clients in the bench database (seeded once, kept in --work-dir)")
      ->capture_default_str();
  app.add_option("--flows", flows, "Cash flows in the day's batch")->capture_default_str();
  app.add_option("--work-dir", work, "Private cluster, TLS files and keys")->capture_default_str();
  app.add_option("--json", json_out, "Write results as JSON");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  auto bench = crm::bench::StartBenchServer(work);
  crm::bench::EnsureBenchData(bench, customers);
  const std::string conninfo = bench.conninfo;
  pqxx::connection conn(conninfo);
  crm::storage::PrepareAll(conn);

  // A fresh day each run: the batch is new, its replay unchanged.
  std::string day;
  {
    pqxx::work tx(conn);
    day = tx.exec1("SELECT (date '2030-01-01' + (SELECT count(*) FROM ingest_batch)::int)::text")[0].as<std::string>();
    tx.commit();
  }
  // The flows: spread over the clients (about one in three of them with
  // one), amounts from 10 yuan to about 100,000 (some reach the thresholds).
  std::vector<std::string> ids;
  {
    pqxx::work tx(conn);
    for (const auto& r : tx.exec_params("SELECT id::text FROM customer ORDER BY id LIMIT $1", flows))
      ids.push_back(r[0].as<std::string>());
  }
  std::vector<Row> rows;
  rows.reserve(static_cast<size_t>(flows));
  uint64_t x = 88172645463325252ull;
  for (int64_t i = 0; i < flows; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    Row r;
    r.ref = "B" + std::to_string(i);
    r.client = ids[static_cast<size_t>(x % ids.size())];
    r.type = kTypes[(x >> 20) % 4];
    const bool cash = r.type.rfind("CASH", 0) == 0;
    r.party = cash ? "NONE" : ((x >> 24) % 3 ? "NATURAL" : "NON_NATURAL");
    r.cross = !cash && (x >> 28) % 20 == 0;
    r.currency = (x >> 32) % 10 ? "CNY" : "USD";
    r.minor = 1000 + static_cast<int64_t>((x >> 36) % 10'000'000);
    rows.push_back(std::move(r));
  }

  // Baseline: COPY of the same rows (another day, so the key is free).
  std::string copy_day;
  {
    pqxx::work tx(conn);
    copy_day = tx.exec_params1("SELECT ($1::date - 10000)::text", day)[0].as<std::string>();
  }
  const auto copy_start = Steady::now();
  {
    pqxx::work tx(conn);
    pqxx::stream_to out(tx, "cash_flow",
                        std::vector<std::string>{"customer_id", "flow_date", "amount_minor", "source", "flow_ref",
                                                 "flow_type", "counterparty", "cross_border", "currency"});
    for (const auto& r : rows) {
      const bool in = r.type == "CASH_DEPOSIT" || r.type == "TRANSFER_IN";
      out << std::make_tuple(r.client, copy_day, in ? r.minor : -r.minor, std::string("copy"), r.ref, r.type, r.party,
                             r.cross, r.currency);
    }
    out.complete();
    tx.commit();
  }
  const double copy_s = Seconds(copy_start);

  // The integration account and its channel.
  crm::storage::ConnectionPool pool(conninfo, 1);
  const fs::path tls = fs::path(bench.config.data_dir) / "tls";
  const std::string name =
      "bench" + std::to_string(std::chrono::system_clock::now().time_since_epoch().count() % 1000000007);
  crm::usecases::integrations::CreateRequest cr;
  cr.name = name;
  cr.tls_dir = tls;
  cr.out_dir = fs::path(work) / "integrations";
  auto created = crm::usecases::integrations::Create(pool, {"", "bench", "ADMIN_CLI", "", "local", ""}, cr);
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = crm::security::ReadFile(tls / "ca.crt");
  ssl.pem_cert_chain = crm::security::ReadFile(created.cert_file);
  ssl.pem_private_key = crm::security::ReadFile(created.key_file);
  grpc::ChannelArguments args;
  args.SetMaxSendMessageSize(64 << 20);
  auto channel =
      grpc::CreateCustomChannel("localhost:" + std::to_string(bench.server->port()), grpc::SslCredentials(ssl), args);
  auto stub = crm::v1::IngestService::NewStub(channel);
  auto send = [&](crm::v1::IngestReply* reply) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(10));
    auto writer = stub->IngestCashFlows(&ctx, reply);
    crm::v1::CashFlowBatchPart part;
    part.mutable_header()->set_source("bench");
    part.mutable_header()->set_business_date(day);
    part.mutable_header()->set_count(flows);
    for (const auto& r : rows) {
      auto* f = part.add_flows();
      f->set_flow_ref(r.ref);
      f->set_client_id(r.client);
      f->set_flow_type(r.type);
      f->set_counterparty(r.party);
      f->set_cross_border(r.cross);
      f->set_currency(r.currency);
      f->set_amount_minor(r.minor);
      if (part.flows_size() == 1000) {
        writer->Write(part);
        part.Clear();
      }
    }
    if (part.flows_size() > 0) writer->Write(part);
    writer->WritesDone();
    return writer->Finish();
  };
  crm::v1::IngestReply first, replay;
  auto t0 = Steady::now();
  auto st = send(&first);
  const double first_s = Seconds(t0);
  if (!st.ok() || first.rejected() > 0) {
    std::cerr << "ingest failed: " << st.error_message() << " " << first.DebugString() << "\n";
    return 1;
  }
  t0 = Steady::now();
  st = send(&replay);
  const double replay_s = Seconds(t0);
  if (!st.ok() || replay.unchanged() != flows) {
    std::cerr << "replay failed: " << st.error_message() << " " << replay.DebugString() << "\n";
    return 1;
  }

  // Screening of the day: as the ingest runs it, and the hand-written
  // GROUP BY (each client's day totals per channel, direction and currency
  // at or over the cash threshold), best of three each.
  std::vector<std::string> touched;
  {
    pqxx::work tx(conn);
    for (const auto& r : tx.exec_params("SELECT DISTINCT customer_id::text FROM cash_flow WHERE source = 'bench' "
                                        "AND flow_date = $1::date",
                                        day))
      touched.push_back(r[0].as<std::string>());
  }
  double screen_s = 1e9, group_s = 1e9;
  int64_t reports = 0, groups = 0;
  for (int i = 0; i < 3; ++i) {
    pqxx::work tx(conn);
    crm::storage::CustomerRepository::ActAs(tx, crm::domain::Actor::System("bench"));
    t0 = Steady::now();
    reports = crm::usecases::aml::ScreenDay(tx, touched, day).reports;
    screen_s = std::min(screen_s, Seconds(t0));
    tx.abort();
  }
  for (int i = 0; i < 3; ++i) {
    pqxx::work tx(conn);
    t0 = Steady::now();
    groups = tx.exec_params1(
                   "SELECT count(*) FROM (SELECT f.customer_id, f.flow_type LIKE 'CASH%', f.amount_minor > 0, "
                   "f.currency, c.kind, f.cross_border, sum(abs(f.amount_minor)) s FROM cash_flow f JOIN customer c "
                   "ON c.id = f.customer_id WHERE f.flow_date = $1::date AND f.flow_type IS NOT NULL GROUP BY 1, 2, "
                   "3, 4, 5, 6 HAVING sum(abs(f.amount_minor)) >= 1000000) g",
                   day)[0]
                 .as<int64_t>();
    group_s = std::min(group_s, Seconds(t0));
    tx.abort();
  }

  // The rest of an end-of-day batch: positions, cash balances, trades and
  // futures margin, each streamed (first run and replay) against COPY of the
  // same rows (positions into holding under other product codes, trades and
  // margin under other keys; cash balances into a table like cash_balance,
  // whose key, one row per client, the clients already hold).
  struct KindResult {
    std::string kind;
    int64_t rows = 0;
    double copy_s = 0, first_s = 0, replay_s = 0;
  };
  std::vector<KindResult> kinds;
  std::vector<std::string> all_ids;
  {
    pqxx::work tx(conn);
    for (const auto& r : tx.exec("SELECT id::text FROM customer ORDER BY id"))
      all_ids.push_back(r[0].as<std::string>());
  }
  auto next_day = [&] {
    pqxx::work tx(conn);
    auto d = tx.exec1("SELECT (date '2030-01-01' + (SELECT count(*) FROM ingest_batch)::int + 1)::text")[0]
                 .as<std::string>();
    tx.commit();
    return d;
  };
  // Streams n rows through one method, 1,000 a message; fill(part, i) adds row i.
  auto stream = [&](auto method, auto part_type, int64_t n, const std::string& d, auto fill,
                    crm::v1::IngestReply* reply) {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::minutes(20));
    auto writer = ((*stub).*method)(&ctx, reply);
    decltype(part_type) part;
    part.mutable_header()->set_source("bench");
    part.mutable_header()->set_business_date(d);
    part.mutable_header()->set_count(n);
    int in_part = 0;
    for (int64_t i = 0; i < n; ++i) {
      fill(part, i);
      if (++in_part == 1000) {
        writer->Write(part);
        part.Clear();
        in_part = 0;
      }
    }
    if (in_part > 0) writer->Write(part);
    writer->WritesDone();
    return writer->Finish();
  };
  auto run_kind = [&](const std::string& kind, int64_t n, auto method, auto part_type, auto fill, auto copy) {
    KindResult k{kind, n};
    const std::string d = next_day();
    auto c0 = Steady::now();
    copy(d);
    k.copy_s = Seconds(c0);
    crm::v1::IngestReply a, b;
    c0 = Steady::now();
    auto s1 = stream(method, part_type, n, d, fill, &a);
    k.first_s = Seconds(c0);
    c0 = Steady::now();
    auto s2 = stream(method, part_type, n, d, fill, &b);
    k.replay_s = Seconds(c0);
    if (!s1.ok() || a.rejected() > 0 || !s2.ok() || b.unchanged() != n) {
      std::cerr << kind << " failed: " << s1.error_message() << " " << s2.error_message() << " "
                << a.ShortDebugString().substr(0, 400) << " / " << b.ShortDebugString().substr(0, 200) << "\n";
      return false;
    }
    kinds.push_back(k);
    std::cout << kind << ": " << n << " rows, COPY " << k.copy_s << " s, stream " << k.first_s << " s (ratio "
              << (k.copy_s / k.first_s) << "), replay " << k.replay_s << " s (" << (k.first_s / k.replay_s) << "x)"
              << std::endl;
    return true;
  };
  const int64_t n_clients = static_cast<int64_t>(all_ids.size());
  const int64_t n_positions = std::min<int64_t>(1'000'000, 2 * n_clients),
                n_balances = std::min<int64_t>(1'000'000, n_clients);
  const int64_t n_trades = std::min<int64_t>(300'000, flows), n_margin = std::min<int64_t>(50'000, n_clients);
  auto code_of = [](int64_t i) { return std::to_string(600000 + (i * 7919) % 2000); };
  bool ok = run_kind(
      "positions", n_positions, &crm::v1::IngestService::Stub::IngestPositions, crm::v1::PositionBatchPart{},
      [&](crm::v1::PositionBatchPart& part, int64_t i) {
        auto* p = part.add_positions();
        p->set_client_id(all_ids[static_cast<size_t>(i / 2)]);
        p->set_product_code(code_of(i));
        p->set_market_value_minor(100000 + (i * 104729) % 50'000'000);
      },
      [&](const std::string& d) {
        pqxx::work tx(conn);
        pqxx::stream_to out(
            tx, "holding",
            std::vector<std::string>{"customer_id", "product_code", "market_value_minor", "currency", "as_of"});
        for (int64_t i = 0; i < n_positions; ++i)
          out << std::make_tuple(all_ids[static_cast<size_t>(i / 2)], "CP" + code_of(i) + "-" + d, int64_t{0},
                                 std::string("CNY"), d);
        out.complete();
        tx.commit();
      });
  ok = ok && run_kind(
                 "cash balances", n_balances, &crm::v1::IngestService::Stub::IngestCashBalances,
                 crm::v1::CashBalanceBatchPart{},
                 [&](crm::v1::CashBalanceBatchPart& part, int64_t i) {
                   auto* b = part.add_balances();
                   b->set_client_id(all_ids[static_cast<size_t>(i)]);
                   b->set_amount_minor(1000 + (i * 7727) % 20'000'000);
                 },
                 [&](const std::string& d) {
                   pqxx::work tx(conn);
                   tx.exec0("CREATE TEMP TABLE bench_cash (LIKE cash_balance INCLUDING ALL) ON COMMIT DROP");
                   pqxx::stream_to out(tx, "bench_cash",
                                       std::vector<std::string>{"customer_id", "amount_minor", "currency", "as_of"});
                   for (int64_t i = 0; i < n_balances; ++i)
                     out << std::make_tuple(all_ids[static_cast<size_t>(i)], 1000 + (i * 7727) % 20'000'000,
                                            std::string("CNY"), d);
                   out.complete();
                   tx.commit();
                 });
  ok = ok &&
       run_kind(
           "trades", n_trades, &crm::v1::IngestService::Stub::IngestTrades, crm::v1::TradeBatchPart{},
           [&](crm::v1::TradeBatchPart& part, int64_t i) {
             auto* t = part.add_trades();
             t->set_trade_ref("T" + std::to_string(i));
             t->set_exchange(i % 2 ? "SSE" : "SZSE");
             t->set_client_id(all_ids[static_cast<size_t>((i * 48271) % n_clients)]);
             t->set_product_code(code_of(i));
             t->set_side(i % 3 ? "BUY" : "SELL");
             t->set_quantity(100 * (1 + i % 50));
             t->set_amount_minor(500000 + (i * 9973) % 90'000'000);
             t->set_commission_minor(150 + i % 3000);
             t->set_trade_time("10:15:00");
           },
           [&](const std::string& d) {
             pqxx::work tx(conn);
             pqxx::stream_to out(tx, "trade",
                                 std::vector<std::string>{"customer_id", "trade_time", "product_code", "side",
                                                          "amount_minor", "commission_minor", "source", "exchange",
                                                          "trading_day", "trade_ref", "quantity", "currency"});
             for (int64_t i = 0; i < n_trades; ++i)
               out << std::make_tuple(all_ids[static_cast<size_t>((i * 48271) % n_clients)], d + " 10:15:00+08",
                                      code_of(i), std::string(i % 3 ? "BUY" : "SELL"), 500000 + (i * 9973) % 90'000'000,
                                      150 + i % 3000, std::string("copy"), std::string("COPY"), d,
                                      "T" + std::to_string(i), 100 * (1 + i % 50), std::string("CNY"));
             out.complete();
             tx.commit();
           });
  ok = ok &&
       run_kind(
           "futures margin", n_margin, &crm::v1::IngestService::Stub::IngestMarginSnapshots, crm::v1::MarginBatchPart{},
           [&](crm::v1::MarginBatchPart& part, int64_t i) {
             auto* m = part.add_snapshots();
             m->set_client_id(all_ids[static_cast<size_t>(i)]);
             const int64_t margin = 1'000'000 + (i * 7919) % 50'000'000;
             const int64_t balance = margin * (80 + i % 220) / 100;
             m->set_pre_balance_minor(balance);
             m->set_balance_minor(balance);
             m->set_available_minor(balance - margin);
             m->set_curr_margin_minor(margin);
           },
           [&](const std::string& d) {
             pqxx::work tx(conn);
             const int64_t batch = tx.exec_params1(
                                         "INSERT INTO ingest_batch (kind, source, business_date, account, "
                                         "row_count, accepted, unchanged) VALUES ('MARGIN', 'copy', $1::date, "
                                         "'bench', 0, 0, 0) RETURNING id",
                                         d)[0]
                                       .as<int64_t>();
             pqxx::stream_to out(
                 tx, "futures_margin",
                 std::vector<std::string>{"customer_id", "account_key", "account_mask", "trading_day", "snapshot_time",
                                          "source", "currency", "pre_balance_minor", "balance_minor", "available_minor",
                                          "curr_margin_minor", "frozen_margin_minor", "close_profit_minor",
                                          "position_profit_minor", "commission_minor", "margin_ratio_bp", "batch_id"});
             for (int64_t i = 0; i < n_margin; ++i) {
               const int64_t margin = 1'000'000 + (i * 7919) % 50'000'000;
               const int64_t balance = margin * (80 + i % 220) / 100;
               out << std::make_tuple(all_ids[static_cast<size_t>(i)], std::string("copy"), std::string(""), d,
                                      std::string("15:00:00"), std::string("copy"), std::string("CNY"), balance,
                                      balance, balance - margin, margin, int64_t{0}, int64_t{0}, int64_t{0}, int64_t{0},
                                      static_cast<int>(balance * 10000 / margin), batch);
             }
             out.complete();
             tx.commit();
           });
  if (!ok) return 1;
  {
    // The COPY'd positions are the baseline's only: gone again.
    pqxx::work tx(conn);
    tx.exec0("DELETE FROM holding WHERE product_code LIKE 'CP%'");
    tx.commit();
  }
  double day_copy = copy_s, day_stream = first_s, day_replay = replay_s;
  int64_t day_rows = flows;
  for (const auto& k : kinds) {
    day_copy += k.copy_s;
    day_stream += k.first_s;
    day_replay += k.replay_s;
    day_rows += k.rows;
  }
  std::cout << std::fixed << std::setprecision(2) << "end-of-day batch: " << day_rows << " rows; COPY " << day_copy
            << " s, streams " << day_stream << " s, ratio " << day_copy / day_stream << " (target >= 0.5); replay "
            << day_replay << " s, " << day_stream / day_replay << "x (target >= 2)\n";

  const double copy_rps = flows / copy_s, ingest_rps = flows / first_s, replay_rps = flows / replay_s;
  std::cout << std::fixed << std::setprecision(2) << "clients " << customers << ", flows " << flows << " (day " << day
            << ")\n"
            << "COPY of the same rows: " << copy_s << " s, " << std::setprecision(0) << copy_rps << " rows/s\n"
            << std::setprecision(2) << "IngestCashFlows: " << first_s << " s, " << std::setprecision(0) << ingest_rps
            << " rows/s, ratio " << std::setprecision(2) << ingest_rps / copy_rps << " (target >= 0.5)\n"
            << "replay (all unchanged): " << replay_s << " s, " << replay_rps / ingest_rps
            << "x the first run's rows/s (target >= 2)\n"
            << "screening the day (" << touched.size() << " clients, " << reports << " reports): " << screen_s
            << " s; hand-written GROUP BY (" << groups << " groups): " << group_s << " s; ratio " << screen_s / group_s
            << " (target <= 2)\n";
  if (!json_out.empty())
    std::ofstream(json_out) << nlohmann::json{
        {"customers", customers},
        {"flows", flows},
        {"copy_s", copy_s},
        {"ingest_s", first_s},
        {"ingest_vs_copy", ingest_rps / copy_rps},
        {"replay_s", replay_s},
        {"replay_speedup", replay_rps / ingest_rps},
        {"screen_s", screen_s},
        {"group_by_s", group_s},
        {"screen_vs_group_by", screen_s / group_s},
        {"reports", reports},
        {"day_rows", day_rows},
        {"day_copy_s", day_copy},
        {"day_stream_s", day_stream},
        {"day_replay_s", day_replay},
        {"day_vs_copy", day_copy / day_stream},
        {"day_replay_speedup", day_stream / day_replay},
        {"kinds", [&] {
           nlohmann::json a = nlohmann::json::array();
           for (const auto& k : kinds)
             a.push_back({{"kind", k.kind},
                          {"rows", k.rows},
                          {"copy_s", k.copy_s},
                          {"stream_s", k.first_s},
                          {"replay_s", k.replay_s},
                          {"vs_copy", k.copy_s / k.first_s},
                          {"replay_speedup", k.first_s / k.replay_s}});
           return a;
         }()}}.dump(2);
  bench.server.reset();
  return 0;
}
