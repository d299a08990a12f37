// The request path through a real in-process server over TLS: every RPC but
// Login needs a valid bearer token; errors carry typed details.
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "crm/v1/auth.grpc.pb.h"
#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/org.grpc.pb.h"
#include "support/test_server.h"

using namespace std::chrono_literals;
using crm::testing::AuthedContext;
using crm::testing::ErrorReason;
using crm::testing::TestServer;

class InterceptorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    crm::testing::TestServerOptions o;
    o.clock = &clock_;
    server_ = std::make_unique<TestServer>(o);
    server_->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    channel_ = server_->Channel();
    auth_ = crm::v1::AuthService::NewStub(channel_);
    org_ = crm::v1::OrgService::NewStub(channel_);
  }

  grpc::Status ListBranches(const std::string& token) {
    auto ctx = token.empty() ? std::make_unique<grpc::ClientContext>() : AuthedContext(token);
    crm::v1::ListBranchesRequest req;
    crm::v1::ListBranchesResponse resp;
    return org_->ListBranches(ctx.get(), req, &resp);
  }

  // 91 days on (passwords expire after 90), manager1 signs in.
  grpc::Status LoginAfterPasswordExpiry(crm::v1::LoginResponse* login) {
    clock_.Advance(std::chrono::hours(24 * 91));
    grpc::ClientContext ctx;
    crm::v1::LoginRequest req;
    req.set_username("manager1");
    req.set_password(TestServer::kPassword);
    return auth_->Login(&ctx, req, login);
  }

  crm::FakeClock clock_;
  std::unique_ptr<TestServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<crm::v1::AuthService::Stub> auth_;
  std::unique_ptr<crm::v1::OrgService::Stub> org_;
};

TEST_F(InterceptorTest, NoTokenIsUnauthenticated) {
  auto s = ListBranches("");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(s), "SESSION_MISSING");
}

TEST_F(InterceptorTest, AForgedTokenIsUnauthenticated) {
  auto s = ListBranches(std::string(43, 'A'));
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(s), "SESSION_REVOKED");
  EXPECT_EQ(ListBranches("not-even-a-token").error_code(), grpc::StatusCode::UNAUTHENTICATED);
}

TEST_F(InterceptorTest, AValidTokenPasses) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  auto ctx = AuthedContext(token);
  crm::v1::ListBranchesResponse resp;
  auto s = org_->ListBranches(ctx.get(), {}, &resp);
  ASSERT_TRUE(s.ok()) << s.error_message();
  ASSERT_EQ(resp.branches_size(), 1);
  EXPECT_EQ(resp.branches(0).code(), "B1");
}

TEST_F(InterceptorTest, AnExpiredTokenIsUnauthenticated) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  clock_.Advance(601s);
  auto s = ListBranches(token);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(s), "SESSION_EXPIRED");
}

TEST_F(InterceptorTest, ARevokedTokenIsUnauthenticated) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  auto ctx = AuthedContext(token);
  crm::v1::LogoutResponse out;
  ASSERT_TRUE(auth_->Logout(ctx.get(), {}, &out).ok());
  auto s = ListBranches(token);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(s), "SESSION_REVOKED");
}

TEST_F(InterceptorTest, WhoAmIReportsTheSignedInUser) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  auto ctx = AuthedContext(token);
  crm::v1::WhoAmIResponse me;
  ASSERT_TRUE(auth_->WhoAmI(ctx.get(), {}, &me).ok());
  EXPECT_EQ(me.user().username(), "manager1");
  EXPECT_EQ(me.user().role(), crm::v1::ACCOUNT_MANAGER);
  EXPECT_EQ(me.team_name(), "Team One");
  EXPECT_EQ(me.branch_name(), "Branch One");
}

TEST_F(InterceptorTest, AnExpiredPasswordAllowsOnlyThePasswordChange) {
  crm::v1::LoginResponse login;
  ASSERT_TRUE(LoginAfterPasswordExpiry(&login).ok());
  EXPECT_TRUE(login.password_change_required());
  auto s = ListBranches(login.access_token());
  EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ErrorReason(s), "PASSWORD_EXPIRED");

  auto ctx = AuthedContext(login.access_token());
  crm::v1::ChangePasswordRequest change;
  change.set_current_password(TestServer::kPassword);
  change.set_new_password("Brand-New-Pass-7");
  crm::v1::ChangePasswordResponse changed;
  ASSERT_TRUE(auth_->ChangePassword(ctx.get(), change, &changed).ok());
  EXPECT_TRUE(ListBranches(changed.access_token()).ok());
}

