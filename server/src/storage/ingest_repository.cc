#include "storage/ingest_repository.h"

#include "common/error.h"

namespace crm::storage {
namespace {

constexpr Statement kLockDay{"ingest_lock_day",
                             "SELECT pg_try_advisory_xact_lock(hashtext('crm.ingest.' || $1 || ':' || $2))"};
constexpr Statement kByAccount{"ingest_clients_by_account",
                               "SELECT a.number_bidx, a.customer_id::text, a.status <> 'CLOSED' AND c.archive_time "
                               "IS NULL FROM customer_account a JOIN customer c ON c.id = a.customer_id WHERE "
                               "a.number_bidx = ANY($1::text[])"};
constexpr Statement kFlowsByRef{
    "ingest_flows_by_ref",
    "SELECT f.id, f.customer_id::text, f.flow_ref, f.currency, f.flow_type, f.counterparty, f.cross_border, "
    "abs(f.amount_minor) FROM cash_flow f WHERE f.source = $1 AND f.flow_date = $2::date AND f.flow_ref = "
    "ANY($3::text[])"};
constexpr Statement kInsertBatch{"ingest_insert_batch",
                                 "INSERT INTO ingest_batch (kind, source, business_date, account, row_count, accepted, "
                                 "unchanged) VALUES ($1, $2, $3::date, $4, $5, $6, $7) RETURNING id"};
// Outflows are stored negative (cash_flow's convention: positive in).
constexpr Statement kInsertFlows{
    "ingest_insert_flows",
    "INSERT INTO cash_flow (customer_id, flow_date, amount_minor, external_ref, source, flow_ref, flow_type, "
    "counterparty, cross_border, currency, batch_id) "
    "SELECT c::uuid, $2::date, CASE WHEN t IN ('CASH_DEPOSIT','TRANSFER_IN') THEN a ELSE -a END, NULL, $1, r, t, p, "
    "x, cur, $3 FROM unnest($4::text[], $5::text[], $6::bigint[], $7::text[], $8::text[], $9::boolean[], "
    "$10::text[]) WITH ORDINALITY AS u(c, r, a, t, p, x, cur, n) ORDER BY n RETURNING id"};
constexpr Statement kScreened{
    "ingest_screened_flows",
    "SELECT f.id, f.customer_id::text, f.flow_ref, f.currency, f.flow_type, f.counterparty, f.cross_border, "
    "abs(f.amount_minor), c.kind = 'INDIVIDUAL' FROM cash_flow f JOIN customer c ON c.id = f.customer_id "
    "WHERE f.customer_id = ANY($1::uuid[]) AND f.flow_date = $2::date AND f.flow_type IS NOT NULL "
    "ORDER BY f.customer_id, f.id"};

#define CRM_INTEGRATION_COLUMNS                                                                                   \
  "id::text, name, cert_sha256, created_by, COALESCE(revoked_by, ''), array_to_string(scopes, ','), "             \
  "(EXTRACT(EPOCH FROM cert_not_after) * 1000000)::bigint, (EXTRACT(EPOCH FROM create_time) * 1000000)::bigint, " \
  "COALESCE((EXTRACT(EPOCH FROM revoke_time) * 1000000)::bigint, 0)"
constexpr Statement kCreateIntegration{
    "integration_create",
    "INSERT INTO integration_account (id, name, scopes, cert_sha256, cert_not_after, created_by) VALUES ($1::uuid, "
    "$2, string_to_array($3, ','), $4, to_timestamp($5::double precision / 1000000), $6)"};
constexpr Statement kIntegrations{"integration_list",
                                  "SELECT " CRM_INTEGRATION_COLUMNS " FROM integration_account ORDER BY name"};
constexpr Statement kRevokeIntegration{
    "integration_revoke",
    "UPDATE integration_account SET revoke_time = now(), revoked_by = $2 WHERE name = $1 AND revoke_time IS NULL "
    "RETURNING id"};
constexpr Statement kActiveIntegration{"integration_active",
                                       "SELECT " CRM_INTEGRATION_COLUMNS
                                       " FROM integration_account WHERE cert_sha256 = $1 AND revoke_time IS NULL "
                                       "AND cert_not_after > now()"};

FlowRow FlowOf(const pqxx::row& r) {
  FlowRow f;
  f.id = r[0].as<int64_t>();
  f.customer_id = r[1].as<std::string>();
  f.flow_ref = r[2].as<std::string>();
  f.currency = r[3].as<std::string>();
  f.type = domain::FlowTypeFromName(r[4].as<std::string>()).value_or(domain::FlowType::kCashDeposit);
  f.counterparty = domain::CounterpartyFromName(r[5].as<std::string>()).value_or(domain::Counterparty::kNone);
  f.cross_border = r[6].as<bool>();
  f.amount_minor = r[7].as<int64_t>();
  if (r.size() > 8) f.client_is_natural = r[8].as<bool>();
  return f;
}

IntegrationAccount IntegrationOf(const pqxx::row& r) {
  IntegrationAccount a;
  a.id = r[0].as<std::string>();
  a.name = r[1].as<std::string>();
  a.cert_sha256 = r[2].as<std::string>();
  a.created_by = r[3].as<std::string>();
  a.revoked_by = r[4].as<std::string>();
  std::string scopes = r[5].as<std::string>();
  for (size_t start = 0; start < scopes.size();) {
    size_t comma = scopes.find(',', start);
    if (comma == std::string::npos) comma = scopes.size();
    a.scopes.push_back(scopes.substr(start, comma - start));
    start = comma + 1;
  }
  a.not_after_us = r[6].as<int64_t>();
  a.create_time_us = r[7].as<int64_t>();
  a.revoke_time_us = r[8].as<int64_t>();
  return a;
}

}  // namespace

const std::vector<Statement>& IngestRepository::Statements() {
  static const std::vector<Statement> k{kLockDay,           kByAccount,        kFlowsByRef,        kInsertBatch,
                                        kInsertFlows,       kScreened,         kCreateIntegration, kIntegrations,
                                        kRevokeIntegration, kActiveIntegration};
  return k;
}

bool IngestRepository::TryLockDay(pqxx::transaction_base& tx, const std::string& kind, const std::string& day) {
  return tx.exec_prepared1(kLockDay.name, kind, day)[0].as<bool>();
}

std::map<std::string, AccountMatch> IngestRepository::ClientsByAccountIndex(pqxx::transaction_base& tx,
                                                                            const std::vector<std::string>& bidx) {
  std::map<std::string, AccountMatch> out;
  if (bidx.empty()) return out;
  for (const auto& r : tx.exec_prepared(kByAccount.name, TextArray(bidx))) {
    auto& m = out[r[0].as<std::string>()];
    m.customer_ids.insert(r[1].as<std::string>());
    m.open = m.open || r[2].as<bool>();
  }
  return out;
}

std::map<std::string, FlowRow> IngestRepository::FlowsByRef(pqxx::transaction_base& tx, const std::string& source,
                                                            const std::string& day,
                                                            const std::vector<std::string>& refs) {
  std::map<std::string, FlowRow> out;
  if (refs.empty()) return out;
  for (const auto& r : tx.exec_prepared(kFlowsByRef.name, source, day, TextArray(refs))) {
    FlowRow f = FlowOf(r);
    out[f.flow_ref] = f;
  }
  return out;
}

int64_t IngestRepository::InsertBatch(pqxx::transaction_base& tx, const std::string& kind, const std::string& source,
                                      const std::string& day, const std::string& account, int64_t rows,
                                      int64_t accepted, int64_t unchanged) {
  return tx.exec_prepared1(kInsertBatch.name, kind, source, day, account, rows, accepted, unchanged)[0].as<int64_t>();
}

std::vector<int64_t> IngestRepository::InsertFlows(pqxx::transaction_base& tx, int64_t batch_id,
                                                   const std::string& source, const std::string& day,
                                                   const std::vector<FlowRow>& flows) {
  std::vector<int64_t> ids;
  if (flows.empty()) return ids;
  std::vector<std::string> customers, refs, types, parties, currencies;
  std::vector<int64_t> amounts;
  std::vector<bool> cross;
  for (const auto& f : flows) {
    customers.push_back(f.customer_id);
    refs.push_back(f.flow_ref);
    amounts.push_back(f.amount_minor);
    types.push_back(domain::FlowTypeName(f.type));
    parties.push_back(domain::CounterpartyName(f.counterparty));
    cross.push_back(f.cross_border);
    currencies.push_back(f.currency);
  }
  ids.reserve(flows.size());
  for (const auto& r : tx.exec_prepared(kInsertFlows.name, source, day, batch_id, TextArray(customers), TextArray(refs),
                                        IntArray(amounts), TextArray(types), TextArray(parties), BoolArray(cross),
                                        TextArray(currencies)))
    ids.push_back(r[0].as<int64_t>());
  return ids;
}

std::vector<FlowRow> IngestRepository::ScreenedFlows(pqxx::transaction_base& tx,
                                                     const std::vector<std::string>& customer_ids,
                                                     const std::string& day) {
  std::vector<FlowRow> out;
  if (customer_ids.empty()) return out;
  for (const auto& r : tx.exec_prepared(kScreened.name, TextArray(customer_ids), day)) out.push_back(FlowOf(r));
  return out;
}

void IngestRepository::CreateIntegration(pqxx::transaction_base& tx, const IntegrationAccount& a) {
  std::string scopes;
  for (const auto& s : a.scopes) scopes += (scopes.empty() ? "" : ",") + s;
  tx.exec_prepared0(kCreateIntegration.name, a.id, a.name, scopes, a.cert_sha256, a.not_after_us, a.created_by);
}

std::vector<IntegrationAccount> IngestRepository::Integrations(pqxx::transaction_base& tx) {
  std::vector<IntegrationAccount> out;
  for (const auto& r : tx.exec_prepared(kIntegrations.name)) out.push_back(IntegrationOf(r));
  return out;
}

bool IngestRepository::RevokeIntegration(pqxx::transaction_base& tx, const std::string& name, const std::string& by) {
  return !tx.exec_prepared(kRevokeIntegration.name, name, by).empty();
}

std::optional<IntegrationAccount> IngestRepository::ActiveIntegration(pqxx::transaction_base& tx,
                                                                      const std::string& sha256) {
  auto rows = tx.exec_prepared(kActiveIntegration.name, sha256);
  if (rows.empty()) return std::nullopt;
  return IntegrationOf(rows[0]);
}

}  // namespace crm::storage
