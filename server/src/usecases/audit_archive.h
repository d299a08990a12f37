// Retention: an old monthly partition of the audit trail leaves the live
// table only through `crm-admin audit archive`, after its events were
// verified and exported to a file; the archive itself is an audit event, and
// the remaining chain keeps verifying from the archived last hash.
#pragma once

#include <filesystem>
#include <string>

#include "storage/connection_pool.h"

namespace crm::usecases {

struct ArchiveRequest {
  std::string month;  // "YYYY-MM"
  std::filesystem::path out_file;
  std::string reason;
  int retention_months = 240;  // regulatory.md section 5: suitability records 20 years
  std::string operator_name;
};

struct ArchiveResult {
  std::string partition;
  int64_t events = 0;
  std::string sha256;
};

// Throws crm::Error (naming the field) when refused; nothing is changed then.
ArchiveResult ArchiveAuditPartition(const std::string& owner_conninfo, const ArchiveRequest& request);

}  // namespace crm::usecases
