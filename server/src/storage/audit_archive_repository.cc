#include "storage/audit_archive_repository.h"

namespace crm::storage {
namespace {

constexpr Statement kPartitionInfo{"archive_partition_info", R"sql(
SELECT to_regclass($1) IS NOT NULL,
       ($2::date + interval '1 month') <= (date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => $3)),
       EXISTS (SELECT 1 FROM audit_event WHERE event_time < ($2::date)::timestamp AT TIME ZONE 'UTC'))sql"};
constexpr Statement kMonthBounds{"archive_month_bounds", R"sql(
SELECT (EXTRACT(EPOCH FROM ($1::date)::timestamp AT TIME ZONE 'UTC') * 1000000)::bigint,
       (EXTRACT(EPOCH FROM (($1::date) + interval '1 month')::timestamp AT TIME ZONE 'UTC') * 1000000)::bigint)sql"};
constexpr Statement kInsertArchive{"archive_insert", R"sql(
INSERT INTO audit_archive (partition_name, first_seq, last_seq, last_hash, event_count, file_sha256)
VALUES ($1, $2, $3, decode($4, 'hex'), $5, $6))sql"};

}  // namespace

const std::vector<Statement>& AuditArchiveRepository::Statements() {
  static const std::vector<Statement> kAll{kPartitionInfo, kMonthBounds, kInsertArchive};
  return kAll;
}

void AuditArchiveRepository::LockChain(pqxx::transaction_base& tx) {
  tx.exec0("LOCK TABLE audit_head IN EXCLUSIVE MODE");
}

AuditArchiveRepository::PartitionState AuditArchiveRepository::Partition(pqxx::transaction_base& tx,
                                                                         const std::string& partition,
                                                                         const std::string& first_day,
                                                                         int retention_months) {
  auto r = tx.exec_prepared1(kPartitionInfo.name, partition, first_day, retention_months);
  return {r[0].as<bool>(), r[1].as<bool>(), r[2].as<bool>()};
}

std::pair<int64_t, int64_t> AuditArchiveRepository::MonthBounds(pqxx::transaction_base& tx,
                                                                const std::string& first_day) {
  auto r = tx.exec_prepared1(kMonthBounds.name, first_day);
  return {r[0].as<int64_t>(), r[1].as<int64_t>()};
}

void AuditArchiveRepository::Insert(pqxx::transaction_base& tx, const std::string& partition, int64_t first_seq,
                                    int64_t last_seq, const std::string& last_hash_hex, int64_t event_count,
                                    const std::string& file_sha256) {
  tx.exec_prepared0(kInsertArchive.name, partition, first_seq, last_seq, last_hash_hex, event_count, file_sha256);
}

void AuditArchiveRepository::Detach(pqxx::transaction_base& tx, const std::string& partition) {
  tx.exec0("ALTER TABLE audit_event DETACH PARTITION " + tx.quote_name(partition));
}

}  // namespace crm::storage
