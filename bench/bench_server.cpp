// crm-bench-server: the real server (app::CrmServer, as crm-server runs it)
// in its own process on the bench database, for crm-bench to load from
// outside. It seeds the bench org and N clients when missing, prepares the
// pgbench baseline tables, writes a sample of its clients (id, owner, and the
// plaintext phone and ID number the searches use, decrypted with the bench's
// own keys) and prints one line:
//   READY port=<p> ca=<file> clients=<file> pid=<pid> conninfo=<libpq string>
// SIGUSR1 writes the latency seen at the server since the previous SIGUSR1
// (per method, arrival to response) and the process's RSS to --stats-file.
// SIGTERM or SIGINT stops it.
#include <pqxx/pqxx>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>

#include "bench_support.h"
#include "rpc/call_pipeline.h"
#include "security/field_cipher.h"

namespace fs = std::filesystem;

namespace {

long RssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

double Percentile(std::vector<double>& v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

// id, owner's user name, phone and ID number in plaintext (bench data only).
void WriteClientsFile(const std::string& conninfo, const fs::path& file, int sample) {
  auto cipher = crm::security::FieldCipher::Process();
  pqxx::connection c(conninfo);
  pqxx::read_transaction tx(c);
  auto rows = tx.exec_params(
      "SELECT c.id::text, u.username, c.phone_enc, c.id_number_enc FROM customer c JOIN app_user u ON u.id = "
      "c.owner_user_id WHERE u.username LIKE 'bm%' AND c.archive_time IS NULL AND c.phone_enc IS NOT NULL AND "
      "c.id_number_enc IS NOT NULL AND c.request_id LIKE 'demo-%' ORDER BY hashtext(c.id::text) LIMIT $1",
      sample);
  std::ofstream out(file.string() + ".tmp");
  out << "id,owner,phone,id_number\n";
  auto plain = [&](const pqxx::field& f, const std::string& aad) {
    pqxx::binarystring b(f);
    return cipher->Decrypt(std::vector<uint8_t>(b.begin(), b.end()), aad);
  };
  for (const auto& r : rows) {
    const std::string id = r[0].as<std::string>();
    out << id << ',' << r[1].as<std::string>() << ',' << plain(r[2], "customer.phone:" + id) << ','
        << plain(r[3], "customer.id_number:" + id) << '\n';
  }
  out.close();
  fs::rename(file.string() + ".tmp", file);
}

}  // namespace

int main(int argc, char** argv) {
  int64_t customers = 100000;
  int sample = 40000;
  std::string work = "/tmp/crm-bench-customers", clients_file, stats_file;
  CLI::App app{"crm-bench-server: the CRM server in its own process on the bench database, for crm-bench"};
  app.add_option("--customers", customers, "Seeded clients (created when missing)")->capture_default_str();
  app.add_option("--work-dir", work, "Private cluster, keys and TLS files (reused)")->capture_default_str();
  app.add_option("--sample", sample, "Clients written to the clients file")->capture_default_str();
  app.add_option("--clients-file", clients_file, "Default: <work-dir>/clients.csv");
  app.add_option("--stats-file", stats_file, "Default: <work-dir>/server-stats.json");
  CLI11_PARSE(app, argc, argv);
  if (clients_file.empty()) clients_file = (fs::path(work) / "clients.csv").string();
  if (stats_file.empty()) stats_file = (fs::path(work) / "server-stats.json").string();
  spdlog::set_level(spdlog::level::warn);

  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts

  auto bench = crm::bench::StartBenchServer(work);
  std::mutex mu;
  std::map<std::string, std::vector<double>> latency;  // method -> ms
  std::map<std::string, int64_t> failures;
  bench.server->pipeline().SetCallObserver([&](const std::string& method, grpc::StatusCode code, double ms) {
    std::lock_guard lock(mu);
    latency[method].push_back(ms);
    if (code != grpc::StatusCode::OK) ++failures[method];
  });
  crm::bench::EnsureBenchData(bench, customers);
  crm::bench::PrepareBaselineTables(bench.conninfo);
  WriteClientsFile(bench.conninfo, clients_file, sample);
  std::cout << "READY port=" << bench.server->port() << " ca=" << bench.server->ca_cert_path()
            << " clients=" << clients_file << " pid=" << getpid() << " conninfo=" << bench.conninfo << std::endl;

  int seq = 0;
  for (;;) {
    int sig = 0;
    sigwait(&signals, &sig);
    if (sig != SIGUSR1) break;
    std::map<std::string, std::vector<double>> taken;
    std::map<std::string, int64_t> failed;
    {
      std::lock_guard lock(mu);
      taken.swap(latency);
      failed.swap(failures);
    }
    nlohmann::json out = {{"seq", ++seq}, {"rss_kb", RssKb()}, {"methods", nlohmann::json::object()}};
    for (auto& [method, v] : taken) {
      const std::string name = method.substr(method.rfind('/') + 1);
      out["methods"][name] = {{"calls", v.size()},
                              {"errors", failed[method]},
                              {"p50_ms", Percentile(v, 0.5)},
                              {"p95_ms", Percentile(v, 0.95)},
                              {"p99_ms", Percentile(v, 0.99)},
                              {"max_ms", v.empty() ? 0 : v.back()}};
    }
    std::ofstream(stats_file + ".tmp") << out.dump(2) << "\n";
    fs::rename(stats_file + ".tmp", stats_file);
  }
  bench.server->Shutdown();
  return 0;
}
