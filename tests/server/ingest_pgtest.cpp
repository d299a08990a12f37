// Ingest of cash flows, large-value screening and integration accounts
// (issue 26; regulatory.md section 2) through the real server over mutual
// TLS: what a clearing system and a compliance officer would check. A batch
// sent twice changes nothing and says so; a bad row changes nothing and is
// named; each PBoC threshold exactly at, just below and summed over a day,
// inflows and outflows apart, both currencies; a flow meeting two rules
// gives two reports; due dates by the loaded working-day calendar; an
// integration certificate reads no client, and a revoked one is refused.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "crm/v1/aml.grpc.pb.h"
#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/ingest.grpc.pb.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "support/test_server.h"
#include "usecases/aml.h"
#include "usecases/integrations.h"

namespace crm::testing {
namespace {

namespace fs = std::filesystem;

struct Flow {
  std::string ref, client, type, party;
  bool cross = false;
  std::string currency;
  int64_t minor = 0;
};

class IngestTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    tokens_ = server_->CreateSecondBranchAndUsers(
        {{"manager1", "ACCOUNT_MANAGER", "B1", "T1"}, {"compliance1", "COMPLIANCE_OFFICER", "", ""}});
    pool_ = new storage::ConnectionPool(server_->conninfo(), 1);
    clearing_ = new std::shared_ptr<grpc::Channel>(IntegrationChannel("clearing"));
  }
  static void TearDownTestSuite() {
    delete clearing_;
    delete pool_;
    delete server_;
  }

  // An integration account made as `crm-admin integration create` makes it,
  // and a channel presenting its certificate.
  static std::shared_ptr<grpc::Channel> IntegrationChannel(const std::string& name) {
    usecases::integrations::CreateRequest r;
    r.name = name;
    r.tls_dir = server_->dir() / "tls";
    r.out_dir = server_->dir() / "integrations";
    auto created = usecases::integrations::Create(*pool_, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, r);
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = security::ReadFile(server_->ca_path());
    ssl.pem_cert_chain = security::ReadFile(created.cert_file);
    ssl.pem_private_key = security::ReadFile(created.key_file);
    return grpc::CreateChannel(server_->address(), grpc::SslCredentials(ssl));
  }

  std::string NewClient(const std::string& name, crm::v1::CustomerKind kind = crm::v1::INDIVIDUAL) {
    auto stub = crm::v1::CustomerService::NewStub(server_->Channel());
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::CreateCustomerRequest req;
    static int n = 0;
    req.set_request_id("ingest-client-" + std::to_string(++n));
    req.mutable_customer()->set_kind(kind);
    req.mutable_customer()->set_name(name);
    crm::v1::Customer out;
    auto st = stub->CreateCustomer(ctx.get(), req, &out);
    EXPECT_TRUE(st.ok()) << st.error_message() << " " << ::testing::PrintToString(ViolationFields(st));
    return out.id();
  }

  static grpc::Status Ingest(grpc::Channel& channel, const std::string& day, const std::vector<Flow>& flows,
                             crm::v1::IngestReply* reply, int64_t count = -1, size_t chunk = 2) {
    auto stub = crm::v1::IngestService::NewStub(std::shared_ptr<grpc::Channel>(&channel, [](grpc::Channel*) {}));
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    auto writer = stub->IngestCashFlows(&ctx, reply);
    crm::v1::CashFlowBatchPart part;
    part.mutable_header()->set_source("clearing");
    part.mutable_header()->set_business_date(day);
    part.mutable_header()->set_count(count >= 0 ? count : static_cast<int64_t>(flows.size()));
    for (size_t i = 0; i < flows.size(); ++i) {
      auto* f = part.add_flows();
      f->set_flow_ref(flows[i].ref);
      f->set_client_id(flows[i].client);
      f->set_flow_type(flows[i].type);
      f->set_counterparty(flows[i].party);
      f->set_cross_border(flows[i].cross);
      f->set_currency(flows[i].currency);
      f->set_amount_minor(flows[i].minor);
      if (part.flows_size() == static_cast<int>(chunk)) {
        writer->Write(part);
        part.Clear();
      }
    }
    if (part.flows_size() > 0 || part.has_header()) writer->Write(part);
    writer->WritesDone();
    return writer->Finish();
  }

