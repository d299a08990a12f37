#include "services/tiering_service.h"

#include <map>
#include <optional>
#include <nlohmann/json.hpp>
#include <regex>

#include "common/error.h"
#include "domain/policy.h"
#include "domain/tier_rules.h"
#include "services/customer_access.h"
#include "services/customer_mapping.h"
#include "services/proto_convert.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/tier_repository.h"
#include "storage/transaction.h"

namespace crm::services {

using domain::Action;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::TierRepository;
namespace tr = domain::tiering;

namespace {

TimePoint FromMicros(int64_t us) { return TimePoint(std::chrono::microseconds(us)); }
bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

std::string Etag(const storage::TierPolicyRow& p) { return "v" + std::to_string(p.etag); }

void PolicyToProto(const storage::TierPolicyRow& p, bool with_definition, crm::v1::TierPolicy* out) {
  out->set_id(p.id);
  out->set_code(p.code);
  out->set_version(p.version);
  out->set_name(p.name);
  crm::v1::TierPolicyStatus st;
  out->set_status(
      crm::v1::TierPolicyStatus_Parse("TIER_POLICY_" + p.status, &st) ? st : crm::v1::TIER_POLICY_STATUS_UNSPECIFIED);
  if (with_definition) out->set_definition_json(p.definition_json);
  const auto d = nlohmann::json::parse(p.definition_json);
  for (const auto& t : d.value("tiers", nlohmann::json::array())) {
    auto* s = out->add_tiers();
    s->set_code(t.value("code", ""));
    s->set_name(t.value("name", ""));
    s->set_contact_interval_days(t.value("contact_interval_days", 0));
    s->set_review_interval_days(t.value("review_interval_days", 0));
  }
  out->set_etag(Etag(p));
  out->set_created_by_user_id(p.created_by);
  out->set_updated_by_user_id(p.updated_by);
  SetTimestamp(out->mutable_create_time(), FromMicros(p.create_time_us));
  SetTimestamp(out->mutable_update_time(), FromMicros(p.update_time_us));
  if (p.activate_time_us) SetTimestamp(out->mutable_activate_time(), FromMicros(*p.activate_time_us));
}

// Parses and validates definition_json; throws INVALID_ARGUMENT naming the tier and condition.
nlohmann::json CheckedDefinition(const std::string& text) {
  nlohmann::json d;
  try {
    d = nlohmann::json::parse(text);
  } catch (const std::exception&) {
    throw Error::InvalidField("definition_json", "is not valid JSON");
  }
  tr::Parse(d);
  return d;
}

}  // namespace

grpc::ServerUnaryReactor* TieringService::ListTierPolicies(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::ListTierPoliciesRequest*,
                                                           crm::v1::ListTierPoliciesResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.TieringService/ListTierPolicies", rpc::AuthMode::kSession,
                         [this, resp](rpc::Call& call) {
                           domain::Require(call.actor, Action::kTierPolicyRead);
                           storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
                             resp->Clear();
                             for (const auto& p : TierRepository::Policies(tx))
                               PolicyToProto(p, false, resp->add_policies());
                           });
                         });
}

grpc::ServerUnaryReactor* TieringService::GetTierPolicy(grpc::CallbackServerContext* ctx,
                                                        const crm::v1::GetTierPolicyRequest* req,
                                                        crm::v1::TierPolicy* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.TieringService/GetTierPolicy", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           domain::Require(call.actor, Action::kTierPolicyRead);
                           std::optional<storage::TierPolicyRow> p;
                           storage::InTransaction(pipeline_.db(), call.tx_options(),
                                                  [&](pqxx::work& tx) { p = TierRepository::Policy(tx, req->id()); });
                           if (!p) throw Error::NotFound("tier policy");
                           PolicyToProto(*p, true, resp);
                         });
}

grpc::ServerUnaryReactor* TieringService::CreateTierPolicy(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::CreateTierPolicyRequest* req,
                                                           crm::v1::TierPolicy* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/CreateTierPolicy", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kTierPolicyManage);
        static const std::regex kCode("[a-z0-9_]{1,40}");
        Validation v;
        if (!std::regex_match(req->code(), kCode)) v.Fail("code", "1 to 40 of a-z, 0-9, _");
        if (Blank(req->name()) || req->name().size() > 200)
          v.Fail("name", crm::v1::FieldProblem::REQUIRED, "is required (at most 200 characters)");
        v.ThrowIfFailed();
        const auto definition = CheckedDefinition(req->definition_json());
        storage::TierPolicyRow row;
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          row = TierRepository::InsertPolicy(tx, NewUuid(), req->code(), req->name(), definition.dump(),
                                             call.actor.user_id);
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"tiering.policy.create",
                                   "tier_policy",
                                   row.id,
                                   "",
                                   AuditOutcome::kOk,
                                   {{"code", row.code}, {"version", row.version}, {"definition", definition}}});
        });
        PolicyToProto(row, true, resp);
      });
}

