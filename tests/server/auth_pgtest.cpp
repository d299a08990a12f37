// Sign-in rules of regulatory.md section 4 against the real database, with an
// injectable clock: lockout after 5 failures for 300 s, idle timeout 600 s,
// absolute 12 h, tokens revoked by logout / password change / lock.
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "common/error.h"
#include "storage/connection_pool.h"
#include "storage/migrator.h"
#include "support/pg_cluster.h"
#include "usecases/auth_manager.h"
#include "usecases/user_admin.h"

using namespace std::chrono_literals;
using crm::Error;
using crm::FakeClock;
using crm::usecases::AuthManager;
using crm::usecases::AuthSettings;
using crm::usecases::UserAdmin;

namespace {

constexpr const char* kPassword = "Corr3ct-Horse-9";

class AuthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    crm::testing::InstallTestAuditSigner();
    conninfo_ = crm::testing::PgCluster::Shared().NewDatabase();
    pqxx::connection c(conninfo_);
    crm::storage::Migrator(crm::testing::MigrationsDir()).Up(c);
    pool_ = std::make_unique<crm::storage::ConnectionPool>(conninfo_, 4);
    settings_.scrypt.log2_n = 10;
    auth_ = std::make_unique<AuthManager>(*pool_, clock_, settings_);
    admin_ = std::make_unique<UserAdmin>(*pool_, clock_, settings_, "test");
    admin_->CreateBranch("B1", "Branch");
    admin_->CreateTeam("B1", "T1", "Team");
    crm::usecases::CreateUserInput in{"manager1", "Manager One", "ACCOUNT_MANAGER", "B1", "T1", kPassword, false};
    admin_->CreateUser(in);
  }

  std::string Reason(const std::function<void()>& fn) {
    try {
      fn();
    } catch (const Error& e) {
      return crm::ReasonName(e.reason());
    }
    return "OK";
  }

  int CountEvents(const std::string& action) {
    pqxx::connection c(conninfo_);
    pqxx::read_transaction tx(c);
    return tx.exec_params("SELECT count(*) FROM audit_trail WHERE action = $1", action)[0][0].as<int>();
  }

  std::string conninfo_;
  FakeClock clock_;
  AuthSettings settings_;
  std::unique_ptr<crm::storage::ConnectionPool> pool_;
  std::unique_ptr<AuthManager> auth_;
  std::unique_ptr<UserAdmin> admin_;
};

}  // namespace

TEST_F(AuthTest, LoginIssuesATokenThatAuthenticates) {
  auto r = auth_->Login("manager1", kPassword, {"ipv4:127.0.0.1:1", "req-1"});
  EXPECT_EQ(r.access_token.size(), 43u);
  auto actor = auth_->Authenticate(r.access_token, {});
  EXPECT_EQ(actor.username, "manager1");
  EXPECT_EQ(actor.role, crm::domain::Role::kAccountManager);
  EXPECT_EQ(actor.session_id, r.session_id);
  EXPECT_FALSE(actor.team_id.empty());
  EXPECT_EQ(CountEvents("auth.login"), 1);
}

TEST_F(AuthTest, UserNamesAreCaseInsensitive) { EXPECT_NO_THROW(auth_->Login("Manager1", kPassword, {})); }

TEST_F(AuthTest, TheTokenIsStoredOnlyAsItsHash) {
  auto r = auth_->Login("manager1", kPassword, {});
  pqxx::connection c(conninfo_);
  pqxx::read_transaction tx(c);
  auto n = tx.exec_params("SELECT count(*) FROM user_session WHERE encode(token_sha256,'escape') LIKE '%' || $1 || '%'",
                          r.access_token)[0][0]
               .as<int>();
  EXPECT_EQ(n, 0);
}

TEST_F(AuthTest, WrongPasswordAndUnknownUserLookTheSame) {
  std::string known, unknown;
  try {
    auth_->Login("manager1", "Wrong-Password-1", {});
  } catch (const Error& e) {
    known = crm::ReasonName(e.reason()) + "|" + e.what();
  }
  try {
    auth_->Login("nobody-here", "Wrong-Password-1", {});
  } catch (const Error& e) {
    unknown = crm::ReasonName(e.reason()) + "|" + e.what();
  }
  EXPECT_EQ(known, "INVALID_CREDENTIALS|wrong user name or password");
  EXPECT_EQ(known, unknown);
  EXPECT_EQ(CountEvents("auth.login_failed"), 2);
}

