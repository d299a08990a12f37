// Verifies the audit chain: sequence continuity, each row's hash over its
// canonical encoding and its predecessor, each row's MAC, and the signed
// checkpoints. Stops at the first bad sequence and says what is wrong.
#pragma once

#include <cstdint>
#include <functional>
#include <pqxx/pqxx>
#include <string>

#include "security/audit_signer.h"

namespace crm::usecases {

enum class ChainProblem { kNone, kAltered, kMissing, kInserted, kReordered, kTruncated, kCheckpointInvalid };
const char* ChainProblemName(ChainProblem p);

struct VerifyResult {
  bool intact = true;
  int64_t events_checked = 0;
  int64_t checkpoints_checked = 0;
  int64_t first_seq = 0;
  int64_t last_seq = 0;
  int64_t first_bad_seq = 0;
  ChainProblem problem = ChainProblem::kNone;
  std::string detail;
};

struct VerifyOptions {
  int64_t from_seq = 0;  // 0: from the start of the chain
  int64_t to_seq = 0;    // 0: to the head
  int page_size = 10000;
  // Called after each page with the events checked so far.
  std::function<void(int64_t)> progress;
};

// Reads in the caller's transaction (use a REPEATABLE READ, read-only one for
// a consistent view).
VerifyResult VerifyAuditChain(pqxx::transaction_base& tx, const security::AuditSigner& signer,
                              const VerifyOptions& options);

}  // namespace crm::usecases
