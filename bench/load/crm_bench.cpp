// crm-bench: the load generator (issue: benchmarks). An asynchronous gRPC
// client against a running server (crm-bench-server, or any crm-server with
// the bench org): every worker ("slot") signs in once on its own TLS
// connection; each run warms up, then measures for a duration or a count of
// calls, closed-loop (one call in flight per slot) or open-loop at a fixed
// rate (Poisson arrivals, latency from the scheduled start). It reports
// throughput, p50/p95/p99/max and errors per RPC, as a table and as JSON.
//
// With --baseline-db, each run is followed by pgbench on the same database
// running the scripts in bench/sql/ (the statements each handler issues),
// with the mix's weights, at the same concurrency (or the same rate): the
// ratio measures what the server adds on top of PostgreSQL.
//   --at-half     after the runs, latency at 50% of the best throughput, ours
//                 against pgbench -R at the same rate, each side's round right
//                 after a CHECKPOINT
//   --soak N      then N seconds open-loop at 50%: error rate, server RSS at
//                 the start and the end (--server-pid)
#include <absl/synchronization/mutex.h>
#include <pqxx/pqxx>
#include <signal.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "bench_support.h"
#include "load/load_ops.h"

namespace fs = std::filesystem;
using namespace crm::bench::load;

namespace {

// Clients each slot has open for editing (UpdateCustomer picks among them).
constexpr size_t kOpenClients = 64;

struct Options {
  std::string target = "127.0.0.1:50051", ca, clients_file, password, user_prefix = "bm", mix = "GetCustomer";
  std::string baseline_db, json_out, server_stats;
  std::vector<int> concurrency{8};
  double seconds = 10, warmup = 2, rate = 0, soak = 0, half_seconds = 20;
  int64_t count = 0;
  int deep_page = 20, server_pid = 0, rounds = 1;
  bool at_half = false;
  bool checkpoint = true;  // a CHECKPOINT before each side's 50%-load round
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

long RssKb(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

nlohmann::json SummaryJson(const Recorder::Summary& s, double seconds) {
  nlohmann::json codes = nlohmann::json::object();
  for (const auto& [k, v] : s.error_codes) codes[k] = v;
  return {{"calls", s.calls}, {"errors", s.errors},  {"ops_per_s", static_cast<double>(s.calls) / seconds},
          {"p50_ms", s.p50},  {"p95_ms", s.p95},     {"p99_ms", s.p99},
          {"max_ms", s.max},  {"error_codes", codes}};
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

class Bench {
 public:
  explicit Bench(Options o) : o_(std::move(o)), mix_(ParseMix(o_.mix)) {}

  int Main() {
    Setup();
    nlohmann::json report = {{"scenario", o_.mix},
                             {"mix", MixText(mix_)},
                             {"target", o_.target},
                             {"clients_known", clients_.size()},
                             {"runs", nlohmann::json::array()}};
    PrintHeader();
    double best_ours = 0, best_base = 0;
    int best_ours_c = 0, best_base_c = 0;
    nlohmann::json best_ours_run;
    for (int c : o_.concurrency) {
      // Rounds alternate ours and the baseline; each side's median round
      // stands for this concurrency (the machine's noise is +-15%).
      std::vector<nlohmann::json> rounds;
      std::vector<double> base_tps;
      for (int r = 0; r < o_.rounds; ++r) {
        rounds.push_back(RunOnce(c, o_.rate));
        report["runs"].push_back(rounds.back());
        if (rounds.back().contains("baseline")) base_tps.push_back(rounds.back()["baseline"]["tps"].get<double>());
      }
      std::sort(rounds.begin(), rounds.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
        return a["total"]["ops_per_s"].get<double>() < b["total"]["ops_per_s"].get<double>();
      });
      const auto& run = rounds[rounds.size() / 2];
      const double ours = run["total"]["ops_per_s"].get<double>();
      if (ours > best_ours) best_ours = ours, best_ours_c = c, best_ours_run = run;
      std::sort(base_tps.begin(), base_tps.end());
      if (!base_tps.empty() && base_tps[base_tps.size() / 2] > best_base)
        best_base = base_tps[base_tps.size() / 2], best_base_c = c;
    }
    report["best"] = {{"ops_per_s", best_ours}, {"concurrency", best_ours_c}, {"total", best_ours_run["total"]}};
    if (best_base > 0) {
      report["best"]["baseline_tps"] = best_base;
      report["best"]["baseline_concurrency"] = best_base_c;
      report["best"]["ratio"] = best_ours / best_base;
      std::cout << "best: ours " << std::fixed << std::setprecision(0) << best_ours << "/s (c=" << best_ours_c
                << "), SQL " << best_base << " tps (c=" << best_base_c << "), ratio " << std::setprecision(2)
                << best_ours / best_base << std::endl;
    }
    if (o_.at_half && best_ours > 0)
      report["at_half"] = AtHalf(std::max(best_ours_c, 8), 0.5 * best_ours, best_base_c > 0 ? best_base_c : 8);
    if (o_.soak > 0 && best_ours > 0) report["soak"] = Soak(std::max(best_ours_c, 8), 0.5 * best_ours);
    if (!o_.json_out.empty()) std::ofstream(o_.json_out) << report.dump(2) << "\n";
    return 0;
  }

 private:
  void Setup() {
    if (o_.password.empty()) {
      const char* env = std::getenv("CRM_BENCH_PASSWORD");
      o_.password = env ? env : crm::bench::kManagerPassword;
    }
    shared_.password = o_.password;
    shared_.run_id = std::to_string(getpid()) + "-" + std::to_string(std::time(nullptr));
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = ReadAll(o_.ca);
    creds_ = grpc::SslCredentials(ssl);
    // Clients by owner: id, owner, phone, id number (crm-bench-server writes them).
    std::ifstream in(o_.clients_file);
    if (!in) throw std::runtime_error("cannot read --clients " + o_.clients_file);
    std::string line;
    std::getline(in, line);  // header
    std::vector<std::pair<std::string, ClientRef>> rows;
    while (std::getline(in, line)) {
      std::stringstream s(line);
      std::string id, owner, phone, idn;
      std::getline(s, id, ',');
      std::getline(s, owner, ',');
      std::getline(s, phone, ',');
      std::getline(s, idn, ',');
      if (owner.rfind(o_.user_prefix, 0) == 0) rows.push_back({owner, {id, phone, idn}});
    }
    clients_.reserve(rows.size());
    for (auto& [owner, ref] : rows) {
      clients_.push_back(ref);
      owners_.push_back(owner);
    }
    for (size_t i = 0; i < clients_.size(); ++i) by_user_[owners_[i]].push_back(&clients_[i]);
    if (by_user_.empty())
      throw std::runtime_error("no clients of users named " + o_.user_prefix + "* in " + o_.clients_file);
    // Products for CheckSuitability, and a page token deep in each user's list.
    auto first = NewSlot(0);
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + first->token);
    crm::v1::ListProductsRequest preq;
    preq.set_page_size(100);
    crm::v1::ListProductsResponse presp;
    if (first->suitability->ListProducts(&ctx, preq, &presp).ok())
      for (const auto& p : presp.products()) shared_.product_ids.push_back(p.id());
  }

  std::unique_ptr<Slot> NewSlot(int index) {
    auto slot = std::make_unique<Slot>();
    slot->index = index;
    slot->cq = driver_.cq();
    auto it = by_user_.begin();
    std::advance(it, index % static_cast<int>(by_user_.size()));
    slot->user = it->first;
    grpc::ChannelArguments args;
    args.SetInt("crm.slot", index);  // a connection per slot
    auto channel = grpc::CreateCustomChannel(o_.target, creds_, args);
    slot->auth = crm::v1::AuthService::NewStub(channel);
    slot->customers = crm::v1::CustomerService::NewStub(channel);
    slot->suitability = crm::v1::SuitabilityService::NewStub(channel);
    slot->rng.seed(static_cast<uint64_t>(index) * 7919 + 17);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    crm::v1::LoginRequest req;
    req.set_username(slot->user);
    req.set_password(o_.password);
    crm::v1::LoginResponse resp;
    auto s = slot->auth->Login(&ctx, req, &resp);
    if (!s.ok()) throw std::runtime_error("sign-in as " + slot->user + " failed: " + s.error_message());
    slot->token = resp.access_token();
    const bool deep =
        std::any_of(mix_.begin(), mix_.end(), [](const Weighted& w) { return w.op == Op::kListDeepPage; });
    if (!deep) {
      // no deep page in this mix
    } else if (auto cached = deep_tokens_.find(slot->user); cached != deep_tokens_.end()) {
      slot->deep_page_token = cached->second;
    } else {
      std::string token;
      for (int page = 0; page < o_.deep_page; ++page) {
        grpc::ClientContext lctx;
        lctx.AddMetadata("authorization", "Bearer " + slot->token);
        crm::v1::ListCustomersRequest lreq;
        lreq.set_page_size(100);
        lreq.set_page_token(token);
        crm::v1::ListCustomersResponse lresp;
        if (!slot->customers->ListCustomers(&lctx, lreq, &lresp).ok() || lresp.next_page_token().empty()) break;
        token = lresp.next_page_token();
      }
      deep_tokens_[slot->user] = token;
      slot->deep_page_token = token;
    }
    return slot;
  }

  // Slots for a run: the user's clients are dealt out among that user's slots.
  std::vector<std::unique_ptr<Slot>> Slots(int n) {
    std::vector<std::unique_ptr<Slot>> slots;
    for (int i = 0; i < n; ++i) slots.push_back(NewSlot(i));
    std::map<std::string, std::vector<Slot*>> of_user;
    for (auto& s : slots) of_user[s->user].push_back(s.get());
    for (auto& [user, ss] : of_user) {
      const auto& book = by_user_[user];
      for (size_t i = 0; i < book.size(); ++i) ss[i % ss.size()]->clients.push_back(book[i]);
    }
    if (std::any_of(mix_.begin(), mix_.end(), [](const Weighted& w) { return w.op == Op::kUpdateCustomer; }))
      for (auto& s : slots) OpenClients(*s, kOpenClients);
    return slots;
  }

  // Server-side latency since the last mark (crm-bench-server, SIGUSR1).
  nlohmann::json ServerMark() {
    if (o_.server_pid <= 0 || o_.server_stats.empty()) return nullptr;
    int before = -1;
    try {
      before = nlohmann::json::parse(ReadAll(o_.server_stats)).value("seq", -1);
    } catch (const std::exception&) {
    }
    ::kill(o_.server_pid, SIGUSR1);
    for (int i = 0; i < 200; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      try {
        auto j = nlohmann::json::parse(ReadAll(o_.server_stats));
        if (j.value("seq", -1) != before) return j;
      } catch (const std::exception&) {
      }
    }
    return nullptr;
  }

  // Drives the slots for `seconds` (or until `count` calls), closed-loop when
  // rate is 0, else open-loop at `rate` calls per second.
  double Drive(std::vector<std::unique_ptr<Slot>>& slots, double rate, double seconds, int64_t count) {
    Issuer issuer(shared_, recorder_, mix_);
    std::atomic<bool> stop{false};
    std::atomic<int64_t> issued{0};
    const auto t0 = Clock::now();
    std::function<void(Slot*)> next;  // lives until the last call has come back
    if (rate <= 0) {
      next = [&](Slot* s) {
        if (stop.load(std::memory_order_relaxed) || (count > 0 && ++issued > count)) return;
        issuer.Issue(*s, Clock::now(), [&next, s] { next(s); });
      };
      for (auto& s : slots) next(s.get());
      while (!stop) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        if ((count > 0 && issued >= count) ||
            (count == 0 && Clock::now() - t0 >= std::chrono::duration<double>(seconds)))
          stop = true;
      }
    } else {
      std::mt19937_64 rng(12345);
      std::exponential_distribution<double> gap(rate);
      auto at = Clock::now();
      size_t k = 0;
      while ((count > 0 && issued < count) || (count == 0 && at - t0 < std::chrono::duration<double>(seconds))) {
        at += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(gap(rng)));
        std::this_thread::sleep_until(at);
        issuer.Issue(*slots[k++ % slots.size()], at, nullptr);
        ++issued;
      }
      stop = true;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
    while (issuer.in_flight() > 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    return elapsed;
  }

  // The latency run at 50% of our best throughput, ours and pgbench -R at
  // the same rate, in --rounds alternating rounds of --half-seconds each.
  // The disk of this machine stalls commits now and then (~100 ms, seen in
  // pgbench's own per-second progress); a single short window decides the
  // p99 ratio by whether a stall fell in it, so each side's p99 is the
  // median over the rounds. Each side's round also starts right after a
  // CHECKPOINT (--checkpoint, on by default): a forced checkpoint restarts
  // checkpoint_timeout, so no timed one (with its flush and fsyncs) starts
  // within a round, and what the full-speed runs left dirty is written
  // before the round, not during it. Both sides get the same treatment.
  nlohmann::json AtHalf(int c, double rate, int baseline_c) {
    nlohmann::json out = {{"rate", rate},
                          {"concurrency", c},
                          {"rounds", nlohmann::json::array()},
                          {"checkpoint_before_each_side", o_.checkpoint && !o_.baseline_db.empty()}};
    std::vector<double> ours, base;
    for (int r = 0; r < o_.rounds; ++r) {
      auto run = RunOnce(c, rate, o_.half_seconds, baseline_c, o_.checkpoint);
      out["rounds"].push_back(run);
      ours.push_back(run["total"]["p99_ms"].get<double>());
      if (run.contains("baseline")) base.push_back(run["baseline"]["p99_ms"].get<double>());
    }
    auto median = [](std::vector<double> v) {
      std::sort(v.begin(), v.end());
      return v.empty() ? 0.0 : v[v.size() / 2];
    };
    // The median round by our p99 stands for the run (its server figures too).
    auto rounds = out["rounds"];
    std::sort(rounds.begin(), rounds.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
      return a["total"]["p99_ms"].get<double>() < b["total"]["p99_ms"].get<double>();
    });
    const auto& mid = rounds[rounds.size() / 2];
    out["total"] = mid["total"];
    out["ops"] = mid["ops"];
    if (mid.contains("server")) out["server"] = mid["server"];
    out["total"]["p99_ms"] = median(ours);
    out["p99_ms_rounds"] = ours;
    if (!base.empty()) {
      out["baseline"] = mid["baseline"];
      out["baseline"]["p99_ms"] = median(base);
      out["baseline_p99_ms_rounds"] = base;
      const double ratio = median(base) > 0 ? median(ours) / median(base) : 0;
      out["p99_ratio"] = ratio;
      std::cout << "at 50% (" << std::setprecision(0) << rate << "/s, " << o_.rounds << " x " << o_.half_seconds
                << " s): p99 ours " << std::setprecision(1) << median(ours) << " ms, SQL " << median(base)
                << " ms (medians), ratio " << std::setprecision(2) << ratio << " (target <= 2)" << std::endl;
    }
    return out;
  }

