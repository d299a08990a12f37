// The request transaction (usecases/request_tx.h, ADR 0015) against the real
// database: the caller is confirmed in the first batch and only then has an
// actor; events are recorded as that actor; a session that is not live ends
// the work before anything of it is used, with the session's own refusal.
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "common/error.h"
#include "storage/connection_pool.h"
#include "storage/migrator.h"
#include "storage/statements.h"
#include "support/pg_cluster.h"
#include "usecases/auth_manager.h"
#include "usecases/request_tx.h"
#include "usecases/user_admin.h"

using namespace std::chrono_literals;
using crm::Error;
using crm::usecases::Caller;

namespace {

constexpr const char* kPassword = "Corr3ct-Horse-9";
constexpr crm::storage::Statement kActingUser{"test_acting_user", "SELECT current_setting('crm.actor_id', true)"};

class RequestTxTest : public ::testing::Test {
 protected:
  void SetUp() override {
    crm::testing::InstallTestAuditSigner();
    conninfo_ = crm::testing::PgCluster::Shared().NewDatabase();
    pqxx::connection c(conninfo_);
    crm::storage::Migrator(crm::testing::MigrationsDir()).Up(c);
    pool_ = std::make_unique<crm::storage::ConnectionPool>(conninfo_, 2);
    {  // the test's own statement, on both of the pool's connections
      auto a = pool_->Acquire();
      auto b = pool_->Acquire();
      for (auto* lease : {&a, &b}) lease->conn().prepare(kActingUser.name, kActingUser.sql);
    }
    settings_.scrypt.log2_n = 10;
    auth_ = std::make_unique<crm::usecases::AuthManager>(*pool_, clock_, settings_);
    admin_ = std::make_unique<crm::usecases::UserAdmin>(*pool_, clock_, settings_, "test");
    admin_->CreateBranch("B1", "Branch");
    admin_->CreateTeam("B1", "T1", "Team");
    admin_->CreateUser({"manager1", "Manager One", "ACCOUNT_MANAGER", "B1", "T1", kPassword, false});
  }

  Caller WithToken(const std::string& token) {
    crm::storage::TxOptions options;
    return Caller::WithSession(*auth_, token, clock_.Now(), {"ipv4:127.0.0.1:1", "req-1"}, *pool_, options);
  }
  std::string Login() { return auth_->Login("manager1", kPassword, {}).access_token; }

  // Runs a body that reads the acting user in its first batch and records an
  // event; returns the reason it was refused with ("OK" when it ran).
  std::string Run(Caller& caller, int* bodies_confirmed, std::string* acting_user = nullptr) {
    try {
      caller.Transact([&](crm::usecases::RequestTx& request) {
        const size_t at = request.queue().Queue(kActingUser, {});
        auto [tx, results] = request.Send();
        ++*bodies_confirmed;
        if (acting_user) *acting_user = results[at][0][0].as<std::string>();
        tx.QueueAudit({"test.read", "customer", "", "", crm::storage::AuditOutcome::kOk, {}});
        tx.Commit();
      });
    } catch (const Error& e) {
      return crm::ReasonName(e.reason());
    }
    return "OK";
  }

  int Count(const std::string& sql) {
    pqxx::connection c(conninfo_);
    pqxx::read_transaction tx(c);
    return tx.exec(sql)[0][0].as<int>();
  }

  std::string conninfo_;
  crm::FakeClock clock_;
  crm::usecases::AuthSettings settings_;
  std::unique_ptr<crm::storage::ConnectionPool> pool_;
  std::unique_ptr<crm::usecases::AuthManager> auth_;
  std::unique_ptr<crm::usecases::UserAdmin> admin_;
};

}  // namespace

TEST_F(RequestTxTest, TheSessionIsConfirmedInTheFirstBatchAndTheEventIsItsUsers) {
  auto caller = WithToken(Login());
  EXPECT_EQ(caller.confirmed(), nullptr);  // nothing known before the first batch
  int confirmed = 0;
  std::string acting;
  ASSERT_EQ(Run(caller, &confirmed, &acting), "OK");
  EXPECT_EQ(confirmed, 1);  // the body ran once
  ASSERT_NE(caller.confirmed(), nullptr);
  EXPECT_EQ(caller.confirmed()->username, "manager1");
  EXPECT_EQ(acting, caller.confirmed()->user_id);  // row-level security acted as them in that same batch
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail a JOIN app_user u ON u.id = a.actor_user_id "
                  "WHERE a.action = 'test.read' AND u.username = 'manager1' AND a.request_id = 'req-1'"),
            1);
}

