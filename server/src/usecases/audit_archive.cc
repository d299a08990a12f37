#include "usecases/audit_archive.h"

#include <fstream>
#include <pqxx/pqxx>
#include <regex>
#include <tuple>

#include "common/error.h"
#include "security/audit_signer.h"
#include "security/crypto.h"
#include "storage/audit_archive_repository.h"
#include "storage/audit_repository.h"
#include "usecases/audit_export.h"
#include "usecases/audit_verifier.h"

namespace crm::usecases {

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

  using storage::AuditArchiveRepository;
  pqxx::connection conn(owner_conninfo);
  for (const auto* list : {&storage::AuditRepository::Statements(), &AuditArchiveRepository::Statements()})
    for (const auto& s : *list) conn.prepare(s.name, s.sql);
  pqxx::work tx(conn);
  // Nobody appends to the chain while the segment is checked and detached.
  AuditArchiveRepository::LockChain(tx);
  const auto partition = AuditArchiveRepository::Partition(tx, result.partition, first_day, req.retention_months);
  if (!partition.exists) throw Error::InvalidField("month", "there is no live audit partition for " + req.month);
  if (!partition.past_retention)
    throw Error(crm::v1::ErrorReason::RETENTION, "the events of " + req.month + " are within the " +
                                                     std::to_string(req.retention_months) +
                                                     "-month retention period and must stay in the live trail");
  if (partition.older_events)
    throw Error(crm::v1::ErrorReason::NOT_OLDEST, "archive older months first: the chain must stay contiguous");

  // Export the partition's events (they are the oldest ones in the chain).
  storage::AuditFilter filter;
  filter.start_time_us = 0;
  std::tie(filter.start_time_us, filter.end_time_us) = AuditArchiveRepository::MonthBounds(tx, first_day);
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
    AuditArchiveRepository::Insert(tx, result.partition, stats.first_seq, stats.last_seq, stats.last_hash_hex,
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
  AuditArchiveRepository::Detach(tx, result.partition);
  tx.commit();
  return result;
}

}  // namespace crm::usecases
