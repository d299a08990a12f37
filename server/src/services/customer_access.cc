#include "services/customer_access.h"

#include "common/error.h"
#include "services/customer_mapping.h"
#include "storage/audit_repository.h"
#include "storage/transaction.h"

namespace crm::services {

void WithClientInScope(rpc::Call& call, storage::ConnectionPool& db, domain::DataScope scope,
                       const std::string& customer_id, const ClientAccess& access,
                       const std::function<nlohmann::json(pqxx::work&, const storage::CustomerRow&)>& fn) {
  bool found = false;
  storage::InTransaction(db, call.tx_options(), [&](pqxx::work& tx) {
    storage::CustomerRepository::ActAs(tx, call.actor);
    auto row = storage::CustomerRepository::Get(tx, customer_id);
    found = row && InScope(call.actor, scope, *row);
    nlohmann::json details = found ? fn(tx, *row) : nlohmann::json{{"result", "not found or out of scope"}};
    storage::AuditRepository::Record(tx, storage::AuditWho::From(call.actor),
                                     {access.action, "customer", customer_id, access.reason,
                                      found ? storage::AuditOutcome::kOk : storage::AuditOutcome::kDenied, details});
  });
  if (!found) throw Error::NotFound("customer");
}

}  // namespace crm::services
