// SuitabilityService: the check, the evidence of the mismatch path (signed
// risk warning, dual recording) and the sale it allows, and the compliance
// exceptions list (regulatory.md section 1, "Matching matrix" and "Mismatch
// path"). A refused sale or a piece of evidence whose hash does not match is
// itself recorded (outcome denied) before the error is returned.
#include <algorithm>
#include <regex>

#include "common/error.h"
#include "domain/money.h"
#include "domain/policy.h"
#include "security/crypto.h"
#include "usecases/client_access.h"
#include "services/customer_mapping.h"
#include "services/proto_convert.h"
#include "services/suitability_mapping.h"
#include "services/suitability_service.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/request_key_repository.h"
#include "storage/pipelined_tx.h"
#include "storage/suitability_repository.h"
#include "storage/transaction.h"

namespace crm::services {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::SuitabilityRepository;
using namespace suitability;
namespace sr = domain::suitability;

namespace {

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

using CheckWork = std::function<nlohmann::json(pqxx::work&, const storage::CustomerRow&, const storage::CheckRow&,
                                               std::optional<Error>& refusal)>;

// As WithClientInScope, for a method addressed by check id: the check and its
// client must be visible (row-level security) and in the caller's scope.
// fn may set a refusal: the event is then recorded as denied, committed, and
// the refusal thrown.
void WithCheckInScope(rpc::Call& call, domain::DataScope scope, const std::string& check_id, const std::string& action,
                      const std::string& reason, const CheckWork& fn) {
  bool found = false;
  std::optional<Error> refusal;
  call.caller().TransactWork([&](usecases::WorkTx& work) {
    auto& tx = work.work();
    refusal.reset();
    auto check = SuitabilityRepository::Check(tx, check_id);
    std::optional<storage::CustomerRow> customer;
    if (check) customer = storage::CustomerRepository::Get(tx, check->customer_id);
    found = customer && InScope(call.actor, scope, *customer);
    nlohmann::json details = nlohmann::json{{"result", "not found or out of scope"}};
    if (found) {
      details = fn(tx, *customer, *check, refusal);
      details["customer_id"] = customer->id;
      if (refusal) details["refused"] = ReasonName(refusal->reason());
    }
    work.Audit({action, "suitability_check", check_id, reason,
                found && !refusal ? AuditOutcome::kOk : AuditOutcome::kDenied, details});
  });
  if (!found) throw Error::NotFound("suitability check");
  if (refusal) throw *refusal;
}

std::string NormalizeHash(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// When the document itself is sent, its SHA-256 must be the one claimed.
std::optional<Error> HashMismatch(const std::string& content, const std::string& sha256) {
  if (content.empty() || security::Sha256Hex(content) == sha256) return std::nullopt;
  return Error(crm::v1::ErrorReason::EVIDENCE_HASH_MISMATCH,
               "the document's SHA-256 does not match the hash given; nothing was recorded")
      .AddViolation("sha256", "does not match the SHA-256 of the content sent");
}

std::optional<Error> DeniedCheck(const storage::CheckRow& check) {
  if (check.decision != "DENY") return std::nullopt;
  return Error(crm::v1::ErrorReason::CHECK_DENIED,
               "this check denied the sale (" + Join(check.reasons) + "); no evidence can change that")
      .AddViolation("check_id", "the check's decision is DENY");
}

// Attaches one piece of evidence to a check, with its audit event: refused
// (and recorded as denied) when the check is a DENY or the content sent does
// not hash to the SHA-256 claimed.
storage::EvidenceRow AttachEvidence(rpc::Call& call, domain::DataScope scope, const std::string& check_id,
                                    const std::string& action, const std::string& content, storage::EvidenceRow row,
                                    nlohmann::json details) {
  WithCheckInScope(
      call, scope, check_id, action, "",
      [&](pqxx::work& tx, const storage::CustomerRow&, const storage::CheckRow& check, std::optional<Error>& refusal) {
        if ((refusal = DeniedCheck(check)) || (refusal = HashMismatch(content, row.sha256))) return details;
        row.id = NewUuid();
        row.check_id = check.id;
        row.created_by = call.actor.user_id;
        SuitabilityRepository::InsertEvidence(tx, row);
        details["evidence_id"] = row.id;
        return details;
      });
  return row;
}

}  // namespace

grpc::ServerUnaryReactor* SuitabilityService::CheckSuitability(grpc::CallbackServerContext* ctx,
                                                               const crm::v1::CheckSuitabilityRequest* req,
                                                               crm::v1::SuitabilityCheck* resp) {
  return pipeline_.UnaryInBatch(
      ctx, "/crm.v1.SuitabilityService/CheckSuitability", [this, req, resp](usecases::Caller& caller) {
        Validation v;
        if (!IsUuid(req->customer_id())) v.Fail("customer_id", "is not a client id");
        if (req->product_id().empty()) v.Fail("product_id", "give a product id or code");
        if (req->intent() == crm::v1::SUITABILITY_INTENT_UNSPECIFIED)
          v.Fail("intent", crm::v1::FieldProblem::NOT_ONE_OF, "choose RECOMMEND, CLIENT_REQUEST or CAMPAIGN");
        v.ThrowIfFailed();
        const TimePoint now = clock_.Now();
        storage::CheckRow row;
        int valid_minutes = 0;
        bool found = false;
        // Two round trips (storage/pipelined_tx.h): [BEGIN, the session and its
        // user as the acting user, the client, the product, the settings, the
        // latest assessment], then [the check, its event, COMMIT]. Row-level
        // security scopes the reads; nothing is used unless the policy check on
        // the client passes (else [the denial event, COMMIT]).
        caller.Transact([&](usecases::RequestTx& request) {
          auto& queue = request.queue();
          const size_t get = storage::CustomerRepository::QueueGet(queue, req->customer_id());
          const size_t product_at = SuitabilityRepository::QueueProduct(queue, req->product_id());
          const size_t settings_at = SuitabilityRepository::QueueSettings(queue);
          const size_t latest_at = SuitabilityRepository::QueueAssessments(queue, req->customer_id(), 1);
          auto [tx, results] = request.Send();
          const auto scope = tx.Require(Action::kSuitabilityWrite);
          const auto customer = storage::CustomerRepository::Row(results[get]);
          found = customer && InScope(tx.actor(), scope, *customer);
          if (!found) {
            tx.QueueAudit({"suitability.check",
                           "customer",
                           req->customer_id(),
                           "",
                           AuditOutcome::kDenied,
                           {{"result", "not found or out of scope"}}});
            tx.Commit();
            return;
          }
          const auto product = SuitabilityRepository::Product(results[product_at]);
          if (!product) throw Error::InvalidField("product_id", "no such product");
          const auto settings = SuitabilityRepository::Settings(results[settings_at]);
          valid_minutes = settings.check_valid_minutes;
          const auto latest = SuitabilityRepository::Assessments(results[latest_at]);
          sr::Standing standing;
          standing.investor_class = customer->investor_class == "PROFESSIONAL" ? sr::InvestorClass::kProfessional
                                                                               : sr::InvestorClass::kOrdinary;
          if (!latest.empty()) {
            standing.level = sr::ParseLevel(latest[0].level);
            standing.assessment_expired = sr::Expired(now, FromMicros(latest[0].expire_time_us));
          }
          const auto intent = req->intent() == crm::v1::RECOMMEND  ? sr::Intent::kRecommend
                              : req->intent() == crm::v1::CAMPAIGN ? sr::Intent::kCampaign
                                                                   : sr::Intent::kClientRequest;
          const auto channel = ChannelFromProto(req->channel());
          const auto outcome =
              sr::Match(standing, product->risk, intent, channel, {settings.block_r1_without_assessment});
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
          row.check_time_us = MicrosOf(now);
          row.checked_by = tx.actor().user_id;
          row.product_code = product->code;
          row.product_name = product->name;
          SuitabilityRepository::QueueInsertCheck(tx.queue(), row);
          tx.QueueAudit({"suitability.check",
                         "customer",
                         req->customer_id(),
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
        CheckToProto(row, {}, valid_minutes, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::RecordAcknowledgement(grpc::CallbackServerContext* ctx,
                                                                    const crm::v1::RecordAcknowledgementRequest* req,
                                                                    crm::v1::Evidence* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/RecordAcknowledgement", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityWrite);
        const TimePoint now = clock_.Now();
        const std::string kind = req->kind().empty() ? "ACKNOWLEDGEMENT" : req->kind();
        const std::string sha = NormalizeHash(req->sha256());
        Validation v;
        if (!IsUuid(req->check_id())) v.Fail("check_id", "is not a check id");
        if (kind != "ACKNOWLEDGEMENT" && kind != "ELECTRONIC_CONFIRMATION")
          v.Fail("kind", "must be ACKNOWLEDGEMENT or ELECTRONIC_CONFIRMATION");
        if (Blank(req->document_reference()) || req->document_reference().size() > 500)
          v.Fail("document_reference", crm::v1::FieldProblem::REQUIRED, "is required (at most 500 characters)");
        if (!IsSha256Hex(sha)) v.Fail("sha256", "must be the document's SHA-256 as 64 hex digits");
        if (!req->has_confirm_time()) v.Fail("confirm_time", "give when the client confirmed");
        const int64_t confirm_us = req->confirm_time().seconds() * 1000000 + req->confirm_time().nanos() / 1000;
        if (req->has_confirm_time() && confirm_us > MicrosOf(now) + int64_t{300} * 1000000)
          v.Fail("confirm_time", crm::v1::FieldProblem::MUST_NOT_BE_FUTURE, "is in the future");
        v.ThrowIfFailed();
        storage::EvidenceRow row;
        row.kind = kind;
        row.reference = req->document_reference();
        row.sha256 = sha;
        row.confirm_time_us = confirm_us;
        row.create_time_us = MicrosOf(now);
        row = AttachEvidence(call, scope, req->check_id(), "suitability.acknowledgement", req->content(), row,
                             {{"kind", kind}, {"sha256", sha}});
        EvidenceToProto(row, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::RecordDualRecording(grpc::CallbackServerContext* ctx,
                                                                  const crm::v1::RecordDualRecordingRequest* req,
                                                                  crm::v1::Evidence* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/RecordDualRecording", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityWrite);
        const TimePoint now = clock_.Now();
        const std::string sha = NormalizeHash(req->sha256());
        Validation v;
        if (!IsUuid(req->check_id())) v.Fail("check_id", "is not a check id");
        if (Blank(req->media_reference()) || req->media_reference().size() > 500)
          v.Fail("media_reference", crm::v1::FieldProblem::REQUIRED, "is required (at most 500 characters)");
        if (!IsSha256Hex(sha)) v.Fail("sha256", "must be the recording's SHA-256 as 64 hex digits");
        if (req->duration_seconds() <= 0)
          v.Fail("duration_seconds", crm::v1::FieldProblem::MUST_BE_POSITIVE, "must be positive");
        if (Blank(req->recorded_by_name())) v.Fail("recorded_by_name", "say who recorded it");
        v.ThrowIfFailed();
        storage::EvidenceRow row;
        row.kind = "DUAL_RECORDING";
        row.reference = req->media_reference();
        row.sha256 = sha;
        row.duration_seconds = req->duration_seconds();
        row.recorded_by_name = req->recorded_by_name();
        row.create_time_us = MicrosOf(now);
        row = AttachEvidence(call, scope, req->check_id(), "suitability.dual_recording", req->content(), row,
                             {{"sha256", sha}, {"duration_seconds", req->duration_seconds()}});
        EvidenceToProto(row, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::RecordSale(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::RecordSaleRequest* req, crm::v1::Sale* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/RecordSale", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityWrite);
        const TimePoint now = clock_.Now();
        Validation v;
        if (Blank(req->request_id()) || req->request_id().size() > 100)
          v.Fail("request_id", crm::v1::FieldProblem::REQUIRED,
                 "is required (at most 100 characters) so a retry cannot sell twice");
        if (!IsUuid(req->check_id())) v.Fail("check_id", "is not a check id");
        domain::CheckMoney(v, "amount.amount_minor", req->amount().amount_minor(), 1);
        v.ThrowIfFailed();
        storage::SaleRow row;
        const auto key = KeyOf("RecordSale", req->request_id(), *req, call.actor.user_id);
        WithCheckInScope(
            call, scope, req->check_id(), "suitability.sale", "",
            [&](pqxx::work& tx, const storage::CustomerRow& customer, const storage::CheckRow& check,
                std::optional<Error>& refusal) {
              // A retry answers with the sale first recorded; the same request_id
              // with another check or amount is refused (REQUEST_ID_REUSED).
              auto replay = [&]() {
                auto existing = SuitabilityRepository::SaleByRequest(tx, req->request_id());
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
              const auto missing = MissingSteps(check, evidence);
              nlohmann::json details{{"decision", check.decision},
                                     {"amount_minor", req->amount().amount_minor()},
                                     {"missing_steps", missing}};
              auto product = SuitabilityRepository::ProductById(tx, check.product_id);
              const std::string currency =
                  req->amount().currency().empty() ? product->currency : req->amount().currency();
              if (refusal = DeniedCheck(check); refusal) return details;
              if (auto used = SuitabilityRepository::SaleByCheck(tx, check.id)) {
                // This very request, committed by a concurrent repeat since the lookup above.
                if (used->request_id == req->request_id() && storage::RequestKeyRepository::Find(tx, key))
                  return replay();
                refusal = Error(crm::v1::ErrorReason::CHECK_ALREADY_USED,
                                "a sale was already recorded on this check; run a new check")
                              .AddViolation("check_id", "already has a sale");
                return details;
              }
              if (MicrosOf(now) > check.check_time_us + int64_t{settings.check_valid_minutes} * 60 * 1000000) {
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
              if (req->amount().amount_minor() < product->min_investment_minor)
                throw Error::InvalidField("amount.amount_minor", "is below the product's minimum investment");
              // The holding this sale adds to stays within the range of an amount.
              const int64_t held = SuitabilityRepository::HoldingValue(tx, customer.id, product->code);
              if (!domain::AddMoney(held, req->amount().amount_minor()))
                throw Error::InvalidField("amount.amount_minor", crm::v1::FieldProblem::HOLDING_TOO_LARGE,
                                          "would take the client's holding of this product beyond " +
                                              std::to_string(domain::kMaxMoneyMinor) + " fen");
              // Claimed only now, so a refused sale leaves its request_id unused; a
              // concurrent repeat waits here for the first and answers with its sale.
              if (storage::RequestKeyRepository::Claim(tx, key)) return replay();
              row.id = NewUuid();
              row.request_id = req->request_id();
              row.check_id = check.id;
              row.customer_id = customer.id;
              row.product_id = check.product_id;
              row.amount_minor = req->amount().amount_minor();
              row.currency = currency;
              row.special_care = check.special_care;
              row.mismatch = check.mismatch;
              row.sale_time_us = MicrosOf(now);
              row.sold_by = call.actor.user_id;
              SuitabilityRepository::InsertSale(tx, row);
              storage::RequestKeyRepository::Complete(tx, key, row.id);
              SuitabilityRepository::AddToHolding(tx, customer.id, product->code, row.amount_minor, row.currency);
              SuitabilityRepository::InsertTrade(tx, row, product->code);
              details["sale_id"] = row.id;
              details["special_care"] = row.special_care;
              details["mismatch"] = row.mismatch;
              std::vector<std::string> hashes;
              for (const auto& e : evidence) hashes.push_back(e.kind + ":" + e.sha256);
              details["evidence"] = hashes;
              return details;
            });
        SaleToProto(row, resp);
      });
}

namespace {
void ReviewToProto(const storage::ExceptionRow& r, crm::v1::ExceptionReview* out) {
  out->set_note(r.review_note.value_or(""));
  out->set_reviewer_user_id(r.reviewer_user_id);
  out->set_reviewer_name(r.reviewer_name);
  SetTimestamp(out->mutable_review_time(), FromMicros(r.review_time_us));
}
}  // namespace

grpc::ServerUnaryReactor* SuitabilityService::ListSuitabilityExceptions(
    grpc::CallbackServerContext* ctx, const crm::v1::ListSuitabilityExceptionsRequest* req,
    crm::v1::ListSuitabilityExceptionsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ListSuitabilityExceptions", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityExceptions);
        Validation v;
        if (req->kind() == crm::v1::SUITABILITY_EXCEPTION_KIND_UNSPECIFIED)
          v.Fail("kind", crm::v1::FieldProblem::NOT_ONE_OF,
                 "choose MISMATCH_SALE, SPECIAL_CARE_SALE, ASSESSMENT_EXPIRING or HOLDING_ABOVE_LEVEL");
        if (req->page_size() < 0 || req->page_size() > 500) v.Fail("page_size", "must be 0 to 500");
        int offset = 0;
        if (!req->page_token().empty()) {
          static const std::regex kDigits("[0-9]{1,9}");
          if (!std::regex_match(req->page_token(), kDigits))
            v.Fail("page_token", "is not a token this server issued");
          else
            offset = std::stoi(req->page_token());
        }
        v.ThrowIfFailed();
        const int size = req->page_size() == 0 ? 100 : req->page_size();
        const std::string kind = crm::v1::SuitabilityExceptionKind_Name(req->kind());
        const int64_t now_us = MicrosOf(clock_.Now());
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          resp->Clear();
          auto rows = SuitabilityRepository::Exceptions(tx, kind, now_us, offset, size + 1, req->unreviewed_only());
          std::vector<std::string> ids;
          for (int i = 0; i < std::min<int>(size, rows.size()); ++i) {
            const auto& r = rows[i];
            // Row-level security already scoped the query; the policy module checks again.
            storage::CustomerRow probe;
            probe.owner_user_id = r.owner_user_id;
            probe.team_id = r.team_id;
            probe.branch_id = r.branch_id;
            if (!InScope(call.actor, scope, probe)) continue;
            auto* e = resp->add_exceptions();
            e->set_kind(req->kind());
            e->set_customer_id(r.customer_id);
            e->set_customer_name(r.customer_name);
            e->set_level(LevelToProto(r.risk_level));
            e->set_product_code(r.product_code);
            e->set_product_risk(static_cast<crm::v1::ProductRisk>(r.product_risk));
            if (r.time_us) SetTimestamp(e->mutable_time(), FromMicros(r.time_us));
            e->set_sale_id(r.sale_id);
            if (r.amount_minor) {
              e->mutable_amount()->set_amount_minor(r.amount_minor);
              e->mutable_amount()->set_currency(r.currency);
            }
            e->set_owner_user_id(r.owner_user_id);
            e->set_owner_name(r.owner_name);
            e->set_review_key(r.key);
            if (r.review_note) ReviewToProto(r, e->mutable_review());
            ids.push_back(r.customer_id);
          }
          if (static_cast<int>(rows.size()) > size) resp->set_next_page_token(std::to_string(offset + size));
          work.Audit({"suitability.exceptions.list",
                      "customer",
                      "",
                      "",
                      AuditOutcome::kOk,
                      {{"kind", kind}, {"count", ids.size()}, {"customer_ids", ids}}});
        });
      });
}

grpc::ServerUnaryReactor* SuitabilityService::ReviewSuitabilityException(
    grpc::CallbackServerContext* ctx, const crm::v1::ReviewSuitabilityExceptionRequest* req,
    crm::v1::ExceptionReview* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ReviewSuitabilityException", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        const auto scope = domain::Require(call.actor, Action::kSuitabilityExceptionReview);
        Validation v;
        const std::string kind = crm::v1::SuitabilityExceptionKind_Name(req->kind());
        if (req->kind() == crm::v1::SUITABILITY_EXCEPTION_KIND_UNSPECIFIED)
          v.Fail("kind", crm::v1::FieldProblem::NOT_ONE_OF,
                 "choose MISMATCH_SALE, SPECIAL_CARE_SALE, ASSESSMENT_EXPIRING or HOLDING_ABOVE_LEVEL");
        // The key as listed: "<client>|mismatch|<sale>", "<client>|special|<sale>",
        // "<client>|expiring|<micros>" or "<client>|holding|<code>|<level>|<expiry micros>",
        // matching the kind.
        static const std::regex kKey(
            "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\\|((mismatch|special)\\|[0-9a-f-]{36}|"
            "expiring\\|[0-9]{1,19}|holding\\|[A-Za-z0-9._-]{1,40}\\|[A-Z0-9_-]{1,12}\\|[0-9]{1,19})");
        std::smatch m;
        const std::string& key = req->review_key();
        const bool well_formed = std::regex_match(key, m, kKey);
        const std::string what = well_formed ? m[2].str().substr(0, m[2].str().find('|')) : "";
        const bool fits = (what == "mismatch" && kind == "MISMATCH_SALE") ||
                          (what == "special" && kind == "SPECIAL_CARE_SALE") ||
                          (what == "expiring" && kind == "ASSESSMENT_EXPIRING") ||
                          (what == "holding" && kind == "HOLDING_ABOVE_LEVEL");
        if (!well_formed || !fits) v.Fail("review_key", "is not an exception this server listed");
        const std::string note = req->note();
        if (note.find_first_not_of(" \t\r\n") == std::string::npos)
          v.Fail("note", crm::v1::FieldProblem::REQUIRED, "is required");
        else if (Utf8Length(note) > 2000)
          v.Fail("note", crm::v1::FieldProblem::TOO_LONG, "must be at most 2000 characters",
                 2000);  // characters, not bytes
        v.ThrowIfFailed();
        std::vector<std::string> parts;
        for (size_t at = 0;;) {
          const size_t bar = key.find('|', at);
          parts.push_back(key.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
          if (bar == std::string::npos) break;
          at = bar + 1;
        }
        const std::string customer_id = m[1].str();
        bool found = false;
        call.caller().TransactWork([&](usecases::WorkTx& work) {
          auto& tx = work.work();
          auto row = storage::CustomerRepository::Get(tx, customer_id);
          found = row && InScope(call.actor, scope, *row) &&
                  SuitabilityRepository::ExceptionExists(tx, kind, parts, MicrosOf(clock_.Now()));
          if (found) {
            SuitabilityRepository::InsertExceptionReview(tx, customer_id, kind, key, note, call.actor.user_id);
            auto latest = SuitabilityRepository::LatestExceptionReview(tx, key);
            if (!latest) throw Error::Internal();
            ReviewToProto(*latest, resp);
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
      });
}

}  // namespace crm::services