TEST_F(AuthTest, FiveFailuresLockForThreeHundredSeconds) {
  for (int i = 1; i <= 4; ++i)
    EXPECT_EQ(Reason([&] { auth_->Login("manager1", "Wrong-Password-1", {}); }), "INVALID_CREDENTIALS") << i;
  // The fifth failure locks.
  EXPECT_EQ(Reason([&] { auth_->Login("manager1", "Wrong-Password-1", {}); }), "ACCOUNT_LOCKED");
  EXPECT_EQ(CountEvents("auth.lockout"), 1);
  // Even the right password is refused while locked, with the time left.
  clock_.Advance(299s);
  try {
    auth_->Login("manager1", kPassword, {});
    FAIL() << "locked account signed in";
  } catch (const Error& e) {
    EXPECT_EQ(crm::ReasonName(e.reason()), "ACCOUNT_LOCKED");
    EXPECT_EQ(e.retry_after().count(), 1);
  }
  clock_.Advance(1s);
  EXPECT_NO_THROW(auth_->Login("manager1", kPassword, {}));
}

TEST_F(AuthTest, UnknownNamesLockTheSameWay) {
  for (int i = 1; i <= 4; ++i) Reason([&] { auth_->Login("ghost-user", "Wrong-Password-1", {}); });
  EXPECT_EQ(Reason([&] { auth_->Login("ghost-user", "Wrong-Password-1", {}); }), "ACCOUNT_LOCKED");
}

TEST_F(AuthTest, ASuccessResetsTheFailureCount) {
  for (int i = 0; i < 4; ++i) Reason([&] { auth_->Login("manager1", "Wrong-Password-1", {}); });
  auth_->Login("manager1", kPassword, {});
  for (int i = 0; i < 4; ++i)
    EXPECT_EQ(Reason([&] { auth_->Login("manager1", "Wrong-Password-1", {}); }), "INVALID_CREDENTIALS");
}

TEST_F(AuthTest, IdleSessionsExpireAfterSixHundredSeconds) {
  auto r = auth_->Login("manager1", kPassword, {});
  clock_.Advance(599s);
  EXPECT_NO_THROW(auth_->Authenticate(r.access_token, {}));  // activity moves the idle window
  clock_.Advance(599s);
  EXPECT_NO_THROW(auth_->Authenticate(r.access_token, {}));
  clock_.Advance(601s);
  EXPECT_EQ(Reason([&] { auth_->Authenticate(r.access_token, {}); }), "SESSION_EXPIRED");
  // And it stays ended.
  EXPECT_EQ(Reason([&] { auth_->Authenticate(r.access_token, {}); }), "SESSION_REVOKED");
  EXPECT_EQ(CountEvents("auth.session_expired"), 1);
}

// Authentication is one statement (UserRepository::Authenticate): it moves
// last_seen_time at most every 5 seconds, and never for a session that has
// ended or whose user is locked.
TEST_F(AuthTest, TheSessionIsTouchedAtMostEveryFiveSecondsAndOnlyWhileLive) {
  auto r = auth_->Login("manager1", kPassword, {});
  auto last_seen = [&] {
    pqxx::connection c(conninfo_);
    pqxx::read_transaction tx(c);
    return tx.exec("SELECT EXTRACT(EPOCH FROM last_seen_time)::float8 FROM user_session")[0][0].as<double>();
  };
  const double t0 = last_seen();
  clock_.Advance(3s);
  ASSERT_NO_THROW(auth_->Authenticate(r.access_token, {}));
  EXPECT_DOUBLE_EQ(last_seen(), t0);  // within 5 s: not written
  clock_.Advance(3s);
  ASSERT_NO_THROW(auth_->Authenticate(r.access_token, {}));
  EXPECT_NEAR(last_seen(), t0 + 6, 0.001);
  admin_->Lock("manager1");
  clock_.Advance(10s);
  EXPECT_EQ(Reason([&] { auth_->Authenticate(r.access_token, {}); }), "SESSION_REVOKED");
  EXPECT_NEAR(last_seen(), t0 + 6, 0.001);  // a locked user's session is not touched
  admin_->Unlock("manager1");
  auto r2 = auth_->Login("manager1", kPassword, {});
  pqxx::connection c(conninfo_);
  pqxx::work w(c);
  w.exec0("DELETE FROM user_session WHERE revoke_time IS NOT NULL");
  w.commit();
  const double t1 = last_seen();
  clock_.Advance(601s);
  EXPECT_EQ(Reason([&] { auth_->Authenticate(r2.access_token, {}); }), "SESSION_EXPIRED");
  EXPECT_NEAR(last_seen(), t1, 0.001);  // an idle session ends untouched
}

