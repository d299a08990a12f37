#include "storage/watchlist_repository.h"

#include "storage/pipelined_tx.h"

namespace crm::storage {
namespace {

// Screening of one client and a load of a list or the mapping exclude each
// other (an advisory lock: shared for a client, exclusive for a load), so a
// client created or renamed while a list loads is screened against the new
// list by one of the two: the load sees the committed client, or the client's
// screening (a later statement, a new snapshot) sees the committed list.
// The key is "CRM_WTCH" (0x43524d5f57544348), apart from every other lock's.
constexpr Statement kLock{"watchlist_lock", "SELECT pg_advisory_xact_lock(4851024820513817416)"};
constexpr Statement kScreenLock{"watchlist_screen_lock", "SELECT pg_advisory_xact_lock_shared(4851024820513817416)"};
constexpr Statement kCurrentWithDigest{
    "watchlist_current_with_digest",
    "SELECT version FROM watchlist_version WHERE list_kind = $1 AND is_current AND sha256 = $2"};
constexpr Statement kInsertVersion{
    "watchlist_insert_version",
    "INSERT INTO watchlist_version (list_kind, version, source, sha256, entries, loaded_by, is_current) SELECT $1, "
    "COALESCE(max(version), 0) + 1, $2, $3, $4, $5, false FROM watchlist_version WHERE list_kind = $1 "
    "RETURNING id, version"};
// Aliases travel '|'-joined (a name cannot hold '|'; the loader refuses it).
constexpr Statement kInsertEntries{
    "watchlist_insert_entries",
    "INSERT INTO watchlist_entry (version_id, entry_ref, name, aliases, category, country) SELECT $1, r, n, CASE WHEN "
    "a = '' THEN '{}'::text[] ELSE string_to_array(a, '|') END, c, k FROM unnest($2::text[], $3::text[], $4::text[], "
    "$5::text[], $6::text[]) AS u(r, n, a, c, k)"};
constexpr Statement kInsertNames{
    "watchlist_insert_names",
    "INSERT INTO watchlist_name (entry_id, name, name_key) SELECT e.id, n, aml_name_key(n, v.from_chars, v.to_chars) "
    "FROM watchlist_entry e CROSS JOIN aml_name_variants v CROSS JOIN LATERAL unnest(array_prepend(e.name, "
    "e.aliases)) AS n WHERE e.version_id = $1 AND aml_name_key(n, v.from_chars, v.to_chars) <> '' "
    "ON CONFLICT DO NOTHING"};
constexpr Statement kClearCurrent{
    "watchlist_clear_current", "UPDATE watchlist_version SET is_current = false WHERE list_kind = $1 AND is_current"};
constexpr Statement kSetCurrent{"watchlist_set_current",
                                "UPDATE watchlist_version SET is_current = true WHERE id = $1"};
constexpr Statement kCurrentLists{
    "watchlist_current_lists",
    "SELECT list_kind, version, source, sha256, entries, loaded_by, (EXTRACT(EPOCH FROM load_time) * 1000000)::bigint "
    "FROM watchlist_version WHERE is_current ORDER BY list_kind"};
constexpr Statement kVariants{
    "watchlist_variants",
    "SELECT pairs, version, source, loaded_by, (EXTRACT(EPOCH FROM load_time) * 1000000)::bigint FROM "
    "aml_name_variants"};
constexpr Statement kReplaceVariants{
    "watchlist_replace_variants",
    "UPDATE aml_name_variants SET from_chars = $1, to_chars = $2, pairs = $3, source = $4, loaded_by = $5, version = "
    "version + 1, load_time = now() RETURNING version"};
constexpr Statement kRekey{
    "watchlist_rekey",
    "UPDATE watchlist_name w SET name_key = aml_name_key(w.name, v.from_chars, v.to_chars) FROM aml_name_variants v, "
    "watchlist_entry e, watchlist_version wv WHERE e.id = w.entry_id AND wv.id = e.version_id AND wv.is_current AND "
    "w.name_key IS DISTINCT FROM aml_name_key(w.name, v.from_chars, v.to_chars)"};

// One statement screens: the client's key against every current list's
// names (an index lookup each); a hit already raised for the same client,
// entry and matched name is left as it is (open or closed). ON CONFLICT
// without a target on purpose: naming one needs SELECT on aml_case, which
// row-level security refuses an account manager.
#define CRM_SCREEN_INSERT                                                                                            \
  "INSERT INTO aml_case (customer_id, list_kind, list_version, entry_id, entry_ref, entry_name, matched_name, "      \
  "name_key, category, country, trigger) SELECT c.id, wv.list_kind, wv.version, e.id, e.entry_ref, e.name, w.name, " \
  "w.name_key, e.category, e.country, "
#define CRM_SCREEN_JOIN                                                                                                \
  " FROM customer c CROSS JOIN aml_name_variants v JOIN watchlist_name w ON w.name_key = aml_name_key(c.name, "        \
  "v.from_chars, v.to_chars) AND w.name_key <> '' JOIN watchlist_entry e ON e.id = w.entry_id JOIN watchlist_version " \
  "wv ON wv.id = "                                                                                                     \
  "e.version_id "
constexpr Statement kScreenClients{"watchlist_screen_clients",
                                   CRM_SCREEN_INSERT "$2" CRM_SCREEN_JOIN
                                                     "AND wv.is_current WHERE c.id = ANY($1::uuid[]) ON CONFLICT DO "
                                                     "NOTHING"};
constexpr Statement kScreenAll{"watchlist_screen_all",
                               CRM_SCREEN_INSERT "'LIST_UPDATE'" CRM_SCREEN_JOIN
                                                 "AND ($1::bigint = 0 AND wv.is_current OR wv.id = $1) ON CONFLICT DO "
                                                 "NOTHING"};

#define CRM_CASE_COLUMNS                                                                                            \
  "a.id, a.customer_id::text, c.name, a.list_kind, a.entry_ref, a.entry_name, a.matched_name, a.category, "         \
  "a.country, a.trigger, a.status, COALESCE(a.assignee::text, ''), COALESCE(u.display_name, ''), a.close_reason, "  \
  "a.list_version, a.version, (EXTRACT(EPOCH FROM a.create_time) * 1000000)::bigint, COALESCE((EXTRACT(EPOCH FROM " \
  "a.close_time) * 1000000)::bigint, 0) FROM aml_case a JOIN customer c ON c.id = a.customer_id LEFT JOIN "         \
  "app_user u ON u.id = a.assignee "
// Open cases oldest first (the queue to work); otherwise newest first.
constexpr Statement kListCases{"aml_list_cases",
                               "SELECT " CRM_CASE_COLUMNS
                               "WHERE ($1 = '' OR a.status = $1) AND ($2::bigint = 0 OR CASE WHEN $1 = 'OPEN' THEN "
                               "a.id > $2 ELSE a.id < $2 END) ORDER BY CASE WHEN $1 = 'OPEN' THEN a.id ELSE -a.id "
                               "END LIMIT $3"};
constexpr Statement kGetCase{"aml_get_case", "SELECT " CRM_CASE_COLUMNS "WHERE a.id = $1"};
constexpr Statement kAssignCase{"aml_assign_case",
                                "UPDATE aml_case SET assignee = $3::uuid, version = version + 1, update_time = now() "
                                "WHERE id = $1 AND version = $2 AND status = 'OPEN' RETURNING id"};
constexpr Statement kCloseCase{"aml_close_case",
                               "UPDATE aml_case SET status = $3, close_reason = $4, closed_by = $5::uuid, close_time = "
                               "now(), version = version + 1, update_time = now() WHERE id = $1 AND version = $2 AND "
                               "status = 'OPEN' RETURNING id"};
constexpr Statement kOpenCount{"aml_open_case_count", "SELECT count(*) FROM aml_case WHERE status = 'OPEN'"};

AmlCase CaseOf(const pqxx::row& r) {
  AmlCase a;
  a.id = r[0].as<int64_t>();
  a.customer_id = r[1].as<std::string>();
  a.customer_name = r[2].as<std::string>();
  a.list_kind = r[3].as<std::string>();
  a.entry_ref = r[4].as<std::string>();
  a.entry_name = r[5].as<std::string>();
  a.matched_name = r[6].as<std::string>();
  a.category = r[7].as<std::string>();
  a.country = r[8].as<std::string>();
  a.trigger = r[9].as<std::string>();
  a.status = r[10].as<std::string>();
  a.assignee_id = r[11].as<std::string>();
  a.assignee_name = r[12].as<std::string>();
  a.close_reason = r[13].as<std::string>();
  a.list_version = r[14].as<int>();
  a.version = r[15].as<int>();
  a.create_time_us = r[16].as<int64_t>();
  a.close_time_us = r[17].as<int64_t>();
  return a;
}

}  // namespace

const std::vector<Statement>& WatchlistRepository::Statements() {
  static const std::vector<Statement> k{
      kLock,       kScreenLock,   kCurrentWithDigest, kInsertVersion,   kInsertEntries, kInsertNames,   kClearCurrent,
      kSetCurrent, kCurrentLists, kVariants,          kReplaceVariants, kRekey,         kScreenClients, kScreenAll,
      kListCases,  kGetCase,      kAssignCase,        kCloseCase,       kOpenCount};
  return k;
}

void WatchlistRepository::LockLists(pqxx::transaction_base& tx) { tx.exec_prepared(kLock.name); }

int WatchlistRepository::CurrentWithDigest(pqxx::transaction_base& tx, const std::string& list_kind,
                                           const std::string& sha256) {
  auto rows = tx.exec_prepared(kCurrentWithDigest.name, list_kind, sha256);
  return rows.empty() ? 0 : rows[0][0].as<int>();
}

std::pair<int64_t, int> WatchlistRepository::InsertVersion(pqxx::transaction_base& tx, const std::string& list_kind,
                                                           const std::string& source, const std::string& sha256,
                                                           const std::string& loaded_by,
                                                           const std::vector<WatchlistEntryInput>& entries) {
  auto row =
      tx.exec_prepared1(kInsertVersion.name, list_kind, source, sha256, static_cast<int>(entries.size()), loaded_by);
  const int64_t id = row[0].as<int64_t>();
  std::vector<std::string> refs, names, aliases, categories, countries;
  for (const auto& e : entries) {
    refs.push_back(e.entry_ref);
    names.push_back(e.name);
    std::string joined;
    for (const auto& a : e.aliases) joined += (joined.empty() ? "" : "|") + a;
    aliases.push_back(joined);
    categories.push_back(e.category);
    countries.push_back(e.country);
  }
  if (!entries.empty()) {
    tx.exec_prepared0(kInsertEntries.name, id, TextArray(refs), TextArray(names), TextArray(aliases),
                      TextArray(categories), TextArray(countries));
    tx.exec_prepared0(kInsertNames.name, id);
  }
  return {id, row[1].as<int>()};
}

void WatchlistRepository::MakeCurrent(pqxx::transaction_base& tx, const std::string& list_kind, int64_t version_id) {
  tx.exec_prepared0(kClearCurrent.name, list_kind);
  tx.exec_prepared0(kSetCurrent.name, version_id);
}

std::vector<WatchlistInfo> WatchlistRepository::CurrentLists(pqxx::transaction_base& tx) {
  std::vector<WatchlistInfo> out;
  for (const auto& r : tx.exec_prepared(kCurrentLists.name)) {
    WatchlistInfo i;
    i.list_kind = r[0].as<std::string>();
    i.version = r[1].as<int>();
    i.source = r[2].as<std::string>();
    i.sha256 = r[3].as<std::string>();
    i.entries = r[4].as<int>();
    i.loaded_by = r[5].as<std::string>();
    i.load_time_us = r[6].as<int64_t>();
    out.push_back(i);
  }
  return out;
}

NameVariantsInfo WatchlistRepository::Variants(pqxx::transaction_base& tx) {
  auto r = tx.exec_prepared1(kVariants.name);
  return {r[0].as<int>(), r[1].as<int>(), r[2].as<std::string>(), r[3].as<std::string>(), r[4].as<int64_t>()};
}

int WatchlistRepository::ReplaceVariants(pqxx::transaction_base& tx, const std::string& from_chars,
                                         const std::string& to_chars, int pairs, const std::string& source,
                                         const std::string& loaded_by) {
  const int version =
      tx.exec_prepared1(kReplaceVariants.name, from_chars, to_chars, pairs, source, loaded_by)[0].as<int>();
  tx.exec_prepared0(kRekey.name);
  return version;
}

int64_t WatchlistRepository::ScreenClients(pqxx::transaction_base& tx, const std::vector<std::string>& customer_ids,
                                           const std::string& trigger) {
  if (customer_ids.empty()) return 0;
  tx.exec_prepared(kScreenLock.name);
  return tx.exec_prepared0(kScreenClients.name, TextArray(customer_ids), trigger).affected_rows();
}

size_t WatchlistRepository::QueueScreenLock(StatementQueue& queue) { return queue.Queue(kScreenLock, {}); }

size_t WatchlistRepository::QueueScreenClient(StatementQueue& queue, const std::string& customer_id,
                                              const std::string& trigger) {
  return queue.Queue(kScreenClients, {TextArray({customer_id}), trigger});
}

int64_t WatchlistRepository::ScreenAll(pqxx::transaction_base& tx, int64_t version_id) {
  return tx.exec_prepared0(kScreenAll.name, version_id).affected_rows();
}

std::vector<AmlCase> WatchlistRepository::ListCases(pqxx::transaction_base& tx, const std::string& status,
                                                    int64_t after_id, int limit) {
  std::vector<AmlCase> out;
  for (const auto& r : tx.exec_prepared(kListCases.name, status, after_id, limit)) out.push_back(CaseOf(r));
  return out;
}

std::optional<AmlCase> WatchlistRepository::GetCase(pqxx::transaction_base& tx, int64_t id) {
  auto rows = tx.exec_prepared(kGetCase.name, id);
  if (rows.empty()) return std::nullopt;
  return CaseOf(rows[0]);
}

bool WatchlistRepository::AssignCase(pqxx::transaction_base& tx, int64_t id, int version, const std::string& user_id) {
  return !tx.exec_prepared(kAssignCase.name, id, version, user_id).empty();
}

bool WatchlistRepository::CloseCase(pqxx::transaction_base& tx, int64_t id, int version, const std::string& status,
                                    const std::string& reason, const std::string& user_id) {
  return !tx.exec_prepared(kCloseCase.name, id, version, status, reason, user_id).empty();
}

int64_t WatchlistRepository::OpenCaseCount(pqxx::transaction_base& tx) {
  return tx.exec_prepared1(kOpenCount.name)[0].as<int64_t>();
}

}  // namespace crm::storage
