#include "services/audit_service.h"

#include "common/error.h"
#include "security/crypto.h"
#include "services/proto_convert.h"

namespace crm::services {

using domain::Action;
namespace audit_trail = usecases::audit_trail;

namespace {

crm::v1::AuditOutcome OutcomeToProto(const std::string& o) {
  if (o == "ok") return crm::v1::OK;
  if (o == "denied") return crm::v1::DENIED;
  if (o == "error") return crm::v1::ERROR;
  return crm::v1::AUDIT_OUTCOME_UNSPECIFIED;
}

std::string OutcomeFromProto(crm::v1::AuditOutcome o) {
  switch (o) {
    case crm::v1::OK: return "ok";
    case crm::v1::DENIED: return "denied";
    case crm::v1::ERROR: return "error";
    default: return "";
  }
}

int64_t ToMicros(const google::protobuf::Timestamp& ts) { return ts.seconds() * 1000000 + ts.nanos() / 1000; }

void ToProto(const domain::AuditRecord& r, crm::v1::AuditEvent* e) {
  e->set_sequence(r.seq);
  SetTimestamp(e->mutable_event_time(), TimePoint(std::chrono::microseconds(r.event_time_us)));
  e->set_actor_user_id(r.actor_user_id);
  e->set_actor_username(r.actor_username);
  e->set_actor_role(r.actor_role);
  e->set_session_id(r.session_id);
  e->set_client_address(r.client_address);
  e->set_request_id(r.request_id);
  e->set_action(r.action);
  e->set_target_type(r.target_type);
  e->set_target_id(r.target_id);
  e->set_reason(r.reason);
  e->set_outcome(OutcomeToProto(r.outcome));
  e->set_details_json(r.details_json);
  e->set_prev_hash_hex(security::HexEncode(r.prev_hash));
  e->set_hash_hex(security::HexEncode(r.hash));
}

domain::AuditFilter FilterFromProto(const crm::v1::AuditFilter& f, Validation& v) {
  domain::AuditFilter out;
  out.actor_user_id = f.actor_user_id();
  if (!out.actor_user_id.empty() && out.actor_user_id.size() != 36) v.Fail("filter.actor_user_id", "must be a user id");
  out.target_type = f.target_type();
  out.target_id = f.target_id();
  out.action = f.action();
  if (out.action.size() > 100)
    v.Fail("filter.action", crm::v1::FieldProblem::TOO_LONG, "must be at most 100 characters", 100);
  out.outcome = OutcomeFromProto(f.outcome());
  if (f.has_start_time()) out.start_time_us = ToMicros(f.start_time());
  if (f.has_end_time()) out.end_time_us = ToMicros(f.end_time());
  if (out.start_time_us && out.end_time_us && *out.end_time_us <= *out.start_time_us)
    v.Fail("filter.end_time", crm::v1::FieldProblem::RANGE_REVERSED, "must be after start_time");
  return out;
}

}  // namespace

grpc::ServerUnaryReactor* AuditService::ListAuditEvents(grpc::CallbackServerContext* ctx,
                                                        const crm::v1::ListAuditEventsRequest* req,
                                                        crm::v1::ListAuditEventsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AuditService/ListAuditEvents", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAuditRead);  // who may not ask hears that first
        Validation v;
        audit_trail::ListQuery query;
        query.filter = FilterFromProto(req->filter(), v);
        if (req->page_size() < 0 || req->page_size() > 1000) v.Fail("page_size", "must be between 0 and 1000");
        if (req->order_by() == "sequence asc")
          query.descending = false;
        else if (!req->order_by().empty() && req->order_by() != "sequence desc")
          v.Fail("order_by", "must be \"sequence desc\" or \"sequence asc\"");
        if (!req->page_token().empty()) {
          try {
            auto bytes = security::Base64Decode(req->page_token());
            query.after_seq = std::stoll(std::string(bytes.begin(), bytes.end()));
          } catch (const std::exception&) {
            v.Fail("page_token", "is not a token this server issued");
          }
        }
        v.ThrowIfFailed();
        query.size = req->page_size() == 0 ? 100 : req->page_size();
        const auto page = audit_trail::List(call.caller(), sealer_, query);
        resp->Clear();
        for (const auto& listed : page.events) {
          auto* e = resp->add_events();
          ToProto(listed.record, e);
          e->set_target_label(listed.target_label);
          e->set_actor_display_name(listed.actor_display_name);
        }
        if (page.more) {
          std::string c = std::to_string(page.events.back().record.seq);
          resp->set_next_page_token(security::Base64Encode(std::vector<uint8_t>(c.begin(), c.end())));
        }
        resp->set_total_size(page.total);
      });
}

