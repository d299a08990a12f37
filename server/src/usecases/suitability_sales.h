// Use cases of the sale path (regulatory.md section 1, "Matching matrix" and
// "Mismatch path"): the check, the evidence of the mismatch path (signed risk
// warning, dual recording), the sale it allows, and the compliance
// exceptions list with its reviews. A refused sale or a piece of evidence
// whose hash does not match is itself recorded (outcome denied) before the
// error is returned.
#pragma once

#include <string>
#include <vector>

#include "common/clock.h"
#include "domain/request_key.h"
#include "domain/suitability.h"
#include "usecases/request_tx.h"

namespace crm::usecases::suitability {

// Matches the client's standing against the product (id or code) and
// records the check with its decision, reasons and required steps. Two round
// trips. NOT_FOUND for a client out of scope.
struct CheckResult {
  domain::SuitabilityCheck check;
  int valid_minutes = 0;  // how long the check may be sold on
};
CheckResult Check(Caller& caller, const std::string& customer_id, const std::string& product_id_or_code,
                  domain::suitability::Intent intent, domain::suitability::Channel channel, TimePoint now);

// Attaches a signed acknowledgement / electronic confirmation, or a dual
// recording, to a check. content (optional) must hash to evidence.sha256.
// CHECK_DENIED on a DENY check; EVIDENCE_HASH_MISMATCH; both recorded.
domain::Evidence RecordAcknowledgement(Caller& caller, const std::string& check_id, domain::Evidence evidence,
                                       const std::string& content);
domain::Evidence RecordDualRecording(Caller& caller, const std::string& check_id, domain::Evidence evidence,
                                     const std::string& content);

// A sale on a check: refused (recorded) when the check denied it, was used,
// expired, or lacks evidence; a repeat of the request answers with the first
// sale. Adds to the client's holding and records the trade.
struct SaleInput {
  domain::RequestKey key;
  std::string check_id;
  int64_t amount_minor = 0;
  std::string currency;  // "" = the product's
};
domain::Sale RecordSale(Caller& caller, const SaleInput& input, TimePoint now);

// A page of one kind of exception (MISMATCH_SALE, SPECIAL_CARE_SALE,
// ASSESSMENT_EXPIRING, HOLDING_ABOVE_LEVEL) in the caller's scope.
struct ExceptionPage {
  std::vector<domain::SuitabilityException> exceptions;
  bool more = false;
};
ExceptionPage ListExceptions(Caller& caller, const std::string& kind, int offset, int size, bool unreviewed_only,
                             TimePoint now);

// Records a compliance officer's review note on a listed exception (key as
// listed, split at '|' into parts; its first part is the client).
// NOT_FOUND when it is not an exception of that kind in scope now.
domain::SuitabilityException ReviewException(Caller& caller, const std::string& kind, const std::string& key,
                                             const std::vector<std::string>& parts, const std::string& note,
                                             TimePoint now);

}  // namespace crm::usecases::suitability
