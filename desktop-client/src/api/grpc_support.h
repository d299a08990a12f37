// Shared by the GrpcCrmApi implementation files: the per-call context and
// time conversion. Internal to the core library.
#pragma once

#include <google/protobuf/timestamp.pb.h>
#include <grpcpp/grpcpp.h>

#include <QDateTime>

#include "api/crm_api.h"
#include <chrono>
#include <memory>
#include <mutex>
#include <string>

namespace crm::v1 {
class Customer;
}

namespace crm::desktop {

// A client row from the server's Customer (grpc_crm_api.cpp).
CustomerSummary toSummary(const crm::v1::Customer& c);

// A client context with the call's deadline and, when signed in, the token.
inline std::unique_ptr<grpc::ClientContext> makeContext(const std::string& token, int deadlineMs) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(deadlineMs));
  if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
  return ctx;
}

// Cancels a running streaming call from any thread, also before it started.
class StreamCanceller final : public CallCanceller {
 public:
  void cancel() override {
    std::lock_guard lock(m_mu);
    m_cancelled = true;
    if (m_ctx) m_ctx->TryCancel();
  }
  // Returns false when already cancelled.
  bool attach(grpc::ClientContext* ctx) {
    std::lock_guard lock(m_mu);
    m_ctx = ctx;
    return !m_cancelled;
  }
  void detach() {
    std::lock_guard lock(m_mu);
    m_ctx = nullptr;
  }
  bool cancelled() {
    std::lock_guard lock(m_mu);
    return m_cancelled;
  }

 private:
  std::mutex m_mu;
  grpc::ClientContext* m_ctx = nullptr;
  bool m_cancelled = false;
};

// A Result from a finished call: the error mapped in one place, the value
// converted only when the call succeeded.
template <typename T, typename Resp, typename Convert>
Result<T> toResult(const grpc::Status& status, const Resp& resp, Convert convert) {
  Result<T> r;
  r.error = ApiError::fromStatus(status);
  if (status.ok()) r.value = convert(resp);
  return r;
}

inline google::protobuf::Timestamp toTimestamp(const QDateTime& t) {
  google::protobuf::Timestamp ts;
  const qint64 ms = t.toMSecsSinceEpoch();
  ts.set_seconds(ms / 1000);
  ts.set_nanos(static_cast<int>(ms % 1000) * 1000000);
  return ts;
}

inline QDateTime toDateTime(const google::protobuf::Timestamp& ts) {
  return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}

}  // namespace crm::desktop
