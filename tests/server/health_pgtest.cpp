// Health follows the database: NOT_SERVING within 2 s of losing it, SERVING
// again after it returns; calls during the outage fail fast with UNAVAILABLE.
#include <gtest/gtest.h>

#include "crm/v1/org.grpc.pb.h"
#include "grpc/health/v1/health.grpc.pb.h"
#include "support/test_server.h"

using namespace std::chrono_literals;
using grpc::health::v1::HealthCheckResponse;

namespace {

HealthCheckResponse::ServingStatus Check(grpc::health::v1::Health::Stub& stub) {
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + 2s);
  grpc::health::v1::HealthCheckRequest req;
  HealthCheckResponse resp;
  auto s = stub.Check(&ctx, req, &resp);
  if (!s.ok()) return HealthCheckResponse::UNKNOWN;
  return resp.status();
}

// Polls until the status is reached; returns how long it took, or -1.
double WaitFor(grpc::health::v1::Health::Stub& stub, HealthCheckResponse::ServingStatus want,
               std::chrono::seconds limit) {
  auto start = std::chrono::steady_clock::now();
  while (std::chrono::steady_clock::now() - start < limit) {
    if (Check(stub) == want) return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::this_thread::sleep_for(50ms);
  }
  return -1;
}

}  // namespace

TEST(Health, FollowsTheDatabase) {
  crm::testing::PgCluster cluster;  // this test stops its own cluster
  crm::testing::TestServerOptions o;
  o.cluster = &cluster;
  crm::testing::TestServer server(o);
  server.CreateUser("manager1", "ACCOUNT_MANAGER", "T1", crm::testing::TestServer::kPassword);
  auto channel = server.Channel();
  auto health = grpc::health::v1::Health::NewStub(channel);
  EXPECT_EQ(Check(*health), HealthCheckResponse::SERVING);
  auto token = crm::testing::LoginOrDie(*channel, "manager1", crm::testing::TestServer::kPassword);

  cluster.pg().Stop();
  double took = WaitFor(*health, HealthCheckResponse::NOT_SERVING, 10s);
  ASSERT_GE(took, 0) << "health never went NOT_SERVING";
  EXPECT_LE(took, 2.0) << "NOT_SERVING must follow within 2 s";

  // A call now fails fast with UNAVAILABLE instead of hanging.
  auto org = crm::v1::OrgService::NewStub(channel);
  auto ctx = crm::testing::AuthedContext(token, 5000);
  crm::v1::ListBranchesResponse resp;
  auto started = std::chrono::steady_clock::now();
  auto s = org->ListBranches(ctx.get(), {}, &resp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAVAILABLE) << s.error_message();
  EXPECT_LT(std::chrono::steady_clock::now() - started, 5s);

  cluster.pg().Start();
  EXPECT_GE(WaitFor(*health, HealthCheckResponse::SERVING, 10s), 0) << "health never came back";
  // And real work resumes on fresh connections.
  auto ctx2 = crm::testing::AuthedContext(token, 5000);
  EXPECT_TRUE(org->ListBranches(ctx2.get(), {}, &resp).ok());
}
