#include "storage/session_repository.h"

namespace crm::storage {
namespace {

constexpr Statement kCreate{"session_create", R"sql(
INSERT INTO user_session (user_id, token_sha256, create_time, last_seen_time, expire_time, client_address)
VALUES ($1::uuid, decode($2, 'hex'), $3::timestamptz, $3::timestamptz, $4::timestamptz, NULLIF($5,''))
RETURNING id::text)sql"};
constexpr Statement kRevoke{"session_revoke", R"sql(
UPDATE user_session SET revoke_time = $2::timestamptz, revoke_reason = $3
WHERE id = $1::uuid AND revoke_time IS NULL)sql"};
constexpr Statement kRevokeAll{"session_revoke_all_for_user", R"sql(
UPDATE user_session SET revoke_time = $2::timestamptz, revoke_reason = $3
WHERE user_id = $1::uuid AND revoke_time IS NULL)sql"};
constexpr Statement kGetThrottle{"throttle_get", R"sql(
SELECT failed_count, EXTRACT(EPOCH FROM locked_until)::text FROM login_throttle WHERE username = $1)sql"};
constexpr Statement kRecordFailure{"throttle_record_failure", R"sql(
INSERT INTO login_throttle AS t (username, failed_count, last_failed_at, locked_until)
VALUES ($1, 1, $2::timestamptz, CASE WHEN 1 >= $3 THEN $2::timestamptz + make_interval(secs => $4) END)
ON CONFLICT (username) DO UPDATE SET
  failed_count = CASE
      WHEN t.locked_until IS NOT NULL AND t.locked_until <= EXCLUDED.last_failed_at THEN 1
      WHEN t.last_failed_at < EXCLUDED.last_failed_at - make_interval(secs => $4) THEN 1
      ELSE t.failed_count + 1 END,
  last_failed_at = EXCLUDED.last_failed_at,
  locked_until = CASE
      WHEN (CASE
              WHEN t.locked_until IS NOT NULL AND t.locked_until <= EXCLUDED.last_failed_at THEN 1
              WHEN t.last_failed_at < EXCLUDED.last_failed_at - make_interval(secs => $4) THEN 1
              ELSE t.failed_count + 1 END) >= $3
        THEN EXCLUDED.last_failed_at + make_interval(secs => $4)
      ELSE NULL END
RETURNING failed_count, EXTRACT(EPOCH FROM locked_until)::text)sql"};
constexpr Statement kClearThrottle{"throttle_clear", "DELETE FROM login_throttle WHERE username = $1"};

ThrottleState ReadThrottle(const pqxx::row& r) {
  ThrottleState s;
  s.failed_count = r[0].as<int>();
  if (!r[1].is_null()) s.locked_until = FromEpochSeconds(r[1].as<std::string>());
  return s;
}

}  // namespace

const std::vector<Statement>& SessionRepository::Statements() {
  // The lookup by token (with the user and the touch) is
  // UserRepository::Authenticate, one statement.
  static const std::vector<Statement> kAll{kCreate, kRevoke, kRevokeAll, kGetThrottle, kRecordFailure, kClearThrottle};
  return kAll;
}

std::string SessionRepository::Create(pqxx::transaction_base& tx, const std::string& user_id,
                                      const std::string& token_sha256_hex, TimePoint now, TimePoint expire,
                                      const std::string& client_address) {
  return tx
      .exec_prepared1(kCreate.name, user_id, token_sha256_hex, ToPgTimestamp(now), ToPgTimestamp(expire),
                      client_address)[0]
      .as<std::string>();
}

void SessionRepository::Revoke(pqxx::transaction_base& tx, const std::string& id, TimePoint now,
                               const std::string& reason) {
  tx.exec_prepared0(kRevoke.name, id, ToPgTimestamp(now), reason);
}

int SessionRepository::RevokeAllForUser(pqxx::transaction_base& tx, const std::string& user_id, TimePoint now,
                                        const std::string& reason) {
  return static_cast<int>(tx.exec_prepared0(kRevokeAll.name, user_id, ToPgTimestamp(now), reason).affected_rows());
}

ThrottleState SessionRepository::GetThrottle(pqxx::transaction_base& tx, const std::string& username) {
  auto r = tx.exec_prepared(kGetThrottle.name, username);
  if (r.empty()) return {};
  return ReadThrottle(r[0]);
}

ThrottleState SessionRepository::RecordFailure(pqxx::transaction_base& tx, const std::string& username, TimePoint now,
                                               int max_failures, int lock_seconds) {
  return ReadThrottle(tx.exec_prepared1(kRecordFailure.name, username, ToPgTimestamp(now), max_failures, lock_seconds));
}

void SessionRepository::ClearThrottle(pqxx::transaction_base& tx, const std::string& username) {
  tx.exec_prepared0(kClearThrottle.name, username);
}

}  // namespace crm::storage
