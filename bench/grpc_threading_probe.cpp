// crm-bench-grpc-probe: what gRPC's threading costs the server per unary call,
// apart from everything else crm-server does. The same call (GetCustomer, a
// small answer, TLS) is served two ways in a child process:
//   callback  gRPC's callback API with our worker pool, as crm-server runs
//             (rpc/call_pipeline.cc): a gRPC thread hands the call to a
//             worker, which answers with Finish;
//   async     the completion-queue API with one thread draining the queue,
//             handing the call to the same worker pool, and no callback or
//             synchronous service at all (so gRPC starts none of its own
//             polling threads).
// The worker waits twice per call (--wait-us each), as a handler waits for its
// two pipelined batches. The parent drives it closed-loop with crm-bench's
// client (one completion queue, one thread) and prints the server's CPU and
// context switches per call. Informative (docs/performance-notes.md); no
// target.
#include <absl/synchronization/mutex.h>
#include <grpcpp/grpcpp.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <utility>
#include <vector>

#include "crm/v1/customer.grpc.pb.h"
#include "rpc/worker_pool.h"

namespace {

using Clock = std::chrono::steady_clock;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Opts {
  std::string mode = "callback", tls_dir;
  int callers = 8, workers = 8, wait_us = 150;
  double seconds = 5;
  std::vector<std::string> args;  // integer channel arguments NAME=VALUE, on both sides
};

// Each --arg NAME=VALUE as (name, integer value).
std::vector<std::pair<std::string, int>> IntArgs(const Opts& o) {
  std::vector<std::pair<std::string, int>> out;
  for (const auto& a : o.args) {
    const auto eq = a.find('=');
    out.emplace_back(a.substr(0, eq), std::stoi(a.substr(eq + 1)));
  }
  return out;
}

// Simulated database work: two waits, as for two round trips.
void Work(const Opts& o, const crm::v1::GetCustomerRequest& req, crm::v1::Customer* resp) {
  for (int i = 0; i < 2; ++i) std::this_thread::sleep_for(std::chrono::microseconds(o.wait_us));
  resp->set_id(req.id());
  resp->set_name("王伟");
  resp->set_etag("1");
}

class CallbackService final : public crm::v1::CustomerService::CallbackService {
 public:
  CallbackService(const Opts& o, crm::rpc::WorkerPool& pool) : o_(o), pool_(pool) {}
  grpc::ServerUnaryReactor* GetCustomer(grpc::CallbackServerContext* ctx, const crm::v1::GetCustomerRequest* req,
                                        crm::v1::Customer* resp) override {
    auto* reactor = ctx->DefaultReactor();
    if (!pool_.TrySubmit([this, reactor, req, resp] {
          Work(o_, *req, resp);
          reactor->Finish(grpc::Status::OK);
        }))
      reactor->Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "busy"));
    return reactor;
  }

 private:
  const Opts& o_;
  crm::rpc::WorkerPool& pool_;
};

struct AsyncCall {
  grpc::ServerContext ctx;
  crm::v1::GetCustomerRequest req;
  crm::v1::Customer resp;
  grpc::ServerAsyncResponseWriter<crm::v1::Customer> writer{&ctx};
  bool answered = false;
};

int Serve(const Opts& o, int ready_fd) {
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);  // as crm-server
  crm::rpc::WorkerPool pool(static_cast<size_t>(o.workers), 10000);
  grpc::SslServerCredentialsOptions ssl;
  ssl.pem_key_cert_pairs.push_back({ReadAll(o.tls_dir + "/server.key"), ReadAll(o.tls_dir + "/server.crt")});
  grpc::ServerBuilder builder;
  int port = 0;
  builder.AddListeningPort("127.0.0.1:0", grpc::SslServerCredentials(ssl), &port);
  builder.AddChannelArgument(GRPC_ARG_ENABLE_CHANNELZ, 0);
  for (const auto& [name, value] : IntArgs(o)) builder.AddChannelArgument(name, value);
  CallbackService cb(o, pool);
  crm::v1::CustomerService::AsyncService async;
  std::unique_ptr<grpc::ServerCompletionQueue> cq;
  if (o.mode == "async") {
    builder.RegisterService(&async);
    cq = builder.AddCompletionQueue();
  } else {
    builder.RegisterService(&cb);
  }
  auto server = builder.BuildAndStart();
  if (write(ready_fd, &port, sizeof port) != sizeof port) return 1;
  if (o.mode != "async") {
    server->Wait();
    return 0;
  }
  auto request = [&] {
    auto* c = new AsyncCall;
    async.RequestGetCustomer(&c->ctx, &c->req, &c->writer, cq.get(), cq.get(), c);
  };
  for (int i = 0; i < 2 * o.callers; ++i) request();
  void* tag = nullptr;
  bool ok = false;
  while (cq->Next(&tag, &ok)) {
    auto* c = static_cast<AsyncCall*>(tag);
    if (!ok || c->answered) {
      delete c;
      continue;
    }
    request();
    c->answered = true;
    if (!pool.TrySubmit([&o, c] {
          Work(o, c->req, &c->resp);
          c->writer.Finish(c->resp, grpc::Status::OK, c);
        }))
      c->writer.Finish(c->resp, grpc::Status(grpc::StatusCode::UNAVAILABLE, "busy"), c);
  }
  return 0;
}

