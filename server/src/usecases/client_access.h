// The shape every per-client method shares: in one transaction, act as the
// caller (row-level security), load the client, check it is in the caller's
// scope, do the work, and record the access (ok, or denied when the client is
// missing or out of scope), then answer NOT_FOUND for a client the caller may
// not see, so its existence is not revealed.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "domain/policy.h"
#include "domain/customer.h"
#include "usecases/request_tx.h"

namespace crm::usecases {

// What the access is recorded as (the target is the client).
struct ClientAccess {
  std::string action;                                 // audit action, e.g. "customer.consent"
  std::string reason;                                 // recorded with the event (may be empty)
  nlohmann::json details = nlohmann::json::object();  // recorded with either outcome (e.g. the field asked for)
};

// fn does the work and returns the event details. Throws NOT_FOUND when the
// client is not visible; the denial is recorded first.
void WithClientInScope(Caller& caller, domain::DataScope scope, const std::string& customer_id,
                       const ClientAccess& access,
                       const std::function<nlohmann::json(WorkTx&, const domain::Customer&)>& fn);
// The same, with the permission check in the same transaction: PERMISSION_DENIED
// unless the caller may do `action`, whose scope then applies.
void WithClientInScope(Caller& caller, domain::Action action, const std::string& customer_id,
                       const ClientAccess& access,
                       const std::function<nlohmann::json(WorkTx&, const domain::Customer&)>& fn);

}  // namespace crm::usecases
