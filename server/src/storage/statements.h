// Named SQL statements. Each repository keeps its statements as constants
// beside the code that uses them and lists them in a Statements() function;
// PrepareAll() prepares every one on each new connection, so handlers call
// them by name with bound parameters only (the name is also the log label).
#pragma once

#include <pqxx/pqxx>
#include <vector>

namespace crm::storage {

struct Statement {
  const char* name;
  const char* sql;
};

void PrepareAll(pqxx::connection_base& conn);

}  // namespace crm::storage
