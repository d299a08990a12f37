#include "usecases/auth_manager.h"

#include "common/error.h"
#include "security/crypto.h"
#include "security/tokens.h"
#include "storage/audit_repository.h"
#include "storage/session_repository.h"
#include "storage/transaction.h"

namespace crm::usecases {

using storage::AuditEvent;
using storage::AuditOutcome;
using storage::AuditRepository;
using storage::AuditWho;
using storage::SessionRepository;
using storage::UserRepository;

namespace {

Error LockedError(TimePoint now, TimePoint until) {
  auto left = std::chrono::duration_cast<std::chrono::seconds>(until - now);
  if (left.count() < 1) left = std::chrono::seconds(1);
  Error e = Error(crm::v1::ErrorReason::ACCOUNT_LOCKED,
                  "too many failed sign-ins; try again in " + std::to_string(left.count()) + " seconds");
  e.AddMetadata("retry_after_seconds", std::to_string(left.count()));
  e.SetRetryAfter(left);
  return e;
}

Error InvalidCredentials() { return Error(crm::v1::ErrorReason::INVALID_CREDENTIALS, "wrong user name or password"); }

AuditWho WhoFromUser(const storage::UserRecord& u, const std::string& session_id, const RequestInfo& info) {
  return {u.id, u.username, u.role, session_id, info.client_address, info.request_id};
}

}  // namespace

AuthManager::AuthManager(storage::ConnectionPool& pool, const Clock& clock, AuthSettings settings)
    : pool_(pool), clock_(clock), settings_(settings), hasher_(settings.scrypt) {
  dummy_hash_ = hasher_.Hash(security::Base64Encode(security::RandomBytes(16)));
}

bool AuthManager::PasswordExpired(const storage::UserRecord& user, TimePoint now) const {
  return settings_.password_policy.max_age.count() > 0 &&
         now - user.password_change_time > settings_.password_policy.max_age;
}

LoginResult AuthManager::OpenSession(pqxx::transaction_base& tx, const storage::UserRecord& user,
                                     const RequestInfo& info, TimePoint now) {
  auto token = security::IssueToken();
  LoginResult result;
  result.expire_time = now + settings_.absolute_timeout;
  result.session_id = SessionRepository::Create(tx, user.id, security::HexEncode(token.sha256), now, result.expire_time,
                                                info.client_address);
  result.access_token = std::move(token.token);
  result.user = user;
  result.password_change_required = user.must_change_password || PasswordExpired(user, now);
  return result;
}

LoginResult AuthManager::Login(const std::string& username_in, const std::string& password, const RequestInfo& info) {
  Validation v;
  if (username_in.empty()) v.Fail("username", crm::v1::FieldProblem::REQUIRED, "is required");
  if (username_in.size() > 64) v.Fail("username", crm::v1::FieldProblem::TOO_LONG, "must be at most 64 characters", 64);
  if (password.empty()) v.Fail("password", crm::v1::FieldProblem::REQUIRED, "is required");
  if (password.size() > 1024) v.Fail("password", "must be at most 1024 bytes");
  v.ThrowIfFailed();
  std::string username = username_in;
  for (auto& c : username) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));

  const TimePoint now = clock_.Now();
  storage::TxOptions opts;
  AuditWho anonymous{"", username, "", "", info.client_address, info.request_id};

  // 1. Read: lock state and the stored hash.
  std::optional<storage::UserRecord> user;
  storage::ThrottleState throttle;
  storage::InTransaction(pool_, opts, [&](pqxx::work& tx) {
    throttle = SessionRepository::GetThrottle(tx, username);
    user = UserRepository::FindByUsername(tx, username);
  });
  if (throttle.locked_until && *throttle.locked_until > now) {
    storage::InTransaction(pool_, opts, [&](pqxx::work& tx) {
      AuditEvent ev{"auth.login_locked", "user", user ? user->id : "", "", AuditOutcome::kDenied, {}};
      AuditRepository::Record(tx, anonymous, ev);
    });
    throw LockedError(now, *throttle.locked_until);
  }

  // 2. Verify outside any transaction (scrypt is deliberately slow). Unknown
  // names are verified against a dummy hash so the time taken is the same.
  bool ok = hasher_.Verify(password, user ? user->password_hash : dummy_hash_) && user.has_value();

  if (!ok) {
    storage::ThrottleState after;
    storage::InTransaction(pool_, opts, [&](pqxx::work& tx) {
      after = SessionRepository::RecordFailure(tx, username, now, settings_.max_failed_logins,
                                               static_cast<int>(settings_.lockout.count()));
      AuditEvent ev{"auth.login_failed",   "user",
                    user ? user->id : "",  "",
                    AuditOutcome::kDenied, {{"failed_count", after.failed_count}, {"known_user", user.has_value()}}};
      AuditRepository::Record(tx, anonymous, ev);
      if (after.locked_until) {
        AuditEvent lock{"auth.lockout",        "user",
                        user ? user->id : "",  "",
                        AuditOutcome::kDenied, {{"lock_seconds", settings_.lockout.count()}}};
        AuditRepository::Record(tx, anonymous, lock);
      }
    });
    if (after.locked_until) throw LockedError(now, *after.locked_until);
    throw InvalidCredentials();
  }

  if (user->disabled) {
    storage::InTransaction(pool_, opts, [&](pqxx::work& tx) {
      AuditEvent ev{"auth.login_failed", "user", user->id, "", AuditOutcome::kDenied, {{"disabled", true}}};
      AuditRepository::Record(tx, anonymous, ev);
    });
    throw Error(crm::v1::ErrorReason::ACCOUNT_DISABLED, "this account is locked by an administrator");
  }

  // 3. Open the session, audited in the same transaction.
  LoginResult result;
  storage::InTransaction(pool_, opts, [&](pqxx::work& tx) {
    SessionRepository::ClearThrottle(tx, username);
    result = OpenSession(tx, *user, info, now);
    AuditEvent ev{"auth.login",      "user",
                  user->id,          "",
                  AuditOutcome::kOk, {{"password_change_required", result.password_change_required}}};
    AuditRepository::Record(tx, WhoFromUser(*user, result.session_id, info), ev);
  });
  return result;
}

