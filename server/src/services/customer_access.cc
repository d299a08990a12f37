#include "services/customer_access.h"

#include "common/error.h"
#include "services/customer_mapping.h"
#include "storage/audit_repository.h"
#include "storage/transaction.h"

namespace crm::services {

void WithClientInScope(rpc::Call& call, domain::DataScope scope, const std::string& customer_id,
                       const ClientAccess& access,
                       const std::function<nlohmann::json(pqxx::work&, const storage::CustomerRow&)>& fn) {
  bool found = false;
  call.caller().TransactWork([&](usecases::WorkTx& tx) {
    auto row = storage::CustomerRepository::Get(tx.work(), customer_id);
    found = row && InScope(tx.actor(), scope, *row);
    nlohmann::json details = access.details;
    if (found)
      details.update(fn(tx.work(), *row));
    else
      details["result"] = "not found or out of scope";
    tx.Audit({access.action, "customer", customer_id, access.reason,
              found ? storage::AuditOutcome::kOk : storage::AuditOutcome::kDenied, details});
  });
  if (!found) throw Error::NotFound("customer");
}

}  // namespace crm::services