  // A CHECKPOINT on the bench database (its superuser conninfo, not the
  // baseline's crm_app role), timed for the JSON.
  double Checkpoint() {
    if (o_.baseline_db.empty()) return 0;
    const auto t0 = Clock::now();
    pqxx::connection conn(o_.baseline_db);
    pqxx::nontransaction tx(conn);
    tx.exec0("CHECKPOINT");
    return std::chrono::duration<double>(Clock::now() - t0).count();
  }

  nlohmann::json RunOnce(int c, double rate, double seconds = 0, int baseline_c = 0, bool checkpoint = false) {
    if (seconds <= 0) seconds = o_.seconds;
    auto slots = Slots(c);
    const double checkpoint_s = checkpoint ? Checkpoint() : 0;
    if (o_.warmup > 0) {
      recorder_.Stop();
      Drive(slots, rate, o_.warmup, 0);
    }
    ServerMark();
    recorder_.Start();
    const double elapsed = Drive(slots, rate, seconds, o_.count);
    recorder_.Stop();
    auto server = ServerMark();
    nlohmann::json run = {{"concurrency", c}, {"rate", rate}, {"seconds", elapsed}};
    run["total"] = SummaryJson(recorder_.Total(), elapsed);
    run["ops"] = nlohmann::json::object();
    for (const auto& w : mix_) run["ops"][OpName(w.op)] = SummaryJson(recorder_.Of(w.op), elapsed);
    if (!server.is_null()) run["server"] = server;
    if (checkpoint) run["checkpoint_s"] = checkpoint_s;
    if (!o_.baseline_db.empty()) {
      const double base_checkpoint_s = checkpoint ? Checkpoint() : 0;
      run["baseline"] = Baseline(baseline_c > 0 ? baseline_c : c, rate, seconds);
      if (checkpoint) run["baseline"]["checkpoint_s"] = base_checkpoint_s;
    }
    PrintRun(run);
    return run;
  }

