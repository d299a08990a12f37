#include "usecases/suitability_sales.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include "common/clock.h"
#include "common/error.h"
#include "common/ids.h"
#include "domain/money.h"
#include "security/crypto.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"
#include "storage/pipelined_tx.h"
#include "storage/request_key_repository.h"
#include "storage/suitability_repository.h"

namespace crm::usecases::suitability {

using domain::Action;
using storage::AuditOutcome;
using storage::SuitabilityRepository;
namespace sr = domain::suitability;

namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

using CheckWork = std::function<nlohmann::json(WorkTx&, const domain::Customer&, const domain::SuitabilityCheck&,
                                               std::optional<Error>& refusal)>;

// As WithClientInScope, for a method addressed by check id: the check and its
// client must be visible (row-level security) and in the caller's scope.
// fn may set a refusal: the event is then recorded as denied, committed, and
// the refusal thrown.
void WithCheckInScope(Caller& caller, const std::string& check_id, const std::string& action, const std::string& reason,
                      const CheckWork& fn) {
  bool found = false;
  std::optional<Error> refusal;
  caller.TransactWork([&](WorkTx& work) {
    auto& tx = work.work();
    const auto scope = work.Require(Action::kSuitabilityWrite);
    refusal.reset();
    auto check = SuitabilityRepository::Check(tx, check_id);
    std::optional<domain::Customer> customer;
    if (check) customer = storage::CustomerRepository::Get(tx, check->customer_id);
    found = customer && work.InScope(scope, domain::Placement(*customer));
    nlohmann::json details = nlohmann::json{{"result", "not found or out of scope"}};
    if (found) {
      details = fn(work, *customer, *check, refusal);
      details["customer_id"] = customer->id;
      if (refusal) details["refused"] = ReasonName(refusal->reason());
    }
    work.Audit({action, "suitability_check", check_id, reason,
                found && !refusal ? AuditOutcome::kOk : AuditOutcome::kDenied, details});
  });
  if (!found) throw Error::NotFound("suitability check");
  if (refusal) throw *refusal;
}

// When the document itself is sent, its SHA-256 must be the one claimed.
std::optional<Error> HashMismatch(const std::string& content, const std::string& sha256) {
  if (content.empty() || security::Sha256Hex(content) == sha256) return std::nullopt;
  return Error(crm::v1::ErrorReason::EVIDENCE_HASH_MISMATCH,
               "the document's SHA-256 does not match the hash given; nothing was recorded")
      .AddViolation("sha256", "does not match the SHA-256 of the content sent");
}

std::optional<Error> DeniedCheck(const domain::SuitabilityCheck& check) {
  if (check.decision != "DENY") return std::nullopt;
  return Error(crm::v1::ErrorReason::CHECK_DENIED,
               "this check denied the sale (" + Join(check.reasons) + "); no evidence can change that")
      .AddViolation("check_id", "the check's decision is DENY");
}

// Attaches one piece of evidence to a check, with its audit event: refused
// (and recorded as denied) when the check is a DENY or the content sent does
// not hash to the SHA-256 claimed.
domain::Evidence AttachEvidence(Caller& caller, const std::string& check_id, const std::string& action,
                                const std::string& content, domain::Evidence row, nlohmann::json details) {
  WithCheckInScope(
      caller, check_id, action, "",
      [&](WorkTx& work, const domain::Customer&, const domain::SuitabilityCheck& check, std::optional<Error>& refusal) {
        if ((refusal = DeniedCheck(check)) || (refusal = HashMismatch(content, row.sha256))) return details;
        row.id = NewUuid();
        row.check_id = check.id;
        row.created_by = work.actor().user_id;
        SuitabilityRepository::InsertEvidence(work.work(), row);
        details["evidence_id"] = row.id;
        return details;
      });
  return row;
}

}  // namespace