  // The client's large-value reports as compliance lists them: rule/direction -> report.
  std::map<std::string, crm::v1::LargeValueReport> ReportsOf(const std::string& customer_id) {
    auto stub = crm::v1::AmlService::NewStub(server_->Channel());
    std::map<std::string, crm::v1::LargeValueReport> out;
    std::string token;
    do {
      auto ctx = AuthedContext(tokens_["compliance1"]);
      crm::v1::ListLargeValueReportsRequest req;
      req.set_page_size(200);
      req.set_page_token(token);
      crm::v1::ListLargeValueReportsResponse resp;
      auto st = stub->ListLargeValueReports(ctx.get(), req, &resp);
      EXPECT_TRUE(st.ok()) << st.error_message();
      for (const auto& r : resp.reports())
        if (r.customer_id() == customer_id) out[r.rule_code() + "/" + r.direction()] = r;
      token = resp.next_page_token();
    } while (!token.empty());
    return out;
  }

  int64_t FlowCount() {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    return tx.exec1("SELECT count(*) FROM cash_flow")[0].as<int64_t>();
  }

  static TestServer* server_;
  static std::map<std::string, std::string> tokens_;
  static storage::ConnectionPool* pool_;
  static std::shared_ptr<grpc::Channel>* clearing_;
};

TestServer* IngestTest::server_ = nullptr;
std::map<std::string, std::string> IngestTest::tokens_;
storage::ConnectionPool* IngestTest::pool_ = nullptr;
std::shared_ptr<grpc::Channel>* IngestTest::clearing_ = nullptr;

TEST_F(IngestTest, EachThresholdExactlyAtJustBelowAndSummedOverTheDayInflowsAndOutflowsApart) {
  const std::string below = NewClient("Below"), at = NewClient("At"), summed = NewClient("Summed"),
                    apart = NewClient("Apart"), usd = NewClient("Usd"), domestic = NewClient("Domestic");
  crm::v1::IngestReply reply;
  auto st = Ingest(**clearing_, "2026-03-02",
                   {{"T1-1", below, "CASH_DEPOSIT", "NONE", false, "CNY", 4999999},
                    {"T1-2", at, "CASH_WITHDRAWAL", "NONE", false, "CNY", 5000000},
                    {"T1-3", summed, "CASH_DEPOSIT", "NONE", false, "CNY", 2500000},
                    {"T1-4", summed, "CASH_DEPOSIT", "NONE", false, "CNY", 2500000},
                    {"T1-5", apart, "CASH_DEPOSIT", "NONE", false, "CNY", 3000000},
                    {"T1-6", apart, "CASH_WITHDRAWAL", "NONE", false, "CNY", 3000000},
                    {"T1-7", usd, "CASH_DEPOSIT", "NONE", false, "USD", 1000000},
                    {"T1-8", usd, "TRANSFER_IN", "NATURAL", false, "USD", 9999999},
                    {"T1-9", domestic, "TRANSFER_OUT", "NON_NATURAL", false, "CNY", 50000000},
                    {"T1-10", domestic, "TRANSFER_IN", "NATURAL", false, "CNY", 49999999}},
                   &reply);
  ASSERT_TRUE(st.ok()) << st.error_message();
  EXPECT_EQ(reply.rejected(), 0) << reply.DebugString();
  EXPECT_EQ(reply.accepted(), 10);

  EXPECT_TRUE(ReportsOf(below).empty()) << "49,999.99 is below the cash threshold";
  auto a = ReportsOf(at);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a.begin()->first, "CASH_CNY/OUT");
  EXPECT_EQ(a.begin()->second.total_minor(), 5000000);
  auto s = ReportsOf(summed);
  ASSERT_EQ(s.size(), 1u) << "two deposits of 25,000 sum to the threshold";
  EXPECT_EQ(s["CASH_CNY/IN"].flow_count(), 2);
  EXPECT_TRUE(ReportsOf(apart).empty()) << "30,000 in and 30,000 out are counted apart";
  auto u = ReportsOf(usd);
  ASSERT_EQ(u.size(), 1u) << "USD 10,000 cash is at the threshold; USD 99,999.99 domestic transfer is below";
  EXPECT_TRUE(u.count("CASH_USD/IN"));
  auto d = ReportsOf(domestic);
  ASSERT_EQ(d.size(), 1u) << "a transfer out of 500,000 is at the natural-person domestic threshold";
  EXPECT_TRUE(d.count("NATURAL_DOMESTIC_CNY/OUT"));

  // A later batch the same day joins the day's total: 0.01 more reaches it.
  st = Ingest(**clearing_, "2026-03-02", {{"T1-11", below, "CASH_DEPOSIT", "NONE", false, "CNY", 1}}, &reply);
  ASSERT_TRUE(st.ok()) << st.error_message();
  auto b = ReportsOf(below);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b["CASH_CNY/IN"].total_minor(), 5000000);
  EXPECT_EQ(b["CASH_CNY/IN"].flow_count(), 2);
}

