// TieringService: protos in, usecases::tiering, protos out (ADR 0015).
#include "services/tiering_service.h"

#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/ids.h"
#include "domain/tier_rules.h"
#include "services/proto_convert.h"
#include "usecases/tiering.h"

namespace crm::services {

namespace tiering = usecases::tiering;

namespace {

TimePoint FromMicros(int64_t us) { return TimePoint(std::chrono::microseconds(us)); }

void PolicyToProto(const domain::TierPolicy& p, bool with_definition, crm::v1::TierPolicy* out) {
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
  out->set_etag(p.Etag());
  out->set_created_by_user_id(p.created_by);
  out->set_updated_by_user_id(p.updated_by);
  SetTimestamp(out->mutable_create_time(), FromMicros(p.create_time_us));
  SetTimestamp(out->mutable_update_time(), FromMicros(p.update_time_us));
  if (p.activate_time_us) SetTimestamp(out->mutable_activate_time(), FromMicros(*p.activate_time_us));
}

}  // namespace

grpc::ServerUnaryReactor* TieringService::ListTierPolicies(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::ListTierPoliciesRequest*,
                                                           crm::v1::ListTierPoliciesResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.TieringService/ListTierPolicies", rpc::AuthMode::kSession,
                         [resp](rpc::Call& call) {
                           resp->Clear();
                           for (const auto& p : tiering::ListPolicies(call.caller()))
                             PolicyToProto(p, false, resp->add_policies());
                         });
}

grpc::ServerUnaryReactor* TieringService::GetTierPolicy(grpc::CallbackServerContext* ctx,
                                                        const crm::v1::GetTierPolicyRequest* req,
                                                        crm::v1::TierPolicy* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/GetTierPolicy", rpc::AuthMode::kSession,
      [req, resp](rpc::Call& call) { PolicyToProto(tiering::GetPolicy(call.caller(), req->id()), true, resp); });
}

grpc::ServerUnaryReactor* TieringService::CreateTierPolicy(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::CreateTierPolicyRequest* req,
                                                           crm::v1::TierPolicy* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/CreateTierPolicy", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        PolicyToProto(tiering::CreatePolicy(call.caller(), req->code(), req->name(), req->definition_json()), true,
                      resp);
      });
}

grpc::ServerUnaryReactor* TieringService::UpdateTierPolicy(grpc::CallbackServerContext* ctx,
                                                           const crm::v1::UpdateTierPolicyRequest* req,
                                                           crm::v1::TierPolicy* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/UpdateTierPolicy", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        PolicyToProto(tiering::UpdateDraft(call.caller(), req->id(), req->etag(), req->name(), req->definition_json()),
                      true, resp);
      });
}

grpc::ServerUnaryReactor* TieringService::ValidateTierPolicy(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::ValidateTierPolicyRequest* req,
                                                             crm::v1::ValidateTierPolicyResponse* resp) {
  return pipeline_.Unary(ctx, "/crm.v1.TieringService/ValidateTierPolicy", rpc::AuthMode::kSession,
                         [req, resp](rpc::Call& call) {
                           // Pure rules, no data: the policy module decides who may ask.
                           domain::Require(call.actor, domain::Action::kTierPolicyRead);
                           std::vector<FieldViolation> problems;
                           try {
                             problems = domain::tiering::Validate(nlohmann::json::parse(req->definition_json()));
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
                           const auto preview = tiering::PreviewPolicy(call.caller(), engine_, req->id());
                           resp->Clear();
                           for (const auto& t : preview.transitions) {
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
                           for (const auto& [tier, n] : preview.before) {
                             auto* c = resp->add_before();
                             c->set_tier(tier);
                             c->set_count(n);
                           }
                           for (const auto& [tier, n] : preview.after) {
                             auto* c = resp->add_after();
                             c->set_tier(tier);
                             c->set_count(n);
                           }
                           resp->set_clients(preview.clients);
                           resp->set_changing(preview.changing);
                         });
}

grpc::ServerUnaryReactor* TieringService::ActivateTierPolicy(grpc::CallbackServerContext* ctx,
                                                             const crm::v1::ActivateTierPolicyRequest* req,
                                                             crm::v1::ActivateTierPolicyResponse* resp) {
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/ActivateTierPolicy", rpc::AuthMode::kSession, [this, req, resp](rpc::Call& call) {
        const auto activation = tiering::Activate(call.caller(), engine_, req->id(), req->etag(), req->reason());
        PolicyToProto(activation.policy, true, resp->mutable_policy());
        resp->set_run_id(activation.run_id);
      });
}

grpc::ServerWriteReactor<crm::v1::RecomputeProgress>* TieringService::RecomputeTiers(
    grpc::CallbackServerContext* ctx, const crm::v1::RecomputeTiersRequest* req) {
  return pipeline_.ServerStream<crm::v1::RecomputeProgress>(
      ctx, "/crm.v1.TieringService/RecomputeTiers", rpc::AuthMode::kSession,
      [this, req](rpc::Call& call, const std::function<bool(const crm::v1::RecomputeProgress&)>& write) {
        tiering::Recompute(call.caller(), engine_, req->reason(), [&](const usecases::TierProgress& p) {
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
  return pipeline_.Unary(
      ctx, "/crm.v1.TieringService/GetCustomerTierHistory", rpc::AuthMode::kSession, [req, resp](rpc::Call& call) {
        call.caller().Require(domain::Action::kCustomerRead);  // who may not ask hears that first
        if (!IsUuid(req->customer_id())) throw Error::InvalidField("customer_id", "is not a client id");
        if (req->page_size() < 0 || req->page_size() > 500) throw Error::InvalidField("page_size", "must be 0 to 500");
        const auto changes =
            tiering::History(call.caller(), req->customer_id(), req->page_size() == 0 ? 50 : req->page_size());
        resp->Clear();
        for (const auto& h : changes) {
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
      });
}

}  // namespace crm::services
