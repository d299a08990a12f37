#include "storage/statements.h"

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
  for (const auto* list : {&AuditRepository::Statements(), &UserRepository::Statements(),
                           &SessionRepository::Statements(), &CustomerRepository::Statements(),
                           &SuitabilityRepository::Statements(), &TierRepository::Statements(),
                           &HoldingsRepository::Statements(), &RequestKeyRepository::Statements(),
                           &PipelinedTx::Statements()})
    for (const auto& s : *list) conn.prepare(s.name, s.sql);
}

}  // namespace crm::storage