TEST_F(IngestTest, AFlowMeetingTwoRulesGivesTwoReports) {
  const std::string firm = NewClient("Firm Ltd", crm::v1::INSTITUTION);
  crm::v1::IngestReply reply;
  auto st =
      Ingest(**clearing_, "2026-03-03", {{"T2-1", firm, "TRANSFER_OUT", "NATURAL", true, "CNY", 200000000}}, &reply);
  ASSERT_TRUE(st.ok()) << st.error_message();
  auto r = ReportsOf(firm);
  EXPECT_EQ(r.size(), 2u);
  EXPECT_TRUE(r.count("NON_NATURAL_CNY/OUT"));
  EXPECT_TRUE(r.count("NATURAL_CROSS_BORDER_CNY/OUT"));

  // A currency no rule names is stored, and the sender is told it is not screened.
  st = Ingest(**clearing_, "2026-03-03", {{"T2-2", firm, "CASH_DEPOSIT", "NONE", false, "HKD", 90000000}}, &reply);
  ASSERT_TRUE(st.ok()) << st.error_message();
  EXPECT_EQ(reply.accepted(), 1);
  ASSERT_EQ(reply.warnings_size(), 1);
  EXPECT_NE(reply.warnings(0).find("HKD"), std::string::npos);
}

TEST_F(IngestTest, ABatchSentAgainChangesNothingAndSaysSo) {
  const std::string c = NewClient("Replay");
  const std::vector<Flow> flows = {{"T3-1", c, "CASH_DEPOSIT", "NONE", false, "CNY", 6000000},
                                   {"T3-2", c, "TRANSFER_IN", "NATURAL", false, "CNY", 100000}};
  crm::v1::IngestReply first, again;
  ASSERT_TRUE(Ingest(**clearing_, "2026-03-04", flows, &first).ok());
  EXPECT_EQ(first.accepted(), 2);
  const int64_t flows_after_first = FlowCount();
  const auto report = ReportsOf(c)["CASH_CNY/IN"];
  ASSERT_TRUE(Ingest(**clearing_, "2026-03-04", flows, &again).ok());
  EXPECT_EQ(again.accepted(), 0);
  EXPECT_EQ(again.unchanged(), 2);
  EXPECT_EQ(again.rejected(), 0);
  EXPECT_EQ(FlowCount(), flows_after_first);
  auto after = ReportsOf(c);
  EXPECT_EQ(after.size(), 1u);
  EXPECT_EQ(after["CASH_CNY/IN"].version(), report.version()) << "the report was not touched";

  // The same reference with another amount is refused, not overwritten.
  auto changed = flows;
  changed[1].minor = 100001;
  crm::v1::IngestReply refused;
  ASSERT_TRUE(Ingest(**clearing_, "2026-03-04", changed, &refused).ok());
  ASSERT_EQ(refused.rejected(), 1);
  EXPECT_EQ(refused.rejections(0).line(), 2);
  EXPECT_EQ(refused.rejections(0).field(), "flow_ref");
  EXPECT_EQ(FlowCount(), flows_after_first);
}