  nlohmann::json Baseline(int c, double rate, double seconds) {
    std::vector<std::string> scripts;
    for (const auto& w : mix_)
      scripts.push_back((fs::path(crm::bench::SqlDir()) / OpScript(w.op)).string() +
                        (mix_.size() > 1 ? "@" + std::to_string(w.weight) : ""));
    const std::string defines = Defines() + " -D open=" + std::to_string(static_cast<size_t>(c) * kOpenClients);
    auto r = crm::bench::RunPgbench(crm::bench::BaselineConninfo(o_.baseline_db), scripts, c, seconds, defines, rate,
                                    "/tmp/crm-bench-pgbench-" + std::to_string(getpid()), rate > 0 ? 4 : 2, o_.warmup);
    return {{"ok", r.ok},
            {"clients", c},
            {"tps", r.tps},
            {"transactions", r.latencies_ms.size()},
            {"p50_ms", Percentile(r.latencies_ms, 0.5)},
            {"p95_ms", Percentile(r.latencies_ms, 0.95)},
            {"p99_ms", Percentile(r.latencies_ms, 0.99)},
            {"max_ms", Percentile(r.latencies_ms, 1.0)}};
  }

  std::string Defines() {
    if (defines_.empty()) {
      pqxx::connection conn(o_.baseline_db);
      pqxx::read_transaction tx(conn);
      defines_ = "-D count=" + tx.exec("SELECT count(*) FROM bench_ids")[0][0].as<std::string>() +
                 " -D products=" + tx.exec("SELECT count(*) FROM bench_products")[0][0].as<std::string>();
    }
    return defines_;
  }

