// crm-admin integration|calendar|aml and `import flows` (issue 26): issue
// and revoke integration accounts' certificates, load the calendars, import
// a cash-flow file through the same use case as the ingest API, and read
// the large-value rules and reports; load the PEP and sanctions lists and
// read the cases their hits open. Each change audited.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "storage/audit_repository.h"
#include "storage/connection_pool.h"

namespace crm::cli {

class IngestCommands {
 public:
  // `import` is the existing bulk-import command (flows is added to it).
  void Add(CLI::App& app, CLI::App* import);
  std::optional<int> Run(storage::ConnectionPool& pool, const storage::AuditWho& who,
                         const std::filesystem::path& data_dir);

 private:
  CLI::App *create_ = nullptr, *list_ = nullptr, *revoke_ = nullptr;
  CLI::App *cal_load_ = nullptr, *cal_show_ = nullptr;
  CLI::App *flows_ = nullptr, *trades_ = nullptr, *margin_ = nullptr, *events_ = nullptr;
  CLI::App *rules_ = nullptr, *reports_ = nullptr;
  CLI::App *wl_load_ = nullptr, *wl_show_ = nullptr, *variants_ = nullptr, *cases_ = nullptr;
  std::string list_kind_;
  std::string name_, csr_file_, out_dir_ = ".", tls_dir_, scopes_ = "ingest";
  int valid_days_ = 397;
  std::string calendar_ = "working", file_;
  int year_ = 0;
  std::string source_, business_date_, encoding_ = "auto", status_;
  bool overdue_ = false, pending_ = false;
  int limit_ = 50;
};

}  // namespace crm::cli