TEST_F(IngestTest, ABatchWithBadRowsChangesNothingAndNamesEachRowAndField) {
  const std::string c = NewClient("Bad batch");
  const int64_t before = FlowCount();
  crm::v1::IngestReply reply;
  auto st = Ingest(**clearing_, "2026-03-05",
                   {{"T4-1", c, "CASH_DEPOSIT", "NONE", false, "CNY", 9000000},
                    {"T4-2", c, "CASH_GIFT", "NONE", false, "CNY", 100},
                    {"T4-3", "00000000-0000-4000-8000-000000000000", "CASH_DEPOSIT", "NONE", false, "CNY", 100},
                    {"T4-4", c, "TRANSFER_IN", "NONE", false, "CNY", 100},
                    {"T4-5", c, "CASH_DEPOSIT", "NONE", false, "CNY", 0}},
                   &reply);
  ASSERT_TRUE(st.ok()) << st.error_message();
  EXPECT_EQ(reply.accepted(), 0);
  EXPECT_EQ(reply.batch_id(), 0);
  std::vector<std::string> named;
  for (const auto& r : reply.rejections()) named.push_back(std::to_string(r.line()) + ":" + r.field());
  // Rows are checked on their own first; an unknown client is found once the shape is right.
  EXPECT_EQ(named, (std::vector<std::string>{"2:flow_type", "4:counterparty", "5:amount_minor"}));
  EXPECT_EQ(FlowCount(), before);
  EXPECT_TRUE(ReportsOf(c).empty()) << "the 90,000 deposit of the refused batch raised nothing";

  ASSERT_TRUE(Ingest(**clearing_, "2026-03-05",
                     {{"T4-1", c, "CASH_DEPOSIT", "NONE", false, "CNY", 9000000},
                      {"T4-3", "00000000-0000-4000-8000-000000000000", "CASH_DEPOSIT", "NONE", false, "CNY", 100}},
                     &reply)
                  .ok());
  ASSERT_EQ(reply.rejected(), 1);
  EXPECT_EQ(reply.rejections(0).line(), 2);
  EXPECT_EQ(reply.rejections(0).field(), "client") << "an unknown client is a rejection, never a silent insert";
  EXPECT_EQ(FlowCount(), before);

  // A count that does not match what arrived is the batch's own problem.
  ASSERT_TRUE(
      Ingest(**clearing_, "2026-03-05", {{"T4-9", c, "CASH_DEPOSIT", "NONE", false, "CNY", 100}}, &reply, 2).ok());
  ASSERT_EQ(reply.rejected(), 1);
  EXPECT_EQ(reply.rejections(0).line(), 0);
  EXPECT_EQ(reply.rejections(0).field(), "count");
}

