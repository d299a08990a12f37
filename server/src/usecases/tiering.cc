#include "usecases/tiering.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <regex>

#include "common/error.h"
#include "common/ids.h"
#include "domain/tier_rules.h"
#include "storage/tier_repository.h"
#include "usecases/client_access.h"

namespace crm::usecases::tiering {

using domain::Action;
using storage::AuditOutcome;
using storage::TierRepository;

namespace {

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void CheckName(const std::string& name, Validation& v) {
  if (Blank(name) || name.size() > 200)
    v.Fail("name", crm::v1::FieldProblem::REQUIRED, "is required (at most 200 characters)");
}

// Parses and checks a definition; INVALID_ARGUMENT naming the tier and condition.
nlohmann::json CheckedDefinition(const std::string& text) {
  nlohmann::json d;
  try {
    d = nlohmann::json::parse(text);
  } catch (const std::exception&) {
    throw Error::InvalidField("definition_json", "is not valid JSON");
  }
  domain::tiering::Parse(d);
  return d;
}

domain::TierPolicy Found(std::optional<domain::TierPolicy> policy) {
  if (!policy) throw Error::NotFound("tier policy");
  return std::move(*policy);
}

}  // namespace

std::vector<domain::TierPolicy> ListPolicies(Caller& caller) {
  std::vector<domain::TierPolicy> out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kTierPolicyRead);
    out = TierRepository::Policies(tx.work());
  });
  return out;
}

domain::TierPolicy GetPolicy(Caller& caller, const std::string& id) {
  std::optional<domain::TierPolicy> policy;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kTierPolicyRead);
    policy = TierRepository::Policy(tx.work(), id);
  });
  return Found(std::move(policy));
}

domain::TierPolicy CreatePolicy(Caller& caller, const std::string& code, const std::string& name,
                                const std::string& definition_json) {
  static const std::regex kCode("[a-z0-9_]{1,40}");
  caller.Require(Action::kTierPolicyManage);  // who may not hears that first; then the request's problems
  Validation v;
  if (!std::regex_match(code, kCode)) v.Fail("code", "1 to 40 of a-z, 0-9, _");
  CheckName(name, v);
  v.ThrowIfFailed();
  const auto definition = CheckedDefinition(definition_json);
  domain::TierPolicy row;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kTierPolicyManage);
    row = TierRepository::InsertPolicy(tx.work(), NewUuid(), code, name, definition.dump(), tx.actor().user_id);
    tx.Audit({"tiering.policy.create",
              "tier_policy",
              row.id,
              "",
              AuditOutcome::kOk,
              {{"code", row.code}, {"version", row.version}, {"definition", definition}}});
  });
  return row;
}

domain::TierPolicy UpdateDraft(Caller& caller, const std::string& id, const std::string& etag, const std::string& name,
                               const std::string& definition_json) {
  caller.Require(Action::kTierPolicyManage);
  Validation v;
  CheckName(name, v);
  if (etag.size() < 2 || etag[0] != 'v') v.Fail("etag", "send the etag you read");
  v.ThrowIfFailed();
  const auto definition = CheckedDefinition(definition_json);
  domain::TierPolicy row;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kTierPolicyManage);
    const auto before = Found(TierRepository::Policy(tx.work(), id));
    if (before.status != "DRAFT")
      throw Error(crm::v1::ErrorReason::NOT_A_DRAFT, "only drafts can be edited; create a new version")
          .AddViolation("id", "is " + before.status);
    if (before.Etag() != etag ||
        !TierRepository::UpdateDraft(tx.work(), id, before.etag, name, definition.dump(), tx.actor().user_id))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the policy changed since you read it; reload");
    row = Found(TierRepository::Policy(tx.work(), id));
    tx.Audit({"tiering.policy.update",
              "tier_policy",
              row.id,
              "",
              AuditOutcome::kOk,
              {{"before", nlohmann::json::parse(before.definition_json)}, {"after", definition}}});
  });
  return row;
}

