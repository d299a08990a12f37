#include "storage/statements.h"

#include "common/ids.h"
#include "storage/audit_archive_repository.h"
#include "storage/audit_repository.h"
#include "storage/customer_repository.h"
#include "storage/demo_data.h"
#include "storage/domain_event_repository.h"
#include "storage/market_data_repository.h"
#include "storage/holdings_repository.h"
#include "storage/outbox_repository.h"
#include "storage/ingest_repository.h"
#include "storage/aml_repository.h"
#include "storage/request_key_repository.h"
#include "storage/pipelined_tx.h"
#include "storage/session_repository.h"
#include "storage/suitability_repository.h"
#include "storage/tier_repository.h"
#include "storage/user_repository.h"
#include "storage/aml_risk_repository.h"
#include "storage/watchlist_repository.h"

namespace crm::storage {

void PrepareAll(pqxx::connection_base& conn) {
  for (const auto* list :
       {&AuditRepository::Statements(), &UserRepository::Statements(), &SessionRepository::Statements(),
        &CustomerRepository::Statements(), &SuitabilityRepository::Statements(), &TierRepository::Statements(),
        &HoldingsRepository::Statements(), &RequestKeyRepository::Statements(), &PipelinedTx::Statements(),
        &AuditArchiveRepository::Statements(), &CustomerRepository::KeyStatements(), &DemoData::Statements(),
        &OutboxRepository::Statements(), &IngestRepository::Statements(), &AmlRepository::Statements(),
        &MarketDataRepository::Statements(), &DomainEventRepository::Statements(), &WatchlistRepository::Statements(),
        &AmlRiskRepository::Statements()})
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

void Ping(pqxx::connection_base& conn) {
  pqxx::nontransaction tx(conn);
  tx.exec("SELECT 1");
}

std::string TextArray(const std::vector<std::string>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ',';
    out += '"';
    for (char c : items[i]) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

std::string BoolArray(const std::vector<bool>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + std::string(items[i] ? "t" : "f");
  return out + "}";
}

std::string IntArray(const std::vector<int64_t>& items) {
  std::string out = "{";
  for (size_t i = 0; i < items.size(); ++i) out += (i ? "," : "") + std::to_string(items[i]);
  return out + "}";
}

}  // namespace crm::storage
