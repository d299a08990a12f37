#include "usecases/aml_watchlist.h"

#include "usecases/aml_risk.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "common/error.h"
#include "common/utf8.h"
#include "domain/policy.h"
#include "security/crypto.h"
#include "storage/aml_repository.h"
#include "storage/transaction.h"
#include "usecases/customer_import.h"
#include "usecases/ingest_batchkit.h"

namespace crm::usecases::aml {

using domain::Action;
using storage::AuditOutcome;
using storage::WatchlistRepository;

namespace {

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

// Exactly one UTF-8 character (a code point).
bool IsOneCharacter(const std::string& s) { return !s.empty() && Utf8Length(s) == 1 && IsValidUtf8(s); }

storage::AmlCase LoadCase(WorkTx& tx, int64_t id) {
  auto c = WatchlistRepository::GetCase(tx.work(), id);
  if (!c) throw Error::NotFound("watch-list case");
  return *c;
}

nlohmann::json CaseDetails(const storage::AmlCase& c) {
  return {{"customer_id", c.customer_id}, {"list", c.list_kind}, {"entry_ref", c.entry_ref}};
}

}  // namespace

ListLoadResult LoadWatchlist(storage::ConnectionPool& pool, const storage::AuditWho& who, const std::string& list_kind,
                             const std::string& file, const std::string& source, const std::string& encoding) {
  if (list_kind != "PEP" && list_kind != "SANCTIONS")
    throw Error::InvalidField("list", crm::v1::FieldProblem::NOT_ONE_OF, "must be PEP or SANCTIONS");
  const std::string src = source.empty() ? std::filesystem::path(file).filename().string() : source;
  if (src.size() > 200) throw Error::InvalidField("source", crm::v1::FieldProblem::TOO_LONG, "is too long", 200);
  ImportOptions options;
  options.file = file;
  options.encoding = encoding;
  const auto table = ReadCsvTable(options, {"ref", "name"});
  ListLoadResult out;
  std::vector<storage::WatchlistEntryInput> entries;
  std::set<std::string> refs;
  auto text = [&](int64_t line, const char* field, const std::string& value, size_t limit, bool required) {
    if (required && value.empty()) {
      out.problems.push_back({line, std::string(field) + ": is required"});
      return false;
    }
    if (Utf8Length(value) > limit) {
      out.problems.push_back({line, std::string(field) + ": is longer than " + std::to_string(limit) + " characters"});
      return false;
    }
    return true;
  };
  for (size_t i = 1; i < table.rows.size(); ++i) {
    const auto& row = table.rows[i];
    const int64_t line = table.lines[i];
    bool blank = true;
    for (const auto& c : row) blank = blank && Trim(c).empty();
    if (blank) continue;
    storage::WatchlistEntryInput e;
    e.entry_ref = Trim(ingest::batchkit::Cell(table, row, "ref"));
    e.name = Trim(ingest::batchkit::Cell(table, row, "name"));
    e.category = Trim(ingest::batchkit::Cell(table, row, "category"));
    e.country = Trim(ingest::batchkit::Cell(table, row, "country"));
    bool ok = text(line, "ref", e.entry_ref, 100, true) && text(line, "name", e.name, 200, true) &&
              text(line, "category", e.category, 100, false) && text(line, "country", e.country, 100, false);
    if (ok && e.name.find('|') != std::string::npos) {
      out.problems.push_back({line, "name: cannot hold '|' (it separates aliases)"});
      ok = false;
    }
    std::stringstream aliases(ingest::batchkit::Cell(table, row, "aliases"));
    std::string alias;
    while (ok && std::getline(aliases, alias, '|')) {
      alias = Trim(alias);
      if (alias.empty()) continue;
      ok = text(line, "aliases", alias, 200, false);
      if (ok) e.aliases.push_back(alias);
    }
    if (ok && e.aliases.size() > 50) {
      out.problems.push_back({line, "aliases: more than 50"});
      ok = false;
    }
    if (ok && !refs.insert(e.entry_ref).second) {
      out.problems.push_back({line, "ref: appears twice"});
      ok = false;
    }
    if (ok) entries.push_back(std::move(e));
  }
  if (out.problems.empty() && entries.empty()) out.problems.push_back({0, "file: holds no entries"});
  if (!out.problems.empty()) return out;
  // The digest of the entries as loaded (not of the file's bytes: the same
  // list re-encoded or reordered in columns is unchanged).
  std::string canonical;
  for (const auto& e : entries) {
    canonical += e.entry_ref + '\x1f' + e.name + '\x1f' + e.category + '\x1f' + e.country;
    for (const auto& a : e.aliases) canonical += '\x1f' + a;
    canonical += '\x1e';
  }
  const std::string digest = security::Sha256Hex(canonical);
  out.entries = static_cast<int>(entries.size());
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    WatchlistRepository::LockLists(tx);
    out.version = WatchlistRepository::CurrentWithDigest(tx, list_kind, digest);
    out.unchanged = out.version != 0;
    out.cases_opened = 0;
    if (!out.unchanged) {
      const auto [id, version] = WatchlistRepository::InsertVersion(tx, list_kind, src, digest, who.username, entries);
      WatchlistRepository::MakeCurrent(tx, list_kind, id);
      out.version = version;
      // Every client against the new version: a hit already raised (open or
      // closed) for the same entry and name is not raised again.
      out.cases_opened = WatchlistRepository::ScreenAll(tx, id);
    }
    storage::AuditRepository::Record(tx, who,
                                     {"aml.list.load",
                                      "watchlist",
                                      list_kind + ":" + std::to_string(out.version),
                                      "",
                                      AuditOutcome::kOk,
                                      {{"source", src},
                                       {"entries_sha256", digest},
                                       {"entries", out.entries},
                                       {"unchanged", out.unchanged},
                                       {"cases_opened", out.cases_opened}}});
  });
  return out;
}

