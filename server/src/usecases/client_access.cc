#include "usecases/client_access.h"

#include "common/error.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/transaction.h"

namespace crm::usecases {

namespace {

void InScopeWork(Caller& caller, const std::function<domain::DataScope(WorkTx&)>& scope_of,
                 const std::string& customer_id, const ClientAccess& access,
                 const std::function<nlohmann::json(WorkTx&, const domain::Customer&)>& fn) {
  bool found = false;
  caller.TransactWork([&](WorkTx& tx) {
    const domain::DataScope scope = scope_of(tx);
    auto row = storage::CustomerRepository::Get(tx.work(), customer_id);
    found = row && tx.InScope(scope, domain::Placement(*row));
    nlohmann::json details = access.details;
    if (found)
      details.update(fn(tx, *row));
    else
      details["result"] = "not found or out of scope";
    tx.Audit({access.action, "customer", customer_id, access.reason,
              found ? storage::AuditOutcome::kOk : storage::AuditOutcome::kDenied, details});
  });
  if (!found) throw Error::NotFound("customer");
}

}  // namespace

void WithClientInScope(Caller& caller, domain::DataScope scope, const std::string& customer_id,
                       const ClientAccess& access,
                       const std::function<nlohmann::json(WorkTx&, const domain::Customer&)>& fn) {
  InScopeWork(
      caller, [scope](WorkTx&) { return scope; }, customer_id, access, fn);
}

void WithClientInScope(Caller& caller, domain::Action action, const std::string& customer_id,
                       const ClientAccess& access,
                       const std::function<nlohmann::json(WorkTx&, const domain::Customer&)>& fn) {
  InScopeWork(
      caller, [action](WorkTx& tx) { return tx.Require(action); }, customer_id, access, fn);
}

}  // namespace crm::usecases
