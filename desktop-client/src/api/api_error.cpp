#include "api/api_error.h"

#include <grpcpp/support/error_details.h>
#include <grpcpp/support/status.h>

#include "crm/v1/common.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

namespace crm::desktop {

namespace {

using R = crm::v1::ErrorReason;

// The reasons the workstation acts on by themselves; every other reason by
// its status code, which the reason decides on the server (crm::CodeOf), and
// so do the transport's own errors (unreachable, TLS, cancelled here).
ApiError::Kind kindOf(R::Value reason, grpc::StatusCode code) {
  using K = ApiError::Kind;
  switch (reason) {
    case R::INVALID_CREDENTIALS: return K::InvalidCredentials;
    case R::ACCOUNT_LOCKED: return K::AccountLocked;
    case R::ACCOUNT_DISABLED: return K::AccountDisabled;
    case R::PASSWORD_EXPIRED: return K::PasswordExpired;
    case R::PASSWORD_POLICY: return K::PasswordPolicy;
    case R::EVIDENCE_HASH_MISMATCH: return K::Refused;  // a file, not a field to correct
    case R::BUSY: return K::Busy;
    default: break;
  }
  switch (code) {
    case grpc::StatusCode::UNAUTHENTICATED: return K::SessionEnded;
    case grpc::StatusCode::INVALID_ARGUMENT: return K::Validation;
    case grpc::StatusCode::FAILED_PRECONDITION: return K::Refused;
    case grpc::StatusCode::PERMISSION_DENIED: return K::PermissionDenied;
    case grpc::StatusCode::NOT_FOUND: return K::NotFound;
    case grpc::StatusCode::ABORTED:
    case grpc::StatusCode::ALREADY_EXISTS: return K::Conflict;
    case grpc::StatusCode::UNAVAILABLE: return K::Unreachable;
    case grpc::StatusCode::DEADLINE_EXCEEDED: return K::Timeout;
    case grpc::StatusCode::CANCELLED: return K::Cancelled;
    default: return K::Internal;
  }
}

}  // namespace

ApiError ApiError::fromStatus(const grpc::Status& status) {
  ApiError e;
  if (status.ok()) return e;
  e.m_serverMessage = QString::fromStdString(status.error_message());
  google::rpc::Status details;
  std::vector<crm::v1::FieldProblems::Entry> codes;
  if (grpc::ExtractErrorDetails(status, &details).ok()) {
    for (const auto& any : details.details()) {
      google::rpc::ErrorInfo info;
      google::rpc::BadRequest bad;
      google::rpc::RetryInfo retry;
      crm::v1::FieldProblems problems;
      if (any.Is<crm::v1::FieldProblems>() && any.UnpackTo(&problems)) {
        codes.assign(problems.entries().begin(), problems.entries().end());
      } else if (any.UnpackTo(&info)) {
        e.m_reason = QString::fromStdString(info.reason());
        for (const auto& [k, v] : info.metadata())
          e.m_metadata.insert(QString::fromStdString(k), QString::fromStdString(v));
        auto it = info.metadata().find("retry_after_seconds");
        if (it != info.metadata().end()) e.m_retryAfter = QString::fromStdString(it->second).toInt();
      } else if (any.UnpackTo(&bad)) {
        for (const auto& v : bad.field_violations())
          e.m_fields.append({QString::fromStdString(v.field()), QString::fromStdString(v.description())});
      } else if (any.UnpackTo(&retry)) {
        e.m_retryAfter = static_cast<int>(retry.retry_delay().seconds());
      }
    }
  }
  // The codes of each violation, in the same order as BadRequest's.
  for (qsizetype i = 0; i < e.m_fields.size() && i < static_cast<qsizetype>(codes.size()); ++i) {
    if (e.m_fields[i].field != QString::fromStdString(codes[i].field())) continue;
    e.m_fields[i].problem = codes[i].problem();
    e.m_fields[i].limit = codes[i].limit();
  }
  crm::v1::ErrorReason::Value reason = crm::v1::ErrorReason::ERROR_REASON_UNSPECIFIED;
  if (crm::v1::ErrorReason::Value_Parse(e.m_reason.toStdString(), &reason)) e.m_reasonCode = reason;
  e.m_kind = kindOf(reason, status.error_code());
  return e;
}

}  // namespace crm::desktop