grpc::ServerUnaryReactor* TieringService::UpdateTierPolicy(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::UpdateTierPolicyRequest* req,
                                                           crm::v1::TierPolicy* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/UpdateTierPolicy", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kTierPolicyManage);
        Validation v;
        if (Blank(req->name()) || req->name().size() > 200)
          v.Fail("name", crm::v1::FieldProblem::REQUIRED, "is required (at most 200 characters)");
        if (req->etag().size() < 2 || req->etag()[0] != 'v') v.Fail("etag", "send the etag you read");
        v.ThrowIfFailed();
        const auto definition = CheckedDefinition(req->definition_json());
        storage::TierPolicyRow row;
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          auto before = TierRepository::Policy(tx, req->id());
          if (!before) throw Error::NotFound("tier policy");
          if (before->status != "DRAFT")
            throw Error(crm::v1::ErrorReason::NOT_A_DRAFT, "only drafts can be edited; create a new version")
                .AddViolation("id", "is " + before->status);
          if (Etag(*before) != req->etag() || !TierRepository::UpdateDraft(tx, req->id(), before->etag, req->name(),
                                                                           definition.dump(), call.actor.user_id))
            throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the policy changed since you read it; reload");
          row = *TierRepository::Policy(tx, req->id());
          AuditRepository::Record(
              tx, AuditWho::From(call.actor),
              {"tiering.policy.update",
               "tier_policy",
               row.id,
               "",
               AuditOutcome::kOk,
               {{"before", nlohmann::json::parse(before->definition_json)}, {"after", definition}}});
        });
        PolicyToProto(row, true, resp);
      });
}

grpc::ServerUnaryReactor* TieringService::ValidateTierPolicy(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::ValidateTierPolicyRequest* req,
                                                             crm::v1::ValidateTierPolicyResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.TieringService/ValidateTierPolicy", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           domain::Require(call.actor, Action::kTierPolicyRead);
                           std::vector<FieldViolation> problems;
                           try {
                             problems = tr::Validate(nlohmann::json::parse(req->definition_json()));
                           } catch (const std::exception&) {
                             problems.push_back({"definition_json", "is not valid JSON"});
                           }
                           resp->set_valid(problems.empty());
                           for (const auto& p : problems) {
                             auto* out = resp->add_problems();
                             out->set_field(p.field);
                             out->set_description(p.description);
                           }
                         });
}

grpc::ServerUnaryReactor* TieringService::PreviewTierPolicy(grpc::CallbackServerContext* ctx,
                                                            const crm::v1::PreviewTierPolicyRequest* req,
                                                            crm::v1::PreviewTierPolicyResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.TieringService/PreviewTierPolicy", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           domain::Require(call.actor, Action::kTierPolicyManage);
                           const std::string today = engine_.Today();
                           call.caller().TransactWork([&](usecases::WorkTx& work) {
                             auto& tx = work.work();  // counts and samples within the caller's scope
                             resp->Clear();
                             auto policy = TierRepository::Policy(tx, req->id());
                             if (!policy) throw Error::NotFound("tier policy");
                             std::map<std::string, int64_t> before, after;
                             int64_t clients = 0, changing = 0;
                             for (const auto& t : TierRepository::Preview(tx, *policy, today)) {
                               before[t.from] += t.count;
                               after[t.to] += t.count;
                               clients += t.count;
                               if (t.from != t.to) changing += t.count;
                               auto* out = resp->add_transitions();
                               out->set_from_tier(t.from);
                               out->set_to_tier(t.to);
                               out->set_count(t.count);
                               for (const auto& [id, name] : t.samples) {
                                 auto* s = out->add_samples();
                                 s->set_customer_id(id);
                                 s->set_name(name);
                               }
                             }
                             for (const auto& [tier, n] : before) {
                               auto* c = resp->add_before();
                               c->set_tier(tier);
                               c->set_count(n);
                             }
                             for (const auto& [tier, n] : after) {
                               auto* c = resp->add_after();
                               c->set_tier(tier);
                               c->set_count(n);
                             }
                             resp->set_clients(clients);
                             resp->set_changing(changing);
                             AuditRepository::Record(tx, AuditWho::From(call.actor),
                                                     {"tiering.policy.preview",
                                                      "tier_policy",
                                                      policy->id,
                                                      "",
                                                      AuditOutcome::kOk,
                                                      {{"clients", clients}, {"changing", changing}}});
                           });
                         });
}

