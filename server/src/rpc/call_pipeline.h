// The request path every RPC takes (the server's one interceptor):
//   gRPC thread -> WorkerPool (bounded; full = UNAVAILABLE at once)
//   -> deadline check -> authentication (bearer token -> Actor; on a hot
//      path, in the first batch of the handler's request transaction)
//   -> handler (use case: request transaction, policy check, audit) -> error mapping
//   -> one log line (method, code, latency, request id, user id).
// Handlers never run on gRPC's threads and never see a token.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <optional>
#include <memory>
#include <mutex>
#include <string>

#include "common/error.h"
#include "domain/role.h"
#include "rpc/worker_pool.h"
#include "storage/connection_pool.h"
#include "storage/transaction.h"
#include "usecases/auth_manager.h"
#include "usecases/request_tx.h"

namespace crm::rpc {

enum class AuthMode {
  kPublic,                // Login
  kSession,               // everything else
  kSessionPasswordChange  // allowed while a password change is pending
};

struct Call {
  std::string method;
  domain::Actor actor;  // empty user_id for public calls
  std::string request_id;
  std::string client_address;
  std::chrono::steady_clock::time_point deadline;
  grpc::CallbackServerContext* server_context = nullptr;

  storage::TxOptions tx_options() const {
    storage::TxOptions o;
    o.deadline = deadline;
    return o;
  }
  usecases::RequestInfo request_info() const { return {client_address, request_id}; }
  bool authenticated() const { return !actor.user_id.empty(); }

  // The caller for the use cases (usecases/request_tx.h): the actor
  // authenticated before the handler ran. One per call.
  usecases::Caller& caller() {
    // Only once authenticated (not in a public call, nor in UnaryInBatch,
    // whose handler gets its own Caller): never a caller acting as nobody.
    if (!authenticated()) throw Error::Internal();
    if (!caller_) caller_.emplace(usecases::Caller::Known(actor, *db_, tx_options()));
    return *caller_;
  }

 private:
  friend class CallPipeline;
  storage::ConnectionPool* db_ = nullptr;
  std::optional<usecases::Caller> caller_;
};

struct PipelineOptions {
  std::chrono::milliseconds default_deadline{30000};
  bool json_logs = false;
};

class CallPipeline {
 public:
  CallPipeline(WorkerPool& workers, usecases::AuthManager& auth, storage::ConnectionPool& db, PipelineOptions options);
  // (Re)starts the call's deadline from `from`: the client's deadline,
  // capped at the default. A client stream restarts it when the last
  // message arrives (receiving a large batch is not waiting in the queue).
  void StartDeadline(Call& call, std::chrono::steady_clock::time_point from) const;

  grpc::ServerUnaryReactor* Unary(grpc::CallbackServerContext* ctx, const char* method, AuthMode mode,
                                  std::function<void(Call&)> handler);
  // A hot path (ADR 0010, 0015): no round trip for authentication of its
  // own. The handler gets a usecases::Caller whose session is checked in the
  // first batch of its transaction (Caller::Transact); it has no actor
  // before that. Otherwise AuthMode::kSession.
  grpc::ServerUnaryReactor* UnaryInBatch(grpc::CallbackServerContext* ctx, const char* method,
                                         std::function<void(usecases::Caller&)> handler);

  // Server streaming: the handler runs on a worker and calls write(message),
  // which blocks until the message is sent and returns false once the client
  // has gone (the handler should then stop).
  template <typename Resp>
  grpc::ServerWriteReactor<Resp>* ServerStream(
      grpc::CallbackServerContext* ctx, const char* method, AuthMode mode,
      std::function<void(Call&, const std::function<bool(const Resp&)>&)> handler);

  storage::ConnectionPool& db() { return db_; }
  usecases::AuthManager& auth() { return auth_; }

  // The shared steps, public for the streaming reactor: a new call, then on a
  // worker Execute (deadline, cancellation, authentication, the handler, the
  // error mapping) and LogCall; BusyStatus when the queue is full.
  std::shared_ptr<Call> NewCall(grpc::CallbackServerContext* ctx, const char* method);
  grpc::Status Execute(Call& call, AuthMode mode, const std::function<void(Call&)>& handler);
  static grpc::Status BusyStatus();
  void LogCall(const Call& call, grpc::StatusCode code, double latency_ms);
  WorkerPool& workers() { return workers_; }

  // Called after every call with its method, code and latency at the server
  // (arrival to response, the figure in the log line). For benchmarks and
  // metrics; set it before the server takes traffic.
  using CallObserver = std::function<void(const std::string& method, grpc::StatusCode code, double latency_ms)>;
  void SetCallObserver(CallObserver observer) { observer_ = std::move(observer); }

 private:
  grpc::Status Run(Call& call, AuthMode mode, const std::function<void(Call&)>& handler);
  void RecordDenial(const Call& call, const std::string& detail);
  void Authenticate(Call& call, AuthMode mode);

  WorkerPool& workers_;
  usecases::AuthManager& auth_;
  storage::ConnectionPool& db_;
  PipelineOptions options_;
  CallObserver observer_;
};

template <typename Resp>
class BlockingWriteReactor final : public grpc::ServerWriteReactor<Resp> {
 public:
  void OnWriteDone(bool ok) override {
    std::lock_guard lock(mu_);
    pending_ = false;
    if (!ok) gone_ = true;
    cv_.notify_all();
  }
  void OnCancel() override {
    std::lock_guard lock(mu_);
    gone_ = true;
    cv_.notify_all();
  }
  void OnDone() override { delete this; }

  bool Write(const Resp& message) {
    std::unique_lock lock(mu_);
    if (gone_) return false;
    pending_ = true;
    this->StartWrite(&message);
    cv_.wait(lock, [this] { return !pending_ || gone_; });
    // After a cancel gRPC may still complete the write; wait for it so the
    // message outlives it.
    cv_.wait_for(lock, std::chrono::seconds(5), [this] { return !pending_; });
    return !gone_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  bool pending_ = false;
  bool gone_ = false;
};

template <typename Resp>
grpc::ServerWriteReactor<Resp>* CallPipeline::ServerStream(
    grpc::CallbackServerContext* ctx, const char* method, AuthMode mode,
    std::function<void(Call&, const std::function<bool(const Resp&)>&)> handler) {
  auto* reactor = new BlockingWriteReactor<Resp>();
  auto call = NewCall(ctx, method);
  const auto started = std::chrono::steady_clock::now();
  auto task = [this, reactor, call, mode, handler = std::move(handler), started]() {
    auto write = [reactor](const Resp& m) { return reactor->Write(m); };
    grpc::Status status = Execute(*call, mode, [&](Call& c) { handler(c, write); });
    LogCall(*call, status.error_code(),
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    reactor->Finish(status);
  };
  if (!workers_.TrySubmit(std::move(task))) {
    grpc::Status busy = BusyStatus();
    LogCall(*call, busy.error_code(), 0.0);
    reactor->Finish(busy);
  }
  return reactor;
}

}  // namespace crm::rpc
