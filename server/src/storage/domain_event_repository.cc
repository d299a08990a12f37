#include "storage/domain_event_repository.h"

namespace crm::storage {
namespace {

// The counters are bumped (and so locked) in client id order, which keeps
// two producers touching the same clients from deadlocking.
constexpr Statement kInsert{
    "domain_event_insert",
    "WITH input AS (SELECT u.c::uuid AS c, u.k, u.d, u.b, u.p, u.n FROM unnest($1::text[], $2::text[], $3::text[], "
    "$4::text[], $5::text[]) WITH ORDINALITY AS u(c, k, d, b, p, n) WHERE NOT EXISTS (SELECT 1 FROM domain_event e "
    "WHERE e.dedupe_key = u.d)), numbered AS (SELECT *, row_number() OVER (PARTITION BY c ORDER BY n) AS i, count(*) "
    "OVER (PARTITION BY c) AS total FROM input), counts AS (SELECT DISTINCT c, total FROM numbered ORDER BY c), "
    "bumped AS (INSERT INTO domain_event_client AS d (customer_id, last_seq) SELECT c, total FROM counts ORDER BY c "
    "ON CONFLICT (customer_id) DO UPDATE SET last_seq = d.last_seq + EXCLUDED.last_seq RETURNING customer_id, "
    "last_seq) INSERT INTO domain_event (customer_id, client_seq, kind, dedupe_key, business_date, payload) SELECT "
    "numbered.c, bumped.last_seq - numbered.total + numbered.i, numbered.k, numbered.d, numbered.b::date, "
    "numbered.p::jsonb FROM numbered JOIN bumped ON bumped.customer_id = numbered.c ORDER BY numbered.c, numbered.i "
    "ON CONFLICT (dedupe_key) DO NOTHING RETURNING id"};

#define CRM_EVENT_COLUMNS                                                                              \
  "e.id, e.client_seq, (EXTRACT(EPOCH FROM e.create_time) * 1000000)::bigint, "                        \
  "COALESCE((EXTRACT(EPOCH FROM e.handled_time) * 1000000)::bigint, 0), e.customer_id::text, e.kind, " \
  "e.dedupe_key, e.business_date::text, e.payload::text, COALESCE(e.handled_by, '') "
constexpr Statement kClaim{
    "domain_event_claim",
    "SELECT " CRM_EVENT_COLUMNS
    "FROM domain_event e WHERE e.handled_time IS NULL AND NOT EXISTS (SELECT 1 FROM domain_event p WHERE "
    "p.customer_id = e.customer_id AND p.client_seq < e.client_seq AND p.handled_time IS NULL) ORDER BY e.id "
    "LIMIT $1 FOR UPDATE OF e SKIP LOCKED"};
constexpr Statement kMarkHandled{
    "domain_event_mark_handled",
    "UPDATE domain_event SET handled_time = now(), handled_by = $2 WHERE id = ANY($1::bigint[]) AND handled_time "
    "IS NULL"};
constexpr Statement kList{"domain_event_list",
                          "SELECT " CRM_EVENT_COLUMNS
                          "FROM domain_event e WHERE NOT $1 OR e.handled_time IS NULL ORDER BY e.id DESC LIMIT $2"};

DomainEventRow RowOf(const pqxx::row& r) {
  DomainEventRow e;
  e.id = r[0].as<int64_t>();
  e.client_seq = r[1].as<int64_t>();
  e.create_time_us = r[2].as<int64_t>();
  e.handled_time_us = r[3].as<int64_t>();
  e.customer_id = r[4].as<std::string>();
  e.kind = r[5].as<std::string>();
  e.dedupe_key = r[6].as<std::string>();
  e.business_date = r[7].as<std::string>();
  e.payload = r[8].as<std::string>();
  e.handled_by = r[9].as<std::string>();
  return e;
}

}  // namespace

const std::vector<Statement>& DomainEventRepository::Statements() {
  static const std::vector<Statement> k{kInsert, kClaim, kMarkHandled, kList};
  return k;
}

int64_t DomainEventRepository::Insert(pqxx::transaction_base& tx, const std::vector<NewDomainEvent>& events) {
  if (events.empty()) return 0;
  std::vector<std::string> c, k, d, b, p;
  for (const auto& e : events) {
    c.push_back(e.customer_id);
    k.push_back(e.kind);
    d.push_back(e.dedupe_key);
    b.push_back(e.business_date);
    p.push_back(e.payload);
  }
  return static_cast<int64_t>(
      tx.exec_prepared(kInsert.name, TextArray(c), TextArray(k), TextArray(d), TextArray(b), TextArray(p)).size());
}

std::vector<DomainEventRow> DomainEventRepository::Claim(pqxx::transaction_base& tx, int limit) {
  std::vector<DomainEventRow> out;
  for (const auto& r : tx.exec_prepared(kClaim.name, limit)) out.push_back(RowOf(r));
  return out;
}

void DomainEventRepository::MarkHandled(pqxx::transaction_base& tx, const std::vector<int64_t>& ids,
                                        const std::string& by) {
  if (!ids.empty()) tx.exec_prepared0(kMarkHandled.name, IntArray(ids), by);
}

std::vector<DomainEventRow> DomainEventRepository::List(pqxx::transaction_base& tx, bool pending_only, int limit) {
  std::vector<DomainEventRow> out;
  for (const auto& r : tx.exec_prepared(kList.name, pending_only, limit)) out.push_back(RowOf(r));
  return out;
}

}  // namespace crm::storage
