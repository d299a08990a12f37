#include "rpc/call_pipeline.h"

#include <spdlog/spdlog.h>

#include <utility>

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "rpc/error_mapping.h"
#include "security/crypto.h"
#include "storage/audit_repository.h"

namespace crm::rpc {
namespace {

void RequireCurrentPassword(const domain::Actor& actor) {
  if (actor.must_change_password)
    throw Error(crm::v1::ErrorReason::PASSWORD_EXPIRED, "the password must be changed before continuing");
}

std::string Metadata(const grpc::CallbackServerContext* ctx, const char* key) {
  const auto& md = ctx->client_metadata();
  auto it = md.find(key);
  if (it == md.end()) return {};
  return std::string(it->second.data(), it->second.size());
}

std::string BearerToken(const grpc::CallbackServerContext* ctx) {
  std::string value = Metadata(ctx, "authorization");
  static const std::string kPrefix = "Bearer ";
  if (value.size() > kPrefix.size() && value.compare(0, kPrefix.size(), kPrefix) == 0)
    return value.substr(kPrefix.size());
  return {};
}

std::string SafeRequestId(std::string id) {
  // Client-chosen ids are echoed into logs: keep them short and plain.
  if (id.empty() || id.size() > 64) return security::HexEncode(security::RandomBytes(8));
  for (char c : id)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
      return security::HexEncode(security::RandomBytes(8));
  return id;
}

const char* CodeName(grpc::StatusCode c) {
  switch (c) {
    case grpc::OK: return "OK";
    case grpc::CANCELLED: return "CANCELLED";
    case grpc::UNKNOWN: return "UNKNOWN";
    case grpc::INVALID_ARGUMENT: return "INVALID_ARGUMENT";
    case grpc::DEADLINE_EXCEEDED: return "DEADLINE_EXCEEDED";
    case grpc::NOT_FOUND: return "NOT_FOUND";
    case grpc::ALREADY_EXISTS: return "ALREADY_EXISTS";
    case grpc::PERMISSION_DENIED: return "PERMISSION_DENIED";
    case grpc::RESOURCE_EXHAUSTED: return "RESOURCE_EXHAUSTED";
    case grpc::FAILED_PRECONDITION: return "FAILED_PRECONDITION";
    case grpc::ABORTED: return "ABORTED";
    case grpc::OUT_OF_RANGE: return "OUT_OF_RANGE";
    case grpc::UNIMPLEMENTED: return "UNIMPLEMENTED";
    case grpc::INTERNAL: return "INTERNAL";
    case grpc::UNAVAILABLE: return "UNAVAILABLE";
    case grpc::DATA_LOSS: return "DATA_LOSS";
    case grpc::UNAUTHENTICATED: return "UNAUTHENTICATED";
    default: return "?";
  }
}

}  // namespace

CallPipeline::CallPipeline(WorkerPool& workers, usecases::AuthManager& auth, storage::ConnectionPool& db,
                           PipelineOptions options)
    : workers_(workers), auth_(auth), db_(db), options_(options) {}

std::shared_ptr<Call> CallPipeline::NewCall(grpc::CallbackServerContext* ctx, const char* method) {
  const auto started = std::chrono::steady_clock::now();
  auto call = std::make_shared<Call>();
  call->method = method;
  call->server_context = ctx;
  call->db_ = &db_;
  call->request_id = SafeRequestId(Metadata(ctx, "x-request-id"));
  call->client_address = ctx->peer();
  StartDeadline(*call, started);
  return call;
}

void CallPipeline::StartDeadline(Call& call, std::chrono::steady_clock::time_point from) const {
  // The gRPC deadline (system clock) as a steady-clock point, capped.
  auto remaining = call.server_context->deadline() - std::chrono::system_clock::now();
  auto cap = std::chrono::duration_cast<std::chrono::system_clock::duration>(options_.default_deadline);
  if (remaining > cap || remaining < std::chrono::system_clock::duration::zero() - std::chrono::hours(1))
    remaining = cap;
  call.deadline = from + std::chrono::duration_cast<std::chrono::steady_clock::duration>(remaining);
}

grpc::ServerUnaryReactor* CallPipeline::Unary(grpc::CallbackServerContext* ctx, const char* method, AuthMode mode,
                                              std::function<void(Call&)> handler) {
  auto* reactor = ctx->DefaultReactor();
  const auto started = std::chrono::steady_clock::now();
  auto call = NewCall(ctx, method);

  auto task = [this, reactor, call, mode, handler = std::move(handler), started]() {
    grpc::Status status = Execute(*call, mode, handler);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    LogCall(*call, status.error_code(), ms);
    reactor->Finish(status);
  };
  if (!workers_.TrySubmit(std::move(task))) {
    grpc::Status busy = BusyStatus();
    LogCall(*call, busy.error_code(), 0.0);
    reactor->Finish(busy);
  }
  return reactor;
}

grpc::ServerUnaryReactor* CallPipeline::UnaryInBatch(grpc::CallbackServerContext* ctx, const char* method,
                                                     std::function<void(usecases::Caller&)> handler) {
  // kPublic here means "not before the handler": the Caller checks the session.
  return Unary(ctx, method, AuthMode::kPublic, [this, handler = std::move(handler)](Call& call) {
    auto caller = usecases::Caller::WithSession(auth_, BearerToken(call.server_context), auth_.Now(),
                                                call.request_info(), db_, call.tx_options());
    // Whoever the caller turned out to be, for the log line and the record of a denial.
    struct NoteActor {
      Call& call;
      const usecases::Caller& caller;
      ~NoteActor() {
        if (const auto* actor = caller.for_log()) call.actor = *actor;
      }
    } note{call, caller};
    try {
      handler(caller);
    } catch (...) {
      // Thrown before any transaction confirmed the caller (the request's own
      // validation): the session's refusal, if any, comes first.
      if (!caller.confirmed()) caller.Confirm();
      throw;
    }
    // A handler that answered without a transaction is still a signed-in call.
    if (!caller.confirmed()) caller.Confirm();
  });
}

grpc::Status CallPipeline::BusyStatus() {
  return ToGrpcStatus(Error(crm::v1::ErrorReason::BUSY, "the server is busy; try again"));
}

grpc::Status CallPipeline::Execute(Call& call, AuthMode mode, const std::function<void(Call&)>& handler) {
  if (std::chrono::steady_clock::now() >= call.deadline)
    return ToGrpcStatus(Error(crm::v1::ErrorReason::DEADLINE_EXCEEDED, "the request waited too long"));
  if (call.server_context->IsCancelled()) return grpc::Status(grpc::StatusCode::CANCELLED, "cancelled by the client");
  return Run(call, mode, handler);
}

void CallPipeline::Authenticate(Call& call, AuthMode mode) {
  call.actor = auth_.Authenticate(BearerToken(call.server_context), call.request_info());
  if (mode != AuthMode::kSessionPasswordChange) RequireCurrentPassword(call.actor);
}

grpc::Status CallPipeline::Run(Call& call, AuthMode mode, const std::function<void(Call&)>& handler) {
  try {
    if (mode != AuthMode::kPublic) Authenticate(call, mode);
    handler(call);
    return grpc::Status::OK;
  } catch (const Error& e) {
    if (e.code() == ErrorCode::kPermissionDenied && call.authenticated()) RecordDenial(call, e.what());
    return ToGrpcStatus(e);
  } catch (const std::exception& e) {
    spdlog::error("unhandled error in {} request_id={}: {}", call.method, call.request_id, e.what());
    return InternalStatus();
  }
}

void CallPipeline::RecordDenial(const Call& call, const std::string& detail) {
  try {
    storage::InTransaction(db_, call.tx_options(), [&](pqxx::work& tx) {
      storage::AuditRepository::Record(
          tx, storage::AuditWho::From(call.actor),
          {"auth.permission_denied", "rpc", call.method, "", storage::AuditOutcome::kDenied, {{"detail", detail}}});
    });
  } catch (const std::exception& e) {
    spdlog::error("could not record a permission denial for {}: {}", call.method, e.what());
  }
}

void CallPipeline::LogCall(const Call& call, grpc::StatusCode code, double latency_ms) {
  if (observer_) observer_(call.method, code, latency_ms);
  if (options_.json_logs) {
    nlohmann::json j{{"event", "rpc"},
                     {"method", call.method},
                     {"code", CodeName(code)},
                     {"latency_ms", std::round(latency_ms * 100) / 100},
                     {"request_id", call.request_id},
                     {"user_id", call.actor.user_id}};
    spdlog::info(j.dump());
  } else {
    spdlog::info("rpc method={} code={} latency_ms={:.2f} request_id={} user_id={}", call.method, CodeName(code),
                 latency_ms, call.request_id, call.actor.user_id.empty() ? "-" : call.actor.user_id);
  }
}

}  // namespace crm::rpc