grpc::ServerUnaryReactor* AuditService::GetAuditEvent(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::GetAuditEventRequest* req,
                                                      crm::v1::AuditEvent* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AuditService/GetAuditEvent", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAuditRead);
        if (req->sequence() <= 0)
          throw Error::InvalidField("sequence", crm::v1::FieldProblem::MUST_BE_POSITIVE, "must be positive");
        ToProto(audit_trail::Get(call.caller(), sealer_, req->sequence()), resp);
      });
}

grpc::ServerUnaryReactor* AuditService::VerifyAuditChain(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::VerifyAuditChainRequest* req,
                                                         crm::v1::VerifyAuditChainResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AuditService/VerifyAuditChain", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        call.caller().Require(Action::kAuditRead);
        Validation v;
        if (req->from_sequence() < 0) v.Fail("from_sequence", "must not be negative");
        if (req->to_sequence() < 0) v.Fail("to_sequence", "must not be negative");
        if (req->to_sequence() > 0 && req->to_sequence() < req->from_sequence())
          v.Fail("to_sequence", crm::v1::FieldProblem::RANGE_REVERSED, "must not be before from_sequence");
        v.ThrowIfFailed();
        const auto result = audit_trail::Verify(call.caller(), sealer_, req->from_sequence(), req->to_sequence());
        resp->set_intact(result.intact);
        resp->set_events_checked(result.events_checked);
        resp->set_checkpoints_checked(result.checkpoints_checked);
        resp->set_first_sequence(result.first_seq);
        resp->set_last_sequence(result.last_seq);
        resp->set_first_bad_sequence(result.first_bad_seq);
        resp->set_detail(result.detail);
        using P = crm::v1::VerifyAuditChainResponse;
        switch (result.problem) {
          case usecases::ChainProblem::kNone: resp->set_problem(P::NONE); break;
          case usecases::ChainProblem::kAltered: resp->set_problem(P::ALTERED); break;
          case usecases::ChainProblem::kMissing: resp->set_problem(P::MISSING); break;
          case usecases::ChainProblem::kInserted: resp->set_problem(P::INSERTED); break;
          case usecases::ChainProblem::kReordered: resp->set_problem(P::REORDERED); break;
          case usecases::ChainProblem::kTruncated: resp->set_problem(P::TRUNCATED); break;
          case usecases::ChainProblem::kCheckpointInvalid: resp->set_problem(P::CHECKPOINT_INVALID); break;
        }
      });
}

grpc::ServerWriteReactor<crm::v1::ExportAuditEventsResponse>* AuditService::ExportAuditEvents(
    grpc::CallbackServerContext* ctx, const crm::v1::ExportAuditEventsRequest* req) {
  using Resp = crm::v1::ExportAuditEventsResponse;
  return pipeline_.ServerStream<Resp>(
      ctx, "/crm.v1.AuditService/ExportAuditEvents", rpc::AuthMode::kSession,
      [this, req](rpc::Call& call, const std::function<bool(const Resp&)>& write) {
        call.caller().Require(Action::kAuditExport);
        Validation v;
        audit_trail::ExportRequest request;
        request.filter = FilterFromProto(req->filter(), v);
        request.reason = req->reason();
        if (request.reason.find_first_not_of(" \t\r\n") == std::string::npos)
          v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for an export");
        if (request.reason.size() > 500)
          v.Fail("reason", crm::v1::FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
        if (req->format() == crm::v1::ExportAuditEventsRequest::FORMAT_UNSPECIFIED)
          v.Fail("format", crm::v1::FieldProblem::NOT_ONE_OF, "choose CSV or JSON_LINES");
        v.ThrowIfFailed();
        request.format = req->format() == crm::v1::ExportAuditEventsRequest::CSV ? usecases::ExportFormat::kCsv
                                                                                 : usecases::ExportFormat::kJsonLines;
        audit_trail::Export(
            call.caller(), sealer_, request,
            [&](const std::string& chunk) {
              Resp m;
              m.set_chunk(chunk);
              return write(m);
            },
            [&](int64_t exported, int64_t total) {
              Resp m;
              m.mutable_progress()->set_exported(exported);
              m.mutable_progress()->set_total(total);
              return write(m);
            });
      });
}

}  // namespace crm::services
