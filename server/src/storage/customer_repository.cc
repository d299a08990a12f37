#include "storage/customer_repository.h"

#include "common/clock.h"
#include "storage/audit_repository.h"
#include "storage/customer_columns.h"
#include "storage/pipelined_tx.h"

#include <algorithm>
#include <limits>
#include <tuple>

namespace crm::storage {
namespace {

#define CRM_BYTEA(n) "CASE WHEN $" #n " = '' THEN NULL ELSE decode($" #n ", 'hex') END"

constexpr Statement kActAs{"customer_act_as", R"sql(
SELECT set_config('crm.actor_id', $1, true), set_config('crm.actor_role', $2, true),
       set_config('crm.actor_team', $3, true), set_config('crm.actor_branch', $4, true))sql"};

constexpr Statement kInsert{"customer_insert",
                            "INSERT INTO customer (id, request_id, kind, name, gender, birth_date, id_type, "
                            "id_number_enc, id_number_bidx, id_number_mask, phone_enc, phone_bidx, phone_mask, "
                            "email_enc, email_mask, address_enc, district, occupation, employer, source, status, "
                            "risk_level, tier, owner_user_id, team_id, branch_id) VALUES ("
                            "$1::uuid, NULLIF($2,''), $3, $4, $5, NULLIF($6,'')::date, NULLIF($7,''), " CRM_BYTEA(8)
                            ", NULLIF($9,''), $10, " CRM_BYTEA(11) ", NULLIF($12,''), $13, " CRM_BYTEA(14)
                            ", $15, " CRM_BYTEA(16) ", $17, $18, $19, $20, $21, NULLIF($22,''), NULLIF($23,''), "
                            "$24::uuid, NULLIF($25,'')::uuid, NULLIF($26,'')::uuid)"};

// The edit's SQL; run only as kUpdateAudited (with its event), never alone.
constexpr Statement kUpdate{"customer_update",
                            "UPDATE customer SET kind = $3, name = $4, gender = $5, birth_date = NULLIF($6,'')::date, "
                            "id_type = NULLIF($7,''), id_number_enc = " CRM_BYTEA(8) ", id_number_bidx = NULLIF($9,''), "
                            "id_number_mask = $10, phone_enc = " CRM_BYTEA(11) ", phone_bidx = NULLIF($12,''), "
                            "phone_mask = $13, email_enc = " CRM_BYTEA(14) ", email_mask = $15, address_enc = " CRM_BYTEA(16)
                            ", district = $17, occupation = $18, employer = $19, source = $20, status = $21, "
                            "version = version + 1, update_time = now() WHERE id = $1::uuid AND version = $2"};
// risk_level and tier are not written here: suitability and tiering own them,
// and an edit must never write back a value read before their change.

// The same update with its audit event in one statement (one round trip),
// returning the row as stored (the columns of kGet), so no read-back.
const std::string kUpdateAuditedSql =
    AuditRepository::WithEventSql(std::string(kUpdate.sql) + " RETURNING " CRM_CUSTOMER_COLUMNS, 21);
const Statement kUpdateAudited{"customer_update_audited", kUpdateAuditedSql.c_str()};

constexpr Statement kGet{"customer_get", "SELECT " CRM_CUSTOMER_COLUMNS "FROM customer WHERE id = $1::uuid"};
constexpr Statement kNames{"customer_names",
                           "SELECT id::text, name FROM customer WHERE id = ANY(string_to_array($1, ',')::uuid[])"};
// The 360 view's account manager, under row-level security like the client.
constexpr Statement kOwnerName{"customer_owner_name",
                               "SELECT u.display_name || ' (' || u.username || ')' "
                               "FROM customer c JOIN app_user u ON u.id = c.owner_user_id "
                               "WHERE c.id = $1::uuid"};
constexpr Statement kArchive{"customer_archive",
                             "UPDATE customer SET archive_time = CASE WHEN $2 THEN now() END, version = version + 1, "
                             "update_time = now() WHERE id = $1::uuid AND (archive_time IS NULL) = $2"};
// One list statement per sort order (keyset paging: the cursor is the last
// row's (key, name, id); $13 true on the first page). Each order but
// update_time has an index in that order (V0011), which row-level security
// lets the scan use because every expression in the key is LEAKPROOF
// (crm_sort_key instead of COALESCE for the nullable tier and risk level). Filters: $1 status,
// $2 owner, $3 team, $4 branch, $5 tier, $6 risk level, $7 include archived,
// $12 tag ('' = any); $14/$15 AUM bounds, $16/$17 last trade from/before
// ('' = none; $18 true when none is set, so the metrics are not read).
#define CRM_LIST_SQL(NAME, KEY, CURSOR, CMP, DIR)                                                            \
  Statement {                                                                                                \
    NAME, "SELECT " CRM_CUSTOMER_COLUMNS                                                                     \
          "FROM customer WHERE "                                                                             \
          "($1 = '' OR status = $1) AND ($2 = '' OR owner_user_id = NULLIF($2,'')::uuid) "                   \
          "AND ($3 = '' OR team_id = NULLIF($3,'')::uuid) AND ($4 = '' OR branch_id = NULLIF($4,'')::uuid) " \
          "AND ($5 = '' OR tier = $5) AND ($6 = '' OR risk_level = $6) AND ($7 OR archive_time IS NULL) "    \
          "AND ($13 OR (" KEY ", name, id) " CMP " (" CURSOR                                                 \
          ", $9, $10::uuid)) "                                                                               \
          "AND ($12 = '' OR EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = customer.id "         \
          "AND t.tag = $12)) AND ($18 OR EXISTS (SELECT 1 FROM customer_metrics m WHERE "                    \
          "m.customer_id = customer.id AND ($14 = '' OR m.aum_minor >= NULLIF($14,'')::bigint) "             \
          "AND ($15 = '' OR m.aum_minor <= NULLIF($15,'')::bigint) "                                         \
          "AND ($16 = '' OR m.last_trade_date >= NULLIF($16,'')::date) "                                     \
          "AND ($17 = '' OR m.last_trade_date < NULLIF($17,'')::date))) "                                    \
          "ORDER BY " KEY " " DIR ", name " DIR ", id " DIR " LIMIT $11"                                     \
  }
#define CRM_TIME_KEY(COL) "(EXTRACT(EPOCH FROM " COL ") * 1000000)::bigint"
// The cursor's microseconds back to the exact timestamptz (create_time has an
// index in this order, V0011; update_time changes on every edit and has none,
// so that edits stay HOT updates).
#define CRM_MICROS_TO_TIME "('epoch'::timestamptz + $8::bigint * interval '1 microsecond')"
constexpr Statement kCount{
    "customer_count",
    "SELECT count(*) FROM customer WHERE ($1 = '' OR status = $1) AND ($2 = '' OR owner_user_id = NULLIF($2,'')::uuid) "
    "AND ($3 = '' OR team_id = NULLIF($3,'')::uuid) AND ($4 = '' OR branch_id = NULLIF($4,'')::uuid) "
    "AND ($5 = '' OR tier = $5) AND ($6 = '' OR risk_level = $6) AND ($7 OR archive_time IS NULL) "
    "AND ($8 = '' OR EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = customer.id AND t.tag = $8)) "
    "AND ($13 OR EXISTS (SELECT 1 FROM customer_metrics m WHERE m.customer_id = customer.id "
    "AND ($9 = '' OR m.aum_minor >= NULLIF($9,'')::bigint) AND ($10 = '' OR m.aum_minor <= NULLIF($10,'')::bigint) "
    "AND ($11 = '' OR m.last_trade_date >= NULLIF($11,'')::date) "
    "AND ($12 = '' OR m.last_trade_date < NULLIF($12,'')::date)))"};
constexpr Statement kListOrders[] = {
    CRM_LIST_SQL("customer_list", "name", "$8", ">", "ASC"),
    CRM_LIST_SQL("customer_list_name_desc", "name", "$8", "<", "DESC"),
    CRM_LIST_SQL("customer_list_status", "status", "$8", ">", "ASC"),
    CRM_LIST_SQL("customer_list_status_desc", "status", "$8", "<", "DESC"),
    CRM_LIST_SQL("customer_list_tier", "crm_sort_key(tier)", "$8", ">", "ASC"),
    CRM_LIST_SQL("customer_list_tier_desc", "crm_sort_key(tier)", "$8", "<", "DESC"),
    CRM_LIST_SQL("customer_list_risk", "crm_sort_key(risk_level)", "$8", ">", "ASC"),
    CRM_LIST_SQL("customer_list_risk_desc", "crm_sort_key(risk_level)", "$8", "<", "DESC"),
    CRM_LIST_SQL("customer_list_created", "create_time", CRM_MICROS_TO_TIME, ">", "ASC"),
    CRM_LIST_SQL("customer_list_created_desc", "create_time", CRM_MICROS_TO_TIME, "<", "DESC"),
    CRM_LIST_SQL("customer_list_updated", CRM_TIME_KEY("update_time"), "$8::bigint", ">", "ASC"),
    CRM_LIST_SQL("customer_list_updated_desc", CRM_TIME_KEY("update_time"), "$8::bigint", "<", "DESC"),
};
#undef CRM_TIME_KEY
#undef CRM_MICROS_TO_TIME
#undef CRM_LIST_SQL

constexpr Statement kTags{"customer_tags",
                          "SELECT tag, source FROM customer_tag WHERE customer_id = $1::uuid ORDER BY source, tag"};
constexpr Statement kTagAdd{"customer_tag_add",
                            "INSERT INTO customer_tag (customer_id, tag, source) VALUES ($1::uuid, $2, 'MANUAL') "
                            "ON CONFLICT DO NOTHING"};
constexpr Statement kTagRemove{
    "customer_tag_remove", "DELETE FROM customer_tag WHERE customer_id = $1::uuid AND tag = $2 AND source = 'MANUAL'"};
constexpr Statement kTransfer{"customer_transfer",
                              "UPDATE customer SET owner_user_id = $3::uuid, team_id = NULLIF($4,'')::uuid, "
                              "branch_id = NULLIF($5,'')::uuid, version = version + 1, update_time = now() "
                              "WHERE id = $1::uuid AND owner_user_id = $2::uuid"};
constexpr Statement kOwnerHistory{"customer_owner_history_insert",
                                  "INSERT INTO customer_owner_history (customer_id, from_user_id, to_user_id, "
                                  "by_user_id, reason) VALUES ($1::uuid, $2::uuid, $3::uuid, $4::uuid, $5)"};
constexpr Statement kDelegate{"customer_delegation_insert",
                              "INSERT INTO customer_delegation (customer_id, delegate_user_id, granted_by, reason, "
                              "expire_time) VALUES ($1::uuid, $2::uuid, $3::uuid, $4, "
                              "timestamptz 'epoch' + $5::bigint * interval '1 microsecond') RETURNING id::text"};
#define CRM_INTERACTION_COLUMNS                                                                                     \
  "i.id::text, i.customer_id::text, i.channel, i.author_user_id::text, i.summary, COALESCE(i.amends_id::text,''), " \
  "COALESCE(i.amend_reason,''), COALESCE((SELECT a.id::text FROM interaction a WHERE a.amends_id = i.id "           \
  "ORDER BY a.create_time DESC LIMIT 1),''), (EXTRACT(EPOCH FROM i.occurred_time) * 1000000)::bigint, "             \
  "(EXTRACT(EPOCH FROM i.create_time) * 1000000)::bigint, COALESCE(i.next_action_date::text, ''), "                 \
  "COALESCE((SELECT u.display_name FROM app_user u WHERE u.id = i.author_user_id), '') "
constexpr Statement kInteractionInsert{"interaction_insert",
                                       "INSERT INTO interaction (customer_id, channel, occurred_time, author_user_id, "
                                       "summary, amends_id, amend_reason, next_action_date) VALUES ($1::uuid, $2, "
                                       "timestamptz 'epoch' + $3::bigint * interval '1 microsecond', $4::uuid, $5, "
                                       "NULLIF($6,'')::uuid, NULLIF($7,''), NULLIF($8,'')::date) RETURNING id::text"};
constexpr Statement kInteractionGet{"interaction_get",
                                    "SELECT " CRM_INTERACTION_COLUMNS "FROM interaction i WHERE i.id = $1::uuid"};
constexpr Statement kInteractionList{"interaction_list",
                                     "SELECT " CRM_INTERACTION_COLUMNS
                                     "FROM interaction i WHERE i.customer_id = $1::uuid "
                                     "AND (i.occurred_time, i.id) < (timestamptz 'epoch' + $2::bigint * interval "
                                     "'1 microsecond', $3::uuid) ORDER BY i.occurred_time DESC, i.id DESC LIMIT $4"};

constexpr Statement kConsentInsert{"consent_insert",
                                   "INSERT INTO customer_consent (customer_id, purpose, channel, granted, method, "
                                   "recorded_by) VALUES ($1::uuid, $2, $3, $4, $5, $6::uuid)"};
constexpr Statement kConsentCurrent{"consent_current", R"sql(
SELECT DISTINCT ON (purpose, channel) purpose, channel, granted, method,
       (EXTRACT(EPOCH FROM record_time) * 1000000)::bigint
FROM customer_consent WHERE customer_id = $1::uuid ORDER BY purpose, channel, id DESC)sql"};
constexpr Statement kAccountInsert{"account_insert",
                                   "INSERT INTO customer_account (id, customer_id, kind, number_enc, number_bidx, "
                                   "number_mask, open_date) VALUES ($1::uuid, $2::uuid, $3, decode($4,'hex'), $5, $6, "
                                   "NULLIF($7,'')::date)"};
constexpr Statement kAccounts{"account_list",
                              "SELECT id::text, customer_id::text, kind, encode(number_enc,'hex'), number_bidx, "
                              "number_mask, COALESCE(open_date::text,''), status FROM customer_account "
                              "WHERE customer_id = $1::uuid ORDER BY kind, create_time"};

constexpr Statement kRelationInsert{"relation_insert",
                                    "INSERT INTO customer_relation (customer_id, relation, related_customer_id, "
                                    "related_name) VALUES ($1::uuid, $2, NULLIF($3,'')::uuid, NULLIF($4,'')) "
                                    "RETURNING id::text"};
// The related client's name comes through customer's own row-level security:
// outside the caller's scope it is simply not there.
// The client's links: those recorded on it, and those recorded on another
// client that point at it, turned round (CHILD <-> PARENT, CONTROLLER ->
// CONTROLLED_ENTITY, ...). A related client outside the caller's scope is
// hidden by RLS on the join: no name (related_visible false).
constexpr Statement kRelations{
    "relation_list",
    "SELECT id, relation, related_id, related_name, visible, here FROM ("
    "SELECT r.id::text AS id, r.relation, COALESCE(r.related_customer_id::text,'') AS related_id, "
    "COALESCE(r.related_name, c.name, '') AS related_name, c.id IS NOT NULL AS visible, "
    "true AS here, r.create_time FROM customer_relation r "
    "LEFT JOIN customer c ON c.id = r.related_customer_id WHERE r.customer_id = $1::uuid "
    "UNION ALL "
    "SELECT r.id::text, CASE r.relation WHEN 'CHILD' THEN 'PARENT' WHEN 'PARENT' THEN 'CHILD' "
    "WHEN 'CONTROLLER' THEN 'CONTROLLED_ENTITY' WHEN 'BENEFICIAL_OWNER' THEN "
    "'BENEFICIALLY_OWNED_ENTITY' ELSE r.relation END, r.customer_id::text, COALESCE(c.name, ''), "
    "c.id IS NOT NULL, false, r.create_time FROM customer_relation r "
    "LEFT JOIN customer c ON c.id = r.customer_id WHERE r.related_customer_id = $1::uuid"
    ") links ORDER BY create_time, id"};

template <typename Row>  // pqxx::row or PipelinedResult::Row
InteractionRow ReadInteraction(const Row& r) {
  InteractionRow i;
  int k = 0;
  for (std::string* s : {&i.id, &i.customer_id, &i.channel, &i.author_user_id, &i.summary, &i.amends_id,
                         &i.amend_reason, &i.amended_by_id})
    *s = r[k++].template as<std::string>();
  i.occurred_time_us = r[k++].template as<int64_t>();
  i.create_time_us = r[k++].template as<int64_t>();
  i.next_action_date = r[k++].template as<std::string>();
  i.author_name = r[k].template as<std::string>();
  return i;
}

template <typename Rows>
std::pair<std::vector<std::string>, std::vector<std::string>> TagsFrom(const Rows& rows) {
  std::pair<std::vector<std::string>, std::vector<std::string>> out;  // manual, rule
  for (decltype(rows.size()) i = 0; i < rows.size(); ++i) {
    auto r = rows[i];
    (r[1].template as<std::string>() == "MANUAL" ? out.first : out.second).push_back(r[0].template as<std::string>());
  }
  return out;
}

template <typename Rows>
std::vector<InteractionRow> InteractionsFrom(const Rows& rows) {
  return MapRows(rows, [](const auto& r) { return ReadInteraction(r); });
}

template <typename Rows>
std::vector<ConsentRow> ConsentsFrom(const Rows& rows) {
  return MapRows(rows, [](const auto& r) {
    auto text = [&](int c) { return r[c].template as<std::string>(); };
    return ConsentRow{text(0), text(1), text(3), r[2].template as<bool>(), r[4].template as<int64_t>()};
  });
}

template <typename Rows>
std::vector<AccountRow> AccountsFrom(const Rows& rows) {
  return MapRows(rows, [](const auto& r) {
    auto text = [&](int c) { return r[c].template as<std::string>(); };
    return AccountRow{text(0), text(1), text(2), text(3), text(4), text(5), text(6), text(7)};
  });
}

template <typename Rows>
std::vector<RelationRow> RelationsFrom(const Rows& rows) {
  return MapRows(rows, [](const auto& r) {
    auto text = [&](int c) { return r[c].template as<std::string>(); };
    return RelationRow{text(0), text(1), text(2), text(3), r[4].template as<bool>(), r[5].template as<bool>()};
  });
}

}  // namespace

// The CSV import's lookups: active account managers by user name (with
// team and branch), and the external references already imported.
constexpr Statement kImportOwners{"customer_import_owners", R"sql(
SELECT u.username, u.id::text, COALESCE(u.team_id::text,''), COALESCE(t.branch_id::text,'')
FROM app_user u LEFT JOIN team t ON t.id = u.team_id
WHERE u.role = 'ACCOUNT_MANAGER' AND NOT u.disabled)sql"};
// Suitability's result kept on the client row (the list filters and the
// 360 view read it there): the current level with its expiry, and the
// investor class. The tier column is the tiering engine's (TierRepository,
// set-based); every other column is written by the statements above.
constexpr Statement kSetRisk{"customer_set_risk",
                             "UPDATE customer SET risk_level = $2, risk_expire_time = (TIMESTAMPTZ 'epoch' + "
                             "$3::bigint * INTERVAL '1 microsecond') WHERE id = $1::uuid"};
constexpr Statement kSetClass{"customer_set_class", "UPDATE customer SET investor_class = $2 WHERE id = $1::uuid"};

// The positions import's clients, by id or by the external reference of an import.
constexpr Statement kByIdOrRef{
    "customer_by_id_or_ref",
    "SELECT id::text, COALESCE(substring(request_id from '^import:(.*)$'), '') FROM customer WHERE "
    "archive_time IS NULL AND id = ANY($1::uuid[]) UNION SELECT id::text, substring(request_id from "
    "'^import:(.*)$') FROM customer WHERE archive_time IS NULL AND request_id = ANY($2::text[])"};
constexpr Statement kImportedRefs{"customer_imported_refs",
                                  "SELECT request_id FROM customer WHERE request_id LIKE 'import:%'"};

const std::vector<Statement>& CustomerRepository::Statements() {
  static const std::vector<Statement> kAll{
      kActAs,           kInsert,        kUpdateAudited,  kGet,           kArchive,           kNames,
      kTransfer,        kOwnerHistory,  kCount,          kDelegate,      kInteractionInsert, kInteractionGet,
      kInteractionList, kConsentInsert, kConsentCurrent, kAccountInsert, kAccounts,          kRelationInsert,
      kRelations,       kTags,          kTagAdd,         kTagRemove,     kOwnerName,         kImportOwners,
      kImportedRefs,    kByIdOrRef,     kSetRisk,        kSetClass};
  static const std::vector<Statement> kWithLists = [] {
    std::vector<Statement> all = kAll;
    for (const auto& st : kListOrders) all.push_back(st);
    for (const auto& st : SearchStatements()) all.push_back(st);
    return all;
  }();
  return kWithLists;
}

void CustomerRepository::ActAs(pqxx::transaction_base& tx, const domain::Actor& a) {
  tx.exec_prepared(kActAs.name, a.user_id, std::string(domain::RoleName(a.role)), a.team_id, a.branch_id);
}

void CustomerRepository::Insert(pqxx::transaction_base& tx, const CustomerRow& c) {
  tx.exec_prepared0(kInsert.name, c.id, c.request_id, c.kind, c.name, c.gender, c.birth_date, c.id_type,
                    c.id_number_enc_hex, c.id_number_bidx, c.id_number_mask, c.phone_enc_hex, c.phone_bidx,
                    c.phone_mask, c.email_enc_hex, c.email_mask, c.address_enc_hex, c.district, c.occupation,
                    c.employer, c.source, c.status, c.risk_level, c.tier, c.owner_user_id, c.team_id, c.branch_id);
}

std::optional<CustomerRow> CustomerRepository::Get(pqxx::transaction_base& tx, const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  auto r = tx.exec_prepared(kGet.name, id);
  if (r.empty()) return std::nullopt;
  return detail::ReadCustomer(r[0]);
}

size_t CustomerRepository::QueueActAs(StatementQueue& tx, const domain::Actor& a) {
  return tx.Queue(kActAs, {a.user_id, std::string(domain::RoleName(a.role)), a.team_id, a.branch_id});
}

size_t CustomerRepository::QueueGet(StatementQueue& tx, const std::string& id) { return tx.Queue(kGet, {id}); }

size_t CustomerRepository::QueueUpdateAudited(StatementQueue& tx, const CustomerRow& c, int expected_version,
                                              const AuditWho& who, const AuditEvent& event) {
  std::vector<std::string> params{c.id,
                                  std::to_string(expected_version),
                                  c.kind,
                                  c.name,
                                  c.gender,
                                  c.birth_date,
                                  c.id_type,
                                  c.id_number_enc_hex,
                                  c.id_number_bidx,
                                  c.id_number_mask,
                                  c.phone_enc_hex,
                                  c.phone_bidx,
                                  c.phone_mask,
                                  c.email_enc_hex,
                                  c.email_mask,
                                  c.address_enc_hex,
                                  c.district,
                                  c.occupation,
                                  c.employer,
                                  c.source,
                                  c.status};
  AuditRepository::AppendEventParams(params, who, event);
  return tx.Queue(kUpdateAudited, std::move(params));
}

std::optional<CustomerRow> CustomerRepository::Row(const PipelinedResult& result) {
  if (result.size() != 1) return std::nullopt;
  return detail::ReadCustomer(result[0]);
}

CustomerRepository::View360Batch CustomerRepository::QueueView360(StatementQueue& tx, const std::string& id) {
  View360Batch b;
  b.row = tx.Queue(kGet, {id});
  b.consents = tx.Queue(kConsentCurrent, {id});
  b.accounts = tx.Queue(kAccounts, {id});
  b.relations = tx.Queue(kRelations, {id});
  b.tags = tx.Queue(kTags, {id});
  b.interactions =
      tx.Queue(kInteractionList, {id, std::to_string(std::numeric_limits<int64_t>::max() / 2),
                                  "ffffffff-ffff-ffff-ffff-ffffffffffff", std::to_string(kView360Interactions)});
  b.owner_name = tx.Queue(kOwnerName, {id});
  return b;
}

CustomerRepository::View360 CustomerRepository::ReadView360(const std::vector<PipelinedResult>& results,
                                                            const View360Batch& b) {
  View360 v;
  v.row = Row(results.at(b.row));
  v.consents = ConsentsFrom(results.at(b.consents));
  v.accounts = AccountsFrom(results.at(b.accounts));
  v.relations = RelationsFrom(results.at(b.relations));
  v.tags = TagsFrom(results.at(b.tags));
  v.interactions = InteractionsFrom(results.at(b.interactions));
  const auto& owner = results.at(b.owner_name);
  if (!owner.empty()) v.owner_name = owner[0][0].as<std::string>();
  return v;
}

std::map<std::string, std::string> CustomerRepository::Names(pqxx::transaction_base& tx,
                                                             const std::vector<std::string>& ids) {
  return TextByIds(tx, kNames, ids);
}

bool CustomerRepository::SetArchived(pqxx::transaction_base& tx, const std::string& id, bool archived) {
  return tx.exec_prepared(kArchive.name, id, archived).affected_rows() == 1;
}

std::vector<CustomerRow> CustomerRepository::List(pqxx::transaction_base& tx, const CustomerFilter& f,
                                                  const ListOrder& order, const ListCursor* after, int limit) {
  for (const auto* id : {&f.owner_user_id, &f.team_id, &f.branch_id})
    if (!id->empty() && !IsUuid(*id)) return {};
  const auto& stmt = kListOrders[static_cast<int>(order.key) * 2 + (order.descending ? 1 : 0)];
  const bool first = after == nullptr;
  const bool time_key = order.key == ListOrder::Key::kCreateTime || order.key == ListOrder::Key::kUpdateTime;
  return detail::ReadCustomers(tx.exec_prepared(
      stmt.name, f.status, f.owner_user_id, f.team_id, f.branch_id, f.tier, f.risk_level, f.include_archived,
      first ? std::string(time_key ? "0" : "") : after->key, first ? std::string() : after->name,
      first ? std::string("00000000-0000-0000-0000-000000000000") : after->id, limit, f.tag, first, f.aum_min_minor,
      f.aum_max_minor, f.last_trade_after, f.last_trade_before,
      f.aum_min_minor.empty() && f.aum_max_minor.empty() && f.last_trade_after.empty() && f.last_trade_before.empty()));
}

int64_t CustomerRepository::Count(pqxx::transaction_base& tx, const CustomerFilter& f) {
  for (const auto* id : {&f.owner_user_id, &f.team_id, &f.branch_id})
    if (!id->empty() && !IsUuid(*id)) return 0;
  return tx
      .exec_prepared1(kCount.name, f.status, f.owner_user_id, f.team_id, f.branch_id, f.tier, f.risk_level,
                      f.include_archived, f.tag, f.aum_min_minor, f.aum_max_minor, f.last_trade_after,
                      f.last_trade_before,
                      f.aum_min_minor.empty() && f.aum_max_minor.empty() && f.last_trade_after.empty() &&
                          f.last_trade_before.empty())[0]
      .as<int64_t>();
}

std::string CustomerRepository::SortKey(const CustomerRow& row, ListOrder::Key key) {
  switch (key) {
    case ListOrder::Key::kName: return row.name;
    case ListOrder::Key::kStatus: return row.status;
    case ListOrder::Key::kTier: return row.tier;
    case ListOrder::Key::kRiskLevel: return row.risk_level;
    case ListOrder::Key::kCreateTime: return std::to_string(row.create_time_us);
    case ListOrder::Key::kUpdateTime: return std::to_string(row.update_time_us);
  }
  return row.name;
}

std::pair<std::vector<std::string>, std::vector<std::string>> CustomerRepository::Tags(pqxx::transaction_base& tx,
                                                                                       const std::string& customer_id) {
  return TagsFrom(tx.exec_prepared(kTags.name, customer_id));
}

void CustomerRepository::AddTag(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& tag) {
  tx.exec_prepared0(kTagAdd.name, customer_id, tag);
}

void CustomerRepository::RemoveTag(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& tag) {
  tx.exec_prepared0(kTagRemove.name, customer_id, tag);
}

bool CustomerRepository::TransferOwner(pqxx::transaction_base& tx, const std::string& id, const std::string& from,
                                       const std::string& to, const std::string& team, const std::string& branch) {
  return tx.exec_prepared(kTransfer.name, id, from, to, team, branch).affected_rows() == 1;
}

void CustomerRepository::InsertOwnerHistory(pqxx::transaction_base& tx, const std::string& id, const std::string& from,
                                            const std::string& to, const std::string& by, const std::string& reason) {
  tx.exec_prepared0(kOwnerHistory.name, id, from, to, by, reason);
}

std::string CustomerRepository::InsertDelegation(pqxx::transaction_base& tx, const std::string& customer_id,
                                                 const std::string& delegate, const std::string& granted_by,
                                                 const std::string& reason, int64_t expire_us) {
  return tx.exec_prepared1(kDelegate.name, customer_id, delegate, granted_by, reason, expire_us)[0].as<std::string>();
}

std::string CustomerRepository::InsertInteraction(pqxx::transaction_base& tx, const InteractionRow& r) {
  return tx
      .exec_prepared1(kInteractionInsert.name, r.customer_id, r.channel, r.occurred_time_us, r.author_user_id,
                      r.summary, r.amends_id, r.amend_reason, r.next_action_date)[0]
      .as<std::string>();
}

std::optional<InteractionRow> CustomerRepository::GetInteraction(pqxx::transaction_base& tx, const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  auto r = tx.exec_prepared(kInteractionGet.name, id);
  if (r.empty()) return std::nullopt;
  return ReadInteraction(r[0]);
}

std::vector<InteractionRow> CustomerRepository::ListInteractions(pqxx::transaction_base& tx,
                                                                 const std::string& customer_id, int64_t before_us,
                                                                 const std::string& before_id, int limit) {
  return InteractionsFrom(
      tx.exec_prepared(kInteractionList.name, customer_id, before_us,
                       before_id.empty() ? std::string("ffffffff-ffff-ffff-ffff-ffffffffffff") : before_id, limit));
}

void CustomerRepository::InsertConsent(pqxx::transaction_base& tx, const std::string& customer_id,
                                       const std::string& purpose, const std::string& channel, bool granted,
                                       const std::string& method, const std::string& recorded_by) {
  tx.exec_prepared0(kConsentInsert.name, customer_id, purpose, channel, granted, method, recorded_by);
}

std::vector<ConsentRow> CustomerRepository::CurrentConsents(pqxx::transaction_base& tx,
                                                            const std::string& customer_id) {
  return ConsentsFrom(tx.exec_prepared(kConsentCurrent.name, customer_id));
}

void CustomerRepository::InsertAccount(pqxx::transaction_base& tx, const AccountRow& a) {
  tx.exec_prepared0(kAccountInsert.name, a.id, a.customer_id, a.kind, a.number_enc_hex, a.number_bidx, a.number_mask,
                    a.open_date);
}

std::string CustomerRepository::InsertRelation(pqxx::transaction_base& tx, const std::string& customer_id,
                                               const std::string& relation, const std::string& related_customer_id,
                                               const std::string& related_name) {
  return tx.exec_prepared1(kRelationInsert.name, customer_id, relation, related_customer_id, related_name)[0]
      .as<std::string>();
}

std::vector<RelationRow> CustomerRepository::Relations(pqxx::transaction_base& tx, const std::string& customer_id) {
  return RelationsFrom(tx.exec_prepared(kRelations.name, customer_id));
}

}  // namespace crm::storage

