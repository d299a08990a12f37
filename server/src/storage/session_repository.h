// Sign-in sessions (tokens stored as SHA-256 only) and the per-user-name
// failed sign-in counters.
#pragma once

#include <optional>
#include <pqxx/pqxx>
#include <string>
#include <vector>

#include "common/clock.h"
#include "storage/statements.h"

namespace crm::storage {

struct SessionRecord {
  std::string id;
  std::string user_id;
  TimePoint create_time;
  TimePoint last_seen_time;
  TimePoint expire_time;
  bool revoked = false;
};

struct ThrottleState {
  int failed_count = 0;
  std::optional<TimePoint> locked_until;
};

class SessionRepository {
 public:
  static const std::vector<Statement>& Statements();

  static std::string Create(pqxx::transaction_base& tx, const std::string& user_id, const std::string& token_sha256_hex,
                            TimePoint now, TimePoint expire, const std::string& client_address);
  static void Revoke(pqxx::transaction_base& tx, const std::string& id, TimePoint now, const std::string& reason);
  static int RevokeAllForUser(pqxx::transaction_base& tx, const std::string& user_id, TimePoint now,
                              const std::string& reason);

  // Failed sign-ins, keyed by the name typed (existing or not).
  static ThrottleState GetThrottle(pqxx::transaction_base& tx, const std::string& username);
  // Counts one failure and locks for lock_seconds when it reaches max_failures.
  // Returns the new state. Failures older than the lock window restart the count.
  static ThrottleState RecordFailure(pqxx::transaction_base& tx, const std::string& username, TimePoint now,
                                     int max_failures, int lock_seconds);
  static void ClearThrottle(pqxx::transaction_base& tx, const std::string& username);
};

}  // namespace crm::storage
