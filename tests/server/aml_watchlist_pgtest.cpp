// PEP and sanctions screening (issue 26; regulatory.md section 2) through the
// real server and database: what a compliance officer and an admin would
// check. A list load screens every client (full-width letters, spaces and,
// once the mapping is loaded, traditional characters all match); a hit on
// creation and on a name change; a reload of the same file changes nothing
// and says so; a hit cleared as a false positive is not raised again; a bad
// file loads nothing and names its line; an account manager can create a
// client with a hit but never read the case.
#include <gtest/gtest.h>

#include <fstream>

#include "common/error.h"
#include "crm/v1/aml.grpc.pb.h"
#include "crm/v1/customer.grpc.pb.h"
#include "storage/connection_pool.h"
#include "support/test_server.h"
#include "usecases/aml_watchlist.h"

namespace crm::testing {
namespace {

namespace fs = std::filesystem;
const storage::AuditWho kAdmin{"", "test-admin", "ADMIN_CLI", "", "local", ""};

class WatchlistTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    tokens_ = server_->CreateSecondBranchAndUsers(
        {{"manager1", "ACCOUNT_MANAGER", "B1", "T1"}, {"compliance1", "COMPLIANCE_OFFICER", "", ""}});
    pool_ = new storage::ConnectionPool(server_->conninfo(), 1);
  }
  static void TearDownTestSuite() {
    delete pool_;
    delete server_;
  }

  crm::v1::Customer NewClient(const std::string& name) {
    auto stub = crm::v1::CustomerService::NewStub(server_->Channel());
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::CreateCustomerRequest req;
    static int n = 0;
    req.set_request_id("watchlist-client-" + std::to_string(++n));
    req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
    req.mutable_customer()->set_name(name);
    crm::v1::Customer out;
    auto st = stub->CreateCustomer(ctx.get(), req, &out);
    EXPECT_TRUE(st.ok()) << st.error_message();
    return out;
  }

  static std::string File(const std::string& name, const std::string& text) {
    const fs::path p = server_->dir() / name;
    std::ofstream(p) << text;
    return p.string();
  }

  grpc::Status ListCases(const std::string& who, crm::v1::ListWatchlistCasesResponse* resp,
                         const std::string& status = "") {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::ListWatchlistCasesRequest req;
    req.set_status(status);
    req.set_page_size(200);
    return crm::v1::AmlService::NewStub(server_->Channel())->ListWatchlistCases(ctx.get(), req, resp);
  }

  // client id -> its cases (entry_ref/trigger/status), as compliance lists them.
  std::map<std::string, std::vector<std::string>> Cases() {
    crm::v1::ListWatchlistCasesResponse resp;
    auto st = ListCases("compliance1", &resp);
    EXPECT_TRUE(st.ok()) << st.error_message();
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& c : resp.cases())
      out[c.customer_id()].push_back(c.entry_ref() + "/" + c.trigger() + "/" + c.status());
    return out;
  }

  crm::v1::WatchlistCase CaseOf(const std::string& customer_id) {
    crm::v1::ListWatchlistCasesResponse resp;
    EXPECT_TRUE(ListCases("compliance1", &resp).ok());
    for (const auto& c : resp.cases())
      if (c.customer_id() == customer_id) return c;
    ADD_FAILURE() << "no case for " << customer_id;
    return {};
  }

  static TestServer* server_;
  static std::map<std::string, std::string> tokens_;
  static storage::ConnectionPool* pool_;
};

TestServer* WatchlistTest::server_ = nullptr;
std::map<std::string, std::string> WatchlistTest::tokens_;
storage::ConnectionPool* WatchlistTest::pool_ = nullptr;

const char* kPepV1 =
    "ref,name,aliases,category,country\n"
    "PEP-001,陈建国,,Provincial official,CN\n"
    "PEP-002,John Smith,J. Smith|Johnny Smith,Member of parliament,GB\n"
    "PEP-003,李明,,State enterprise executive,CN\n";