namespace crm::storage {

std::map<std::string, CustomerRepository::Placement> CustomerRepository::ActiveManagersByUsername(
    pqxx::transaction_base& tx) {
  std::map<std::string, Placement> out;
  for (const auto& r : tx.exec_prepared(kImportOwners.name))
    out[r[0].as<std::string>()] = {r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<std::string>()};
  return out;
}

std::vector<std::pair<std::string, std::string>> CustomerRepository::FindByIdOrImportRef(
    pqxx::transaction_base& tx, const std::vector<std::string>& ids, const std::vector<std::string>& refs) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : tx.exec_prepared(kByIdOrRef.name, TextArray(ids), TextArray(refs)))
    out.emplace_back(r[0].as<std::string>(), r[1].as<std::string>());
  return out;
}

void CustomerRepository::SetRisk(pqxx::transaction_base& tx, const std::string& customer_id, const std::string& level,
                                 int64_t expire_time_us) {
  tx.exec_prepared0(kSetRisk.name, customer_id, level, expire_time_us);
}

void CustomerRepository::SetInvestorClass(pqxx::transaction_base& tx, const std::string& customer_id,
                                          const std::string& investor_class) {
  tx.exec_prepared0(kSetClass.name, customer_id, investor_class);
}

std::set<std::string> CustomerRepository::ImportedRequestIds(pqxx::transaction_base& tx) {
  std::set<std::string> out;
  for (const auto& r : tx.exec_prepared(kImportedRefs.name)) out.insert(r[0].as<std::string>());
  return out;
}

