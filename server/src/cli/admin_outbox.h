// crm-admin outbox list|show|retry|cancel|stats (issue 27): what an
// administrator does with the message outbox, each change audited.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "storage/audit_repository.h"
#include "storage/connection_pool.h"

namespace crm::cli {

class OutboxCommands {
 public:
  void Add(CLI::App& app);
  // The exit code when one of these commands was given, else nullopt.
  std::optional<int> Run(storage::ConnectionPool& pool, const storage::AuditWho& who);

 private:
  CLI::App* list_ = nullptr;
  CLI::App* show_ = nullptr;
  CLI::App* retry_ = nullptr;
  CLI::App* cancel_ = nullptr;
  CLI::App* stats_ = nullptr;
  std::string status_;
  int limit_ = 50;
  int64_t before_ = 0;
  std::vector<int64_t> ids_;
  bool all_dead_ = false;
  std::string reason_;
};

}  // namespace crm::cli