CheckResult Check(Caller& caller, const std::string& customer_id, const std::string& product_id_or_code,
                  sr::Intent intent, sr::Channel channel, TimePoint now) {
  CheckResult out;
  bool found = false;
  // Two round trips (storage/pipelined_tx.h): [BEGIN, the session and its
  // user as the acting user, the client, the product, the settings, the
  // latest assessment], then [the check, its event, COMMIT]. Row-level
  // security scopes the reads; nothing is used unless the policy check on
  // the client passes (else [the denial event, COMMIT]).
  caller.Transact([&](RequestTx& request) {
    auto& queue = request.queue();
    const size_t get = storage::CustomerRepository::QueueGet(queue, customer_id);
    const size_t product_at = SuitabilityRepository::QueueProduct(queue, product_id_or_code);
    const size_t settings_at = SuitabilityRepository::QueueSettings(queue);
    const size_t latest_at = SuitabilityRepository::QueueAssessments(queue, customer_id, 1);
    auto [tx, results] = request.Send();
    const auto scope = tx.Require(Action::kSuitabilityWrite);
    const auto customer = storage::CustomerRepository::Row(results[get]);
    found = customer && tx.InScope(scope, domain::Placement(*customer));
    if (!found) {
      tx.QueueAudit({"suitability.check",
                     "customer",
                     customer_id,
                     "",
                     AuditOutcome::kDenied,
                     {{"result", "not found or out of scope"}}});
      tx.Commit();
      return;
    }
    const auto product = SuitabilityRepository::Product(results[product_at]);
    if (!product) throw Error::InvalidField("product_id", "no such product");
    const auto settings = SuitabilityRepository::Settings(results[settings_at]);
    out.valid_minutes = settings.check_valid_minutes;
    const auto latest = SuitabilityRepository::Assessments(results[latest_at]);
    sr::Standing standing;
    standing.investor_class =
        customer->investor_class == "PROFESSIONAL" ? sr::InvestorClass::kProfessional : sr::InvestorClass::kOrdinary;
    if (!latest.empty()) {
      standing.level = sr::ParseLevel(latest[0].level);
      standing.assessment_expired = sr::Expired(now, TimePoint(std::chrono::microseconds(latest[0].expire_time_us)));
    }
    const auto outcome = sr::Match(standing, product->risk, intent, channel, {settings.block_r1_without_assessment});
    auto& row = out.check;
    row.id = NewUuid();
    row.customer_id = customer->id;
    row.product_id = product->id;
    row.intent = std::string(sr::IntentName(intent));
    row.channel = std::string(sr::ChannelName(channel));
    row.decision = std::string(sr::VerdictName(outcome.verdict));
    row.reasons = outcome.reasons;
    row.required_steps = outcome.required_steps;
    row.client_level = standing.level ? std::string(sr::LevelName(*standing.level)) : "";
    row.investor_class = std::string(sr::InvestorClassName(standing.investor_class));
    row.product_risk = product->risk;
    row.assessment_id = latest.empty() ? "" : latest[0].id;
    row.special_care = outcome.special_care;
    row.mismatch = outcome.mismatch;
    row.check_time_us = ToEpochMicros(now);
    row.checked_by = tx.actor().user_id;
    row.product_code = product->code;
    row.product_name = product->name;
    SuitabilityRepository::QueueInsertCheck(tx.queue(), row);
    tx.QueueAudit({"suitability.check",
                   "customer",
                   customer_id,
                   "",
                   AuditOutcome::kOk,
                   {{"check_id", row.id},
                    {"product_code", product->code},
                    {"product_risk", "R" + std::to_string(product->risk)},
                    {"client_level", row.client_level},
                    {"investor_class", row.investor_class},
                    {"intent", row.intent},
                    {"decision", row.decision},
                    {"reasons", row.reasons},
                    {"required_steps", row.required_steps}}});
    tx.Commit();
  });
  if (!found) throw Error::NotFound("customer");
  return out;
}

domain::Evidence RecordAcknowledgement(Caller& caller, const std::string& check_id, domain::Evidence evidence,
                                       const std::string& content) {
  nlohmann::json details{{"kind", evidence.kind}, {"sha256", evidence.sha256}};
  return AttachEvidence(caller, check_id, "suitability.acknowledgement", content, std::move(evidence),
                        std::move(details));
}

