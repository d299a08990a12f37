// ListCustomers filters on what the client holds and does (issue 4): the
// latest AUM within a range and the last trade before / after a date, on top
// of the scope, across pages; bad bounds name their field and list nothing.
#include <gtest/gtest.h>

#include <pqxx/pqxx>
#include <set>

#include "crm/v1/customer.grpc.pb.h"
#include "support/test_server.h"

using crm::testing::AuthedContext;
using crm::testing::TestServer;
using crm::testing::ViolationFields;

namespace {

class CustomerFiltersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    server_->CreateUser("fmanager", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    server_->CreateUser("fother", "ACCOUNT_MANAGER", "T2", TestServer::kPassword);
    channel_ = new std::shared_ptr<grpc::Channel>(server_->Channel());
    token_ = crm::testing::LoginOrDie(**channel_, "fmanager", TestServer::kPassword);
    other_token_ = crm::testing::LoginOrDie(**channel_, "fother", TestServer::kPassword);
    auto stub = crm::v1::CustomerService::NewStub(*channel_);
    // name, AUM in yuan (-1: no metrics yet), last trade (days ago, -1: never)
    struct Seed {
      const char* name;
      long long aum_yuan;
      int traded_days_ago;
    };
    const Seed seeds[] = {{"筛选甲", 1'000'000, 3},
                          {"筛选乙", 5'000'000, 40},
                          {"筛选丙", 20'000'000, 400},
                          {"筛选丁", 0, -1},
                          {"筛选戊", -1, -1}};
    pqxx::connection conn(server_->conninfo());
    pqxx::work tx(conn);
    for (const auto& seed : seeds) {
      for (const std::string& token : {token_, other_token_}) {  // the other manager's twins must never show
        auto ctx = AuthedContext(token);
        crm::v1::CreateCustomerRequest req;
        req.set_request_id(std::string(seed.name) + token.substr(0, 8));
        req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
        req.mutable_customer()->set_name(seed.name);
        crm::v1::Customer c;
        ASSERT_TRUE(stub->CreateCustomer(ctx.get(), req, &c).ok());
        if (seed.aum_yuan < 0) continue;
        tx.exec_params0(
            "INSERT INTO customer_metrics (customer_id, aum_minor, last_trade_date, as_of) VALUES ($1::uuid, $2, "
            "CASE WHEN $3 < 0 THEN NULL ELSE current_date - $3 END, current_date)",
            c.id(), seed.aum_yuan * 100, seed.traded_days_ago);
      }
    }
    tx.commit();
  }
  static void TearDownTestSuite() {
    delete channel_;
    delete server_;
  }

  // Every page of the manager's list with the filter; the names returned.
  static std::set<std::string> List(const std::function<void(crm::v1::ListCustomersRequest&)>& filter,
                                    grpc::Status* status = nullptr) {
    auto stub = crm::v1::CustomerService::NewStub(*channel_);
    std::set<std::string> names;
    std::string token;
    int pages = 0;
    do {
      auto ctx = AuthedContext(token_);
      crm::v1::ListCustomersRequest req;
      filter(req);
      req.set_page_size(2);
      req.set_page_token(token);
      crm::v1::ListCustomersResponse resp;
      auto s = stub->ListCustomers(ctx.get(), req, &resp);
      if (status) *status = s;
      if (!s.ok()) return names;
      for (const auto& c : resp.customers()) EXPECT_TRUE(names.insert(c.name()).second) << c.name() << " twice";
      token = resp.next_page_token();
    } while (!token.empty() && ++pages < 20);
    return names;
  }

  static google::type::Date DaysAgo(int days) {
    pqxx::connection conn(server_->conninfo());
    pqxx::read_transaction tx(conn);
    auto r = tx.exec_params1(
        "SELECT extract(year FROM d)::int, extract(month FROM d)::int, extract(day FROM d)::int FROM "
        "(SELECT current_date - $1::int AS d) x",
        days);
    google::type::Date out;
    out.set_year(r[0].as<int>());
    out.set_month(r[1].as<int>());
    out.set_day(r[2].as<int>());
    return out;
  }

  static TestServer* server_;
  static std::shared_ptr<grpc::Channel>* channel_;
  static std::string token_, other_token_;
};

TestServer* CustomerFiltersTest::server_ = nullptr;
std::shared_ptr<grpc::Channel>* CustomerFiltersTest::channel_ = nullptr;
std::string CustomerFiltersTest::token_, CustomerFiltersTest::other_token_;

using Names = std::set<std::string>;

TEST_F(CustomerFiltersTest, AumRangeAndLastTradeNarrowTheBookAcrossPages) {
  EXPECT_EQ(List([](auto&) {}).size(), 5u);
  EXPECT_EQ(List([](auto& r) { r.set_aum_min_minor(500'000'000); }), (Names{"筛选乙", "筛选丙"}));
  EXPECT_EQ(List([](auto& r) { r.set_aum_max_minor(500'000'000); }), (Names{"筛选甲", "筛选乙", "筛选丁"}));
  EXPECT_EQ(List([](auto& r) {
              r.set_aum_min_minor(100'000'000);
              r.set_aum_max_minor(500'000'000);
            }),
            (Names{"筛选甲", "筛选乙"}));
  // Traded within the last 30 days / not since a year ago (never-traded clients match neither).
  EXPECT_EQ(List([](auto& r) { *r.mutable_last_trade_after() = DaysAgo(30); }), (Names{"筛选甲"}));
  EXPECT_EQ(List([](auto& r) { *r.mutable_last_trade_before() = DaysAgo(365); }), (Names{"筛选丙"}));
  EXPECT_EQ(List([](auto& r) {
              *r.mutable_last_trade_after() = DaysAgo(100);
              *r.mutable_last_trade_before() = DaysAgo(10);
            }),
            (Names{"筛选乙"}));
  // With a sort order too.
  EXPECT_EQ(List([](auto& r) {
              r.set_aum_min_minor(1);
              r.set_order_by("name desc");
            }),
            (Names{"筛选甲", "筛选乙", "筛选丙"}));
}

TEST_F(CustomerFiltersTest, BadBoundsNameTheirField) {
  grpc::Status s;
  EXPECT_TRUE(List(
                  [](auto& r) {
                    r.set_aum_min_minor(500);
                    r.set_aum_max_minor(100);
                  },
                  &s)
                  .empty());
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"aum_max_minor"});
  List([](auto& r) { r.set_aum_min_minor(-1); }, &s);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"aum_min_minor"});
  List(
      [](auto& r) {
        r.mutable_last_trade_after()->set_year(2026);
        r.mutable_last_trade_after()->set_month(2);
        r.mutable_last_trade_after()->set_day(30);
      },
      &s);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"last_trade_after"});
  List(
      [](auto& r) {
        *r.mutable_last_trade_after() = DaysAgo(10);
        *r.mutable_last_trade_before() = DaysAgo(20);
      },
      &s);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"last_trade_before"});
}

}  // namespace