VariantsLoadResult LoadNameVariants(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                    const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error::InvalidField("file", "cannot be read");
  VariantsLoadResult out;
  std::map<std::string, std::string> pairs;
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line = line.substr(3);
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto comma = line.find(',');
    const std::string from = Trim(line.substr(0, comma)),
                      to = comma == std::string::npos ? "" : Trim(line.substr(comma + 1));
    if (!IsOneCharacter(from))
      out.problems.push_back({n, "from: must be one character"});
    else if (!IsOneCharacter(to))
      out.problems.push_back({n, "to: must be one character"});
    else if (from == to)
      out.problems.push_back({n, "to: is the same character"});
    else if (!pairs.emplace(from, to).second)
      out.problems.push_back({n, "from: appears twice"});
  }
  for (const auto& [f, t] : pairs)
    if (pairs.count(t)) out.problems.push_back({0, "to: " + t + " is itself mapped (chains are not followed)"});
  if (!out.problems.empty()) return out;
  std::string from_chars, to_chars;
  for (const auto& [f, t] : pairs) {
    from_chars += f;
    to_chars += t;
  }
  out.pairs = static_cast<int>(pairs.size());
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    WatchlistRepository::LockLists(tx);
    out.version = WatchlistRepository::ReplaceVariants(tx, from_chars, to_chars, out.pairs,
                                                       std::filesystem::path(file).filename().string(), who.username);
    out.cases_opened = WatchlistRepository::ScreenAll(tx, 0);
    storage::AuditRepository::Record(tx, who,
                                     {"aml.variants.load",
                                      "watchlist",
                                      "variants:" + std::to_string(out.version),
                                      "",
                                      AuditOutcome::kOk,
                                      {{"pairs", out.pairs},
                                       {"sha256", security::Sha256Hex(from_chars + "\n" + to_chars)},
                                       {"cases_opened", out.cases_opened}}});
  });
  return out;
}

WatchlistStatus AdminStatus(storage::ConnectionPool& pool) {
  WatchlistStatus out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    out.lists = WatchlistRepository::CurrentLists(tx);
    out.variants = WatchlistRepository::Variants(tx);
    out.open_cases = WatchlistRepository::OpenCaseCount(tx);
  });
  return out;
}

