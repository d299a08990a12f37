#include "common/error.h"

namespace crm {

ErrorCode CodeOf(Reason reason) {
  using R = crm::v1::ErrorReason;
  switch (reason) {
    case R::VALIDATION_FAILED:
    case R::PASSWORD_POLICY:
    case R::EVIDENCE_HASH_MISMATCH:
    case R::POLICY_INVALID: return ErrorCode::kInvalidArgument;
    case R::NOT_FOUND: return ErrorCode::kNotFound;
    case R::ALREADY_EXISTS:
    case R::REQUEST_ID_REUSED:
    case R::ACCOUNT_EXISTS:
    case R::PRODUCT_EXISTS: return ErrorCode::kAlreadyExists;
    case R::PERMISSION_DENIED: return ErrorCode::kPermissionDenied;
    case R::INVALID_CREDENTIALS:
    case R::ACCOUNT_LOCKED:
    case R::ACCOUNT_DISABLED:
    case R::SESSION_MISSING:
    case R::SESSION_EXPIRED:
    case R::SESSION_REVOKED: return ErrorCode::kUnauthenticated;
    case R::PASSWORD_EXPIRED:
    case R::REFERENCE_MISSING:
    case R::NOT_TRANSFERABLE:
    case R::QUESTIONNAIRE_INVALID:
    case R::EVIDENCE_MISSING:
    case R::CHECK_DENIED:
    case R::CHECK_EXPIRED:
    case R::CHECK_ALREADY_USED:
    case R::APPLICATION_THRESHOLDS_NOT_MET:
    case R::NOT_A_DRAFT:
    case R::FOUR_EYES_REQUIRED:
    case R::NO_ACTIVE_POLICY:
    case R::RETENTION:
    case R::NOT_OLDEST:
    case R::CHAIN_BROKEN:
    case R::NO_MARKETING_CONSENT:
    case R::NO_CONTACT_ADDRESS:
    case R::MESSAGE_STATE: return ErrorCode::kFailedPrecondition;
    case R::REPORT_CLOSED: return ErrorCode::kFailedPrecondition;
    case R::INTEGRATION_REFUSED: return ErrorCode::kUnauthenticated;
    case R::CASE_CLOSED: return ErrorCode::kFailedPrecondition;
    case R::ETAG_MISMATCH:
    case R::CONFLICT:
    case R::CANCELLED:
    case R::RECOMPUTE_ENDED: return ErrorCode::kAborted;
    case R::BUSY:
    case R::UNAVAILABLE: return ErrorCode::kUnavailable;
    case R::DEADLINE_EXCEEDED: return ErrorCode::kDeadlineExceeded;
    case R::INTERNAL:
    case R::ERROR_REASON_UNSPECIFIED:
    case crm::v1::ErrorReason_Value_ErrorReason_Value_INT_MIN_SENTINEL_DO_NOT_USE_:
    case crm::v1::ErrorReason_Value_ErrorReason_Value_INT_MAX_SENTINEL_DO_NOT_USE_: return ErrorCode::kInternal;
  }
  return ErrorCode::kInternal;
}

std::string ReasonName(Reason reason) { return crm::v1::ErrorReason::Value_Name(reason); }

}  // namespace crm
