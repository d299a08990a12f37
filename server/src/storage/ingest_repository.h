// Ingest (issue 26, ADR 0017): cash flows keyed by their natural key
// (source, business date, flow reference), the batches that brought them,
// accounts looked up by their blind index, and the integration accounts
// (client certificates) that may call the ingest methods.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/aml.h"
#include "storage/statements.h"

namespace crm::storage {

struct FlowRow {
  int64_t id = 0;
  std::string customer_id, flow_ref, currency;
  domain::FlowType type = domain::FlowType::kCashDeposit;
  domain::Counterparty counterparty = domain::Counterparty::kNone;
  bool cross_border = false;
  int64_t amount_minor = 0;       // > 0; the direction is the type's
  bool client_is_natural = true;  // read only
};

struct AccountMatch {
  std::set<std::string> customer_ids;
  bool open = false;
};

struct IntegrationAccount {
  std::string id, name, cert_sha256, created_by, revoked_by;
  std::vector<std::string> scopes;
  int64_t not_after_us = 0, create_time_us = 0, revoke_time_us = 0;
};

class IngestRepository {
 public:
  static const std::vector<Statement>& Statements();

  // Serializes ingests of one kind for one business day (until the transaction ends).
  // Returns false at once when another transaction holds it.
  static bool TryLockDay(pqxx::transaction_base& tx, const std::string& kind, const std::string& day);
  // account number blind index -> the clients with an account of that
  // number (any kind) and whether one is open (and its client not archived).
  static std::map<std::string, AccountMatch> ClientsByAccountIndex(pqxx::transaction_base& tx,
                                                                   const std::vector<std::string>& bidx);
  // The flows already received under these references for (source, day).
  static std::map<std::string, FlowRow> FlowsByRef(pqxx::transaction_base& tx, const std::string& source,
                                                   const std::string& day, const std::vector<std::string>& refs);
  // Starts a batch row (counts filled by FinishBatch).
  static int64_t InsertBatch(pqxx::transaction_base& tx, const std::string& kind, const std::string& source,
                             const std::string& day, const std::string& account, int64_t rows, int64_t accepted,
                             int64_t unchanged);
  // Inserts new flows in one statement; returns their ids in order.
  static std::vector<int64_t> InsertFlows(pqxx::transaction_base& tx, int64_t batch_id, const std::string& source,
                                          const std::string& day, const std::vector<FlowRow>& flows);
  // Every screened flow (one that carries a type) of these clients on day.
  static std::vector<FlowRow> ScreenedFlows(pqxx::transaction_base& tx, const std::vector<std::string>& customer_ids,
                                            const std::string& day);

  // Integration accounts (the admin CLI writes, the server reads).
  static void CreateIntegration(pqxx::transaction_base& tx, const IntegrationAccount& a);
  static std::vector<IntegrationAccount> Integrations(pqxx::transaction_base& tx);
  // Returns whether an active account of that name was revoked now.
  static bool RevokeIntegration(pqxx::transaction_base& tx, const std::string& name, const std::string& by);
  // The active account with this certificate fingerprint (not revoked, not expired).
  static std::optional<IntegrationAccount> ActiveIntegration(pqxx::transaction_base& tx, const std::string& sha256);
};

}  // namespace crm::storage
