// Typed domain errors. Domain and storage code throw crm::Error; exactly one
// place (rpc/error_mapping.cc) turns them into gRPC status codes with
// google.rpc details. The reason is a value of the proto enum
// crm.v1.ErrorReason (one per condition) and decides the gRPC code
// (CodeOf, error.cc); a field violation carries a crm.v1.FieldProblem code the
// workstation words. Messages and descriptions are English for logs and API
// users, and must never contain personal data, SQL text or secrets.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "crm/v1/common.pb.h"

namespace crm {

using Reason = crm::v1::ErrorReason::Value;
using Problem = crm::v1::FieldProblem::Value;

enum class ErrorCode {
  kInvalidArgument,
  kNotFound,
  kAlreadyExists,
  kPermissionDenied,
  kUnauthenticated,
  kFailedPrecondition,
  kAborted,
  kUnavailable,
  kResourceExhausted,
  kDeadlineExceeded,
  kInternal,
};

// The one code of each reason.
ErrorCode CodeOf(Reason reason);
// The reason's wire name (google.rpc.ErrorInfo.reason).
std::string ReasonName(Reason reason);

struct FieldViolation {
  std::string field;
  std::string description;  // English, for logs and API users
  Problem problem = crm::v1::FieldProblem::INVALID;
  int64_t limit = 0;  // the bound, for problems that have one (TOO_LONG, ...)
};

class Error : public std::runtime_error {
 public:
  Error(Reason reason, const std::string& message) : std::runtime_error(message), reason_(reason) {}

  ErrorCode code() const { return CodeOf(reason_); }
  Reason reason() const { return reason_; }
  const std::vector<FieldViolation>& violations() const { return violations_; }
  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  std::chrono::seconds retry_after() const { return retry_after_; }

  Error& AddViolation(FieldViolation violation) {
    violations_.push_back(std::move(violation));
    return *this;
  }
  Error& AddViolation(std::string field, std::string description) {
    return AddViolation({std::move(field), std::move(description)});
  }
  Error& AddViolation(std::string field, Problem problem, std::string description, int64_t limit = 0) {
    return AddViolation({std::move(field), std::move(description), problem, limit});
  }
  Error& AddMetadata(std::string key, std::string value) {
    metadata_[std::move(key)] = std::move(value);
    return *this;
  }
  Error& SetRetryAfter(std::chrono::seconds s) {
    retry_after_ = s;
    return *this;
  }

  // Convenience constructors.
  static Error InvalidField(const std::string& field, const std::string& description) {
    return InvalidField(field, crm::v1::FieldProblem::INVALID, description);
  }
  static Error InvalidField(const std::string& field, Problem problem, const std::string& description,
                            int64_t limit = 0) {
    Error e(crm::v1::ErrorReason::VALIDATION_FAILED, "invalid " + field + ": " + description);
    e.AddViolation(field, problem, description, limit);
    return e;
  }
  static Error NotFound(const std::string& what) { return Error(crm::v1::ErrorReason::NOT_FOUND, what + " not found"); }
  static Error PermissionDenied(const std::string& what) {
    return Error(crm::v1::ErrorReason::PERMISSION_DENIED, "permission denied: " + what);
  }
  static Error Unavailable(const std::string& message) { return Error(crm::v1::ErrorReason::UNAVAILABLE, message); }
  static Error Internal() { return Error(crm::v1::ErrorReason::INTERNAL, "internal error"); }

 private:
  Reason reason_;
  std::vector<FieldViolation> violations_;
  std::map<std::string, std::string> metadata_;
  std::chrono::seconds retry_after_{0};
};

// Collects several field violations and throws them as one INVALID_ARGUMENT.
class Validation {
 public:
  void Fail(std::string field, std::string description) {
    violations_.push_back({std::move(field), std::move(description)});
  }
  void Fail(std::string field, Problem problem, std::string description, int64_t limit = 0) {
    violations_.push_back({std::move(field), std::move(description), problem, limit});
  }
  void Required(std::string field) { Fail(std::move(field), crm::v1::FieldProblem::REQUIRED, "is required"); }
  void TooLong(std::string field, int64_t most) {
    Fail(std::move(field), crm::v1::FieldProblem::TOO_LONG, "must be at most " + std::to_string(most) + " characters",
         most);
  }
  bool ok() const { return violations_.empty(); }
  void ThrowIfFailed() const;

 private:
  std::vector<FieldViolation> violations_;
};

inline void Validation::ThrowIfFailed() const {
  if (violations_.empty()) return;
  std::string fields;
  for (const auto& v : violations_) fields += (fields.empty() ? "" : ", ") + v.field;
  Error e(crm::v1::ErrorReason::VALIDATION_FAILED, "invalid request: " + fields);
  for (const auto& v : violations_) e.AddViolation(v);
  throw e;
}

}  // namespace crm
