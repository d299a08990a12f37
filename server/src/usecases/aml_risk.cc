#include "usecases/aml_risk.h"

#include "common/utf8.h"
#include "common/error.h"
#include "common/ids.h"
#include "domain/calendar.h"
#include "domain/policy.h"
#include "storage/customer_repository.h"

namespace crm::usecases::aml {

using domain::Action;
using storage::AmlRiskRepository;
using storage::AuditOutcome;

namespace {

std::string Today() { return domain::BusinessDateOf(std::chrono::system_clock::now()); }

RiskRatingView ViewOf(const storage::AmlRiskRating& r) { return {r, r.next_review < Today()}; }

}  // namespace

RiskRatingView RateClient(Caller& caller, const std::string& customer_id, const std::string& rating,
                          const std::string& reason, int version) {
  Validation v;
  if (!IsUuid(customer_id)) v.Fail("customer_id", "is not a client id");
  if (rating != "LOW" && rating != "MEDIUM" && rating != "HIGH")
    v.Fail("rating", crm::v1::FieldProblem::NOT_ONE_OF, "must be LOW, MEDIUM or HIGH");
  if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
    v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required");
  else if (Utf8Length(reason) > 500)
    v.Fail("reason", crm::v1::FieldProblem::TOO_LONG, "is too long", 500);
  if (version < 0) v.Fail("version", "must not be negative");
  v.ThrowIfFailed();
  RiskRatingView out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    if (!storage::CustomerRepository::Get(tx.work(), customer_id)) throw Error::NotFound("client");
    const auto before = AmlRiskRepository::Get(tx.work(), customer_id);
    if (before ? before->version != version : version != 0)
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the rating changed since it was read")
          .AddMetadata("current_etag", std::to_string(before ? before->version : 0));
    if (!AmlRiskRepository::Rate(tx.work(), customer_id, rating, reason, tx.actor().user_id, version, Today()))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the rating changed since it was read");
    out = ViewOf(*AmlRiskRepository::Get(tx.work(), customer_id));
    tx.Audit(
        {"aml.risk.rate",
         "customer",
         customer_id,
         reason,
         AuditOutcome::kOk,
         {{"rating", rating}, {"previous", before ? before->rating : ""}, {"next_review", out.rating.next_review}}});
  });
  return out;
}

std::vector<RiskRatingView> ListRiskRatings(Caller& caller, const RiskListRequest& request) {
  std::vector<RiskRatingView> out;
  const std::string today = Today();
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    out.clear();
    for (const auto& r : AmlRiskRepository::List(tx.work(), request.due_only, today, request.after_review,
                                                 request.after_customer, request.limit))
      out.push_back(ViewOf(r));
    tx.Audit({"aml.risk.list",
              "customer",
              "",
              "",
              AuditOutcome::kOk,
              {{"due_only", request.due_only}, {"count", out.size()}}});
  });
  return out;
}

void RateHighOnConfirmedMatch(WorkTx& tx, const std::string& customer_id, int64_t case_id, const std::string& reason) {
  const auto before = AmlRiskRepository::Get(tx.work(), customer_id);
  if (!AmlRiskRepository::Rate(tx.work(), customer_id, "HIGH", reason, tx.actor().user_id, -1, Today()))
    throw Error::Internal();  // no period for HIGH: the data is broken
  const auto after = AmlRiskRepository::Get(tx.work(), customer_id);
  tx.Audit({"aml.risk.rate",
            "customer",
            customer_id,
            reason,
            AuditOutcome::kOk,
            {{"rating", "HIGH"},
             {"previous", before ? before->rating : ""},
             {"next_review", after ? after->next_review : ""},
             {"case_id", case_id}}});
}

}  // namespace crm::usecases::aml
