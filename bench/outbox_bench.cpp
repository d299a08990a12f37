// Outbox benchmark (issue 27; docs/performance.md): deliveries per second
// through the dispatcher (claim with SKIP LOCKED, send, record, audit) to a
// loopback HTTP receiver, against a bare libcurl loop posting the same signed
// requests to the same receiver in the same run; and enqueue-to-delivery
// latency (p50, p99) with messages queued one per transaction at half the
// measured rate, the dispatcher polling every --outbox-interval-ms as the
// server does. A benchmark, not a test: it reports and never fails.
#include <curl/curl.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <thread>

#include "bench_support.h"
#include "channels/sender.h"
#include "storage/connection_pool.h"
#include "storage/transaction.h"
#include "support/receivers.h"
#include "usecases/messages.h"
#include "usecases/outbox_dispatcher.h"

using Steady = std::chrono::steady_clock;
namespace fs = std::filesystem;

namespace {

double Seconds(Steady::time_point t0) { return std::chrono::duration<double>(Steady::now() - t0).count(); }

size_t Discard(char*, size_t size, size_t n, void*) { return size * n; }

void Enqueue(crm::storage::ConnectionPool& pool, const crm::usecases::messages::ChannelSet& set,
             const std::string& prefix, int from, int count) {
  crm::storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    for (int i = from; i < from + count; ++i) {
      crm::storage::NewOutboxMessage m;
      m.idempotency_key = prefix + std::to_string(i);
      m.channel = "bench";
      m.template_code = "staff.alert";
      m.language = "zh_CN";
      m.variables_json = nlohmann::json{{"text", "保证金比例低于 120%，请及时联系客户 #" + std::to_string(i)}}.dump();
      m.source = "bench";
      crm::usecases::messages::Enqueue(tx, set, m, nullptr);
    }
  });
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  int n = 5000, interval_ms = 100, latency_seconds = 10;
  std::string work = "/tmp/crm-bench-outbox", json_out;
  CLI::App app{"crm-bench-outbox: outbox deliveries against a bare libcurl loop"};
  app.add_option("--messages", n, "Messages per throughput run")->capture_default_str();
  app.add_option("--interval-ms", interval_ms, "The dispatcher's poll interval (--outbox-interval-ms)")
      ->capture_default_str();
  app.add_option("--latency-seconds", latency_seconds, "How long the latency run queues")->capture_default_str();
  app.add_option("--work-dir", work, "Private cluster and TLS files")->capture_default_str();
  app.add_option("--json", json_out, "Write results as JSON");
  CLI11_PARSE(app, argc, argv);
  spdlog::set_level(spdlog::level::warn);

  auto bench = crm::bench::StartBenchServer(work);
  const std::string conninfo = bench.conninfo;
  const fs::path keys =
      bench.config.keys_dir.empty() ? fs::path(bench.config.data_dir) / "keys" : fs::path(bench.config.keys_dir);
  crm::testing::WriteSecret(keys, "bench.secret", crm::testing::kWebhookSecret);
  auto& receiver = crm::testing::Http();
  receiver.SetMode("ok");
  crm::channels::ChannelConfig ch;
  ch.name = "bench";
  ch.kind = crm::domain::ChannelKind::kWebhook;
  ch.url = "http://127.0.0.1:" + std::to_string(receiver.port()) + "/bench";
  ch.secret_file = "bench.secret";
  ch.rate_per_minute = 100000000;
  ch.max_bytes = 1000;
  crm::usecases::messages::ChannelSet set({ch});
  crm::storage::ConnectionPool pool(conninfo, 2);
  {
    pqxx::connection c(conninfo);
    pqxx::work tx(c);
    tx.exec0("DELETE FROM outbox_attempt");
    tx.exec0("DELETE FROM outbox_message");
    tx.commit();
  }
  std::cout << std::fixed << std::setprecision(1);

  // Baseline: the same signed requests, one reused libcurl handle, in a loop.
  double base_rate = 0;
  {
    CURL* h = curl_easy_init();
    const std::string secret = crm::testing::kWebhookSecret;
    auto t0 = Steady::now();
    for (int i = 0; i < n; ++i) {
      const std::string key = "base-" + std::to_string(i);
      const std::string body = nlohmann::json{
          {"id", key},
          {"channel", "bench"},
          {"to", ""},
          {"subject", "CRM 提醒"},
          {"text",
           "【CRM 提醒】保证金比例低于 120%，请及时联系客户 #" +
               std::to_string(i)}}.dump();
      const std::string ts = std::to_string(std::time(nullptr));
      curl_slist* headers = nullptr;
      headers = curl_slist_append(headers, "Content-Type: application/json; charset=utf-8");
      headers = curl_slist_append(headers, ("Idempotency-Key: " + key).c_str());
      headers = curl_slist_append(headers, ("X-CRM-Timestamp: " + ts).c_str());
      headers = curl_slist_append(
          headers, ("X-CRM-Signature: sha256=" + crm::channels::WebhookSignature(secret, ts, body)).c_str());
      curl_easy_reset(h);
      curl_easy_setopt(h, CURLOPT_URL, ch.url.c_str());
      curl_easy_setopt(h, CURLOPT_POST, 1L);
      curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.c_str());
      curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
      curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
      curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &Discard);
      curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
      curl_easy_perform(h);
      curl_slist_free_all(headers);
    }
    base_rate = n / Seconds(t0);
    curl_easy_cleanup(h);
  }
  std::cout << "bare libcurl loop: " << base_rate << " requests/s (" << n << ")" << std::endl;

  // Ours: n queued messages, the dispatcher until all are sent.
  double our_rate = 0;
  {
    for (int i = 0; i < n; i += 1000) Enqueue(pool, set, "thr-", i, std::min(1000, n - i));
    crm::usecases::OutboxSettings os;
    os.batch = 200;
    crm::usecases::OutboxDispatcher dispatcher(pool, set, keys, os);
    auto t0 = Steady::now();
    int sent = 0;
    while (sent < n) {
      int k = dispatcher.RunOnce();
      if (k == 0) break;
      sent += k;
    }
    our_rate = sent / Seconds(t0);
  }
  std::cout << "outbox dispatcher (claim, send, record, audit): " << our_rate << " deliveries/s, ratio "
            << std::setprecision(2) << our_rate / base_rate << " (target >= 0.5)" << std::setprecision(1) << std::endl;

  // Latency at half that rate: one message per transaction, the dispatcher polling.
  std::vector<double> latencies;
  double offered = our_rate / 2;
  {
    crm::usecases::OutboxSettings os;
    crm::usecases::OutboxDispatcher dispatcher(pool, set, keys, os);
    std::atomic<bool> done{false};
    std::thread loop([&] {
      while (!done.load()) {
        if (dispatcher.RunOnce() == 0) std::this_thread::sleep_for(std::chrono::milliseconds(interval_ms));
      }
      while (dispatcher.RunOnce() > 0) {
      }
    });
    crm::storage::ConnectionPool producer(conninfo, 1);
    const int total = static_cast<int>(offered * latency_seconds);
    auto t0 = Steady::now();
    for (int i = 0; i < total; ++i) {
      std::this_thread::sleep_until(t0 + std::chrono::microseconds(static_cast<int64_t>(i * 1e6 / offered)));
      Enqueue(producer, set, "lat-", i, 1);
    }
    std::this_thread::sleep_for(std::chrono::seconds(2));
    done = true;
    loop.join();
    std::map<std::string, double> arrived;
    for (auto& r : receiver.Requests()) {
      const std::string key = r["key"];
      if (key.rfind("lat-", 0) == 0 && !arrived.count(key)) arrived[key] = r["t"].get<double>();
    }
    pqxx::connection c(conninfo);
    pqxx::read_transaction tx(c);
    for (const auto& row : tx.exec("SELECT idempotency_key, extract(epoch FROM create_time)::float8 FROM "
                                   "outbox_message WHERE idempotency_key LIKE 'lat-%'")) {
      auto it = arrived.find(row[0].as<std::string>());
      if (it != arrived.end()) latencies.push_back(it->second - row[1].as<double>());
    }
    std::cout << "enqueue-to-delivery at " << offered << " messages/s (" << latencies.size() << " of " << total
              << " delivered): p50 " << std::setprecision(3) << Percentile(latencies, 0.5) << " s, p99 "
              << Percentile(latencies, 0.99) << " s (target p99 <= 1 s)" << std::endl;
  }

  if (!json_out.empty()) {
    std::ofstream(json_out) << nlohmann::json{{"messages", n},
                                              {"baseline_rps", base_rate},
                                              {"outbox_rps", our_rate},
                                              {"ratio", our_rate / base_rate},
                                              {"latency_rate", offered},
                                              {"latency_p50_s", Percentile(latencies, 0.5)},
                                              {"latency_p99_s", Percentile(latencies, 0.99)}}
                                   .dump(2);
  }
  bench.server.reset();
  return 0;
}
