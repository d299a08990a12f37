#include "storage/statements.h"

#include "common/ids.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/holdings_repository.h"
#include "storage/request_key_repository.h"
#include "storage/pipelined_tx.h"
#include "storage/session_repository.h"
#include "storage/suitability_repository.h"
#include "storage/tier_repository.h"
#include "storage/user_repository.h"

namespace crm::storage {

void PrepareAll(pqxx::connection_base& conn) {
  for (const auto* list :
       {&AuditRepository::Statements(), &UserRepository::Statements(), &SessionRepository::Statements(),
        &CustomerRepository::Statements(), &SuitabilityRepository::Statements(), &TierRepository::Statements(),
        &HoldingsRepository::Statements(), &RequestKeyRepository::Statements(), &PipelinedTx::Statements()})
    for (const auto& s : *list) conn.prepare(s.name, s.sql);
}

std::map<std::string, std::string> TextByIds(pqxx::transaction_base& tx, const Statement& statement,
                                             const std::vector<std::string>& ids) {
  std::map<std::string, std::string> out;
  std::string list;
  for (const auto& id : ids)
    if (IsUuid(id)) list += (list.empty() ? "" : ",") + id;
  if (list.empty()) return out;
  for (const auto& r : tx.exec_prepared(statement.name, list)) out[r[0].as<std::string>()] = r[1].as<std::string>();
  return out;
}

}  // namespace crm::storage