TEST_F(WatchlistTest, ScreeningOnListLoadCreationRenameAndVariants) {
  // Clients before any list: nothing to screen against.
  const auto trad = NewClient("陳建國");                // traditional form of PEP-001
  const auto wide = NewClient("ＪＯＨＮ　ＳＭＩＴＨ");  // full-width letters and space
  const auto spaced = NewClient("李 明");
  const auto alias = NewClient("johnny  smith");
  const auto other = NewClient("王秀英");
  EXPECT_TRUE(Cases().empty());

  // The PEP list: every client screened; full-width, spaces, case and aliases match.
  auto loaded = usecases::aml::LoadWatchlist(*pool_, kAdmin, "PEP", File("pep-v1.csv", kPepV1), "", "auto");
  ASSERT_TRUE(loaded.problems.empty());
  EXPECT_FALSE(loaded.unchanged);
  EXPECT_EQ(loaded.version, 1);
  EXPECT_EQ(loaded.entries, 3);
  EXPECT_EQ(loaded.cases_opened, 3);
  auto cases = Cases();
  EXPECT_EQ(cases[wide.id()], std::vector<std::string>{"PEP-002/LIST_UPDATE/OPEN"});
  EXPECT_EQ(cases[alias.id()], std::vector<std::string>{"PEP-002/LIST_UPDATE/OPEN"});
  EXPECT_EQ(cases[spaced.id()], std::vector<std::string>{"PEP-003/LIST_UPDATE/OPEN"});
  EXPECT_FALSE(cases.count(trad.id()));  // no traditional/simplified mapping loaded yet
  EXPECT_FALSE(cases.count(other.id()));
  EXPECT_EQ(CaseOf(alias.id()).matched_name(), "Johnny Smith");
  EXPECT_EQ(CaseOf(alias.id()).category(), "Member of parliament");

  // The mapping table: 陳建國 now reads as 陈建国 and is raised.
  auto variants =
      usecases::aml::LoadNameVariants(*pool_, kAdmin, File("t2s.txt", "# traditional,simplified\n陳,陈\n國,国\n"));
  ASSERT_TRUE(variants.problems.empty());
  EXPECT_EQ(variants.pairs, 2);
  EXPECT_EQ(variants.cases_opened, 1);
  EXPECT_EQ(Cases()[trad.id()], std::vector<std::string>{"PEP-001/LIST_UPDATE/OPEN"});

  // The same file again: unchanged, nothing raised twice.
  auto again = usecases::aml::LoadWatchlist(*pool_, kAdmin, "PEP", File("pep-v1.csv", kPepV1), "", "auto");
  EXPECT_TRUE(again.unchanged);
  EXPECT_EQ(again.version, 1);
  EXPECT_EQ(again.cases_opened, 0);

  // A client created with a listed name: a case (CREATE) the manager never sees.
  const auto created = NewClient("李　明");
  EXPECT_EQ(Cases()[created.id()], std::vector<std::string>{"PEP-003/CREATE/OPEN"});
  crm::v1::ListWatchlistCasesResponse denied;
  EXPECT_EQ(ListCases("manager1", &denied).error_code(), grpc::StatusCode::PERMISSION_DENIED);

  // A rename to a listed name: a case (NAME_CHANGE) in the same transaction.
  {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::UpdateCustomerRequest up;
    up.mutable_customer()->set_id(other.id());
    up.mutable_customer()->set_name("Smith, John");
    up.mutable_update_mask()->add_paths("name");
    up.set_etag(other.etag());
    crm::v1::Customer renamed;
    auto st = crm::v1::CustomerService::NewStub(server_->Channel())->UpdateCustomer(ctx.get(), up, &renamed);
    ASSERT_TRUE(st.ok()) << st.error_message();
  }
  // "Smith, John" is not "John Smith" (word order is not normalised): no case.
  EXPECT_FALSE(Cases().count(other.id()));
  {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::GetCustomerRequest get;
    get.set_id(other.id());
    crm::v1::Customer now;
    ASSERT_TRUE(crm::v1::CustomerService::NewStub(server_->Channel())->GetCustomer(ctx.get(), get, &now).ok());
    auto ctx2 = AuthedContext(tokens_["manager1"]);
    crm::v1::UpdateCustomerRequest up;
    up.mutable_customer()->set_id(other.id());
    up.mutable_customer()->set_name("J. Smith");
    up.mutable_update_mask()->add_paths("name");
    up.set_etag(now.etag());
    crm::v1::Customer renamed;
    auto st = crm::v1::CustomerService::NewStub(server_->Channel())->UpdateCustomer(ctx2.get(), up, &renamed);
    ASSERT_TRUE(st.ok()) << st.error_message();
  }
  EXPECT_EQ(Cases()[other.id()], std::vector<std::string>{"PEP-002/NAME_CHANGE/OPEN"});

  // Compliance clears one as a false positive; a new version of the list
  // (one entry more) does not raise it again, and raises the new entry's hit.
  const auto c = CaseOf(spaced.id());
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::AssignWatchlistCaseRequest a;
    a.set_id(c.id());
    a.set_version(c.version());
    crm::v1::WatchlistCase assigned;
    ASSERT_TRUE(crm::v1::AmlService::NewStub(server_->Channel())->AssignWatchlistCase(ctx.get(), a, &assigned).ok());
    EXPECT_EQ(assigned.assignee_name(), "Test compliance1");
    auto ctx2 = AuthedContext(tokens_["compliance1"]);
    crm::v1::CloseWatchlistCaseRequest close;
    close.set_id(c.id());
    close.set_version(assigned.version());
    close.set_status("CLEARED");
    crm::v1::WatchlistCase closed;
    auto st = crm::v1::AmlService::NewStub(server_->Channel())->CloseWatchlistCase(ctx2.get(), close, &closed);
    EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);  // no reason
    EXPECT_EQ(ViolationFields(st), std::vector<std::string>{"reason"});
    // 300 Chinese characters (900 bytes) are within the 500-character limit.
    std::string reason;
    for (int i = 0; i < 300; ++i) reason += "查";
    close.set_reason(reason);
    auto ctx3 = AuthedContext(tokens_["compliance1"]);
    st = crm::v1::AmlService::NewStub(server_->Channel())->CloseWatchlistCase(ctx3.get(), close, &closed);
    ASSERT_TRUE(st.ok()) << st.error_message();
    EXPECT_EQ(closed.status(), "CLEARED");
    auto ctx4 = AuthedContext(tokens_["compliance1"]);
    close.set_version(closed.version());
    st = crm::v1::AmlService::NewStub(server_->Channel())->CloseWatchlistCase(ctx4.get(), close, &closed);
    EXPECT_EQ(ErrorReason(st), "CASE_CLOSED");
  }
  const auto newcomer = NewClient("Maria Garcia");
  auto v2 = usecases::aml::LoadWatchlist(
      *pool_, kAdmin, "PEP", File("pep-v2.csv", std::string(kPepV1) + "PEP-004,María García,Maria Garcia,Mayor,ES\n"),
      "PEP feed 2026-12", "auto");
  ASSERT_TRUE(v2.problems.empty());
  EXPECT_EQ(v2.version, 2);
  EXPECT_EQ(v2.cases_opened, 1);
  cases = Cases();
  EXPECT_EQ(cases[newcomer.id()], std::vector<std::string>{"PEP-004/LIST_UPDATE/OPEN"});
  EXPECT_EQ(cases[spaced.id()], std::vector<std::string>{"PEP-003/LIST_UPDATE/CLEARED"});

  // The lists in force come with the cases.
  crm::v1::ListWatchlistCasesResponse resp;
  ASSERT_TRUE(ListCases("compliance1", &resp, "OPEN").ok());
  ASSERT_EQ(resp.lists_size(), 1);
  EXPECT_EQ(resp.lists(0).list_kind(), "PEP");
  EXPECT_EQ(resp.lists(0).version(), 2);
  EXPECT_EQ(resp.lists(0).source(), "PEP feed 2026-12");
  for (const auto& x : resp.cases()) EXPECT_EQ(x.status(), "OPEN");

  // Every load is audited; so is every read of the cases.
  pqxx::connection conn(server_->conninfo());
  pqxx::work tx(conn);
  auto audited = [&](const char* action) {
    return tx
        .exec_params1(
            "SELECT count(*) FROM (SELECT action FROM audit_pending UNION ALL SELECT action FROM "
            "audit_event) a WHERE action = $1",
            action)[0]
        .as<int>();
  };
  EXPECT_EQ(audited("aml.list.load"), 3);
  EXPECT_EQ(audited("aml.variants.load"), 1);
  EXPECT_GE(audited("aml.case.list"), 5);
  EXPECT_EQ(audited("aml.case.assign"), 1);
  EXPECT_EQ(audited("aml.case.close"), 1);
}