domain::Evidence RecordDualRecording(Caller& caller, const std::string& check_id, domain::Evidence evidence,
                                     const std::string& content) {
  nlohmann::json details{{"sha256", evidence.sha256}, {"duration_seconds", evidence.duration_seconds}};
  return AttachEvidence(caller, check_id, "suitability.dual_recording", content, std::move(evidence),
                        std::move(details));
}

domain::Sale RecordSale(Caller& caller, const SaleInput& input, TimePoint now) {
  domain::Sale row;
  const auto& key = input.key;
  const std::string& request_id = key.request_id;
  WithCheckInScope(
      caller, input.check_id, "suitability.sale", "",
      [&](WorkTx& work, const domain::Customer& customer, const domain::SuitabilityCheck& check,
          std::optional<Error>& refusal) {
        auto& tx = work.work();
        // A retry answers with the sale first recorded; the same request_id
        // with another check or amount is refused (REQUEST_ID_REUSED).
        auto replay = [&]() {
          auto existing = SuitabilityRepository::SaleByRequest(tx, request_id);
          if (!existing) throw Error::Internal();
          // A key kept from before V0019 has no fingerprint: the check must match.
          if (existing->check_id != check.id)
            throw Error(crm::v1::ErrorReason::REQUEST_ID_REUSED, "this request_id was used for another sale")
                .AddViolation("request_id", "was already used for a different request");
          row = *existing;
          return nlohmann::json{{"sale_id", row.id}, {"replay", true}};
        };
        if (storage::RequestKeyRepository::Find(tx, key)) return replay();
        const auto settings = SuitabilityRepository::Settings(tx);
        const auto evidence = SuitabilityRepository::Evidence(tx, check.id);
        const auto missing = domain::MissingSteps(check, evidence);
        nlohmann::json details{
            {"decision", check.decision}, {"amount_minor", input.amount_minor}, {"missing_steps", missing}};
        auto product = SuitabilityRepository::ProductById(tx, check.product_id);
        const std::string currency = input.currency.empty() ? product->currency : input.currency;
        if (refusal = DeniedCheck(check); refusal) return details;
        if (auto used = SuitabilityRepository::SaleByCheck(tx, check.id)) {
          // This very request, committed by a concurrent repeat since the lookup above.
          if (used->request_id == request_id && storage::RequestKeyRepository::Find(tx, key)) return replay();
          refusal = Error(crm::v1::ErrorReason::CHECK_ALREADY_USED,
                          "a sale was already recorded on this check; run a new check")
                        .AddViolation("check_id", "already has a sale");
          return details;
        }
        if (ToEpochMicros(now) > check.check_time_us + int64_t{settings.check_valid_minutes} * 60 * 1000000) {
          refusal = Error(crm::v1::ErrorReason::CHECK_EXPIRED, "the check is older than " +
                                                                   std::to_string(settings.check_valid_minutes) +
                                                                   " minutes; run it again")
                        .AddViolation("check_id", "is no longer recent");
          return details;
        }
        if (!missing.empty()) {
          Error e(crm::v1::ErrorReason::EVIDENCE_MISSING, "missing before the sale: " + Join(missing));
          for (const auto& m : missing) e.AddViolation("required_steps", m + " is missing");
          e.AddMetadata("missing_steps", Join(missing));
          refusal = e;
          return details;
        }
        if (currency != product->currency)
          throw Error::InvalidField("amount.currency", "the product is sold in " + product->currency);
        if (input.amount_minor < product->min_investment_minor)
          throw Error::InvalidField("amount.amount_minor", "is below the product's minimum investment");
        // The holding this sale adds to stays within the range of an amount.
        const int64_t held = storage::HoldingsRepository::HoldingValue(tx, customer.id, product->code);
        if (!domain::AddMoney(held, input.amount_minor))
          throw Error::InvalidField("amount.amount_minor", crm::v1::FieldProblem::HOLDING_TOO_LARGE,
                                    "would take the client's holding of this product beyond " +
                                        std::to_string(domain::kMaxMoneyMinor) + " fen");
        // Claimed only now, so a refused sale leaves its request_id unused; a
        // concurrent repeat waits here for the first and answers with its sale.
        if (storage::RequestKeyRepository::Claim(tx, key)) return replay();
        row.id = NewUuid();
        row.request_id = request_id;
        row.check_id = check.id;
        row.customer_id = customer.id;
        row.product_id = check.product_id;
        row.amount_minor = input.amount_minor;
        row.currency = currency;
        row.special_care = check.special_care;
        row.mismatch = check.mismatch;
        row.sale_time_us = ToEpochMicros(now);
        row.sold_by = work.actor().user_id;
        SuitabilityRepository::InsertSale(tx, row);
        storage::RequestKeyRepository::Complete(tx, key, row.id);
        storage::HoldingsRepository::AddToHolding(tx, customer.id, product->code, row.amount_minor, row.currency);
        storage::HoldingsRepository::RecordSaleTrade(tx, customer.id, row.sale_time_us, product->code, row.amount_minor,
                                                     row.id);
        details["sale_id"] = row.id;
        details["special_care"] = row.special_care;
        details["mismatch"] = row.mismatch;
        std::vector<std::string> hashes;
        for (const auto& e : evidence) hashes.push_back(e.kind + ":" + e.sha256);
        details["evidence"] = hashes;
        return details;
      });
  return row;
}

