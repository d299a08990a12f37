// CustomerRepository's searches: by a fragment of the name or its pinyin
// (V0010, V0015, V0024), by the last four digits of a mobile, and the exact
// lookups by blind index. The caller (services/customer_service_search.cc)
// records the search's audit event in the same transaction.
#include <algorithm>
#include <tuple>

#include "storage/customer_columns.h"
#include "storage/customer_repository.h"
#include "storage/pipelined_tx.h"

namespace crm::storage {
namespace {

// Name search, queued with the session check in the call's first pipelined
// batch, so the caller's scope is not known to the server yet: the statement
// takes it from the acting user the batch has just set (the settings
// row-level security reads), as the key prefix of customer_scoped_name_idx
// (V0015): 'o' || owner for an account manager, 't' || team for a team lead,
// 'b' || branch for a branch manager, '' (firm-wide) for compliance, and NULL
// (nothing) for anyone else or a missing setting (a bare prefix such as 't'
// plus a one-character fragment would read as a firm-wide pair). The
// fragment's character pairs under that prefix find exactly the candidates in
// the caller's scope in one index probe, and the ILIKE ($1, LIKE-escaped)
// decides. An account manager's delegated
// clients are few and searched apart. The candidates are ranked in a subquery
// that returns plain rows and only the page shown is formatted: PostgreSQL
// computes a query's output (hex, text casts, epoch arithmetic) before a
// top-N sort, so a common fragment with 2,000 candidates formatted every one
// of them (10.6 -> 8.1 ms for an account manager's '欧阳' at a million
// clients; performance-notes-load.md, tenth session).
#define CRM_ACTING_SCOPE_KEY                                                                 \
  "CASE current_setting('crm.actor_role', true) "                                            \
  "WHEN 'ACCOUNT_MANAGER' THEN 'o' || NULLIF(current_setting('crm.actor_id', true), '') "    \
  "WHEN 'TEAM_LEAD' THEN 't' || NULLIF(current_setting('crm.actor_team', true), '') "        \
  "WHEN 'BRANCH_MANAGER' THEN 'b' || NULLIF(current_setting('crm.actor_branch', true), '') " \
  "WHEN 'COMPLIANCE_OFFICER' THEN '' END"
#define CRM_NAME_PAGE(where)                                                 \
  "SELECT " CRM_CUSTOMER_COLUMNS "FROM (SELECT * FROM customer WHERE " where \
  "ORDER BY name, id LIMIT $2) customer ORDER BY name, id"
constexpr Statement kSearchName{
    "customer_search_name",
    CRM_NAME_PAGE("archive_time IS NULL AND crm_scoped_name_grams(owner_user_id, team_id, branch_id, name) @@> "
                  "crm_scoped_query_grams(" CRM_ACTING_SCOPE_KEY ", $3) AND name ILIKE '%' || $1 || '%' ")};
constexpr Statement kSearchNameDelegated{
    "customer_search_name_delegated",
    CRM_NAME_PAGE("archive_time IS NULL AND current_setting('crm.actor_role', true) = 'ACCOUNT_MANAGER' AND "
                  "id IN (SELECT d.customer_id FROM customer_delegation d WHERE "
                  "d.delegate_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid AND "
                  "d.expire_time > now()) AND name ILIKE '%' || $1 || '%' ")};
// A query of letters only may also be pinyin (V0024): searched apart from
// the name, so each statement's index condition is exactly its own (in one
// statement with an OR, PostgreSQL re-evaluated both key functions on every
// candidate row: ~90 us a row, 0.6 s for "zh" in a 50,000-client book). $1 is
// the letters (lower case), $3 and $4 the two patterns that decide
// (domain::PinyinQuery); the keys under the caller's prefix find the
// candidates. A few letters can match a large part of the firm ("zh": every
// 张, 赵, 周, 朱 ... and the initials z-h, ~14% of all clients), and the
// first page by name needs every candidate read: for a compliance officer
// over a million clients that took over 10 s. So at most kPinyinCandidates
// are read, and the last column says how many were (count(*) OVER () sees
// them all before the page is cut); past the cap the page is some of the
// matches, not the first by name, and the caller is told so (a walk in name
// order instead was fast for "zh" but took 2.3 s for "ouyang", whose matches
// all sort after most names).
constexpr int kPinyinCandidates = 2000;  // bound as $5
constexpr Statement kSearchPinyin{"customer_search_pinyin",
                                  "SELECT " CRM_CUSTOMER_COLUMNS
                                  ", candidates FROM (SELECT *, count(*) OVER () AS candidates FROM ("
                                  "SELECT * FROM customer WHERE archive_time IS NULL AND "
                                  "crm_scoped_pinyin_keys(owner_user_id, team_id, branch_id, name_pinyin) &&& "
                                  "crm_scoped_pinyin_query(" CRM_ACTING_SCOPE_KEY
                                  ", $1) AND (name_pinyin ~ $3 OR name_pinyin ~ $4) "
                                  "LIMIT $5::int + 1) c ORDER BY name, id LIMIT $2) customer ORDER BY name, id"};
constexpr Statement kSearchNameOrPinyinDelegated{
    "customer_search_name_or_pinyin_delegated",
    CRM_NAME_PAGE("archive_time IS NULL AND current_setting('crm.actor_role', true) = 'ACCOUNT_MANAGER' AND "
                  "id IN (SELECT d.customer_id FROM customer_delegation d WHERE "
                  "d.delegate_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid AND "
                  "d.expire_time > now()) AND (name ILIKE '%' || $1 || '%' OR name_pinyin ~ $3 OR name_pinyin ~ $4) ")};
#undef CRM_ACTING_SCOPE_KEY
#undef CRM_NAME_PAGE
// The exact lookups by blind index (the search's event is queued after the
// policy check, in the same transaction: see CustomerService::SearchCustomers).
// By the last four digits of the mobile within a book: one probe of
// customer_phone_last4_idx (V0025, ~1 client in 10,000), then the owner, team
// or branch narrowing and row-level security as ever.
constexpr Statement kByPhoneSuffix{
    "customer_by_phone_suffix",
    "SELECT " CRM_CUSTOMER_COLUMNS
    "FROM customer WHERE archive_time IS NULL AND crm_phone_last4(phone_mask) = $1 "
    "AND ($2 = '' OR owner_user_id = NULLIF($2,'')::uuid) AND ($3 = '' OR team_id = NULLIF($3,'')::uuid) "
    "AND ($4 = '' OR branch_id = NULLIF($4,'')::uuid) ORDER BY name, id LIMIT $5"};
// And an account manager's clients delegated to them (stand-in), as the name
// search finds them.
constexpr Statement kByPhoneSuffixDelegated{
    "customer_by_phone_suffix_delegated",
    "SELECT " CRM_CUSTOMER_COLUMNS
    "FROM customer WHERE archive_time IS NULL AND crm_phone_last4(phone_mask) = $1 "
    "AND current_setting('crm.actor_role', true) = 'ACCOUNT_MANAGER' AND id IN (SELECT d.customer_id FROM "
    "customer_delegation d WHERE d.delegate_user_id = NULLIF(current_setting('crm.actor_id', true), '')::uuid "
    "AND d.expire_time > now()) ORDER BY name, id LIMIT $2"};
constexpr Statement kByIdIndex{"customer_by_id_number",
                               "SELECT " CRM_CUSTOMER_COLUMNS
                               "FROM customer WHERE id_number_bidx = $1 ORDER BY name, id LIMIT $2"};
constexpr Statement kByPhoneIndex{"customer_by_phone",
                                  "SELECT " CRM_CUSTOMER_COLUMNS
                                  "FROM customer WHERE phone_bidx = $1 ORDER BY name, id LIMIT $2"};

constexpr Statement kByAccountIndex{"customer_by_account",
                                    "SELECT " CRM_CUSTOMER_COLUMNS
                                    "FROM customer WHERE id IN (SELECT customer_id "
                                    "FROM customer_account WHERE number_bidx = $1) ORDER BY name, id LIMIT $2"};

std::string EscapeLike(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

const std::vector<Statement>& CustomerRepository::SearchStatements() {
  static const std::vector<Statement> kAll{
      kSearchName,    kSearchNameDelegated,    kSearchPinyin, kSearchNameOrPinyinDelegated,
      kByPhoneSuffix, kByPhoneSuffixDelegated, kByIdIndex,    kByPhoneIndex,
      kByAccountIndex};
  return kAll;
}

CustomerRepository::NameSearch CustomerRepository::QueueSearchByName(StatementQueue& tx, const std::string& fragment,
                                                                     const domain::PinyinQuery& pinyin, int limit) {
  const std::string like = EscapeLike(fragment), n = std::to_string(limit);
  NameSearch search;
  search.limit = limit;
  search.own = tx.Queue(kSearchName, {like, n, fragment});
  if (pinyin.empty()) {
    search.delegated = tx.Queue(kSearchNameDelegated, {like, n});
  } else {
    search.pinyin = tx.Queue(
        kSearchPinyin, {pinyin.letters, n, pinyin.from_syllable, pinyin.initials, std::to_string(kPinyinCandidates)});
    search.delegated = tx.Queue(kSearchNameOrPinyinDelegated, {like, n, pinyin.from_syllable, pinyin.initials});
  }
  return search;
}

std::vector<CustomerRow> CustomerRepository::Rows(const std::vector<PipelinedResult>& results,
                                                  const NameSearch& search) {
  auto rows = detail::ReadCustomers(results.at(search.own));
  auto add = [&rows](std::vector<CustomerRow> more) {
    for (auto& r : more)
      if (std::none_of(rows.begin(), rows.end(), [&](const CustomerRow& o) { return o.id == r.id; }))
        rows.push_back(std::move(r));
  };
  if (search.pinyin) add(detail::ReadCustomers(results.at(*search.pinyin)));
  add(detail::ReadCustomers(results.at(search.delegated)));
  std::sort(rows.begin(), rows.end(),
            [](const CustomerRow& a, const CustomerRow& b) { return std::tie(a.name, a.id) < std::tie(b.name, b.id); });
  if (static_cast<int>(rows.size()) > search.limit) rows.resize(static_cast<size_t>(search.limit));
  return rows;
}

bool CustomerRepository::Partial(const std::vector<PipelinedResult>& results, const NameSearch& search) {
  if (!search.pinyin) return false;
  const auto& r = results.at(*search.pinyin);
  return r.size() > 0 && r[0][r.columns() - 1].as<int64_t>() > kPinyinCandidates;
}

std::vector<CustomerRow> CustomerRepository::Rows(const PipelinedResult& result) {
  return detail::ReadCustomers(result);
}

CustomerRepository::NameSearch CustomerRepository::QueueFindByPhoneSuffix(StatementQueue& tx,
                                                                          const std::string& last_four,
                                                                          const std::string& owner_id,
                                                                          const std::string& team_id,
                                                                          const std::string& branch_id, int limit) {
  NameSearch search;
  search.limit = limit;
  search.own = tx.Queue(kByPhoneSuffix, {last_four, owner_id, team_id, branch_id, std::to_string(limit)});
  search.delegated = tx.Queue(kByPhoneSuffixDelegated, {last_four, std::to_string(limit)});
  return search;
}

size_t CustomerRepository::QueueFindByIndex(StatementQueue& tx, ExactKey key, const std::string& bidx, int limit) {
  const Statement& statement = key == ExactKey::kIdNumber ? kByIdIndex
                               : key == ExactKey::kPhone  ? kByPhoneIndex
                                                          : kByAccountIndex;
  return tx.Queue(statement, {bidx, std::to_string(limit)});
}

}  // namespace crm::storage
