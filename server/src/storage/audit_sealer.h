// Chains committed pending audit events, in order, into the tamper-evident
// trail (docs/adr/0005-audit-chain.md). One sealer at a time across all
// processes (a PostgreSQL advisory lock); within a process, a mutex. It runs
// on its own connection as the login role, never as crm_app, which may not
// write the chain.
#pragma once

#include <memory>
#include <mutex>
#include <optional>
#include <pqxx/pqxx>
#include <string>

#include "storage/audit_repository.h"

namespace crm::storage {

class AuditSealer {
 public:
  explicit AuditSealer(std::string owner_conninfo, int batch_size = 5000);
  ~AuditSealer();

  // Seals every pending event committed before the call; returns how many.
  int64_t SealNow();
  // Signs the chain head if it moved since the last checkpoint.
  std::optional<AuditCheckpoint> Checkpoint();
  int64_t sealed_total() const { return sealed_total_; }

 private:
  int64_t SealBatch(pqxx::connection& conn);
  pqxx::connection& Conn();
  template <typename Fn>
  auto Locked(Fn&& fn);

  std::string conninfo_;
  int batch_size_;
  std::mutex mu_;
  std::unique_ptr<pqxx::connection> conn_;
  int64_t sealed_total_ = 0;
};

}  // namespace crm::storage