domain::Actor AuthManager::Authenticate(const std::string& token, const RequestInfo& info) {
  if (token.empty()) throw Error(crm::v1::ErrorReason::SESSION_MISSING, "sign in first");
  if (!security::LooksLikeToken(token))
    throw Error(crm::v1::ErrorReason::SESSION_REVOKED, "the session is not valid; sign in again");
  const TimePoint now = clock_.Now();
  const std::string digest = security::HexEncode(security::TokenDigest(token));
  // One statement, one round trip: the session, its user, and the touch
  // (written only when the session is live; see UserRepository::Authenticate).
  std::optional<storage::SessionUser> found;
  storage::TxOptions opts;
  storage::InSingleStatement(pool_, opts, [&](pqxx::nontransaction& tx) {
    found = UserRepository::Authenticate(tx, digest, now, IdleSeconds());
  });
  if (auto actor = LiveActor(found, now, info)) return *actor;
  // Refused: say why, in this order.
  if (!found || found->session.revoked)
    throw Error(crm::v1::ErrorReason::SESSION_REVOKED, "the session has ended; sign in again");
  const auto& session = found->session;
  if (now >= session.expire_time)
    throw Error(crm::v1::ErrorReason::SESSION_EXPIRED, "the session has expired; sign in again");
  if (now - session.last_seen_time > settings_.idle_timeout) {
    // Idle too long: the session ends, and that is recorded (its own transaction).
    storage::InTransaction(pool_, opts, [&](pqxx::work& tx) {
      SessionRepository::Revoke(tx, session.id, now, "idle");
      AuditEvent ev{"auth.session_expired", "session", session.id, "", AuditOutcome::kOk, {{"cause", "idle"}}};
      AuditRepository::Record(tx, {session.user_id, "", "", session.id, info.client_address, info.request_id}, ev);
    });
    throw Error(crm::v1::ErrorReason::SESSION_EXPIRED, "the session was idle too long; sign in again");
  }
  throw Error(crm::v1::ErrorReason::SESSION_REVOKED, "the session has ended; sign in again");  // user gone or disabled
}

std::optional<size_t> AuthManager::QueueSession(storage::StatementQueue& tx, const std::string& token,
                                                TimePoint now) const {
  if (token.empty() || !security::LooksLikeToken(token)) return std::nullopt;
  return UserRepository::QueueAuthenticateActAs(tx, security::HexEncode(security::TokenDigest(token)), now,
                                                IdleSeconds());
}