TEST_F(InterceptorTest, LoginErrorsNameTheFields) {
  grpc::ClientContext ctx;
  crm::v1::LoginResponse resp;
  auto s = auth_->Login(&ctx, {}, &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(crm::testing::ViolationFields(s), (std::vector<std::string>{"username", "password"}));
}

TEST_F(InterceptorTest, ListUsersPagesWithOpaqueTokens) {
  for (int i = 0; i < 5; ++i)
    server_->CreateUser("user" + std::to_string(i), "ACCOUNT_MANAGER", "T2", TestServer::kPassword);
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  std::vector<std::string> names;
  std::string page;
  int pages = 0;
  do {
    auto ctx = AuthedContext(token);
    crm::v1::ListUsersRequest req;
    req.set_page_size(2);
    req.set_page_token(page);
    crm::v1::ListUsersResponse resp;
    ASSERT_TRUE(org_->ListUsers(ctx.get(), req, &resp).ok());
    for (const auto& u : resp.users()) names.push_back(u.username());
    page = resp.next_page_token();
    ++pages;
  } while (!page.empty() && pages < 10);
  EXPECT_EQ(names, (std::vector<std::string>{"manager1", "user0", "user1", "user2", "user3", "user4"}));
  EXPECT_EQ(pages, 3);

  auto ctx = AuthedContext(token);
  crm::v1::ListUsersRequest bad;
  bad.set_page_size(501);
  crm::v1::ListUsersResponse resp;
  auto s = org_->ListUsers(ctx.get(), bad, &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(crm::testing::ViolationFields(s), std::vector<std::string>{"page_size"});
}

TEST_F(InterceptorTest, NoPasswordOrTokenReachesTheAuditDetails) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  grpc::ClientContext ctx;
  crm::v1::LoginRequest req;
  req.set_username("manager1");
  req.set_password("Wrong-Password-1");
  crm::v1::LoginResponse resp;
  (void)auth_->Login(&ctx, req, &resp);
  pqxx::connection c(server_->conninfo());
  pqxx::read_transaction tx(c);
  auto n = tx.exec_params(
                 "SELECT count(*) FROM audit_trail WHERE details::text LIKE '%' || $1 || '%' OR details::text LIKE '%' "
                 "|| $2 || '%' "
                 "OR details::text LIKE '%' || $3 || '%'",
                 TestServer::kPassword, "Wrong-Password-1", token)[0][0]
               .as<int>();
  EXPECT_EQ(n, 0);
}

// GetCustomer and UpdateCustomer check the session inside their first
// pipelined batch (usecases::Caller::Transact, rpc UnaryInBatch); every rule of the usual
// path holds there too, with the same answers and the same events.
class SessionInBatchTest : public InterceptorTest {
 protected:
  static constexpr const char* kSomeId = "00000000-0000-4000-8000-000000000001";

  grpc::Status Get(const std::string& token, const std::string& id = kSomeId) {
    auto ctx = token.empty() ? std::make_unique<grpc::ClientContext>() : AuthedContext(token);
    crm::v1::GetCustomerRequest req;
    req.set_id(id);
    crm::v1::Customer out;
    return customers()->GetCustomer(ctx.get(), req, &out);
  }
  grpc::Status Update(const std::string& token, const std::string& id = kSomeId) {
    auto ctx = token.empty() ? std::make_unique<grpc::ClientContext>() : AuthedContext(token);
    crm::v1::UpdateCustomerRequest req;
    req.mutable_customer()->set_id(id);
    req.mutable_customer()->set_occupation("teacher");
    req.mutable_update_mask()->add_paths("occupation");
    req.set_etag("1");
    crm::v1::Customer out;
    return customers()->UpdateCustomer(ctx.get(), req, &out);
  }
  grpc::Status Search(const std::string& token, const std::string& query) {
    auto ctx = token.empty() ? std::make_unique<grpc::ClientContext>() : AuthedContext(token);
    crm::v1::SearchCustomersRequest req;
    req.set_query(query);
    crm::v1::SearchCustomersResponse out;
    return customers()->SearchCustomers(ctx.get(), req, &out);
  }
  crm::v1::CustomerService::Stub* customers() {
    if (!customers_) customers_ = crm::v1::CustomerService::NewStub(channel_);
    return customers_.get();
  }
  int Count(const std::string& sql) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec(sql)[0][0].as<int>();
  }
  double LastSeen() {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec("SELECT EXTRACT(EPOCH FROM max(last_seen_time)) FROM user_session")[0][0].as<double>();
  }
  std::unique_ptr<crm::v1::CustomerService::Stub> customers_;
};