TEST_F(WatchlistTest, ABadFileLoadsNothingAndNamesTheLine) {
  const auto before = usecases::aml::AdminStatus(*pool_);
  auto r = usecases::aml::LoadWatchlist(
      *pool_, kAdmin, "SANCTIONS",
      File("bad.csv", "ref,name,aliases\nS-1,Ivan Petrov,\nS-2,,\nS-1,Pyotr Ivanov,\nS-4,A|B,\n"), "", "auto");
  ASSERT_EQ(r.problems.size(), 3u);
  EXPECT_EQ(r.problems[0], (std::pair<int64_t, std::string>{3, "name: is required"}));
  EXPECT_EQ(r.problems[1], (std::pair<int64_t, std::string>{4, "ref: appears twice"}));
  EXPECT_EQ(r.problems[2].first, 5);
  const auto after = usecases::aml::AdminStatus(*pool_);
  EXPECT_EQ(after.lists.size(), before.lists.size());
  for (const auto& l : after.lists) EXPECT_NE(l.list_kind, "SANCTIONS");
  auto v = usecases::aml::LoadNameVariants(*pool_, kAdmin, File("bad-variants.txt", "陳,陈\n陳,阵\n國国\n"));
  ASSERT_EQ(v.problems.size(), 2u);
  EXPECT_EQ(v.problems[0], (std::pair<int64_t, std::string>{2, "from: appears twice"}));
  EXPECT_EQ(v.problems[1], (std::pair<int64_t, std::string>{3, "from: must be one character"}));
  // A pair whose target is itself mapped: chains are not followed, so refused.
  auto chain = usecases::aml::LoadNameVariants(*pool_, kAdmin, File("chain.txt", "陳,陈\n陈,阵\n"));
  ASSERT_EQ(chain.problems.size(), 1u);
  EXPECT_EQ(chain.problems[0].second, "to: 陈 is itself mapped (chains are not followed)");
  EXPECT_THROW(usecases::aml::LoadWatchlist(*pool_, kAdmin, "FRIENDS", File("x.csv", "ref,name\nA,B\n"), "", "auto"),
               Error);
}

