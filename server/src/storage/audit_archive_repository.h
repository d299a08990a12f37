// Archiving a month of the audit trail (crm-admin audit archive): the checks
// before a partition may leave the live trail, the archive's record, and the
// partition's detachment. The only writer of audit_archive.
#pragma once

#include <cstdint>
#include <pqxx/pqxx>
#include <string>
#include <utility>
#include <vector>

#include "storage/statements.h"

namespace crm::storage {

class AuditArchiveRepository {
 public:
  static const std::vector<Statement>& Statements();

  // Nobody appends to the chain until the transaction ends.
  static void LockChain(pqxx::transaction_base& tx);
  struct PartitionState {
    bool exists = false;          // the live partition is there
    bool past_retention = false;  // the whole month is older than the retention period
    bool older_events = false;    // events before the month are still live
  };
  // partition: audit_event_yYYYYmMM; first_day: YYYY-MM-01.
  static PartitionState Partition(pqxx::transaction_base& tx, const std::string& partition,
                                  const std::string& first_day, int retention_months);
  // The month's bounds as microseconds since the epoch (UTC): [start, end).
  static std::pair<int64_t, int64_t> MonthBounds(pqxx::transaction_base& tx, const std::string& first_day);
  static void Insert(pqxx::transaction_base& tx, const std::string& partition, int64_t first_seq, int64_t last_seq,
                     const std::string& last_hash_hex, int64_t event_count, const std::string& file_sha256);
  static void Detach(pqxx::transaction_base& tx, const std::string& partition);
};

}  // namespace crm::storage
