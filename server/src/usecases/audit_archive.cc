#include "usecases/audit_archive.h"

#include <fstream>
#include <pqxx/pqxx>
#include <regex>

#include "common/error.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "storage/audit_repository.h"
#include "usecases/audit_export.h"
#include "usecases/audit_verifier.h"

namespace crm::usecases {

namespace {
constexpr storage::Statement kPartitionInfo{"archive_partition_info", R"sql(
SELECT to_regclass($1) IS NOT NULL,
       ($2::date + interval '1 month') <= (date_trunc('month', now() AT TIME ZONE 'UTC') - make_interval(months => $3)),
       EXISTS (SELECT 1 FROM audit_event WHERE event_time < ($2::date)::timestamp AT TIME ZONE 'UTC'))sql"};
constexpr storage::Statement kInsertArchive{"archive_insert", R"sql(
INSERT INTO audit_archive (partition_name, first_seq, last_seq, last_hash, event_count, file_sha256)
VALUES ($1, $2, $3, decode($4, 'hex'), $5, $6))sql"};
}  // namespace

ArchiveResult ArchiveAuditPartition(const std::string& owner_conninfo, const ArchiveRequest& req) {
  std::smatch m;
  static const std::regex kMonth(R"((\d{4})-(\d{2}))");
  if (!std::regex_match(req.month, m, kMonth) || std::stoi(m[2]) < 1 || std::stoi(m[2]) > 12)
    throw Error::InvalidField("month", "must look like 2026-01");
  if (req.reason.find_first_not_of(" \t") == std::string::npos)
    throw Error::InvalidField("reason", crm::v1::FieldProblem::REQUIRED, "is required");
  if (req.retention_months < 6) throw Error::InvalidField("retention_months", "must be at least 6 (system logs)");
  if (req.out_file.empty()) throw Error::InvalidField("out", crm::v1::FieldProblem::REQUIRED, "is required");
  if (std::filesystem::exists(req.out_file)) throw Error::InvalidField("out", "already exists; choose a new file");
  auto signer = security::AuditSigner::Process();
  if (!signer) throw Error::Internal();

  ArchiveResult result;
  result.partition = "audit_event_y" + std::string(m[1]) + "m" + std::string(m[2]);
  const std::string first_day = req.month + "-01";

  pqxx::connection conn(owner_conninfo);
  conn.prepare(kPartitionInfo.name, kPartitionInfo.sql);
  conn.prepare(kInsertArchive.name, kInsertArchive.sql);
  for (const auto* list : {&storage::AuditRepository::Statements()})
    for (const auto& s : *list) conn.prepare(s.name, s.sql);
  pqxx::work tx(conn);
  // Nobody appends to the chain while the segment is checked and detached.
  tx.exec0("LOCK TABLE audit_head IN EXCLUSIVE MODE");
  auto info = tx.exec_prepared1(kPartitionInfo.name, result.partition, first_day, req.retention_months);
  if (!info[0].as<bool>()) throw Error::InvalidField("month", "there is no live audit partition for " + req.month);
  if (!info[1].as<bool>())
    throw Error(crm::v1::ErrorReason::RETENTION, "the events of " + req.month + " are within the " +
                                                     std::to_string(req.retention_months) +
                                                     "-month retention period and must stay in the live trail");
  if (info[2].as<bool>())
    throw Error(crm::v1::ErrorReason::NOT_OLDEST, "archive older months first: the chain must stay contiguous");

  // Export the partition's events (they are the oldest ones in the chain).
  storage::AuditFilter filter;
  filter.start_time_us = 0;
  {
    auto bounds = tx.exec_params(
        "SELECT (EXTRACT(EPOCH FROM ($1::date)::timestamp AT TIME ZONE 'UTC') * 1000000)::bigint, "
        "(EXTRACT(EPOCH FROM (($1::date) + interval '1 month')::timestamp AT TIME ZONE 'UTC') * 1000000)::bigint",
        first_day);
    filter.start_time_us = bounds[0][0].as<int64_t>();
    filter.end_time_us = bounds[0][1].as<int64_t>();
  }
  std::ofstream out(req.out_file, std::ios::binary | std::ios::trunc);
  if (!out) throw Error::InvalidField("out", "cannot be written");
  auto stats = ExportAudit(
      tx, filter, ExportFormat::kJsonLines,
      [&](const std::string& chunk) {
        out << chunk;
        return static_cast<bool>(out);
      },
      nullptr);
  out.close();
  if (!out) throw Error::InvalidField("out", "could not be written completely");
  result.events = stats.exported;
  result.sha256 = stats.sha256;

  if (stats.exported > 0) {
    VerifyOptions vo;
    vo.to_seq = stats.last_seq;
    auto verified = VerifyAuditChain(tx, *signer, vo);
    if (!verified.intact)
      throw Error(crm::v1::ErrorReason::CHAIN_BROKEN,
                  "the chain is broken at " + std::to_string(verified.first_bad_seq) + " (" +
                      ChainProblemName(verified.problem) + "); investigate before archiving");
    tx.exec_prepared0(kInsertArchive.name, result.partition, stats.first_seq, stats.last_seq, stats.last_hash_hex,
                      stats.exported, stats.sha256);
  }
  storage::AuditRepository::Record(tx, {"", req.operator_name, "ADMIN_CLI", "", "local", ""},
                                   {"audit.archive",
                                    "audit_partition",
                                    result.partition,
                                    req.reason,
                                    storage::AuditOutcome::kOk,
                                    {{"events", stats.exported},
                                     {"first_seq", stats.first_seq},
                                     {"last_seq", stats.last_seq},
                                     {"file_sha256", stats.sha256},
                                     {"retention_months", req.retention_months}}});
  tx.exec0("ALTER TABLE audit_event DETACH PARTITION " + tx.quote_name(result.partition));
  tx.commit();
  return result;
}

}  // namespace crm::usecases