ExceptionPage ListExceptions(Caller& caller, const std::string& kind, int offset, int size, bool unreviewed_only,
                             TimePoint now) {
  ExceptionPage page;
  caller.TransactWork([&](WorkTx& work) {
    const auto scope = work.Require(Action::kSuitabilityExceptions);
    page = ExceptionPage{};
    auto rows =
        SuitabilityRepository::Exceptions(work.work(), kind, ToEpochMicros(now), offset, size + 1, unreviewed_only);
    std::vector<std::string> ids;
    for (int i = 0; i < std::min<int>(size, rows.size()); ++i) {
      auto& r = rows[i];
      // Row-level security already scoped the query; the policy module checks again.
      if (!work.InScope(scope, {r.owner_user_id, r.team_id, r.branch_id, false})) continue;
      ids.push_back(r.customer_id);
      page.exceptions.push_back(std::move(r));
    }
    page.more = static_cast<int>(rows.size()) > size;
    work.Audit({"suitability.exceptions.list",
                "customer",
                "",
                "",
                AuditOutcome::kOk,
                {{"kind", kind}, {"count", ids.size()}, {"customer_ids", ids}}});
  });
  return page;
}

domain::SuitabilityException ReviewException(Caller& caller, const std::string& kind, const std::string& key,
                                             const std::vector<std::string>& parts, const std::string& note,
                                             TimePoint now) {
  const std::string customer_id = parts.at(0);
  bool found = false;
  domain::SuitabilityException out;
  caller.TransactWork([&](WorkTx& work) {
    auto& tx = work.work();
    const auto scope = work.Require(Action::kSuitabilityExceptionReview);
    auto row = storage::CustomerRepository::Get(tx, customer_id);
    found = row && work.InScope(scope, domain::Placement(*row)) &&
            SuitabilityRepository::ExceptionExists(tx, kind, parts, ToEpochMicros(now));
    if (found) {
      SuitabilityRepository::InsertExceptionReview(tx, customer_id, kind, key, note, work.actor().user_id);
      auto latest = SuitabilityRepository::LatestExceptionReview(tx, key);
      if (!latest) throw Error::Internal();
      out = *latest;
    }
    // In the same transaction as the review it records (the note is the reason).
    work.Audit({"suitability.exception.review",
                "customer",
                customer_id,
                note,
                found ? AuditOutcome::kOk : AuditOutcome::kDenied,
                {{"kind", kind}, {"review_key", key}}});
  });
  if (!found) throw Error::NotFound("suitability exception");
  return out;
}

}  // namespace crm::usecases::suitability
