// SuitabilityService: the check, the evidence of the mismatch path (signed
// risk warning, dual recording) and the sale it allows, and the compliance
// exceptions list (usecases/suitability_sales.h; regulatory.md section 1).
#include <algorithm>
#include <regex>

#include "common/error.h"
#include "common/ids.h"
#include "domain/money.h"
#include "domain/policy.h"
#include "services/proto_convert.h"
#include "services/suitability_mapping.h"
#include "services/suitability_service.h"
#include "usecases/suitability_sales.h"

namespace crm::services {

using domain::Action;
using namespace suitability;
namespace sr = domain::suitability;
namespace uc = usecases::suitability;

namespace {

std::string NormalizeHash(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

void ReviewToProto(const domain::SuitabilityException& r, crm::v1::ExceptionReview* out) {
  out->set_note(r.review_note.value_or(""));
  out->set_reviewer_user_id(r.reviewer_user_id);
  out->set_reviewer_name(r.reviewer_name);
  SetTimestamp(out->mutable_review_time(), FromMicros(r.review_time_us));
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
        const auto intent = req->intent() == crm::v1::RECOMMEND  ? sr::Intent::kRecommend
                            : req->intent() == crm::v1::CAMPAIGN ? sr::Intent::kCampaign
                                                                 : sr::Intent::kClientRequest;
        const auto result = uc::Check(caller, req->customer_id(), req->product_id(), intent,
                                      ChannelFromProto(req->channel()), clock_.Now());
        CheckToProto(result.check, {}, result.valid_minutes, resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::RecordAcknowledgement(grpc::CallbackServerContext* ctx,
                                                                    const crm::v1::RecordAcknowledgementRequest* req,
                                                                    crm::v1::Evidence* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/RecordAcknowledgement", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kSuitabilityWrite);
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
        domain::Evidence row;
        row.kind = kind;
        row.reference = req->document_reference();
        row.sha256 = sha;
        row.confirm_time_us = confirm_us;
        row.create_time_us = MicrosOf(now);
        EvidenceToProto(uc::RecordAcknowledgement(call.caller(), req->check_id(), row, req->content()), resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::RecordDualRecording(grpc::CallbackServerContext* ctx,
                                                                  const crm::v1::RecordDualRecordingRequest* req,
                                                                  crm::v1::Evidence* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/RecordDualRecording", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kSuitabilityWrite);
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
        domain::Evidence row;
        row.kind = "DUAL_RECORDING";
        row.reference = req->media_reference();
        row.sha256 = sha;
        row.duration_seconds = req->duration_seconds();
        row.recorded_by_name = req->recorded_by_name();
        row.create_time_us = MicrosOf(now);
        EvidenceToProto(uc::RecordDualRecording(call.caller(), req->check_id(), row, req->content()), resp);
      });
}

grpc::ServerUnaryReactor* SuitabilityService::RecordSale(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::RecordSaleRequest* req, crm::v1::Sale* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.SuitabilityService/RecordSale", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           call.caller().Require(Action::kSuitabilityWrite);
                           const TimePoint now = clock_.Now();
                           Validation v;
                           if (Blank(req->request_id()) || req->request_id().size() > 100)
                             v.Fail("request_id", crm::v1::FieldProblem::REQUIRED,
                                    "is required (at most 100 characters) so a retry cannot sell twice");
                           if (!IsUuid(req->check_id())) v.Fail("check_id", "is not a check id");
                           domain::CheckMoney(v, "amount.amount_minor", req->amount().amount_minor(), 1);
                           v.ThrowIfFailed();
                           uc::SaleInput input;
                           input.key = KeyOf("RecordSale", req->request_id(), *req, call.actor.user_id);
                           input.check_id = req->check_id();
                           input.amount_minor = req->amount().amount_minor();
                           input.currency = req->amount().currency();
                           SaleToProto(uc::RecordSale(call.caller(), input, now), resp);
                         });
}

grpc::ServerUnaryReactor* SuitabilityService::ListSuitabilityExceptions(
    grpc::CallbackServerContext* ctx, const crm::v1::ListSuitabilityExceptionsRequest* req,
    crm::v1::ListSuitabilityExceptionsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ListSuitabilityExceptions", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kSuitabilityExceptions);
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
        const auto page = uc::ListExceptions(call.caller(), kind, offset, size, req->unreviewed_only(), clock_.Now());
        resp->Clear();
        for (const auto& r : page.exceptions) {
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
        }
        if (page.more) resp->set_next_page_token(std::to_string(offset + size));
      });
}

grpc::ServerUnaryReactor* SuitabilityService::ReviewSuitabilityException(
    grpc::CallbackServerContext* ctx, const crm::v1::ReviewSuitabilityExceptionRequest* req,
    crm::v1::ExceptionReview* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.SuitabilityService/ReviewSuitabilityException", rpc::AuthMode::kSession,
      [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kSuitabilityExceptionReview);
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
        ReviewToProto(uc::ReviewException(call.caller(), kind, key, parts, note, clock_.Now()), resp);
      });
}

}  // namespace crm::services
