// Named SQL statements. Each repository keeps its statements as constants
// beside the code that uses them and lists them in a Statements() function;
// PrepareAll() prepares every one on each new connection, so handlers call
// them by name with bound parameters only (the name is also the log label).
#pragma once

#include <map>
#include <pqxx/pqxx>
#include <string>
#include <vector>

namespace crm::storage {

struct Statement {
  const char* name;
  const char* sql;
};

void PrepareAll(pqxx::connection_base& conn);

// Runs a statement whose only parameter is a comma-separated list of uuids
// (`= ANY(string_to_array($1, ',')::uuid[])`) and whose rows are (id, text):
// id -> text. Ids that are not uuids are left out; none left, no query.
std::map<std::string, std::string> TextByIds(pqxx::transaction_base& tx, const Statement& statement,
                                             const std::vector<std::string>& ids);

// Whether the database answers (SELECT 1 on conn; throws when it does not).
void Ping(pqxx::connection_base& conn);

// A text[] literal for one bound parameter: {"a","b"} with quotes and
// backslashes escaped.
std::string TextArray(const std::vector<std::string>& items);
// bigint[] and boolean[] literals likewise.
std::string IntArray(const std::vector<int64_t>& items);
std::string BoolArray(const std::vector<bool>& items);

}  // namespace crm::storage
