// Audit trail exports (CSV with a header, or JSON Lines), shared by the
// AuditService and crm-admin. Rows are streamed in sequence order, page by
// page, from one consistent snapshot.
#pragma once

#include <functional>
#include <pqxx/pqxx>
#include <string>

#include "domain/audit_record.h"
#include "storage/audit_repository.h"

namespace crm::usecases {

enum class ExportFormat { kCsv, kJsonLines };

std::string CsvHeader();
std::string ToCsvLine(const domain::AuditRecord& r);
std::string ToJsonLine(const domain::AuditRecord& r);

struct ExportStats {
  int64_t exported = 0;
  int64_t total = 0;
  int64_t first_seq = 0;
  int64_t last_seq = 0;
  std::string last_hash_hex;
  std::string sha256;  // of the whole output
};

// sink receives chunks of about chunk_bytes; returning false stops the export.
// progress(exported, total) is called after each chunk.
ExportStats ExportAudit(pqxx::transaction_base& tx, const storage::AuditFilter& filter, ExportFormat format,
                        const std::function<bool(const std::string&)>& sink,
                        const std::function<void(int64_t, int64_t)>& progress, size_t chunk_bytes = 256 * 1024);

}  // namespace crm::usecases
