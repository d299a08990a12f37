#include "rpc/error_mapping.h"

#include <google/protobuf/duration.pb.h>
#include <grpcpp/support/error_details.h>

#include "crm/v1/common.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

namespace crm::rpc {

grpc::StatusCode ToGrpcCode(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return grpc::StatusCode::INVALID_ARGUMENT;
    case ErrorCode::kNotFound: return grpc::StatusCode::NOT_FOUND;
    case ErrorCode::kAlreadyExists: return grpc::StatusCode::ALREADY_EXISTS;
    case ErrorCode::kPermissionDenied: return grpc::StatusCode::PERMISSION_DENIED;
    case ErrorCode::kUnauthenticated: return grpc::StatusCode::UNAUTHENTICATED;
    case ErrorCode::kFailedPrecondition: return grpc::StatusCode::FAILED_PRECONDITION;
    case ErrorCode::kAborted: return grpc::StatusCode::ABORTED;
    case ErrorCode::kUnavailable: return grpc::StatusCode::UNAVAILABLE;
    case ErrorCode::kResourceExhausted: return grpc::StatusCode::RESOURCE_EXHAUSTED;
    case ErrorCode::kDeadlineExceeded: return grpc::StatusCode::DEADLINE_EXCEEDED;
    case ErrorCode::kInternal: return grpc::StatusCode::INTERNAL;
  }
  return grpc::StatusCode::INTERNAL;
}

grpc::Status ToGrpcStatus(const Error& error) {
  google::rpc::Status status;
  status.set_code(static_cast<int>(ToGrpcCode(error.code())));
  status.set_message(error.what());

  google::rpc::ErrorInfo info;
  info.set_reason(ReasonName(error.reason()));
  info.set_domain("crm.v1");
  for (const auto& [k, v] : error.metadata()) (*info.mutable_metadata())[k] = v;
  status.add_details()->PackFrom(info);

  if (!error.violations().empty()) {
    google::rpc::BadRequest bad;
    crm::v1::FieldProblems problems;
    for (const auto& v : error.violations()) {
      auto* fv = bad.add_field_violations();
      fv->set_field(v.field);
      fv->set_description(v.description);
      auto* p = problems.add_entries();
      p->set_field(v.field);
      p->set_problem(v.problem);
      p->set_limit(v.limit);
    }
    status.add_details()->PackFrom(bad);
    status.add_details()->PackFrom(problems);
  }
  if (error.retry_after().count() > 0) {
    google::rpc::RetryInfo retry;
    retry.mutable_retry_delay()->set_seconds(error.retry_after().count());
    status.add_details()->PackFrom(retry);
  }
  grpc::Status out;
  grpc::SetErrorDetails(status, &out);
  return out;
}

grpc::Status InternalStatus() { return ToGrpcStatus(Error::Internal()); }

}  // namespace crm::rpc
