#include "services/audit_service.h"

#include "common/error.h"
#include "domain/policy.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "services/proto_convert.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/user_repository.h"
#include "usecases/audit_export.h"
#include "usecases/audit_verifier.h"

namespace crm::services {

using domain::Action;
using storage::AuditEvent;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;

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

storage::AuditFilter FilterFromProto(const crm::v1::AuditFilter& f, Validation& v) {
  storage::AuditFilter out;
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

nlohmann::json FilterJson(const storage::AuditFilter& f) {
  nlohmann::json j = nlohmann::json::object();
  if (!f.actor_user_id.empty()) j["actor_user_id"] = f.actor_user_id;
  if (!f.target_type.empty()) j["target_type"] = f.target_type;
  if (!f.target_id.empty()) j["target_id"] = f.target_id;
  if (!f.action.empty()) j["action"] = f.action;
  if (!f.outcome.empty()) j["outcome"] = f.outcome;
  if (f.start_time_us) j["start_time_us"] = *f.start_time_us;
  if (f.end_time_us) j["end_time_us"] = *f.end_time_us;
  return j;
}

std::shared_ptr<const security::AuditSigner> Signer() {
  auto s = security::AuditSigner::Process();
  if (!s) throw Error::Internal();
  return s;
}

}  // namespace

grpc::ServerUnaryReactor* AuditService::ListAuditEvents(grpc::CallbackServerContext* ctx,
                                                        const crm::v1::ListAuditEventsRequest* req,
                                                        crm::v1::ListAuditEventsResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AuditService/ListAuditEvents", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kAuditRead);
        sealer_.SealNow();
        Validation v;
        auto filter = FilterFromProto(req->filter(), v);
        if (req->page_size() < 0 || req->page_size() > 1000) v.Fail("page_size", "must be between 0 and 1000");
        bool descending = true;
        if (req->order_by() == "sequence asc")
          descending = false;
        else if (!req->order_by().empty() && req->order_by() != "sequence desc")
          v.Fail("order_by", "must be \"sequence desc\" or \"sequence asc\"");
        int64_t cursor = 0;
        if (!req->page_token().empty()) {
          try {
            auto bytes = security::Base64Decode(req->page_token());
            cursor = std::stoll(std::string(bytes.begin(), bytes.end()));
          } catch (const std::exception&) {
            v.Fail("page_token", "is not a token this server issued");
          }
        }
        v.ThrowIfFailed();
        const int size = req->page_size() == 0 ? 100 : req->page_size();
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          resp->Clear();
          auto rows = AuditRepository::List(tx, filter, cursor, descending, size + 1);
          // Names beside the ids, so a person reads "张伟" rather than a UUID
          // (clients as the compliance officer may see them).
          storage::CustomerRepository::ActAs(tx, call.actor);
          std::vector<std::string> client_ids, user_ids;
          for (int i = 0; i < static_cast<int>(rows.size()) && i < size; ++i) {
            if (rows[i].target_type == "customer") client_ids.push_back(rows[i].target_id);
            if (rows[i].target_type == "user") user_ids.push_back(rows[i].target_id);
            user_ids.push_back(rows[i].actor_user_id);
          }
          const auto clients = storage::CustomerRepository::Names(tx, client_ids);
          const auto users = storage::UserRepository::Names(tx, user_ids);
          auto label = [](const std::map<std::string, std::string>& names, const std::string& id) {
            auto it = names.find(id);
            return it == names.end() ? std::string() : it->second;
          };
          nlohmann::json ids = nlohmann::json::array();
          for (int i = 0; i < static_cast<int>(rows.size()) && i < size; ++i) {
            auto* e = resp->add_events();
            ToProto(rows[i], e);
            e->set_target_label(label(rows[i].target_type == "customer" ? clients : users, rows[i].target_id));
            e->set_actor_display_name(label(users, rows[i].actor_user_id));
            ids.push_back(rows[i].seq);
          }
          if (static_cast<int>(rows.size()) > size) {
            std::string c = std::to_string(rows[size - 1].seq);
            resp->set_next_page_token(security::Base64Encode(std::vector<uint8_t>(c.begin(), c.end())));
          }
          resp->set_total_size(AuditRepository::Count(tx, filter));
          AuditRepository::Record(
              tx, AuditWho::From(call.actor),
              {"audit.list",
               "audit_event",
               "",
               "",
               AuditOutcome::kOk,
               {{"filter", FilterJson(filter)}, {"count", resp->total_size()}, {"sequences", ids}}});
        });
      });
}

grpc::ServerUnaryReactor* AuditService::GetAuditEvent(grpc::CallbackServerContext* ctx,
                                                      const crm::v1::GetAuditEventRequest* req,
                                                      crm::v1::AuditEvent* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AuditService/GetAuditEvent", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kAuditRead);
        if (req->sequence() <= 0)
          throw Error::InvalidField("sequence", crm::v1::FieldProblem::MUST_BE_POSITIVE, "must be positive");
        sealer_.SealNow();
        bool found = false;
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          auto r = AuditRepository::Get(tx, req->sequence());
          found = r.has_value();
          if (found) ToProto(*r, resp);
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"audit.view",
                                   "audit_event",
                                   std::to_string(req->sequence()),
                                   "",
                                   found ? AuditOutcome::kOk : AuditOutcome::kError,
                                   {{"found", found}}});
        });
        if (!found) throw Error::NotFound("audit event");
      });
}

