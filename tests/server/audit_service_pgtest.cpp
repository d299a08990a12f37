// crm.v1.AuditService through a real in-process server over TLS: compliance
// only, every read recorded, denials recorded, verify and export.
#include <gtest/gtest.h>

#include <pqxx/pqxx>

#include "crm/v1/audit.grpc.pb.h"
#include "crm/v1/auth.grpc.pb.h"
#include "support/test_server.h"

using crm::testing::AuthedContext;
using crm::testing::TestServer;

class AuditServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = std::make_unique<TestServer>();
    server_->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    server_->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    server_->CreateUser("admin1", "ADMIN", "", TestServer::kPassword);
    channel_ = server_->Channel();
    audit_ = crm::v1::AuditService::NewStub(channel_);
    compliance_ = crm::testing::LoginOrDie(*channel_, "compliance1", TestServer::kPassword);
  }

  int Count(const std::string& action) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec_params("SELECT count(*) FROM audit_trail WHERE action = $1", action)[0][0].as<int>();
  }

  std::unique_ptr<TestServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<crm::v1::AuditService::Stub> audit_;
  std::string compliance_;
};

TEST_F(AuditServiceTest, OnlyComplianceMayReadAndEveryDenialIsRecorded) {
  for (const char* who : {"manager1", "admin1"}) {
    auto token = crm::testing::LoginOrDie(*channel_, who, TestServer::kPassword);
    auto ctx = AuthedContext(token);
    crm::v1::ListAuditEventsResponse resp;
    auto s = audit_->ListAuditEvents(ctx.get(), {}, &resp);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::PERMISSION_DENIED) << who;
    EXPECT_EQ(crm::testing::ErrorReason(s), "PERMISSION_DENIED");
  }
  EXPECT_EQ(Count("auth.permission_denied"), 2);
  auto ctx = AuthedContext(compliance_);
  crm::v1::ListAuditEventsRequest req;
  req.mutable_filter()->set_action("auth.permission_denied");
  crm::v1::ListAuditEventsResponse resp;
  ASSERT_TRUE(audit_->ListAuditEvents(ctx.get(), req, &resp).ok());
  ASSERT_EQ(resp.events_size(), 2);
  EXPECT_EQ(resp.events(0).actor_username(), "admin1");  // newest first
  EXPECT_EQ(resp.events(0).outcome(), crm::v1::DENIED);
  EXPECT_EQ(resp.events(0).target_id(), "/crm.v1.AuditService/ListAuditEvents");
}

TEST_F(AuditServiceTest, SignInEventsAreListedFilteredAndPaged) {
  for (int i = 0; i < 3; ++i) crm::testing::LoginOrDie(*channel_, "manager1", TestServer::kPassword);
  std::vector<int64_t> seen;
  std::string token;
  do {
    auto ctx = AuthedContext(compliance_);
    crm::v1::ListAuditEventsRequest req;
    req.mutable_filter()->set_action("auth.");
    req.set_page_size(2);
    req.set_page_token(token);
    crm::v1::ListAuditEventsResponse resp;
    auto s = audit_->ListAuditEvents(ctx.get(), req, &resp);
    ASSERT_TRUE(s.ok()) << s.error_message();
    EXPECT_EQ(resp.total_size(), 4);  // compliance1 once, manager1 three times
    for (const auto& e : resp.events()) {
      EXPECT_EQ(e.action(), "auth.login");
      EXPECT_EQ(e.hash_hex().size(), 64u);
      seen.push_back(e.sequence());
    }
    token = resp.next_page_token();
  } while (!token.empty());
  ASSERT_EQ(seen.size(), 4u);
  EXPECT_TRUE(std::is_sorted(seen.rbegin(), seen.rend()));
  // Each list call is itself on record, with the count it returned.
  EXPECT_EQ(Count("audit.list"), 2);
}

