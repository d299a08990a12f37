// crm-bench's operations: each RPC the load generator issues, asynchronously
// (gRPC's completion-queue API, drained by one thread: CompletionDriver), with
// the latency and outcome of every call recorded.
// A slot is one signed-in worker on its own channel (TLS connection); in a
// closed-loop run it has one call in flight, in an open-loop run (a fixed
// rate) it takes whatever arrives.
#pragma once

#include <grpcpp/grpcpp.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "crm/v1/auth.grpc.pb.h"
#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/suitability.grpc.pb.h"

namespace crm::bench::load {

using Clock = std::chrono::steady_clock;

enum class Op {
  kLogin,
  kGetCustomer,
  kUpdateCustomer,
  kCreateCustomer,
  kListFirstPage,
  kListDeepPage,
  kSearchName,
  kSearchPinyin,
  kSearchId,
  kSearchPhone,
  kCheckSuitability,
};
inline constexpr int kOpCount = 11;

const char* OpName(Op op);
std::optional<Op> OpByName(const std::string& name);
// The pgbench script in bench/sql/ holding the statements the handler issues.
const char* OpScript(Op op);

struct Weighted {
  Op op;
  int weight;
};
// "GetCustomer" (one RPC), "day" (the workstation day: 80% reads, 20%
// writes) or "GetCustomer=40,UpdateCustomer=10,...". Throws
// std::invalid_argument naming the bad part.
std::vector<Weighted> ParseMix(const std::string& text);
std::string MixText(const std::vector<Weighted>& mix);

struct ClientRef {
  std::string id, phone, id_number;
};

// The completion queue every call of crm-bench completes on, and the one
// thread that drains it. A call's completion runs on that thread, which in a
// closed loop also starts the slot's next call: the load generator's side of
// a call costs one wake-up, as pgbench's does, instead of the hand-offs
// between gRPC's callback threads (docs/performance-notes-load.md, ninth session).
class CompletionDriver {
 public:
  struct Pending {
    virtual ~Pending() = default;
    grpc::Status status;
    std::function<void(grpc::Status)> done;
  };
  CompletionDriver();
  ~CompletionDriver();  // every call must have completed
  CompletionDriver(const CompletionDriver&) = delete;
  CompletionDriver& operator=(const CompletionDriver&) = delete;
  grpc::CompletionQueue* cq() { return &cq_; }

 private:
  grpc::CompletionQueue cq_;
  std::thread thread_;
};

struct Slot {
  int index = 0;
  grpc::CompletionQueue* cq = nullptr;  // CompletionDriver's
  std::string user, token;
  std::unique_ptr<v1::AuthService::Stub> auth;
  std::unique_ptr<v1::CustomerService::Stub> customers;
  std::unique_ptr<v1::SuitabilityService::Stub> suitability;
  std::vector<const ClientRef*> clients;  // this slot's share of its user's book
  // Clients this slot has open (etag read before the run): UpdateCustomer
  // edits these, as an account manager edits the clients on screen.
  std::vector<const ClientRef*> open_clients;
  std::string deep_page_token;  // a page token deep in the user's list
  std::mutex mu;                // guards rng and etags
  std::mt19937_64 rng;
  std::unordered_map<std::string, std::string> etags;  // client id -> etag last seen
  std::unordered_set<std::string> editing;             // updates in flight (open loop)
};

// Latencies and outcomes per operation, recorded while `recording` is on.
class Recorder {
 public:
  struct Summary {
    int64_t calls = 0, errors = 0;
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    std::map<std::string, int64_t> error_codes;
  };
  void Record(Op op, double ms, const grpc::Status& status);
  void Start();  // clears and records
  void Stop();
  Summary Of(Op op) const;
  Summary Total() const;

 private:
  struct PerOp {
    std::vector<double> ms;
    int64_t errors = 0;
    std::map<std::string, int64_t> codes;
  };
  static Summary Summarize(std::vector<double> ms, int64_t errors, std::map<std::string, int64_t> codes);
  mutable std::mutex mu_;
  std::atomic<bool> recording_{false};
  PerOp ops_[kOpCount];
};

struct Shared {
  std::string password;
  std::vector<std::string> product_ids;
  std::atomic<int64_t> created{0};
  std::string run_id;  // makes CreateCustomer request ids unique per run
};

class Issuer {
 public:
  Issuer(Shared& shared, Recorder& recorder, std::vector<Weighted> mix);
  // Starts one operation on the slot (chosen by the mix); `done` runs when
  // it has finished. Latency counts from `scheduled`.
  void Issue(Slot& slot, Clock::time_point scheduled, std::function<void()> done);
  int64_t in_flight() const { return in_flight_.load(); }

 private:
  template <class Req, class Resp, class Start>
  void Call(Slot& slot, std::optional<Op> op, Clock::time_point scheduled, Req req, bool authenticated, Start start,
            std::function<void(const grpc::Status&, Resp&)> then);
  Op Pick(Slot& slot);
  Shared& shared_;
  Recorder& recorder_;
  std::vector<Weighted> mix_;
  int total_weight_ = 0;
  std::atomic<int64_t> in_flight_{0};
};

// Reads up to n of the slot's clients (their etags) before a run that updates.
void OpenClients(Slot& slot, size_t n);

// A valid 18-digit resident ID number (check digit per GB 11643) made from rng.
std::string SyntheticPrcId(std::mt19937_64& rng);

}  // namespace crm::bench::load
