// Sign-in, sessions and password changes: the rules of regulatory.md section 4
// applied over the user and session repositories, each step audited in the
// same transaction as what it changes. No gRPC here.
#pragma once

#include <optional>
#include <string>

#include "common/clock.h"
#include "domain/role.h"
#include "security/password_hasher.h"
#include "storage/connection_pool.h"
#include "storage/user_repository.h"
#include "usecases/auth_settings.h"

namespace crm::usecases {

struct RequestInfo {
  std::string client_address;
  std::string request_id;
};

struct LoginResult {
  std::string access_token;
  std::string session_id;
  TimePoint expire_time;
  storage::UserRecord user;
  bool password_change_required = false;
};

class AuthManager {
 public:
  AuthManager(storage::ConnectionPool& pool, const Clock& clock, AuthSettings settings);

  // Throws crm::Error UNAUTHENTICATED with reason INVALID_CREDENTIALS (same
  // for unknown names), ACCOUNT_LOCKED (with retry_after) or ACCOUNT_DISABLED.
  LoginResult Login(const std::string& username, const std::string& password, const RequestInfo& info);

  // Resolves a bearer token to the acting user. Throws UNAUTHENTICATED with
  // SESSION_MISSING, SESSION_EXPIRED or SESSION_REVOKED.
  domain::Actor Authenticate(const std::string& token, const RequestInfo& info);

  // Authentication inside a handler's first pipelined batch
  // (usecases::Caller, usecases/request_tx.h): QueueSession queues the session
  // statement that also sets the acting user, for the time `now`; nullopt
  // when the token cannot be a session's. LiveActor is Authenticate's
  // success path: the acting user when the session is live, nullopt for
  // anything Authenticate would refuse or act on (then call Authenticate).
  std::optional<size_t> QueueSession(storage::StatementQueue& tx, const std::string& token, TimePoint now) const;
  std::optional<domain::Actor> LiveActor(const std::optional<storage::SessionUser>& found, TimePoint now,
                                         const RequestInfo& info) const;
  TimePoint Now() const { return clock_.Now(); }

  void Logout(const domain::Actor& actor);

  // Returns a fresh session; every earlier session of the user is revoked.
  LoginResult ChangePassword(const domain::Actor& actor, const std::string& current_password,
                             const std::string& new_password);

  storage::UserRecord LoadUser(const domain::Actor& actor);

  const AuthSettings& settings() const { return settings_; }
  const security::PasswordHasher& hasher() const { return hasher_; }

  // Checks strength and history; throws INVALID_ARGUMENT naming `field`.
  static void CheckNewPassword(pqxx::transaction_base& tx, const AuthSettings& settings,
                               const security::PasswordHasher& hasher, const std::string& user_id,
                               const std::string& username, const std::string& password, const std::string& field);

 private:
  LoginResult OpenSession(pqxx::transaction_base& tx, const storage::UserRecord& user, const RequestInfo& info,
                          TimePoint now);
  bool PasswordExpired(const storage::UserRecord& user, TimePoint now) const;
  int64_t IdleSeconds() const {
    return std::chrono::duration_cast<std::chrono::seconds>(settings_.idle_timeout).count();
  }

  storage::ConnectionPool& pool_;
  const Clock& clock_;
  AuthSettings settings_;
  security::PasswordHasher hasher_;
  std::string dummy_hash_;  // verified against for unknown names, so timing does not tell
};

}  // namespace crm::usecases