TEST_F(AuditServiceTest, GetRecordsTheViewAndNamesBadInput) {
  auto ctx = AuthedContext(compliance_);
  crm::v1::GetAuditEventRequest req;
  req.set_sequence(1);
  crm::v1::AuditEvent e;
  ASSERT_TRUE(audit_->GetAuditEvent(ctx.get(), req, &e).ok());
  EXPECT_EQ(e.sequence(), 1);
  EXPECT_EQ(Count("audit.view"), 1);
  auto bad = AuthedContext(compliance_);
  req.set_sequence(0);
  auto s = audit_->GetAuditEvent(bad.get(), req, &e);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(crm::testing::ViolationFields(s), std::vector<std::string>{"sequence"});
  auto missing = AuthedContext(compliance_);
  req.set_sequence(999999);
  EXPECT_EQ(audit_->GetAuditEvent(missing.get(), req, &e).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST_F(AuditServiceTest, VerifySaysIntactThenFindsTheFirstBadSequence) {
  auto ctx = AuthedContext(compliance_);
  crm::v1::VerifyAuditChainResponse resp;
  ASSERT_TRUE(audit_->VerifyAuditChain(ctx.get(), {}, &resp).ok());
  EXPECT_TRUE(resp.intact());
  EXPECT_GT(resp.events_checked(), 3);
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec0("SET LOCAL session_replication_role = replica");
    tx.exec0("UPDATE audit_event SET actor_username = 'nobody' WHERE seq = 2");
    tx.commit();
  }
  auto again = AuthedContext(compliance_);
  ASSERT_TRUE(audit_->VerifyAuditChain(again.get(), {}, &resp).ok());
  EXPECT_FALSE(resp.intact());
  EXPECT_EQ(resp.first_bad_sequence(), 2);
  EXPECT_EQ(resp.problem(), crm::v1::VerifyAuditChainResponse::ALTERED);
  EXPECT_EQ(Count("audit.verify"), 2);
}

TEST_F(AuditServiceTest, ExportNeedsAReasonAndStreamsCsvWithProgress) {
  {
    auto ctx = AuthedContext(compliance_);
    crm::v1::ExportAuditEventsRequest req;
    req.set_format(crm::v1::ExportAuditEventsRequest::CSV);
    auto reader = audit_->ExportAuditEvents(ctx.get(), req);
    crm::v1::ExportAuditEventsResponse msg;
    while (reader->Read(&msg)) {
    }
    auto s = reader->Finish();
    EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(crm::testing::ViolationFields(s), std::vector<std::string>{"reason"});
  }
  auto ctx = AuthedContext(compliance_);
  crm::v1::ExportAuditEventsRequest req;
  req.set_format(crm::v1::ExportAuditEventsRequest::CSV);
  req.set_reason("CSRC inspection 2026-11");
  auto reader = audit_->ExportAuditEvents(ctx.get(), req);
  crm::v1::ExportAuditEventsResponse msg;
  std::string csv;
  int64_t last_progress = -1, total = -1;
  while (reader->Read(&msg)) {
    if (msg.has_progress()) {
      last_progress = msg.progress().exported();
      total = msg.progress().total();
    } else {
      csv += msg.chunk();
    }
  }
  auto s = reader->Finish();
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(csv.rfind("sequence,event_time,actor_user_id", 0), 0u);
  EXPECT_EQ(last_progress, total);
  size_t lines = std::count(csv.begin(), csv.end(), '\n');
  EXPECT_EQ(static_cast<int64_t>(lines), total + 1);  // header + one line per event
  EXPECT_NE(csv.find("auth.login"), std::string::npos);
  // Started and completed are both on record, with the reason.
  pqxx::connection c(server_->conninfo());
  pqxx::read_transaction tx(c);
  auto r =
      tx.exec("SELECT details->>'stage', reason FROM audit_trail WHERE action = 'audit.export' ORDER BY event_time");
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0][0].as<std::string>(), "started");
  EXPECT_EQ(r[1][0].as<std::string>(), "completed");
  EXPECT_EQ(r[1][1].as<std::string>(), "CSRC inspection 2026-11");
}
