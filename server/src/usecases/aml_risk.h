// Clients' AML risk ratings (regulatory.md section 2; issue 26): LOW, MEDIUM
// or HIGH with a re-review date (the rating's period from the day it was
// set: HIGH 6 months, MEDIUM 24, LOW 36 by default, data). Compliance rates
// and re-reviews (the same rating again with the review's reason moves the
// date on); a confirmed watch-list match rates the client HIGH. Audited.
#pragma once

#include <string>
#include <vector>

#include "storage/aml_risk_repository.h"
#include "usecases/request_tx.h"

namespace crm::usecases::aml {

struct RiskRatingView {
  storage::AmlRiskRating rating;
  bool overdue = false;  // the review date has passed
};

// version: the one read (0: the client has none yet).
RiskRatingView RateClient(Caller& caller, const std::string& customer_id, const std::string& rating,
                          const std::string& reason, int version);

struct RiskListRequest {
  bool due_only = false;  // review date today or earlier
  std::string after_review, after_customer;
  int limit = 50;
};
std::vector<RiskRatingView> ListRiskRatings(Caller& caller, const RiskListRequest& request);

// In the transaction that confirms a watch-list match: HIGH, whatever the
// rating was, with the officer's reason for confirming (their words, in
// their language); audited as the confirming officer, naming the case.
void RateHighOnConfirmedMatch(WorkTx& tx, const std::string& customer_id, int64_t case_id, const std::string& reason);

}  // namespace crm::usecases::aml