TEST_F(SessionInBatchTest, ALiveSessionIsTheActingUserAndIsTouched) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  const double before = LastSeen();
  clock_.Advance(10s);
  auto s = Get(token);  // not in scope (no such client): NOT_FOUND, recorded as the signed-in user
  EXPECT_EQ(s.error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail a JOIN app_user u ON u.id = a.actor_user_id "
                  "WHERE a.action = 'customer.view' AND a.outcome = 'denied' AND u.username = 'manager1'"),
            1);
  EXPECT_NEAR(LastSeen() - before, 10.0, 0.01);  // the touch commits with the call
  EXPECT_EQ(Update(token).error_code(), grpc::StatusCode::NOT_FOUND);
  EXPECT_TRUE(Search(token, "13912345678").ok());  // exact (in the batch)
  EXPECT_TRUE(Search(token, "Zhang").ok());        // by name (the usual path)
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'customer.search'"), 2);
}

TEST_F(SessionInBatchTest, NoTokenIsRefusedBeforeTheInputIsLookedAt) {
  auto s = Get("", "not-a-uuid");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(s), "SESSION_MISSING");
  EXPECT_EQ(ErrorReason(Search("", "x")), "SESSION_MISSING");
  s = Update(std::string(43, 'A'), "not-a-uuid");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(s), "SESSION_REVOKED");
  EXPECT_EQ(Get("not-even-a-token").error_code(), grpc::StatusCode::UNAUTHENTICATED);
  // A signed-in caller with bad input hears about the input.
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  s = Get(token, "not-a-uuid");
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(crm::testing::ViolationFields(s), std::vector<std::string>{"id"});
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action LIKE 'customer.%'"), 0);
}

TEST_F(SessionInBatchTest, AnIdleSessionEndsWithItsEventAndReadsNothing) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  auto token2 = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  auto token3 = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  clock_.Advance(601s);
  auto s = Update(token);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(s), "SESSION_EXPIRED");
  EXPECT_EQ(ErrorReason(Search(token2, "13912345678")), "SESSION_EXPIRED");
  EXPECT_EQ(ErrorReason(Search(token3, "Zhang")), "SESSION_EXPIRED");
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'auth.session_expired'"), 3);
  EXPECT_EQ(Count("SELECT count(*) FROM user_session WHERE revoke_time IS NOT NULL"), 3);
  EXPECT_EQ(ErrorReason(Get(token)), "SESSION_REVOKED");
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action LIKE 'customer.%'"), 0);
}

TEST_F(SessionInBatchTest, ALoggedOutOrLockedSessionIsRevoked) {
  auto token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  auto ctx = AuthedContext(token);
  crm::v1::LogoutResponse out;
  ASSERT_TRUE(auth_->Logout(ctx.get(), {}, &out).ok());
  EXPECT_EQ(ErrorReason(Get(token)), "SESSION_REVOKED");

  token = crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec("UPDATE app_user SET disabled = true WHERE username = 'manager1'");
    tx.commit();
  }
  EXPECT_EQ(ErrorReason(Update(token)), "SESSION_REVOKED");
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action LIKE 'customer.%'"), 0);
}

TEST_F(SessionInBatchTest, AnExpiredPasswordAllowsNothingButTheChange) {
  crm::v1::LoginResponse login;
  ASSERT_TRUE(LoginAfterPasswordExpiry(&login).ok());
  for (const auto& s : {Get(login.access_token()), Update(login.access_token())}) {
    EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
    EXPECT_EQ(ErrorReason(s), "PASSWORD_EXPIRED");
  }
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action LIKE 'customer.%'"), 0);
}

TEST_F(SessionInBatchTest, ARoleWithoutClientAccessIsDeniedAndThatIsRecorded) {
  server_->CreateUser("admin1", "ADMIN", "", TestServer::kPassword);
  auto token = crm::testing::LoginOrDie(*channel_, "admin1", TestServer::kPassword);
  for (const auto& s : {Get(token), Update(token)}) EXPECT_EQ(s.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail a JOIN app_user u ON u.id = a.actor_user_id "
                  "WHERE a.action = 'auth.permission_denied' AND u.username = 'admin1'"),
            2);
}
