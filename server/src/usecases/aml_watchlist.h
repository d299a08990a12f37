// PEP and sanctions screening (regulatory.md section 2; issue 26, ADR 0017):
// lists loaded whole as versions (`crm-admin aml list load`), a variant
// mapping as data (`crm-admin aml variants load`), every client screened at
// creation, on a name change and when a list or the mapping changes. A hit
// is a case compliance works (assign; confirm or clear with a reason), never
// an automatic block; every step audited.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "storage/audit_repository.h"
#include "storage/connection_pool.h"
#include "storage/watchlist_repository.h"
#include "usecases/request_tx.h"

namespace crm::usecases::aml {

// Columns (header row required, any order): ref, name; optional: aliases
// ('|' between names), category (e.g. a PEP's office, a sanctions
// programme), country. UTF-8 or GBK. All or nothing.
struct ListLoadResult {
  bool unchanged = false;  // the current version holds the same file
  int version = 0;
  int entries = 0;
  int64_t cases_opened = 0;
  std::vector<std::pair<int64_t, std::string>> problems;  // (line, "field: problem")
};
ListLoadResult LoadWatchlist(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& list_kind,
                             const std::string& file, const std::string& source, const std::string& encoding);

// Lines "FROM,TO" (one character each, e.g. a traditional character and its
// simplified form); replaces the mapping, recomputes the lists' keys and
// screens every client again.
struct VariantsLoadResult {
  int version = 0, pairs = 0;
  int64_t cases_opened = 0;
  std::vector<std::pair<int64_t, std::string>> problems;
};
VariantsLoadResult LoadNameVariants(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                    const std::string& file);

struct WatchlistStatus {
  std::vector<storage::WatchlistInfo> lists;
  storage::NameVariantsInfo variants;
  int64_t open_cases = 0;
};
WatchlistStatus AdminStatus(storage::ConnectionPool& pool);

// In the transaction that creates clients (trigger CREATE) or renames one
// (NAME_CHANGE): opens a case per new hit. Returns the cases opened; the
// acting user (an account manager) can neither read them nor tell.
int64_t ScreenClients(pqxx::transaction_base& tx, const std::vector<std::string>& customer_ids,
                      const std::string& trigger);

// Compliance's cases.
struct CaseListRequest {
  std::string status;  // "" any; OPEN, CONFIRMED, CLEARED
  int64_t after_id = 0;
  int limit = 50;
};
struct CasePage {
  std::vector<storage::AmlCase> cases;
  std::vector<storage::WatchlistInfo> lists;  // the current lists (what "screened against" means)
};
CasePage ListCases(Caller& caller, const CaseListRequest& request);
// To the caller (empty user_id) or another compliance officer.
storage::AmlCase AssignCase(Caller& caller, int64_t id, int version, const std::string& user_id);
// status CONFIRMED (a true match: the client is that person) or CLEARED (a
// false positive), with the reason.
storage::AmlCase CloseCase(Caller& caller, int64_t id, int version, const std::string& status,
                           const std::string& reason);
// `crm-admin aml cases` (audited as the admin).
std::vector<storage::AmlCase> AdminListCases(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                             const CaseListRequest& request);

}  // namespace crm::usecases::aml