int64_t ScreenClients(pqxx::transaction_base& tx, const std::vector<std::string>& customer_ids,
                      const std::string& trigger) {
  return WatchlistRepository::ScreenClients(tx, customer_ids, trigger);
}

CasePage ListCases(Caller& caller, const CaseListRequest& request) {
  CasePage out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    out.cases = WatchlistRepository::ListCases(tx.work(), request.status, request.after_id, request.limit);
    out.lists = WatchlistRepository::CurrentLists(tx.work());
    tx.Audit({"aml.case.list",
              "aml_case",
              "",
              "",
              AuditOutcome::kOk,
              {{"status", request.status}, {"count", out.cases.size()}}});
  });
  return out;
}

storage::AmlCase AssignCase(Caller& caller, int64_t id, int version, const std::string& user_id) {
  storage::AmlCase out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    const std::string assignee = user_id.empty() ? tx.actor().user_id : user_id;
    if (assignee != tx.actor().user_id) {
      auto role = storage::AmlRepository::UserRole(tx.work(), assignee);
      domain::Actor other;
      other.role = role.value_or(domain::Role::kAdmin);
      if (!role || !domain::Authorize(other, Action::kAmlReview).allowed)
        throw Error::InvalidField("assignee_id", "must be a compliance officer");
    }
    const auto before = LoadCase(tx, id);
    if (before.status != "OPEN") throw Error(crm::v1::ErrorReason::CASE_CLOSED, "the case is already closed");
    if (!WatchlistRepository::AssignCase(tx.work(), id, version, assignee))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the case changed since it was read")
          .AddMetadata("current_etag", std::to_string(before.version));
    out = LoadCase(tx, id);
    auto details = CaseDetails(before);
    details["assignee"] = assignee;
    details["previous"] = before.assignee_id;
    tx.Audit({"aml.case.assign", "aml_case", std::to_string(id), "", AuditOutcome::kOk, details});
  });
  return out;
}

storage::AmlCase CloseCase(Caller& caller, int64_t id, int version, const std::string& status,
                           const std::string& reason) {
  if (status != "CONFIRMED" && status != "CLEARED")
    throw Error::InvalidField("status", crm::v1::FieldProblem::NOT_ONE_OF, "must be CONFIRMED or CLEARED");
  if (Trim(reason).empty()) throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required");
  if (Utf8Length(reason) > 500)
    throw Error::InvalidField("reason", crm::v1::FieldProblem::TOO_LONG, "is too long", 500);
  storage::AmlCase out;
  caller.TransactWork([&](WorkTx& tx) {
    tx.Require(Action::kAmlReview);
    const auto before = LoadCase(tx, id);
    if (before.status != "OPEN") throw Error(crm::v1::ErrorReason::CASE_CLOSED, "the case is already closed");
    if (!WatchlistRepository::CloseCase(tx.work(), id, version, status, reason, tx.actor().user_id))
      throw Error(crm::v1::ErrorReason::ETAG_MISMATCH, "the case changed since it was read")
          .AddMetadata("current_etag", std::to_string(before.version));
    // A confirmed match (a PEP, a sanctioned person) is a high-risk client.
    if (status == "CONFIRMED") RateHighOnConfirmedMatch(tx, before.customer_id, id, reason);
    out = LoadCase(tx, id);
    auto details = CaseDetails(before);
    details["status"] = status;
    tx.Audit({"aml.case.close", "aml_case", std::to_string(id), reason, AuditOutcome::kOk, details});
  });
  return out;
}

std::vector<storage::AmlCase> AdminListCases(storage::ConnectionPool& pool, const storage::AuditWho& who,
                                             const CaseListRequest& request) {
  std::vector<storage::AmlCase> out;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    out = WatchlistRepository::ListCases(tx, request.status, request.after_id, request.limit);
    storage::AuditRepository::Record(
        tx, who,
        {"aml.case.list", "aml_case", "", "", AuditOutcome::kOk, {{"status", request.status}, {"count", out.size()}}});
  });
  return out;
}

}  // namespace crm::usecases::aml