TEST_F(RequestTxTest, ADeadSessionNeverReachesTheWorkAndHearsItsOwnReason) {
  int confirmed = 0;
  auto none = WithToken("");
  EXPECT_EQ(Run(none, &confirmed), "SESSION_MISSING");
  auto forged = WithToken(std::string(43, 'A'));
  EXPECT_EQ(Run(forged, &confirmed), "SESSION_REVOKED");
  EXPECT_EQ(confirmed, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'test.read'"), 0);
}

TEST_F(RequestTxTest, AnIdleSessionEndsWithItsEvent) {
  const std::string token = Login();
  clock_.Advance(601s);
  auto caller = WithToken(token);
  int confirmed = 0;
  EXPECT_EQ(Run(caller, &confirmed), "SESSION_EXPIRED");
  EXPECT_EQ(confirmed, 0);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'auth.session_expired'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'test.read'"), 0);
}

TEST_F(RequestTxTest, TheSessionsRefusalComesBeforeTheBodysOwnError) {
  auto fails_before_send = [](Caller& caller) {
    try {
      caller.Transact([](crm::usecases::RequestTx&) { throw Error::InvalidField("id", "is not a client id"); });
    } catch (const Error& e) {
      return crm::ReasonName(e.reason());
    }
    return std::string("OK");
  };
  auto forged = WithToken(std::string(43, 'A'));
  EXPECT_EQ(fails_before_send(forged), "SESSION_REVOKED");
  auto live = WithToken(Login());
  EXPECT_EQ(fails_before_send(live), "VALIDATION_FAILED");  // a signed-in caller hears about the input
}

TEST_F(RequestTxTest, WhoMayNotCallHearsThatBeforeAnythingElse) {
  auto reason_of = [](const std::function<void()>& f) {
    try {
      f();
    } catch (const Error& e) {
      return crm::ReasonName(e.reason());
    }
    return std::string("OK");
  };
  auto forged = WithToken(std::string(43, 'A'));
  EXPECT_EQ(reason_of([&] { forged.Require(crm::domain::Action::kTierPolicyManage); }), "SESSION_REVOKED");
  auto manager = WithToken(Login());
  EXPECT_EQ(reason_of([&] { manager.Require(crm::domain::Action::kTierPolicyManage); }), "PERMISSION_DENIED");
  EXPECT_EQ(reason_of([&] { manager.Require(crm::domain::Action::kCustomerRead); }), "OK");
  ASSERT_NE(manager.confirmed(), nullptr);  // the session was checked on the way
  EXPECT_EQ(manager.confirmed()->username, "manager1");
}

TEST_F(RequestTxTest, AnExpiredPasswordAllowsNoWork) {
  clock_.Advance(24h * 91);
  auto caller = WithToken(Login());
  int confirmed = 0;
  EXPECT_EQ(Run(caller, &confirmed), "PASSWORD_EXPIRED");
  EXPECT_EQ(confirmed, 0);
}

TEST_F(RequestTxTest, AClassicTransactionActsAsTheConfirmedCaller) {
  auto caller = WithToken(Login());
  std::string acting;
  caller.TransactWork([&](crm::usecases::WorkTx& tx) {
    acting = tx.work().exec1("SELECT current_setting('crm.actor_id', true)")[0].as<std::string>();
    tx.Audit({"test.write", "customer", "", "", crm::storage::AuditOutcome::kOk, {}});
  });
  ASSERT_NE(caller.confirmed(), nullptr);
  EXPECT_EQ(acting, caller.confirmed()->user_id);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail a JOIN app_user u ON u.id = a.actor_user_id "
                  "WHERE a.action = 'test.write' AND u.username = 'manager1'"),
            1);
}