CustomerRepository::CopyWriter::CopyWriter(pqxx::transaction_base& tx)
    : clients_(tx, "customer",
               std::vector<std::string>{
                   "id",         "request_id",      "kind",           "name",           "gender",        "birth_date",
                   "id_type",    "id_number_enc",   "id_number_bidx", "id_number_mask", "phone_enc",     "phone_bidx",
                   "phone_mask", "email_enc",       "email_mask",     "address_enc",    "district",      "occupation",
                   "employer",   "source",          "status",         "risk_level",     "owner_user_id", "team_id",
                   "branch_id",  "risk_expire_time"}) {}

CustomerRepository::CopyWriter::~CopyWriter() = default;

void CustomerRepository::CopyWriter::Write(const CustomerRow& c) {
  auto orNull = [](const std::string& s) -> const char* { return s.empty() ? nullptr : s.c_str(); };
  auto bytea = [](const std::string& hex) { return hex.empty() ? std::string() : "\\x" + hex; };
  const std::string enc_id = bytea(c.id_number_enc_hex), enc_phone = bytea(c.phone_enc_hex),
                    enc_email = bytea(c.email_enc_hex), enc_addr = bytea(c.address_enc_hex);
  std::optional<std::string> expire;
  if (c.risk_expire_time_us) expire = ToPgTimestamp(TimePoint(std::chrono::microseconds(*c.risk_expire_time_us)));
  clients_ << std::make_tuple(c.id, c.request_id, c.kind, c.name, c.gender, orNull(c.birth_date), orNull(c.id_type),
                              orNull(enc_id), orNull(c.id_number_bidx), c.id_number_mask, orNull(enc_phone),
                              orNull(c.phone_bidx), c.phone_mask, orNull(enc_email), c.email_mask, orNull(enc_addr),
                              c.district, c.occupation, c.employer, c.source, c.status, orNull(c.risk_level),
                              c.owner_user_id, orNull(c.team_id), orNull(c.branch_id), expire);
}

void CustomerRepository::CopyWriter::Complete() { clients_.complete(); }

void CustomerRepository::CopyInAccounts(pqxx::transaction_base& tx, const std::vector<AccountRow>& accounts) {
  pqxx::stream_to out(
      tx, "customer_account",
      std::vector<std::string>{"id", "customer_id", "kind", "number_enc", "number_bidx", "number_mask", "open_date"});
  for (const auto& a : accounts)
    out << std::make_tuple(a.id, a.customer_id, a.kind, "\\x" + a.number_enc_hex, a.number_bidx, a.number_mask,
                           a.open_date);
  out.complete();
}

}  // namespace crm::storage
