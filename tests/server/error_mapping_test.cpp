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

// Issue 24: each field violation also carries its problem as a code and its
// bound (crm.v1.FieldProblems, same order as BadRequest), which the
// workstation words; the English description is for logs and API users.
TEST(ErrorMapping, FieldProblemsTravelAsCodesWithTheirBounds) {
  crm::Validation v;
  v.Required("summary");
  v.TooLong("reason", 500);
  v.Fail("channel", "is odd");
  try {
    v.ThrowIfFailed();
    FAIL();
  } catch (const Error& e) {
    google::rpc::Status details;
    ASSERT_TRUE(grpc::ExtractErrorDetails(crm::rpc::ToGrpcStatus(e), &details).ok());
    crm::v1::FieldProblems problems;
    google::rpc::BadRequest bad;
    for (const auto& any : details.details()) {
      if (any.Is<crm::v1::FieldProblems>()) {
        ASSERT_TRUE(any.UnpackTo(&problems));
      }
      if (any.Is<google::rpc::BadRequest>()) {
        ASSERT_TRUE(any.UnpackTo(&bad));
      }
    }
    ASSERT_EQ(problems.entries_size(), 3);
    ASSERT_EQ(bad.field_violations_size(), 3);
    EXPECT_EQ(problems.entries(0).field(), "summary");
    EXPECT_EQ(problems.entries(0).problem(), crm::v1::FieldProblem::REQUIRED);
    EXPECT_EQ(problems.entries(1).problem(), crm::v1::FieldProblem::TOO_LONG);
    EXPECT_EQ(problems.entries(1).limit(), 500);
    EXPECT_EQ(bad.field_violations(1).description(), "must be at most 500 characters");
    EXPECT_EQ(problems.entries(2).problem(), crm::v1::FieldProblem::INVALID);
  }
}

// One reason per condition, each with one gRPC code: only INTERNAL (and the
// unset value) map to INTERNAL, and ErrorInfo.reason is the enum's name.
TEST(ErrorMapping, EveryReasonHasItsOwnCodeAndName) {
  const auto* reasons = crm::v1::ErrorReason::Value_descriptor();
  for (int i = 0; i < reasons->value_count(); ++i) {
    const auto reason = static_cast<crm::Reason>(reasons->value(i)->number());
    const bool internal =
        reason == crm::v1::ErrorReason::INTERNAL || reason == crm::v1::ErrorReason::ERROR_REASON_UNSPECIFIED;
    EXPECT_EQ(crm::CodeOf(reason) == ErrorCode::kInternal, internal) << reasons->value(i)->name();
    EXPECT_EQ(crm::testing::ErrorReason(crm::rpc::ToGrpcStatus(Error(reason, "x"))), reasons->value(i)->name());
  }
  EXPECT_EQ(crm::rpc::ToGrpcStatus(Error(crm::v1::ErrorReason::ETAG_MISMATCH, "x")).error_code(),
            grpc::StatusCode::ABORTED);
  EXPECT_EQ(crm::rpc::ToGrpcStatus(Error(crm::v1::ErrorReason::BUSY, "x")).error_code(), grpc::StatusCode::UNAVAILABLE);
}

TEST(ErrorMapping, EachCodeMapsToItsGrpcCode) {
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kNotFound), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kPermissionDenied), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kUnauthenticated), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kAborted), grpc::StatusCode::ABORTED);
  EXPECT_EQ(crm::rpc::ToGrpcCode(ErrorCode::kUnavailable), grpc::StatusCode::UNAVAILABLE);
}

TEST(ErrorMapping, RetryAfterBecomesRetryInfo) {
  Error e(crm::v1::ErrorReason::ACCOUNT_LOCKED, "locked");
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
