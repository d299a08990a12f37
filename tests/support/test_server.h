// An in-process crm-server over TLS on a free loopback port, on its own
// database in the shared test cluster (or a cluster the test owns).
#pragma once

#include <grpcpp/grpcpp.h>

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/server.h"
#include "common/clock.h"
#include "crm/v1/auth.grpc.pb.h"
#include "support/pg_cluster.h"

namespace crm::testing {

struct TestServerOptions {
  const Clock* clock = nullptr;
  PgCluster* cluster = nullptr;  // default: the shared one
  int health_interval_ms = 200;
  int db_pool_size = 4;
  int max_queued_calls = 64;
  // Changes the configuration before the server starts (dir: its data dir,
  // with tls/ and keys/ made).
  std::function<void(app::ServerConfig&, const std::filesystem::path& dir)> configure;
};

class TestServer {
 public:
  explicit TestServer(TestServerOptions options = {});
  ~TestServer();

  std::shared_ptr<grpc::Channel> Channel() const;
  std::string address() const { return "127.0.0.1:" + std::to_string(port_); }
  // Stops the server (as a restart does), keeping its database and port;
  // StartServing brings it back on the same address.
  void StopServing();
  void StartServing();
  std::string ca_path() const { return (dir_ / "tls" / "ca.crt").string(); }
  const std::string& conninfo() const { return conninfo_; }
  app::CrmServer& server() { return *server_; }
  const app::ServerConfig& config() const { return config_; }

  // Creates users directly (as crm-admin would). Default org: branch B1, teams T1, T2.
  void CreateUser(const std::string& username, const std::string& role, const std::string& team,
                  const std::string& password);
  static constexpr const char* kPassword = "Corr3ct-Horse-9";

  // A second branch B2 with team T3, then each user (password kPassword) in
  // the branch and team given ("" for none), as crm-admin would; each user
  // then signs in. Returns username -> access token.
  struct OrgUser {
    const char* username;
    const char* role;
    const char* branch;
    const char* team;
  };
  std::map<std::string, std::string> CreateSecondBranchAndUsers(const std::vector<OrgUser>& users);

 private:
  std::filesystem::path dir_;

 public:
  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::string conninfo_;
  app::ServerConfig config_;
  std::unique_ptr<app::CrmServer> server_;
  int port_ = 0;
  SystemClock system_clock_;
  const Clock* clock_;
};

// Sign-in helper: returns the token or fails the calling test.
std::string LoginOrDie(grpc::Channel& channel, const std::string& username, const std::string& password);
// ErrorInfo.reason from a failed status ("" when absent).
std::string ErrorReason(const grpc::Status& status);
// The fields named in BadRequest violations.
std::vector<std::string> ViolationFields(const grpc::Status& status);
// The crm.v1.FieldProblems detail as "field:PROBLEM" (the codes the workstation words).
std::vector<std::string> FieldProblemCodes(const grpc::Status& status);
std::unique_ptr<grpc::ClientContext> AuthedContext(const std::string& token, int deadline_ms = 5000);

}  // namespace crm::testing
