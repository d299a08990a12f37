// The one audit-recording API, and reads of the trail. Every service records
// its events through Record(), inside the same transaction as the change (or
// read) the event describes: a committed change always has its event, a
// rolled-back one has none, and a failed event write fails the transaction.
//
// Record() appends the event to audit_pending (no lock, no ordering cost);
// storage::AuditSealer then chains committed events in order (seq, hash, MAC).
#pragma once

#include <nlohmann/json.hpp>
#include <functional>
#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "domain/audit_record.h"
#include "domain/role.h"
#include "storage/statements.h"

namespace crm::storage {

class StatementQueue;

enum class AuditOutcome { kOk, kDenied, kError };

struct AuditEvent {
  std::string action;  // dotted: "auth.login", "customer.view", ...
  std::string target_type;
  std::string target_id;
  std::string reason;
  AuditOutcome outcome = AuditOutcome::kOk;
  nlohmann::json details = nlohmann::json::object();
};

// Who did it. For unauthenticated events (failed sign-in) user_id is empty.
struct AuditWho {
  std::string user_id;
  std::string username;
  std::string role;
  std::string session_id;
  std::string client_address;
  std::string request_id;
  static AuditWho From(const domain::Actor& actor);
};

using AuditFilter = domain::AuditFilter;  // domain/audit_record.h

struct AuditCheckpoint {
  int64_t id = 0;
  int64_t seq = 0;
  std::vector<uint8_t> hash;
  int64_t time_us = 0;
  std::string mac_key_id;
  std::vector<uint8_t> mac;
};

struct AuditHead {
  int64_t seq = 0;
  std::vector<uint8_t> hash;
};

struct AuditArchive {
  std::string partition_name;
  int64_t first_seq = 0, last_seq = 0, count = 0;
  std::vector<uint8_t> last_hash;
};

class AuditRepository {
 public:
  static const std::vector<Statement>& Statements();

  // Returns the pending event's id (its chain sequence is given when sealed).
  static int64_t Record(pqxx::transaction_base& tx, const AuditWho& who, const AuditEvent& event);

  // For hot write paths: one statement, one round trip, for the change and its
  // event. WithEventSql wraps a business statement that uses $1..$n and
  // RETURNs one row per changed record; the result is the business rows, and
  // one event per returned row is recorded as Record() would. Prepare the
  // composed SQL as a named statement and run it with ExecWithEvent.
  static std::string WithEventSql(const std::string& business_sql, int business_params);
  template <typename... Params>
  static pqxx::result ExecWithEvent(pqxx::transaction_base& tx, const char* statement, const AuditWho& who,
                                    const AuditEvent& event, Params&&... business_params) {
    RequireSigner();
    return tx.exec_prepared(statement, std::forward<Params>(business_params)..., who.user_id, who.username, who.role,
                            who.session_id, who.client_address, who.request_id, event.action, event.target_type,
                            event.target_id, event.reason, OutcomeName(event.outcome),
                            event.details.is_null() ? std::string("{}") : event.details.dump());
  }
  static const char* OutcomeName(AuditOutcome outcome);
  static void RequireSigner();

  // The pipelined forms (storage/pipelined_tx.h): Record() queued, and the
  // event's parameters that follow a WithEventSql statement's own.
  static size_t QueueRecord(StatementQueue& tx, const AuditWho& who, const AuditEvent& event);
  static void AppendEventParams(std::vector<std::string>& params, const AuditWho& who, const AuditEvent& event);

  // Newest first when descending; the cursor is the last seq returned (0: start).
  static std::vector<domain::AuditRecord> List(pqxx::transaction_base& tx, const AuditFilter& filter,
                                               int64_t cursor_seq, bool descending, int limit);
  static std::optional<domain::AuditRecord> Get(pqxx::transaction_base& tx, int64_t seq);
  static int64_t Count(pqxx::transaction_base& tx, const AuditFilter& filter);
  // Call once in a transaction before ScanAfter (UTC timestamps).
  static void PrepareScan(pqxx::transaction_base& tx);
  // Rows in chain order from (seq, time) exclusive, for verification.
  static std::vector<domain::AuditRecord> ScanAfter(pqxx::transaction_base& tx, int64_t after_seq,
                                                    int64_t after_time_us, int64_t to_seq, int limit);
  // The chain from from_seq (to to_seq, 0: the end) in chain order, in one
  // binary COPY, handing each row to sink; sink returns false to stop (the
  // rest of the stream is then read and dropped). The row object is reused
  // for the next row: a sink that keeps a row swaps it out or copies it.
  static void StreamChain(pqxx::transaction_base& tx, int64_t from_seq, int64_t to_seq,
                          const std::function<bool(domain::AuditRecord&)>& sink);

  static AuditHead Head(pqxx::transaction_base& tx);
  static std::vector<AuditCheckpoint> Checkpoints(pqxx::transaction_base& tx, int64_t from_seq, int64_t to_seq);
  static std::optional<AuditCheckpoint> LatestCheckpoint(pqxx::transaction_base& tx);
  // Signs the current head (if it moved since the last checkpoint). Returns
  // the checkpoint written, if any.
  static std::optional<AuditCheckpoint> WriteCheckpoint(pqxx::transaction_base& tx);
  static std::optional<AuditArchive> LatestArchive(pqxx::transaction_base& tx);
  static void EnsurePartitions(pqxx::transaction_base& tx, int months_ahead);
};

}  // namespace crm::storage
