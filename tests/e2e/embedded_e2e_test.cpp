// The real crm-server binary on its embedded PostgreSQL (no --database-url),
// as `deploy/local/run.sh` runs it: the server owns that cluster. Issue 23:
// when the cluster's postmaster is killed the server starts it again and
// serves once crash recovery is done, without a restart of its own; a
// cluster left running by a killed server is adopted and stopped with the
// next server like one it started.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <pqxx/pqxx>

#include "crm/v1/auth.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "security/tls_files.h"
#include "storage/embedded_postgres.h"
#include "support/pg_cluster.h"
#include "support/process.h"
#include "support/test_server.h"

using namespace std::chrono_literals;
using grpc::health::v1::HealthCheckResponse;

namespace {

using crm::testing::Process;
using crm::testing::ReadUntil;
using crm::testing::RunToEnd;
using crm::testing::Spawn;

// Running (a zombie nobody has reaped yet counts as gone).
bool Alive(pid_t pid) {
  if (pid <= 0 || kill(pid, 0) != 0) return false;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_text, name, state;
  stat >> pid_text >> name >> state;
  return state != "Z";
}

class EmbeddedE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    // The prefix deploy/local/test.sh clears after a crashed run.
    dir_ = crm::testing::MakeTempDir("crm-test-srv-embedded-");
    ::chmod(dir_.c_str(), 0755);  // the postgres user must reach <dir>/pg
  }
  void TearDown() override {
    if (server_.pid > 0) {
      kill(server_.pid, SIGKILL);
      waitpid(server_.pid, nullptr, 0);
    }
    // Whatever this test left running on its data directory is stopped, and
    // the directory removed.
    try {
      crm::storage::EmbeddedPostgresOptions o;
      o.base_dir = dir_ / "pg";
      crm::storage::EmbeddedPostgres pg(o);
      if (pg.running()) pg.Stop();
    } catch (const std::exception& e) {
      ADD_FAILURE() << "stopping the test's cluster: " << e.what();
    }
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  void StartServer() {
    log_.clear();
    server_ = Spawn({CRM_SERVER_BINARY, "--listen", "127.0.0.1:0", "--data-dir", dir_.string(), "--migrations-dir",
                     crm::testing::MigrationsDir().string(), "--scrypt-log2-n", "10", "--no-demo-seed",
                     "--health-interval-ms", "200"});
    std::string ready = ReadUntil(server_.out_fd, "READY port=", log_, 120s);
    ASSERT_FALSE(ready.empty()) << "server did not start:\n" << log_;
    const int port = std::stoi(ready.substr(std::string("READY port=").size()));
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = crm::security::ReadFile(dir_ / "tls" / "ca.crt");
    channel_ = grpc::CreateChannel("localhost:" + std::to_string(port), grpc::SslCredentials(ssl));
    health_ = grpc::health::v1::Health::NewStub(channel_);
  }

  // SIGTERM and the exit code.
  int StopServer() {
    kill(server_.pid, SIGTERM);
    int status = 0;
    waitpid(server_.pid, &status, 0);
    server_.pid = -1;
    std::string rest;
    ReadUntil(server_.out_fd, "\x01never", rest, 2s);
    log_ += rest;
    close(server_.out_fd);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  void KillServer() {
    kill(server_.pid, SIGKILL);
    waitpid(server_.pid, nullptr, 0);
    server_.pid = -1;
    close(server_.out_fd);
  }

  // The postmaster's PID from its lock file (-1 when there is none).
  pid_t Postmaster() const {
    std::ifstream in(dir_ / "pg" / "data" / "postmaster.pid");
    pid_t pid = -1;
    if (!(in >> pid)) return -1;
    return pid;
  }

  HealthCheckResponse::ServingStatus Health() {
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + 2s);
    HealthCheckResponse resp;
    if (!health_->Check(&ctx, {}, &resp).ok()) return HealthCheckResponse::UNKNOWN;
    return resp.status();
  }

  // Seconds until health reaches want, or -1 after limit.
  double WaitForHealth(HealthCheckResponse::ServingStatus want, std::chrono::seconds limit) {
    const auto start = std::chrono::steady_clock::now();
    while (std::chrono::steady_clock::now() - start < limit) {
      if (Health() == want) return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::this_thread::sleep_for(100ms);
    }
    return -1;
  }

  // A call that needs the database: a sign-in with a wrong password is
  // refused by a lookup (UNAUTHENTICATED), not UNAVAILABLE.
  grpc::StatusCode SignInCode() {
    auto stub = crm::v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + 10s);
    crm::v1::LoginRequest req;
    req.set_username("nobody");
    req.set_password("Not-The-Password-1");
    crm::v1::LoginResponse resp;
    return stub->Login(&ctx, req, &resp).error_code();
  }

  std::filesystem::path dir_;
  Process server_;
  std::string log_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<grpc::health::v1::Health::Stub> health_;
};

}  // namespace