// A confirmed match rates the client HIGH, to be reviewed in 6 months;
// compliance re-rates with the version read (a stale one is refused), and
// a review date passed puts the client in the "due" list, marked overdue.
TEST_F(WatchlistTest, AConfirmedMatchRatesTheClientHighAndReviewsFallDue) {
  auto loaded = usecases::aml::LoadWatchlist(
      *pool_, kAdmin, "SANCTIONS", File("sanctions.csv", "ref,name,category\nSAN-9,Viktor Orlov,Export controls\n"), "",
      "auto");
  ASSERT_TRUE(loaded.problems.empty());
  const auto client = NewClient("VIKTOR ORLOV");
  const auto c = CaseOf(client.id());
  ASSERT_EQ(c.list_kind(), "SANCTIONS");
  auto stub = crm::v1::AmlService::NewStub(server_->Channel());
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::CloseWatchlistCaseRequest close;
    close.set_id(c.id());
    close.set_version(c.version());
    close.set_status("CONFIRMED");
    close.set_reason("Passport number matches the designation notice");
    crm::v1::WatchlistCase closed;
    auto st = stub->CloseWatchlistCase(ctx.get(), close, &closed);
    ASSERT_TRUE(st.ok()) << st.error_message();
  }
  pqxx::connection conn(server_->conninfo());
  auto today = [&] {
    pqxx::work tx(conn);
    return tx.exec1("SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date::text")[0].as<std::string>();
  };
  auto plus_months = [&](int m) {
    const std::string day = today();
    pqxx::work tx(conn);
    return tx.exec_params1("SELECT ($1::date + make_interval(months => $2))::date::text", day, m)[0].as<std::string>();
  };
  auto list = [&](bool due_only) {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::ListAmlRiskRatingsRequest req;
    req.set_due_only(due_only);
    crm::v1::ListAmlRiskRatingsResponse resp;
    EXPECT_TRUE(stub->ListAmlRiskRatings(ctx.get(), req, &resp).ok());
    std::map<std::string, crm::v1::AmlRiskRating> out;
    for (const auto& r : resp.ratings()) out[r.customer_id()] = r;
    return out;
  };
  auto rating = list(false)[client.id()];
  EXPECT_EQ(rating.rating(), "HIGH");
  EXPECT_EQ(rating.next_review(), plus_months(6));
  EXPECT_EQ(rating.reason(), "Passport number matches the designation notice");  // the officer's words
  EXPECT_FALSE(rating.overdue());
  EXPECT_TRUE(list(true).empty());

  // Re-rated with the version read; the same version again is stale.
  crm::v1::SetAmlRiskRatingRequest set;
  set.set_customer_id(client.id());
  set.set_rating("MEDIUM");
  set.set_reason("Designation lifted 2026-11-30");
  set.set_version(rating.version());
  crm::v1::AmlRiskRating after;
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    auto st = stub->SetAmlRiskRating(ctx.get(), set, &after);
    ASSERT_TRUE(st.ok()) << st.error_message();
  }
  EXPECT_EQ(after.rating(), "MEDIUM");
  EXPECT_EQ(after.next_review(), plus_months(24));
  EXPECT_EQ(after.rated_by_name(), "Test compliance1");
  {
    auto ctx = AuthedContext(tokens_["compliance1"]);
    crm::v1::AmlRiskRating again;
    EXPECT_EQ(stub->SetAmlRiskRating(ctx.get(), set, &again).error_code(), grpc::StatusCode::ABORTED);
    set.set_rating("EXTREME");
    auto ctx2 = AuthedContext(tokens_["compliance1"]);
    auto st = stub->SetAmlRiskRating(ctx2.get(), set, &again);
    EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
    EXPECT_EQ(ViolationFields(st), std::vector<std::string>{"rating"});
    auto ctx3 = AuthedContext(tokens_["manager1"]);
    set.set_rating("LOW");
    EXPECT_EQ(stub->SetAmlRiskRating(ctx3.get(), set, &again).error_code(), grpc::StatusCode::PERMISSION_DENIED);
  }

  // The review date passes: the client is due, marked overdue.
  {
    const std::string day = today();
    pqxx::work tx(conn);
    tx.exec_params0("UPDATE aml_risk_rating SET next_review = $2::date - 1 WHERE customer_id = $1::uuid", client.id(),
                    day);
    tx.commit();
  }
  auto due = list(true);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_TRUE(due[client.id()].overdue());
  pqxx::work tx(conn);
  EXPECT_EQ(tx.exec_params1("SELECT count(*) FROM (SELECT action, target_id FROM audit_pending UNION ALL SELECT "
                            "action, target_id FROM audit_event) a WHERE action = 'aml.risk.rate' AND target_id = $1",
                            client.id())[0]
                .as<int>(),
            2);
}

}  // namespace
}  // namespace crm::testing
