// Use cases of tiering (product.md section 2): tier policies (drafts,
// versions, four-eyes activation), what a policy would change, an on-demand
// recompute, and a client's tier history. Over domain types (ADR 0015);
// services/tiering_service.cc turns protos into these and back. The rules
// are domain/tier_rules.h; the engine that applies them, usecases/tier_engine.h.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "domain/tier_policy.h"
#include "usecases/request_tx.h"
#include "usecases/tier_engine.h"

namespace crm::usecases::tiering {

std::vector<domain::TierPolicy> ListPolicies(Caller& caller);
// NOT_FOUND when there is none.
domain::TierPolicy GetPolicy(Caller& caller, const std::string& id);

// A new draft (version 1 of its code). Refuses, naming the field: a code not
// of 1 to 40 of a-z, 0-9 and _, a blank or over-long name, a definition that
// is not valid JSON or breaks a rule (tier and condition named).
domain::TierPolicy CreatePolicy(Caller& caller, const std::string& code, const std::string& name,
                                const std::string& definition_json);
// A draft changed, if etag is still the one read (ETAG_MISMATCH otherwise;
// NOT_A_DRAFT for an active or retired policy).
domain::TierPolicy UpdateDraft(Caller& caller, const std::string& id, const std::string& etag, const std::string& name,
                               const std::string& definition_json);

// What the policy would change today over the clients in the caller's scope.
struct Preview {
  std::vector<domain::TierTransition> transitions;
  std::map<std::string, int64_t> before, after;  // tier -> clients
  int64_t clients = 0, changing = 0;
};
Preview PreviewPolicy(Caller& caller, TierEngine& engine, const std::string& id);

// Puts a draft into force (four eyes: not by its author or last editor, and
// that refusal is on record) and records the run that applies it, which the
// server's tiering loop carries out.
struct Activation {
  domain::TierPolicy policy;
  std::string run_id;
};
Activation Activate(Caller& caller, TierEngine& engine, const std::string& id, const std::string& etag,
                    const std::string& reason);

// Applies the active policy to every client now; progress as it goes (return
// false from it to stop: the run stays resumable).
TierProgress Recompute(Caller& caller, TierEngine& engine, const std::string& reason,
                       const std::function<bool(const TierProgress&)>& progress);

// The client's latest tier changes, newest first (NOT_FOUND out of scope).
std::vector<domain::TierChange> History(Caller& caller, const std::string& customer_id, int limit);

}  // namespace crm::usecases::tiering