Preview PreviewPolicy(Caller& caller, TierEngine& engine, const std::string& id) {
  const std::string today = engine.Today();
  Preview out;
  caller.TransactWork([&](WorkTx& tx) {  // counts and samples within the caller's scope (row-level security)
    tx.Require(Action::kTierPolicyManage);
    out = {};
    const auto policy = Found(TierRepository::Policy(tx.work(), id));
    out.transitions = TierRepository::Preview(tx.work(), policy, today);
    for (const auto& t : out.transitions) {
      out.before[t.from] += t.count;
      out.after[t.to] += t.count;
      out.clients += t.count;
      if (t.from != t.to) out.changing += t.count;
    }
    tx.Audit({"tiering.policy.preview",
              "tier_policy",
              policy.id,
              "",
              AuditOutcome::kOk,
              {{"clients", out.clients}, {"changing", out.changing}}});
  });
  return out;
}

Activation Activate(Caller& caller, TierEngine& engine, const std::string& id, const std::string& etag,
                    const std::string& reason) {
  const std::string today = engine.Today();
  std::optional<Error> refusal;
  Activation out;
  caller.Require(Action::kTierPolicyManage);
  if (Blank(reason))
    throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required to activate a policy");
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kTierPolicyManage);
    refusal.reset();
    const auto policy = Found(TierRepository::Policy(tx.work(), id));
    if (policy.status != "DRAFT")
      throw Error(crm::v1::ErrorReason::NOT_A_DRAFT, "only a draft can be activated")
          .AddViolation("id", "is " + policy.status);
    if (policy.Etag() != etag)
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the policy changed since you read it; reload");
    const nlohmann::json who{{"code", policy.code},
                             {"version", policy.version},
                             {"created_by", policy.created_by},
                             {"updated_by", policy.updated_by}};
    // Four eyes: whoever wrote or last changed the rules does not put them
    // into force; the refused attempt is on record (and committed).
    const std::string& me = tx.actor().user_id;
    if (me == policy.created_by || me == policy.updated_by) {
      refusal = Error(crm::v1::ErrorReason::FOUR_EYES_REQUIRED,
                      "a policy is activated by a second person, not by its author or last editor")
                    .AddViolation("id", "was written or last changed by you");
      auto details = who;
      details["refused"] = "FOUR_EYES_REQUIRED";
      tx.Audit({"tiering.policy.activate", "tier_policy", policy.id, reason, AuditOutcome::kDenied, details});
      return;
    }
    domain::tiering::Parse(nlohmann::json::parse(policy.definition_json));
    if (!TierRepository::Activate(tx.work(), policy.id, me))
      throw Error(crm::v1::ErrorReason::CONFLICT, "the policy changed; reload");
    // The run is recorded now; the server's tiering loop carries it out (and
    // resumes it after a restart).
    out.run_id = TierRepository::StartRun(tx.work(), NewUuid(), policy.id, "ACTIVATION", today, me).id;
    auto details = who;
    details["run_id"] = out.run_id;
    tx.Audit({"tiering.policy.activate", "tier_policy", policy.id, reason, AuditOutcome::kOk, details});
    out.policy = Found(TierRepository::Policy(tx.work(), policy.id));
  });
  if (refusal) throw *refusal;
  return out;
}

TierProgress Recompute(Caller& caller, TierEngine& engine, const std::string& reason,
                       const std::function<bool(const TierProgress&)>& progress) {
  std::string requested_by;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kTierPolicyManage);
    requested_by = tx.actor().user_id;
    tx.Audit({"tiering.recompute.request", "tier_run", "", reason, AuditOutcome::kOk, {}});
  });
  return engine.Recompute("ON_DEMAND", requested_by, progress);
}

std::vector<domain::TierChange> History(Caller& caller, const std::string& customer_id, int limit) {
  std::vector<domain::TierChange> out;
  WithClientInScope(caller, Action::kCustomerRead, customer_id, {"tiering.history.view", ""},
                    [&](WorkTx& tx, const domain::Customer&) {
                      out = TierRepository::History(tx.work(), customer_id, limit);
                      return nlohmann::json{{"changes", out.size()}};
                    });
  return out;
}

}  // namespace crm::usecases::tiering
