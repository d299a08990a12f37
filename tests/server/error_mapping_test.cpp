#include <gtest/gtest.h>
#include <grpcpp/support/error_details.h>

#include "common/error.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "rpc/error_mapping.h"
#include "support/test_server.h"

using crm::Error;
using crm::ErrorCode;

TEST(ErrorMapping, FieldViolationsBecomeBadRequestDetails) {
  crm::Validation v;
  v.Fail("username", "is required");
  v.Fail("password", "is required");
  try {
    v.ThrowIfFailed();
    FAIL();
  } catch (const Error& e) {
    auto status = crm::rpc::ToGrpcStatus(e);
    EXPECT_EQ(status.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(crm::testing::ErrorReason(status), "VALIDATION_FAILED");
    EXPECT_EQ(crm::testing::ViolationFields(status), (std::vector<std::string>{"username", "password"}));
  }
}

TEST(ErrorMapping, EachCodeMapsToItsGrpcCode) {
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kNotFound), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kPermissionDenied), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kUnauthenticated), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kAborted), grpc::StatusCode::ABORTED);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kUnavailable), grpc::StatusCode::UNAVAILABLE);
}

TEST(ErrorMapping, RetryAfterBecomesRetryInfo) {
  Error e = Error::Unauthenticated("ACCOUNT_LOCKED", "locked");
  e.SetRetryAfter(std::chrono::seconds(120));
  auto status = crm::rpc::ToGrpcStatus(e);
  google::rpc::Status details;
  ASSERT_TRUE(grpc::ExtractErrorDetails(status, &details).ok());
  bool found = false;
  for (const auto& any : details.details()) {
    google::rpc::RetryInfo retry;
    if (any.UnpackTo(&retry)) {
      EXPECT_EQ(retry.retry_delay().seconds(), 120);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST(ErrorMapping, InternalErrorsSayNothingMore) {
  auto status = crm::rpc::InternalStatus();
  EXPECT_EQ(status.error_code(), grpc::StatusCode::INTERNAL);
  EXPECT_EQ(status.error_message(), "internal error");
}