  nlohmann::json Soak(int c, double rate) {
    auto slots = Slots(c);
    std::cout << "soak: " << o_.soak << " s at " << std::setprecision(0) << rate << " calls/s" << std::endl;
    ServerMark();
    const long rss_start = o_.server_pid > 0 ? RssKb(o_.server_pid) : 0;
    nlohmann::json samples = nlohmann::json::array();
    std::atomic<bool> done{false};
    std::thread sampler([&] {
      auto next = Clock::now();
      while (!done) {
        if (Clock::now() >= next && o_.server_pid > 0) {
          samples.push_back(RssKb(o_.server_pid));
          next += std::chrono::seconds(30);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
      }
    });
    recorder_.Start();
    const double elapsed = Drive(slots, rate, o_.soak, 0);
    recorder_.Stop();
    done = true;
    sampler.join();
    auto server = ServerMark();
    const long rss_end = o_.server_pid > 0 ? RssKb(o_.server_pid) : 0;
    auto total = recorder_.Total();
    nlohmann::json out = {{"seconds", elapsed},
                          {"rate", rate},
                          {"concurrency", c},
                          {"total", SummaryJson(total, elapsed)},
                          {"error_rate", total.calls > 0 ? static_cast<double>(total.errors) / total.calls : 0},
                          {"rss_kb_start", rss_start},
                          {"rss_kb_end", rss_end},
                          {"rss_growth", rss_start > 0 ? static_cast<double>(rss_end - rss_start) / rss_start : 0},
                          {"rss_kb_samples", samples}};
    if (!server.is_null()) out["server"] = server;
    std::cout << "soak: " << total.calls << " calls, " << total.errors << " errors (" << std::setprecision(4)
              << out["error_rate"].get<double>() * 100 << "%), p99 " << std::setprecision(1) << total.p99
              << " ms; server RSS " << rss_start / 1024 << " MiB -> " << rss_end / 1024 << " MiB ("
              << std::setprecision(1) << out["rss_growth"].get<double>() * 100 << "%)" << std::endl;
    return out;
  }

  void PrintHeader() {
    std::cout << "crm-bench " << MixText(mix_) << " against " << o_.target << " (" << clients_.size()
              << " clients known)\n"
              << std::left << std::setw(18) << "rpc" << std::right << std::setw(5) << "c" << std::setw(9) << "rate"
              << std::setw(10) << "ops/s" << std::setw(8) << "errors" << std::setw(9) << "p50" << std::setw(9) << "p95"
              << std::setw(9) << "p99" << std::setw(9) << "max" << std::setw(11) << "srv p99" << std::setw(11)
              << "SQL tps" << std::setw(9) << "SQL p99" << std::setw(8) << "ratio" << std::endl;
  }

  void PrintRun(const nlohmann::json& run) {
    auto line = [&](const std::string& name, const nlohmann::json& s, const nlohmann::json* server,
                    const nlohmann::json* base) {
      std::cout << std::left << std::setw(18) << name << std::right << std::setw(5) << run["concurrency"].get<int>()
                << std::setw(9) << std::fixed << std::setprecision(0) << run["rate"].get<double>() << std::setw(10)
                << s["ops_per_s"].get<double>() << std::setw(8) << s["errors"].get<int64_t>() << std::setprecision(1)
                << std::setw(9) << s["p50_ms"].get<double>() << std::setw(9) << s["p95_ms"].get<double>()
                << std::setw(9) << s["p99_ms"].get<double>() << std::setw(9) << s["max_ms"].get<double>();
      std::cout << std::setw(11) << (server ? (*server)["p99_ms"].get<double>() : 0.0);
      if (base)
        std::cout << std::setprecision(0) << std::setw(11) << (*base)["tps"].get<double>() << std::setprecision(1)
                  << std::setw(9) << (*base)["p99_ms"].get<double>() << std::setprecision(2) << std::setw(8)
                  << s["ops_per_s"].get<double>() / std::max(1.0, (*base)["tps"].get<double>());
      std::cout << std::endl;
    };
    const nlohmann::json* base = run.contains("baseline") ? &run["baseline"] : nullptr;
    for (const auto& w : mix_) {
      const nlohmann::json* server = nullptr;
      const std::string method =
          w.op == Op::kListFirstPage || w.op == Op::kListDeepPage ? "ListCustomers"
          : w.op == Op::kSearchName || w.op == Op::kSearchPinyin || w.op == Op::kSearchId || w.op == Op::kSearchPhone
              ? "SearchCustomers"
              : OpName(w.op);
      if (run.contains("server") && run["server"]["methods"].contains(method))
        server = &run["server"]["methods"][method];
      line(OpName(w.op), run["ops"][OpName(w.op)], server, mix_.size() == 1 ? base : nullptr);
    }
    if (mix_.size() > 1) line("(all)", run["total"], nullptr, base);
    for (const auto& [code, n] : run["total"]["error_codes"].items())
      std::cout << "    errors: " << n.get<int64_t>() << " x " << code << std::endl;
  }

  Options o_;
  std::vector<Weighted> mix_;
  Shared shared_;
  Recorder recorder_;
  std::shared_ptr<grpc::ChannelCredentials> creds_;
  CompletionDriver driver_;  // outlives every slot's calls (Drive waits for them)
  std::vector<ClientRef> clients_;
  std::vector<std::string> owners_;
  std::map<std::string, std::vector<const ClientRef*>> by_user_;
  std::map<std::string, std::string> deep_tokens_;
  std::string defines_;
};

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"crm-bench: load generator for the CRM server (async gRPC), with same-run pgbench baselines"};
  app.add_option("--target", o.target, "Server address host:port")->capture_default_str();
  app.add_option("--ca", o.ca, "CA certificate the server's TLS certificate is checked against")->required();
  app.add_option("--clients", o.clients_file, "CSV of id,owner,phone,id_number (crm-bench-server writes it)")
      ->required();
  app.add_option("--user-prefix", o.user_prefix, "Sign in as the owners whose names start so")->capture_default_str();
  app.add_option("--password", o.password, "Their password (default: CRM_BENCH_PASSWORD or the bench's)");
  app.add_option(
         "--mix", o.mix,
         "One RPC (Login GetCustomer UpdateCustomer CreateCustomer ListFirstPage ListDeepPage SearchName SearchPinyin "
         "SearchId SearchPhone CheckSuitability), 'day' (80% reads, 20% writes), or NAME=weight,...")
      ->capture_default_str();
  app.add_option("--concurrency,-c", o.concurrency, "Slots (signed-in workers); several: one run each, best reported")
      ->capture_default_str();
  app.add_option("--seconds", o.seconds, "Measured time of each run")->capture_default_str();
  app.add_option("--count", o.count, "Stop each run after this many calls instead");
  app.add_option("--rounds", o.rounds, "Runs per concurrency, alternating with the baseline; medians reported")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  app.add_option("--warmup", o.warmup, "Unmeasured seconds before each run")->capture_default_str();
  app.add_option("--rate", o.rate, "Open loop: calls per second (Poisson arrivals); 0: closed loop")
      ->capture_default_str();
  app.add_option("--deep-page", o.deep_page, "ListDeepPage reads this page of 100")->capture_default_str();
  app.add_option("--baseline-db", o.baseline_db, "libpq conninfo: run pgbench on bench/sql/ after each run");
  app.add_flag("--at-half", o.at_half,
               "Then latency runs at 50% of the best throughput (and pgbench -R), --rounds of them; medians");
  app.add_option("--half-seconds", o.half_seconds, "Measured time of each 50%-load run")->capture_default_str();
  app.add_option("--checkpoint", o.checkpoint, "CHECKPOINT (through --baseline-db) before each side's 50%-load round")
      ->capture_default_str();
  app.add_option("--soak", o.soak, "Then this many seconds at 50% load: errors and server RSS");
  app.add_option("--server-pid", o.server_pid, "The server's process (RSS; SIGUSR1 for crm-bench-server's stats)");
  app.add_option("--server-stats", o.server_stats, "crm-bench-server's --stats-file");
  app.add_option("--json", o.json_out, "Write the results as JSON");
  CLI11_PARSE(app, argc, argv);
  // As in the server (app/server.cc): Debian's Abseil records a stack trace
  // per lock for its deadlock detector, ~3% of this load generator's CPU.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  try {
    ParseMix(o.mix);
    return Bench(o).Main();
  } catch (const std::exception& e) {
    std::cerr << "crm-bench: " << e.what() << std::endl;
    return 1;
  }
}