grpc::ServerUnaryReactor* TieringService::ActivateTierPolicy(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::ActivateTierPolicyRequest* req,
                                                             crm::v1::ActivateTierPolicyResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/ActivateTierPolicy", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        domain::Require(call.actor, Action::kTierPolicyManage);
        if (Blank(req->reason()))
          throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required to activate a policy");
        const std::string today = engine_.Today();
        std::optional<Error> refusal;
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          refusal.reset();
          auto policy = TierRepository::Policy(tx, req->id());
          if (!policy) throw Error::NotFound("tier policy");
          if (policy->status != "DRAFT")
            throw Error(crm::v1::ErrorReason::NOT_A_DRAFT, "only a draft can be activated")
                .AddViolation("id", "is " + policy->status);
          if (Etag(*policy) != req->etag())
            throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the policy changed since you read it; reload");
          // Four eyes: whoever wrote or last changed the rules does not put them
          // into force; the refused attempt is on record.
          if (call.actor.user_id == policy->created_by || call.actor.user_id == policy->updated_by) {
            refusal = Error(crm::v1::ErrorReason::FOUR_EYES_REQUIRED,
                            "a policy is activated by a second person, not by its author or last editor")
                          .AddViolation("id", "was written or last changed by you");
            AuditRepository::Record(tx, AuditWho::From(call.actor),
                                    {"tiering.policy.activate",
                                     "tier_policy",
                                     policy->id,
                                     req->reason(),
                                     AuditOutcome::kDenied,
                                     {{"refused", "FOUR_EYES_REQUIRED"},
                                      {"code", policy->code},
                                      {"version", policy->version},
                                      {"created_by", policy->created_by},
                                      {"updated_by", policy->updated_by}}});
            return;
          }
          tr::Parse(nlohmann::json::parse(policy->definition_json));
          if (!TierRepository::Activate(tx, policy->id, call.actor.user_id))
            throw Error(crm::v1::ErrorReason::CONFLICT, "the policy changed; reload");
          // The run is recorded now; the server's tiering loop carries it out
          // (and resumes it after a restart).
          auto run = TierRepository::StartRun(tx, NewUuid(), policy->id, "ACTIVATION", today, call.actor.user_id);
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"tiering.policy.activate",
                                   "tier_policy",
                                   policy->id,
                                   req->reason(),
                                   AuditOutcome::kOk,
                                   {{"code", policy->code},
                                    {"version", policy->version},
                                    {"run_id", run.id},
                                    {"created_by", policy->created_by},
                                    {"updated_by", policy->updated_by}}});
          PolicyToProto(*TierRepository::Policy(tx, policy->id), true, resp->mutable_policy());
          resp->set_run_id(run.id);
        });
        if (refusal) throw *refusal;
      });
}

grpc::ServerWriteReactor<crm::v1::RecomputeProgress>* TieringService::RecomputeTiers(
    grpc::CallbackServerContext* ctx, const crm::v1::RecomputeTiersRequest* req) {
  return pipeline_.ServerStream<crm::v1::RecomputeProgress>(
      ctx, "/crm.v1.TieringService/RecomputeTiers", rpc::AuthMode::kSession,
      [this, req](rpc::Call& call, const std::function<bool(const crm::v1::RecomputeProgress&)>& write) {
        domain::Require(call.actor, Action::kTierPolicyManage);
        storage::InTransaction(pipeline_.db(), call.tx_options(), [&](pqxx::work& tx) {
          AuditRepository::Record(tx, AuditWho::From(call.actor),
                                  {"tiering.recompute.request", "tier_run", "", req->reason(), AuditOutcome::kOk, {}});
        });
        engine_.Recompute("ON_DEMAND", call.actor.user_id, [&](const usecases::TierProgress& p) {
          crm::v1::RecomputeProgress m;
          m.set_run_id(p.run_id);
          m.set_total(p.total);
          m.set_processed(p.processed);
          m.set_changed(p.changed);
          m.set_done(p.done);
          // A client that went away stops the run; it stays resumable.
          return write(m) || p.done;
        });
      });
}

grpc::ServerUnaryReactor* TieringService::GetCustomerTierHistory(grpc::CallbackServerContext* ctx,
                                                                 const crm::v1::GetCustomerTierHistoryRequest* req,
                                                                 crm::v1::GetCustomerTierHistoryResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.TieringService/GetCustomerTierHistory", rpc::AuthMode::kSession,
                         [this, req, resp](rpc::Call& call) {
                           const auto scope = domain::Require(call.actor, Action::kCustomerRead);
                           if (!IsUuid(req->customer_id()))
                             throw Error::InvalidField("customer_id", "is not a client id");
                           if (req->page_size() < 0 || req->page_size() > 500)
                             throw Error::InvalidField("page_size", "must be 0 to 500");
                           WithClientInScope(
                               call, scope, req->customer_id(), {"tiering.history.view", ""},
                               [&](pqxx::work& tx, const storage::CustomerRow&) {
                                 resp->Clear();
                                 for (const auto& h : TierRepository::History(
                                          tx, req->customer_id(), req->page_size() == 0 ? 50 : req->page_size())) {
                                   auto* c = resp->add_changes();
                                   c->set_policy_id(h.policy_id);
                                   c->set_policy_code(h.policy_code);
                                   c->set_policy_version(h.policy_version);
                                   c->set_from_tier(h.old_tier);
                                   c->set_to_tier(h.new_tier);
                                   c->set_matched_index(h.matched_index);
                                   c->set_metrics_json(h.metrics_json);
                                   c->set_run_id(h.run_id);
                                   SetTimestamp(c->mutable_change_time(), FromMicros(h.change_time_us));
                                 }
                                 return nlohmann::json{{"changes", resp->changes_size()}};
                               });
                         });
}

}  // namespace crm::services