grpc::ServerUnaryReactor* AuditService::VerifyAuditChain(grpc::CallbackServerContext* ctx,
                                                         const crm::v1::VerifyAuditChainRequest* req,
                                                         crm::v1::VerifyAuditChainResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.AuditService/VerifyAuditChain", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kAuditRead);
        Validation v;
        if (req->from_sequence() < 0) v.Fail("from_sequence", "must not be negative");
        if (req->to_sequence() < 0) v.Fail("to_sequence", "must not be negative");
        if (req->to_sequence() > 0 && req->to_sequence() < req->from_sequence())
          v.Fail("to_sequence", crm::v1::FieldProblem::RANGE_REVERSED, "must not be before from_sequence");
        v.ThrowIfFailed();
        auto signer = Signer();
        sealer_.SealNow();
        usecases::VerifyResult result;
        {
          auto lease = pipeline_.db().Acquire(call.deadline);
          try {
            pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(lease.conn());
            result =
                usecases::VerifyAuditChain(tx, *signer, {req->from_sequence(), req->to_sequence(), 10000, nullptr});
          } catch (...) {
            if (!lease.conn().is_open()) lease.MarkBroken();
            storage::RethrowAsDomainError();
          }
        }
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
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"audit.verify",
                                   "audit_chain",
                                   "",
                                   "",
                                   result.intact ? AuditOutcome::kOk : AuditOutcome::kError,
                                   {{"from", req->from_sequence()},
                                    {"to", req->to_sequence()},
                                    {"checked", result.events_checked},
                                    {"intact", result.intact},
                                    {"first_bad_sequence", result.first_bad_seq},
                                    {"problem", usecases::ChainProblemName(result.problem)}}});
        });
      });
}

grpc::ServerWriteReactor<crm::v1::ExportAuditEventsResponse>* AuditService::ExportAuditEvents(
    grpc::CallbackServerContext* ctx, const crm::v1::ExportAuditEventsRequest* req) {
  using Resp = crm::v1::ExportAuditEventsResponse;
  return pipeline_.ServerStream<Resp>(
      ctx, "/crm.v1.AuditService/ExportAuditEvents", rpc::AuthMode::kSession,
      [this, req](rpc::Call& call, const std::function<bool(const Resp&)>& write) {
        domain::Require(call.actor, Action::kAuditExport);
        Validation v;
        auto filter = FilterFromProto(req->filter(), v);
        std::string reason = req->reason();
        if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
          v.Fail("reason", crm::v1::FieldProblem::REQUIRED, "is required for an export");
        if (reason.size() > 500)
          v.Fail("reason", crm::v1::FieldProblem::TOO_LONG, "must be at most 500 characters", 500);
        if (req->format() == crm::v1::ExportAuditEventsRequest::FORMAT_UNSPECIFIED)
          v.Fail("format", crm::v1::FieldProblem::NOT_ONE_OF, "choose CSV or JSON_LINES");
        v.ThrowIfFailed();
        auto format = req->format() == crm::v1::ExportAuditEventsRequest::CSV ? usecases::ExportFormat::kCsv
                                                                              : usecases::ExportFormat::kJsonLines;
        // Fail closed: the export is on record before any data leaves.
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"audit.export",
                                   "audit_event",
                                   "",
                                   reason,
                                   AuditOutcome::kOk,
                                   {{"filter", FilterJson(filter)},
                                    {"format", format == usecases::ExportFormat::kCsv ? "csv" : "jsonl"},
                                    {"stage", "started"}}});
        });
        sealer_.SealNow();  // the export covers everything recorded so far, its own start included
        usecases::ExportStats stats;
        bool client_gone = false;
        {
          auto lease = pipeline_.db().Acquire(call.deadline);
          try {
            pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(lease.conn());
            stats = usecases::ExportAudit(
                tx, filter, format,
                [&](const std::string& chunk) {
                  Resp m;
                  m.set_chunk(chunk);
                  if (!write(m)) client_gone = true;
                  return !client_gone;
                },
                [&](int64_t exported, int64_t total) {
                  if (client_gone) return;
                  Resp m;
                  m.mutable_progress()->set_exported(exported);
                  m.mutable_progress()->set_total(total);
                  if (!write(m)) client_gone = true;
                });
          } catch (...) {
            if (!lease.conn().is_open()) lease.MarkBroken();
            storage::RethrowAsDomainError();
          }
        }
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"audit.export",
                                   "audit_event",
                                   "",
                                   reason,
                                   client_gone ? AuditOutcome::kError : AuditOutcome::kOk,
                                   {{"stage", client_gone ? "cancelled" : "completed"},
                                    {"exported", stats.exported},
                                    {"sha256", stats.sha256}}});
        });
        if (client_gone) throw Error(crm::v1::ErrorReason::CANCELLED, "the export was cancelled");
      });
}

}  // namespace crm::services
