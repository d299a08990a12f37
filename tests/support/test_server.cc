#include "support/test_server.h"

#include <gtest/gtest.h>
#include <grpcpp/support/error_details.h>

#include "crm/v1/common.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"
#include "security/key_store.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "usecases/user_admin.h"

namespace crm::testing {

TestServer::TestServer(TestServerOptions options) : clock_(options.clock ? options.clock : &system_clock_) {
  PgCluster& cluster = options.cluster ? *options.cluster : PgCluster::Shared();
  dir_ = MakeTempDir("crm-test-srv-");
  conninfo_ = cluster.NewDatabase();
  security::InitTlsFiles(dir_ / "tls", {});
  security::KeyStore(dir_ / "keys").Init();
  config_.listen = "127.0.0.1:0";
  config_.database_url = conninfo_;
  config_.data_dir = dir_.string();
  config_.migrations_dir = MigrationsDir().string();
  config_.tls_cert = (dir_ / "tls" / "server.crt").string();
  config_.tls_key = (dir_ / "tls" / "server.key").string();
  config_.db_pool_size = options.db_pool_size;
  config_.max_queued_calls = options.max_queued_calls;
  config_.health_interval_ms = options.health_interval_ms;
  config_.scrypt_log2_n = 10;  // fast hashing in tests; production default is 15
  config_.shutdown_grace_seconds = 2;
  config_.tier_schedule_hour = -1;  // tests start recomputes themselves
  config_.tier_dirty_interval_ms = 100;
  if (options.configure) options.configure(config_, dir_);
  server_ = std::make_unique<app::CrmServer>(config_, clock_);
  server_->Start();
  port_ = server_->port();

  storage::ConnectionPool pool(conninfo_, 1);
  usecases::UserAdmin admin(pool, *clock_, config_.auth_settings(), "test");
  admin.CreateBranch("B1", "Branch One");
  admin.CreateTeam("B1", "T1", "Team One");
  admin.CreateTeam("B1", "T2", "Team Two");
}

void TestServer::StopServing() { server_.reset(); }

void TestServer::StartServing() {
  config_.listen = "127.0.0.1:" + std::to_string(port_);
  server_ = std::make_unique<app::CrmServer>(config_, clock_);
  server_->Start();
}

TestServer::~TestServer() {
  server_.reset();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::shared_ptr<grpc::Channel> TestServer::Channel() const {
  grpc::SslCredentialsOptions ssl;
  ssl.pem_root_certs = security::ReadFile(ca_path());
  return grpc::CreateChannel(address(), grpc::SslCredentials(ssl));
}

void TestServer::CreateUser(const std::string& username, const std::string& role, const std::string& team,
                            const std::string& password) {
  storage::ConnectionPool pool(conninfo_, 1);
  usecases::UserAdmin admin(pool, *clock_, config_.auth_settings(), "test");
  usecases::CreateUserInput in;
  in.username = username;
  in.display_name = "Test " + username;
  in.role = role;
  in.branch_code = team.empty() ? "" : "B1";
  in.team_code = team;
  in.password = password;
  in.must_change_password = false;
  admin.CreateUser(in);
}

std::map<std::string, std::string> TestServer::CreateSecondBranchAndUsers(const std::vector<OrgUser>& users) {
  {
    storage::ConnectionPool pool(conninfo_, 1);
    usecases::UserAdmin admin(pool, *clock_, config_.auth_settings(), "test");
    admin.CreateBranch("B2", "Branch Two");
    admin.CreateTeam("B2", "T3", "Team Three");
    for (const auto& u : users)
      admin.CreateUser({u.username, std::string("Test ") + u.username, u.role, u.branch, u.team, kPassword, false});
  }
  std::map<std::string, std::string> tokens;
  auto channel = Channel();
  for (const auto& u : users) tokens[u.username] = LoginOrDie(*channel, u.username, kPassword);
  return tokens;
}

std::string LoginOrDie(grpc::Channel& channel, const std::string& username, const std::string& password) {
  auto stub = crm::v1::AuthService::NewStub(std::shared_ptr<grpc::Channel>(&channel, [](grpc::Channel*) {}));
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(10));
  crm::v1::LoginRequest req;
  req.set_username(username);
  req.set_password(password);
  crm::v1::LoginResponse resp;
  auto status = stub->Login(&ctx, req, &resp);
  EXPECT_TRUE(status.ok()) << status.error_message();
  return resp.access_token();
}

namespace {
// Calls fn with each detail of type Detail the status carries.
template <typename Detail, typename Fn>
void EachDetail(const grpc::Status& status, Fn fn) {
  google::rpc::Status details;
  if (!grpc::ExtractErrorDetails(status, &details).ok()) return;
  for (const auto& any : details.details()) {
    Detail d;
    if (any.UnpackTo(&d)) fn(d);
  }
}
}  // namespace

std::string ErrorReason(const grpc::Status& status) {
  std::string reason;
  EachDetail<google::rpc::ErrorInfo>(status, [&](const auto& info) { reason = info.reason(); });
  return reason;
}

std::vector<std::string> ViolationFields(const grpc::Status& status) {
  std::vector<std::string> out;
  EachDetail<google::rpc::BadRequest>(status, [&](const auto& bad) {
    for (const auto& v : bad.field_violations()) out.push_back(v.field());
  });
  return out;
}

std::vector<std::string> FieldProblemCodes(const grpc::Status& status) {
  std::vector<std::string> out;
  EachDetail<crm::v1::FieldProblems>(status, [&](const auto& problems) {
    for (const auto& p : problems.entries())
      out.push_back(p.field() + ":" + crm::v1::FieldProblem::Value_Name(p.problem()));
  });
  return out;
}

std::unique_ptr<grpc::ClientContext> AuthedContext(const std::string& token, int deadline_ms) {
  auto ctx = std::make_unique<grpc::ClientContext>();
  ctx->AddMetadata("authorization", "Bearer " + token);
  ctx->set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(deadline_ms));
  return ctx;
}

}  // namespace crm::testing
