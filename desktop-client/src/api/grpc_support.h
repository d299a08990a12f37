// Shared by the GrpcCrmApi implementation files: the per-call context and
// time conversion. Internal to the core library.
#pragma once

#include <google/protobuf/timestamp.pb.h>
#include <grpcpp/grpcpp.h>

#include <QDateTime>
#include <chrono>
#include <memory>
#include <string>

namespace crm::desktop {

// A client context with the call's deadline and, when signed in, the token.
inline std::unique_ptr<grpc::ClientContext> makeContext(const std::string& token, int deadlineMs) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(deadlineMs));
  if (!token.empty()) ctx->AddMetadata("authorization", "Bearer " + token);
  return ctx;
}

inline QDateTime toDateTime(const google::protobuf::Timestamp& ts) {
  return QDateTime::fromMSecsSinceEpoch(ts.seconds() * 1000 + ts.nanos() / 1000000, Qt::UTC);
}


}  // namespace crm::desktop