// CPU ticks and context switches (voluntary, involuntary) of a process, all threads.
struct Usage {
  long ticks = 0, voluntary = 0, involuntary = 0;
};
Usage UsageOf(pid_t pid) {
  Usage u;
  std::istringstream stat(ReadAll("/proc/" + std::to_string(pid) + "/stat"));
  std::string field;
  for (int i = 1; i <= 15 && stat >> field; ++i)
    if (i == 14 || i == 15) u.ticks += std::stol(field);
  for (const auto& t : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task")) {
    std::istringstream status(ReadAll(t.path().string() + "/status"));
    std::string line;
    while (std::getline(status, line)) {
      if (line.rfind("voluntary_ctxt_switches:", 0) == 0) u.voluntary += std::stol(line.substr(24));
      if (line.rfind("nonvoluntary_ctxt_switches:", 0) == 0) u.involuntary += std::stol(line.substr(27));
    }
  }
  return u;
}

int Drive(const Opts& o, pid_t server, int port) {
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = ReadAll(o.tls_dir + "/ca.crt");
  auto creds = grpc::SslCredentials(ssl);
  grpc::CompletionQueue cq;
  struct Slot {
    std::unique_ptr<crm::v1::CustomerService::Stub> stub;
  };
  struct Pending {
    grpc::ClientContext ctx;
    crm::v1::GetCustomerRequest req;
    crm::v1::Customer resp;
    grpc::Status status;
    std::unique_ptr<grpc::ClientAsyncResponseReader<crm::v1::Customer>> reader;
    int slot = 0;
  };
  std::vector<Slot> slots(static_cast<size_t>(o.callers));
  for (int i = 0; i < o.callers; ++i) {
    grpc::ChannelArguments args;
    args.SetInt("probe.slot", i);  // a connection per caller
    for (const auto& [name, value] : IntArgs(o)) args.SetInt(name, value);
    slots[static_cast<size_t>(i)].stub =
        crm::v1::CustomerService::NewStub(grpc::CreateCustomChannel("127.0.0.1:" + std::to_string(port), creds, args));
  }
  std::atomic<long> calls{0}, errors{0};
  std::atomic<bool> stop{false};
  auto start = [&](int slot) {
    auto* p = new Pending;
    p->slot = slot;
    p->req.set_id("00000000-0000-4000-8000-000000000001");
    p->ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
    p->reader = slots[static_cast<size_t>(slot)].stub->AsyncGetCustomer(&p->ctx, p->req, &cq);
    p->reader->Finish(&p->resp, &p->status, p);
  };
  std::atomic<int> in_flight{o.callers};
  std::thread driver([&] {
    void* tag = nullptr;
    bool ok = false;
    while (cq.Next(&tag, &ok)) {
      std::unique_ptr<Pending> p(static_cast<Pending*>(tag));
      ++calls;
      if (!ok || !p->status.ok()) ++errors;
      if (stop) {
        if (--in_flight == 0) cq.Shutdown();
      } else {
        start(p->slot);
      }
    }
  });
  for (int i = 0; i < o.callers; ++i) start(i);
  std::this_thread::sleep_for(std::chrono::seconds(1));  // warm-up
  const long c0 = calls;
  const Usage u0 = UsageOf(server);
  const auto t0 = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(o.seconds));
  const long c1 = calls;
  const Usage u1 = UsageOf(server);
  const double elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
  stop = true;
  driver.join();
  const double n = static_cast<double>(c1 - c0);
  const double tick_us = 1e6 / static_cast<double>(sysconf(_SC_CLK_TCK));
  std::printf(
      "%-8s callers %d, wait %d us x 2: %.0f calls/s, server %.0f us CPU/call, %.2f voluntary + %.2f "
      "involuntary context switches/call, %ld errors\n",
      o.mode.c_str(), o.callers, o.wait_us, n / elapsed, static_cast<double>(u1.ticks - u0.ticks) * tick_us / n,
      static_cast<double>(u1.voluntary - u0.voluntary) / n, static_cast<double>(u1.involuntary - u0.involuntary) / n,
      errors.load());
  return errors > 0 ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  Opts o;
  CLI::App app{"crm-bench-grpc-probe: gRPC's threading cost per call, callback API vs one completion queue"};
  app.add_option("--mode", o.mode, "callback or async")
      ->check(CLI::IsMember({"callback", "async"}))
      ->capture_default_str();
  app.add_option("--tls-dir", o.tls_dir, "Directory with ca.crt, server.crt, server.key (crm-bench-server's tls/)")
      ->required();
  app.add_option("--callers,-c", o.callers, "Closed-loop callers, a connection each")->capture_default_str();
  app.add_option("--workers", o.workers, "Worker threads")->capture_default_str();
  app.add_option("--wait-us", o.wait_us, "Each of the worker's two waits per call")->capture_default_str();
  app.add_option("--seconds", o.seconds, "Measured time")->capture_default_str();
  app.add_option("--arg", o.args,
                 "An integer gRPC channel argument NAME=VALUE for both sides (repeatable), "
                 "e.g. grpc.http2.bdp_probe=0");
  CLI11_PARSE(app, argc, argv);
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  int fds[2];
  if (pipe(fds) != 0) return 1;
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    _exit(Serve(o, fds[1]));
  }
  close(fds[1]);
  int port = 0;
  if (read(fds[0], &port, sizeof port) != sizeof port) {
    std::cerr << "the probe server did not start\n";
    return 1;
  }
  const int rc = Drive(o, child, port);
  kill(child, SIGKILL);
  waitpid(child, nullptr, 0);
  return rc;
}