TEST_F(IngestTest, DueDatesCountWorkingDaysByTheLoadedCalendarAndAnUnloadedYearIsAnEstimate) {
  // National Day 2027: 1 and 4-7 October off, Saturday 9 October worked.
  const fs::path file = server_->dir() / "working-2027.csv";
  std::ofstream(file) << "day,kind,note\n2027-10-01,HOLIDAY,National Day\n2027-10-04,HOLIDAY,\n2027-10-05,HOLIDAY,\n"
                         "2027-10-06,HOLIDAY,\n2027-10-07,HOLIDAY,\n2027-10-09,WORKDAY,make-up day\n";
  auto loaded = usecases::aml::LoadCalendar(*pool_, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, "WORKING", 2027,
                                            file.string());
  ASSERT_TRUE(loaded.problems.empty());
  EXPECT_EQ(loaded.holidays, 5);
  const std::string c = NewClient("Holiday");
  crm::v1::IngestReply reply;
  ASSERT_TRUE(
      Ingest(**clearing_, "2027-09-30", {{"T5-1", c, "CASH_DEPOSIT", "NONE", false, "CNY", 5000000}}, &reply).ok());
  EXPECT_EQ(reply.warnings_size(), 0);
  auto r = ReportsOf(c)["CASH_CNY/IN"];
  // 8 Oct (1), Sat 9 Oct (2), 11 (3), 12 (4), 13 (5).
  EXPECT_EQ(r.due_date(), "2027-10-13");
  EXPECT_FALSE(r.due_estimated());

  const std::string later = NewClient("No calendar");
  ASSERT_TRUE(
      Ingest(**clearing_, "2031-06-02", {{"T5-2", later, "CASH_DEPOSIT", "NONE", false, "CNY", 5000000}}, &reply).ok());
  EXPECT_EQ(reply.warnings_size(), 0) << "a report's existence is not the sender's to know";
  auto e = ReportsOf(later)["CASH_CNY/IN"];
  EXPECT_EQ(e.due_date(), "2031-06-09");
  EXPECT_TRUE(e.due_estimated());
  // Loading that year's calendar dates the open report again: 3 June is a holiday.
  const fs::path y2031 = server_->dir() / "working-2031.csv";
  std::ofstream(y2031) << "2031-06-03,HOLIDAY,Dragon Boat\n";
  auto redated = usecases::aml::LoadCalendar(*pool_, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, "WORKING", 2031,
                                             y2031.string());
  ASSERT_TRUE(redated.problems.empty()) << redated.problems[0].second;
  EXPECT_EQ(redated.reports_redated, 1);
  e = ReportsOf(later)["CASH_CNY/IN"];
  EXPECT_EQ(e.due_date(), "2031-06-10");
  EXPECT_FALSE(e.due_estimated());

  // A bad line names the line and changes nothing.
  const fs::path bad = server_->dir() / "bad.csv";
  std::ofstream(bad) << "2027-02-30,HOLIDAY\n2027-10-02,HOLIDAY\n";
  auto refused = usecases::aml::LoadCalendar(*pool_, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, "WORKING", 2027,
                                             bad.string());
  ASSERT_EQ(refused.problems.size(), 2u);
  EXPECT_EQ(refused.problems[0].first, 1);
  EXPECT_EQ(refused.problems[1].first, 2) << "2 October 2027 is a Saturday, already off";
}

TEST_F(IngestTest, AnIntegrationCertificateReadsNoClientAndARevokedOneIsRefusedAtOnce) {
  const std::string c = NewClient("Scoped");
  auto custody = IntegrationChannel("custody");
  // Its certificate is no session: client data is refused.
  auto stub = crm::v1::CustomerService::NewStub(custody);
  grpc::ClientContext ctx;
  crm::v1::GetCustomerRequest get;
  get.set_id(c);
  crm::v1::Customer customer;
  auto st = stub->GetCustomer(&ctx, get, &customer);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_TRUE(customer.name().empty());

  crm::v1::IngestReply reply;
  ASSERT_TRUE(Ingest(*custody, "2026-03-06", {{"T6-1", c, "CASH_DEPOSIT", "NONE", false, "CNY", 100}}, &reply).ok());
  usecases::integrations::Revoke(*pool_, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, "custody");
  st = Ingest(*custody, "2026-03-06", {{"T6-2", c, "CASH_DEPOSIT", "NONE", false, "CNY", 100}}, &reply);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(st), "INTEGRATION_REFUSED");

  // A person's channel (no certificate) cannot ingest either.
  auto plain = server_->Channel();
  st = Ingest(*plain, "2026-03-06", {{"T6-3", c, "CASH_DEPOSIT", "NONE", false, "CNY", 100}}, &reply);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::UNAUTHENTICATED);
  EXPECT_EQ(ErrorReason(st), "INTEGRATION_REFUSED");
}

