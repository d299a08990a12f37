// Typed domain errors. Domain and storage code throw crm::Error; exactly one
// place (rpc/error_mapping.cc) turns them into gRPC status codes with
// google.rpc details. Messages must never contain personal data, SQL text or
// secrets: they are shown to users and written to logs.
#pragma once

#include <chrono>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace crm {

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

struct FieldViolation {
  std::string field;
  std::string description;
};

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string reason, const std::string& message)
      : std::runtime_error(message), code_(code), reason_(std::move(reason)) {}

  ErrorCode code() const { return code_; }
  // Stable machine-readable reason (google.rpc.ErrorInfo.reason).
  const std::string& reason() const { return reason_; }
  const std::vector<FieldViolation>& violations() const { return violations_; }
  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  std::chrono::seconds retry_after() const { return retry_after_; }

  Error& AddViolation(std::string field, std::string description) {
    violations_.push_back({std::move(field), std::move(description)});
    return *this;
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
    Error e(ErrorCode::kInvalidArgument, "VALIDATION_FAILED", "invalid " + field + ": " + description);
    e.AddViolation(field, description);
    return e;
  }
  static Error NotFound(const std::string& what) {
    return Error(ErrorCode::kNotFound, "NOT_FOUND", what + " not found");
  }
  static Error PermissionDenied(const std::string& what) {
    return Error(ErrorCode::kPermissionDenied, "PERMISSION_DENIED", "permission denied: " + what);
  }
  static Error Unauthenticated(const std::string& reason, const std::string& message) {
    return Error(ErrorCode::kUnauthenticated, reason, message);
  }
  static Error Unavailable(const std::string& message) {
    return Error(ErrorCode::kUnavailable, "UNAVAILABLE", message);
  }
  static Error Internal() { return Error(ErrorCode::kInternal, "INTERNAL", "internal error"); }

 private:
  ErrorCode code_;
  std::string reason_;
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
  bool ok() const { return violations_.empty(); }
  void ThrowIfFailed() const;

 private:
  std::vector<FieldViolation> violations_;
};

inline void Validation::ThrowIfFailed() const {
  if (violations_.empty()) return;
  std::string fields;
  for (const auto& v : violations_) fields += (fields.empty() ? "" : ", ") + v.field;
  Error e(ErrorCode::kInvalidArgument, "VALIDATION_FAILED", "invalid request: " + fields);
  for (const auto& v : violations_) e.AddViolation(v.field, v.description);
  throw e;
}

}  // namespace crm
