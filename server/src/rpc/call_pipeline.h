// The request path every RPC takes (the server's one interceptor):
//   gRPC thread -> WorkerPool (bounded; full = UNAVAILABLE at once)
//   -> deadline check -> authentication (bearer token -> Actor)
//   -> handler (policy check, transactions, audit) -> error mapping
//   -> one log line (method, code, latency, request id, user id).
// Handlers never run on gRPC's threads and never see a token.
#pragma once

#include <grpcpp/grpcpp.h>

#include <chrono>
#include <functional>
#include <string>

#include "domain/role.h"
#include "rpc/worker_pool.h"
#include "storage/connection_pool.h"
#include "storage/transaction.h"
#include "usecases/auth_manager.h"

namespace crm::rpc {

enum class AuthMode {
  kPublic,               // Login
  kSession,              // everything else
  kSessionPasswordChange // allowed while a password change is pending
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
};

struct PipelineOptions {
  std::chrono::milliseconds default_deadline{30000};
  bool json_logs = false;
};

class CallPipeline {
 public:
  CallPipeline(WorkerPool& workers, usecases::AuthManager& auth, storage::ConnectionPool& db,
               PipelineOptions options);

  grpc::ServerUnaryReactor* Unary(grpc::CallbackServerContext* ctx, const char* method, AuthMode mode,
                                  std::function<void(Call&)> handler);

  storage::ConnectionPool& db() { return db_; }
  usecases::AuthManager& auth() { return auth_; }

 private:
  grpc::Status Run(Call& call, AuthMode mode, const std::function<void(Call&)>& handler);
  void RecordDenial(const Call& call, const std::string& detail);
  void LogCall(const Call& call, grpc::StatusCode code, double latency_ms);

  WorkerPool& workers_;
  usecases::AuthManager& auth_;
  storage::ConnectionPool& db_;
  PipelineOptions options_;
};

}  // namespace crm::rpc
