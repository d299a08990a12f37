// PEP and sanctions watch lists and the cases their hits open (V0032,
// ADR 0017). Names are compared by aml_name_key (NFKC, the variant mapping,
// lower case, no spaces or punctuation), computed in PostgreSQL so a list
// update screens a million clients in one set-based statement.
#pragma once

#include <cstdint>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "storage/statements.h"

namespace crm::storage {

class StatementQueue;

struct WatchlistEntryInput {
  std::string entry_ref, name, category, country;
  std::vector<std::string> aliases;
};

struct WatchlistInfo {
  std::string list_kind, source, sha256, loaded_by;
  int version = 0, entries = 0;
  int64_t load_time_us = 0;
};

struct NameVariantsInfo {
  int pairs = 0, version = 0;
  std::string source, loaded_by;
  int64_t load_time_us = 0;
};

struct AmlCase {
  int64_t id = 0;
  std::string customer_id, customer_name, list_kind, entry_ref, entry_name, matched_name, category, country, trigger,
      status, assignee_id, assignee_name, close_reason;
  int list_version = 0, version = 0;
  int64_t create_time_us = 0, close_time_us = 0;
};

class WatchlistRepository {
 public:
  static const std::vector<Statement>& Statements();

  // Serialises list and variant loads (the variants row, FOR UPDATE).
  static void LockLists(pqxx::transaction_base& tx);
  // The current version of a list with this digest (an unchanged file), or 0.
  static int CurrentWithDigest(pqxx::transaction_base& tx, const std::string& list_kind, const std::string& sha256);
  // A new version (not current yet) with its entries and their names' keys;
  // returns (id, version).
  static std::pair<int64_t, int> InsertVersion(pqxx::transaction_base& tx, const std::string& list_kind,
                                               const std::string& source, const std::string& sha256,
                                               const std::string& loaded_by,
                                               const std::vector<WatchlistEntryInput>& entries);
  static void MakeCurrent(pqxx::transaction_base& tx, const std::string& list_kind, int64_t version_id);
  static std::vector<WatchlistInfo> CurrentLists(pqxx::transaction_base& tx);

  static NameVariantsInfo Variants(pqxx::transaction_base& tx);
  // Replaces the mapping and recomputes the current lists' name keys;
  // returns the new version.
  static int ReplaceVariants(pqxx::transaction_base& tx, const std::string& from_chars, const std::string& to_chars,
                             int pairs, const std::string& source, const std::string& loaded_by);

  // Screens these clients' names against every current list, opening a case
  // per new hit (trigger CREATE or NAME_CHANGE); works for any acting user,
  // who cannot read what it opened. Returns the cases opened.
  static int64_t ScreenClients(pqxx::transaction_base& tx, const std::vector<std::string>& customer_ids,
                               const std::string& trigger);
  // The same for a pipelined transaction (results unused): the shared
  // screening lock (queue it before changing the client's row), then the
  // screening.
  static size_t QueueScreenLock(StatementQueue& queue);
  static size_t QueueScreenClient(StatementQueue& queue, const std::string& customer_id, const std::string& trigger);
  // Screens every client against one version (LIST_UPDATE), or against
  // every current list when version_id is 0; returns the cases opened.
  static int64_t ScreenAll(pqxx::transaction_base& tx, int64_t version_id);

  // Cases: status OPEN oldest first, any other filter newest first; keyset on id.
  static std::vector<AmlCase> ListCases(pqxx::transaction_base& tx, const std::string& status, int64_t after_id,
                                        int limit);
  static std::optional<AmlCase> GetCase(pqxx::transaction_base& tx, int64_t id);
  // false when the version moved on or the case is closed.
  static bool AssignCase(pqxx::transaction_base& tx, int64_t id, int version, const std::string& user_id);
  static bool CloseCase(pqxx::transaction_base& tx, int64_t id, int version, const std::string& status,
                        const std::string& reason, const std::string& user_id);
  static int64_t OpenCaseCount(pqxx::transaction_base& tx);
};

}  // namespace crm::storage