TEST_F(AuthTest, SessionsEndAfterTwelveHoursWhateverTheActivity) {
  auto r = auth_->Login("manager1", kPassword, {});
  for (int i = 0; i < 24 * 6; ++i) {  // every 5 minutes for 12 hours
    clock_.Advance(300s);
    if (i < 24 * 6 - 1) {
      ASSERT_NO_THROW(auth_->Authenticate(r.access_token, {})) << i;
    }
  }
  EXPECT_EQ(Reason([&] { auth_->Authenticate(r.access_token, {}); }), "SESSION_EXPIRED");
}

TEST_F(AuthTest, LogoutRevokesTheToken) {
  auto r = auth_->Login("manager1", kPassword, {});
  auth_->Logout(auth_->Authenticate(r.access_token, {}));
  EXPECT_EQ(Reason([&] { auth_->Authenticate(r.access_token, {}); }), "SESSION_REVOKED");
  EXPECT_EQ(CountEvents("auth.logout"), 1);
}

TEST_F(AuthTest, LockingAUserEndsTheirSessions) {
  auto r = auth_->Login("manager1", kPassword, {});
  admin_->Lock("manager1");
  EXPECT_EQ(Reason([&] { auth_->Authenticate(r.access_token, {}); }), "SESSION_REVOKED");
  EXPECT_EQ(Reason([&] { auth_->Login("manager1", kPassword, {}); }), "ACCOUNT_DISABLED");
  admin_->Unlock("manager1");
  EXPECT_NO_THROW(auth_->Login("manager1", kPassword, {}));
}

TEST_F(AuthTest, PasswordChangeRevokesEverySessionAndHonoursHistory) {
  auto a = auth_->Login("manager1", kPassword, {});
  auto b = auth_->Login("manager1", kPassword, {});
  auto actor = auth_->Authenticate(a.access_token, {});
  auto changed = auth_->ChangePassword(actor, kPassword, "Second-Passw0rd");
  EXPECT_EQ(Reason([&] { auth_->Authenticate(a.access_token, {}); }), "SESSION_REVOKED");
  EXPECT_EQ(Reason([&] { auth_->Authenticate(b.access_token, {}); }), "SESSION_REVOKED");
  auto me = auth_->Authenticate(changed.access_token, {});
  // The first password is among the last five: refused, naming the field.
  try {
    auth_->ChangePassword(me, "Second-Passw0rd", kPassword);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(crm::ReasonName(e.reason()), "PASSWORD_POLICY");
    ASSERT_FALSE(e.violations().empty());
    EXPECT_EQ(e.violations()[0].field, "new_password");
  }
  EXPECT_EQ(Reason([&] { auth_->ChangePassword(me, "wrong-Current-1", "Third-Passw0rd!"); }), "VALIDATION_FAILED");
  EXPECT_EQ(Reason([&] { auth_->ChangePassword(me, "Second-Passw0rd", "short"); }), "PASSWORD_POLICY");
}

TEST_F(AuthTest, PasswordsExpireAfterNinetyDays) {
  clock_.Advance(std::chrono::hours(24 * 91));
  auto r = auth_->Login("manager1", kPassword, {});
  EXPECT_TRUE(r.password_change_required);
  EXPECT_TRUE(auth_->Authenticate(r.access_token, {}).must_change_password);
}

TEST_F(AuthTest, BadInputNamesTheFieldAndChangesNothing) {
  try {
    auth_->Login("", "", {});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), crm::ErrorCode::kInvalidArgument);
    ASSERT_EQ(e.violations().size(), 2u);
    EXPECT_EQ(e.violations()[0].field, "username");
    EXPECT_EQ(e.violations()[1].field, "password");
  }
  EXPECT_EQ(CountEvents("auth.login_failed"), 0);
}

// Events not yet sealed into the chain are append-only too.
TEST_F(AuthTest, AuditEventsAreAppendOnly) {
  auth_->Login("manager1", kPassword, {});
  pqxx::connection c(conninfo_);
  {
    pqxx::work tx(c);
    EXPECT_THROW(tx.exec0("UPDATE audit_pending SET outcome = 'ok'"), pqxx::sql_error);
  }
  {
    pqxx::work tx(c);
    EXPECT_THROW(tx.exec0("DELETE FROM audit_pending"), pqxx::sql_error);
  }
  {
    pqxx::work tx(c);
    EXPECT_THROW(tx.exec0("TRUNCATE audit_pending"), pqxx::sql_error);
  }
  EXPECT_EQ(CountEvents("auth.login"), 1);
}