TEST_F(EmbeddedE2E, KilledPostmasterIsStartedAgainAndTheServerServesWithoutARestart) {
  StartServer();
  ASSERT_EQ(Health(), HealthCheckResponse::SERVING);
  ASSERT_EQ(SignInCode(), grpc::StatusCode::UNAUTHENTICATED);
  const pid_t first = Postmaster();
  ASSERT_GT(first, 0);

  ASSERT_EQ(kill(first, SIGKILL), 0);
  EXPECT_GE(WaitForHealth(HealthCheckResponse::NOT_SERVING, 10s), 0) << "health never went NOT_SERVING\n" << log_;
  // Serving again within the time crash recovery takes (plus the backoff
  // while the dead postmaster's children let go of its shared memory).
  const double back = WaitForHealth(HealthCheckResponse::SERVING, 90s);
  std::string more;
  ReadUntil(server_.out_fd, "\x01never", more, 1s);
  log_ += more;
  ASSERT_GE(back, 0) << "the server never brought its database back:\n" << log_;
  std::cout << "serving again " << back << " s after NOT_SERVING" << std::endl;
  const pid_t second = Postmaster();
  EXPECT_GT(second, 0);
  EXPECT_NE(second, first);
  EXPECT_TRUE(Alive(server_.pid)) << "the server itself must not have restarted";
  EXPECT_EQ(SignInCode(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_NE(log_.find("starting it again"), std::string::npos) << log_;

  // On record: the server restarted its database.
  {
    pqxx::connection c("host=" + (dir_ / "pg" / "run").string() + " port=5432 user=postgres dbname=crm");
    int events = 0;
    for (int i = 0; i < 50 && events == 0; ++i) {
      pqxx::read_transaction tx(c);
      events = tx.exec(
                     "SELECT count(*) FROM audit_trail WHERE action = 'server.database_restarted' AND "
                     "actor_username = 'crm-server'")[0][0]
                   .as<int>();
      if (events == 0) std::this_thread::sleep_for(100ms);
    }
    EXPECT_EQ(events, 1);
  }

  // And it stops with the server.
  EXPECT_EQ(StopServer(), 0) << log_;
  for (int i = 0; i < 50 && Alive(second); ++i) std::this_thread::sleep_for(100ms);
  EXPECT_FALSE(Alive(second)) << "the restarted cluster outlived the server";
}

TEST_F(EmbeddedE2E, ClusterLeftByAKilledServerIsAdoptedAndStoppedWithTheNextOne) {
  StartServer();
  const pid_t postmaster = Postmaster();
  ASSERT_GT(postmaster, 0);
  KillServer();
  ASSERT_TRUE(Alive(postmaster)) << "kill -9 of the server leaves its cluster running";

  StartServer();
  EXPECT_EQ(Postmaster(), postmaster) << "the running cluster is adopted, not started again";
  EXPECT_NE(log_.find("adopted the embedded database"), std::string::npos) << log_;
  EXPECT_EQ(SignInCode(), grpc::StatusCode::UNAUTHENTICATED);

  // crm-admin works beside the running server and leaves the cluster up.
  auto admin =
      RunToEnd({CRM_ADMIN_BINARY, "--data-dir", dir_.string(), "--migrations-dir",
                crm::testing::MigrationsDir().string(), "org", "branch", "create", "B9", "--name", "Branch Nine"});
  EXPECT_EQ(admin.first, 0) << admin.second;
  EXPECT_TRUE(Alive(postmaster));
  EXPECT_EQ(SignInCode(), grpc::StatusCode::UNAUTHENTICATED);

  EXPECT_EQ(StopServer(), 0) << log_;
  for (int i = 0; i < 50 && Alive(postmaster); ++i) std::this_thread::sleep_for(100ms);
  EXPECT_FALSE(Alive(postmaster)) << "an adopted cluster is stopped like one the server started";
  EXPECT_FALSE(std::filesystem::exists(dir_ / "pg" / "data" / "postmaster.pid"));
}