std::optional<domain::Actor> AuthManager::LiveActor(const std::optional<storage::SessionUser>& found, TimePoint now,
                                                    const RequestInfo& info) const {
  if (!found || found->session.revoked || !found->user || found->user->disabled) return std::nullopt;
  const auto& session = found->session;
  if (now >= session.expire_time || now - session.last_seen_time > settings_.idle_timeout) return std::nullopt;
  const auto& user = *found->user;
  domain::Actor actor;
  actor.user_id = user.id;
  actor.username = user.username;
  actor.role = domain::ParseRole(user.role).value_or(domain::Role::kAccountManager);
  actor.team_id = user.team_id;
  actor.branch_id = user.branch_id;
  actor.session_id = session.id;
  actor.client_address = info.client_address;
  actor.request_id = info.request_id;
  actor.must_change_password = user.must_change_password || PasswordExpired(user, now);
  return actor;
}

void AuthManager::Logout(const domain::Actor& actor) {
  const TimePoint now = clock_.Now();
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    SessionRepository::Revoke(tx, actor.session_id, now, "logout");
    AuditRepository::Record(tx, AuditWho::From(actor),
                            {"auth.logout", "session", actor.session_id, "", AuditOutcome::kOk, {}});
  });
}

storage::UserRecord AuthManager::LoadUser(const domain::Actor& actor) {
  std::optional<storage::UserRecord> user;
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) { user = UserRepository::FindById(tx, actor.user_id); });
  if (!user) throw Error::NotFound("user");
  return *user;
}

void AuthManager::CheckNewPassword(pqxx::transaction_base& tx, const AuthSettings& settings,
                                   const security::PasswordHasher& hasher, const std::string& user_id,
                                   const std::string& username, const std::string& password, const std::string& field) {
  auto problems = domain::CheckPasswordStrength(settings.password_policy, username, password);
  if (!user_id.empty() && settings.password_policy.history > 0) {
    for (const auto& old : UserRepository::RecentPasswordHashes(tx, user_id, settings.password_policy.history)) {
      if (hasher.Verify(password, old)) {
        problems.push_back(
            {"", "must differ from the last " + std::to_string(settings.password_policy.history) + " passwords",
             crm::v1::FieldProblem::PASSWORD_RECENTLY_USED, settings.password_policy.history});
        break;
      }
    }
  }
  if (problems.empty()) return;
  Error e(crm::v1::ErrorReason::PASSWORD_POLICY, "the new password does not meet the password policy");
  for (auto& p : problems) {
    p.field = field;
    e.AddViolation(p);
  }
  throw e;
}

LoginResult AuthManager::ChangePassword(const domain::Actor& actor, const std::string& current_password,
                                        const std::string& new_password) {
  Validation v;
  if (current_password.empty()) v.Fail("current_password", crm::v1::FieldProblem::REQUIRED, "is required");
  if (new_password.empty()) v.Fail("new_password", crm::v1::FieldProblem::REQUIRED, "is required");
  v.ThrowIfFailed();
  storage::UserRecord user = LoadUser(actor);
  if (!hasher_.Verify(current_password, user.password_hash)) {
    storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
      AuditRepository::Record(
          tx, AuditWho::From(actor),
          {"auth.password_change", "user", user.id, "", AuditOutcome::kDenied, {{"cause", "wrong current password"}}});
    });
    throw Error::InvalidField("current_password", "is not correct");
  }
  const std::string new_hash = hasher_.Hash(new_password);
  const TimePoint now = clock_.Now();
  LoginResult result;
  RequestInfo info{actor.client_address, actor.request_id};
  storage::InTransaction(pool_, {}, [&](pqxx::work& tx) {
    CheckNewPassword(tx, settings_, hasher_, user.id, user.username, new_password, "new_password");
    UserRepository::SetPassword(tx, user.id, new_hash, false, now);
    int revoked = SessionRepository::RevokeAllForUser(tx, user.id, now, "password_change");
    user.must_change_password = false;
    user.password_change_time = now;
    result = OpenSession(tx, user, info, now);
    AuditRepository::Record(tx, AuditWho::From(actor),
                            {"auth.password_change",
                             "user",
                             user.id,
                             "",
                             AuditOutcome::kOk,
                             {{"sessions_revoked", revoked}, {"new_session_id", result.session_id}}});
  });
  return result;
}

}  // namespace crm::usecases