TEST_F(IngestTest, ComplianceAssignsAndClosesAReportWithAReasonAndAManagerCannotSeeThem) {
  const std::string c = NewClient("Work it");
  crm::v1::IngestReply reply;
  ASSERT_TRUE(
      Ingest(**clearing_, "2026-03-09", {{"T7-1", c, "CASH_WITHDRAWAL", "NONE", false, "CNY", 8000000}}, &reply).ok());
  auto report = ReportsOf(c)["CASH_CNY/OUT"];
  ASSERT_GT(report.id(), 0);
  EXPECT_EQ(report.status(), "OPEN");
  EXPECT_TRUE(report.overdue()) << "due in March 2026, open: overdue today";

  auto stub = crm::v1::AmlService::NewStub(server_->Channel());
  crm::v1::LargeValueReport out;
  {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::ListLargeValueReportsRequest req;
    crm::v1::ListLargeValueReportsResponse resp;
    EXPECT_EQ(stub->ListLargeValueReports(ctx.get(), req, &resp).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  }
  {
    // Not to an account manager: only those who review reports.
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    const std::string manager =
        tx.exec1("SELECT id::text FROM app_user WHERE username = 'manager1'")[0].as<std::string>();
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::AssignLargeValueReportRequest req;
    req.set_id(report.id());
    req.set_version(report.version());
    req.set_assignee_id(manager);
    auto st = stub->AssignLargeValueReport(ctx.get(), req, &out);
    EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(ViolationFields(st), std::vector<std::string>{"assignee_id"});
  }
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::AssignLargeValueReportRequest req;
    req.set_id(report.id());
    req.set_version(report.version());
    ASSERT_TRUE(stub->AssignLargeValueReport(ctx.get(), req, &out).ok());
    EXPECT_EQ(out.assignee_name(), "Test compliance1");
  }
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::CloseLargeValueReportRequest req;
    req.set_id(report.id());
    req.set_version(report.version());  // stale
    req.set_status("FILED");
    req.set_reason("filed as LV-2026-0001");
    auto st = stub->CloseLargeValueReport(ctx.get(), req, &out);
    EXPECT_EQ(st.error_code(), grpc::StatusCode::ABORTED);
  }
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::CloseLargeValueReportRequest req;
    req.set_id(report.id());
    req.set_version(report.version() + 1);
    req.set_status("FILED");
    auto st = stub->CloseLargeValueReport(ctx.get(), req, &out);
    EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(ViolationFields(st), std::vector<std::string>{"reason"});
  }
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::CloseLargeValueReportRequest req;
    req.set_id(report.id());
    req.set_version(report.version() + 1);
    req.set_status("FILED");
    req.set_reason("filed as LV-2026-0001");
    ASSERT_TRUE(stub->CloseLargeValueReport(ctx.get(), req, &out).ok());
    EXPECT_EQ(out.status(), "FILED");
    EXPECT_FALSE(out.overdue());
  }
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::GetLargeValueReportRequest req;
    req.set_id(report.id());
    ASSERT_TRUE(stub->GetLargeValueReport(ctx.get(), req, &out).ok());
    EXPECT_EQ(out.close_reason(), "filed as LV-2026-0001");
    ASSERT_EQ(out.flow_refs_size(), 1);
    EXPECT_EQ(out.flow_refs(0), "clearing:T7-1");
  }
  // A later withdrawal the same day is not slipped into the filed report: a
  // supplementary report holds it.
  ASSERT_TRUE(
      Ingest(**clearing_, "2026-03-09", {{"T7-2", c, "CASH_WITHDRAWAL", "NONE", false, "CNY", 1000000}}, &reply).ok());
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::ListLargeValueReportsRequest req;
    req.set_page_size(200);
    crm::v1::ListLargeValueReportsResponse resp;
    ASSERT_TRUE(stub->ListLargeValueReports(ctx.get(), req, &resp).ok());
    std::vector<std::string> mine;
    for (const auto& r : resp.reports())
      if (r.customer_id() == c)
        mine.push_back(r.status() + ":" + std::to_string(r.total_minor()) + ":" + std::to_string(r.flow_count()));
    std::sort(mine.begin(), mine.end());
    EXPECT_EQ(mine, (std::vector<std::string>{"FILED:8000000:1", "OPEN:1000000:1"}));
  }
  // Each step is in the audit trail.
  pqxx::connection conn(server_->conninfo());
  pqxx::work tx(conn);
  auto n =
      tx.exec_params1(
            "SELECT count(*) FROM (SELECT action, target_id FROM audit_pending UNION ALL SELECT action, target_id FROM "
            "audit_event) a WHERE target_id = $1 AND action IN "
            "('aml.report.assign','aml.report.close','aml.report.view')",
            std::to_string(report.id()))[0]
          .as<int64_t>();
  EXPECT_EQ(n, 3);
}

}  // namespace
}  // namespace crm::testing
