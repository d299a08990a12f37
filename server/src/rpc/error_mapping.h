// The one place that maps domain errors to gRPC status codes. Details carry a
// google.rpc.ErrorInfo (reason, domain "crm.v1", metadata), a BadRequest
// naming each bad field, and RetryInfo when the caller should wait.
#pragma once

#include <grpcpp/support/status.h>

#include "common/error.h"

namespace crm::rpc {

grpc::StatusCode ToGrpcCode(ErrorCode code);
grpc::Status ToGrpcStatus(const Error& error);
// For anything that is not a crm::Error: a generic INTERNAL with no detail.
grpc::Status InternalStatus();

}  // namespace crm::rpc
