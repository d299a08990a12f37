// Issue 23, found by an independent client: creates that are idempotent by
// request_id also when the repeats arrive at the same moment (a workstation
// retrying after a timeout), and money fields with a range, through the real
// server on PostgreSQL.
#include <atomic>
#include <limits>
#include <thread>

#include "suitability_fixture.h"

namespace crm::testing {
namespace {

constexpr int kCallers = 4;
constexpr int kRounds = 6;
constexpr int64_t kMaxMinor = 1'000'000'000'000'000;  // 10^15 fen, docs/admin-guide.md

// Runs call(i) on kCallers threads released together; returns their statuses.
template <typename Call>
std::vector<grpc::Status> AllAtOnce(Call call) {
  std::vector<grpc::Status> statuses(kCallers);
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kCallers; ++i)
    threads.emplace_back([&, i] {
      ready.fetch_add(1);
      while (ready.load() < kCallers) std::this_thread::yield();
      statuses[i] = call(i);
    });
  for (auto& t : threads) t.join();
  return statuses;
}

}  // namespace

TEST_F(SuitabilityTest, ConcurrentCreatesWithOneRequestIdAllAnswerWithTheFirstClient) {
  for (int round = 0; round < kRounds; ++round) {
    v1::CreateCustomerRequest req;
    req.set_request_id("race-client-" + std::to_string(round));
    req.mutable_customer()->set_kind(v1::INDIVIDUAL);
    req.mutable_customer()->set_name("并发客户" + std::to_string(round));
    std::vector<v1::Customer> out(kCallers);
    auto statuses = AllAtOnce([&](int i) {
      auto ctx = AuthedContext(tokens_["manager1"], 10000);
      return customers_->CreateCustomer(ctx.get(), req, &out[i]);
    });
    for (int i = 0; i < kCallers; ++i) {
      ASSERT_TRUE(statuses[i].ok()) << "round " << round << " caller " << i << ": " << ErrorReason(statuses[i]) << " "
                                    << statuses[i].error_message();
      EXPECT_EQ(out[i].id(), out[0].id()) << "round " << round;
    }
  }
  EXPECT_EQ(Count("SELECT count(*) FROM customer WHERE request_id LIKE 'race-client-%'"), kRounds);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_trail WHERE action = 'customer.create' AND "
                  "details->>'request_id' LIKE 'race-client-%'"),
            kRounds);

  // The same request_id with other content, or from another user, is refused
  // with a reason saying so, names the field and creates nothing.
  v1::CreateCustomerRequest other;
  other.set_request_id("race-client-0");
  other.mutable_customer()->set_kind(v1::INDIVIDUAL);
  other.mutable_customer()->set_name("另一个客户");
  v1::Customer c;
  auto ctx = AuthedContext(tokens_["manager1"]);
  auto s = customers_->CreateCustomer(ctx.get(), other, &c);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::ALREADY_EXISTS);
  EXPECT_EQ(ErrorReason(s), "REQUEST_ID_REUSED");
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"request_id"});
  other.mutable_customer()->set_name("并发客户0");
  auto ctx2 = AuthedContext(tokens_["manager2"]);
  s = customers_->CreateCustomer(ctx2.get(), other, &c);
  EXPECT_EQ(ErrorReason(s), "REQUEST_ID_REUSED") << s.error_message();
  EXPECT_EQ(Count("SELECT count(*) FROM customer WHERE name IN ('另一个客户') OR request_id LIKE 'race-client-%'"),
            kRounds);
}

TEST_F(SuitabilityTest, ConcurrentSalesWithOneRequestIdRecordOneSale) {
  for (int round = 0; round < kRounds; ++round) {
    auto client = ClientAt("C3");
    v1::SuitabilityCheck check;
    ASSERT_TRUE(Check(client, product_ids_[1], v1::RECOMMEND, &check).ok());
    ASSERT_EQ(check.decision(), v1::ALLOW);
    const std::string request_id = "race-sale-" + std::to_string(round);
    std::vector<v1::Sale> out(kCallers);
    auto statuses = AllAtOnce([&](int i) { return Sell(check.id(), request_id, 10'000 * kCny, &out[i]); });
    for (int i = 0; i < kCallers; ++i) {
      ASSERT_TRUE(statuses[i].ok()) << "round " << round << " caller " << i << ": " << ErrorReason(statuses[i]) << " "
                                    << statuses[i].error_message();
      EXPECT_EQ(out[i].id(), out[0].id());
    }
    EXPECT_EQ(Count("SELECT count(*) FROM suitability_sale WHERE check_id = '" + check.id() + "'"), 1);
    // The holding grew once.
    EXPECT_EQ(Count("SELECT (market_value_minor / 100)::int FROM holding WHERE customer_id = '" + client + "'"),
              10'000);
    // The same request_id with another amount is refused.
    v1::Sale other;
    auto s = Sell(check.id(), request_id, 20'000 * kCny, &other);
    EXPECT_EQ(ErrorReason(s), "REQUEST_ID_REUSED");
    EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"request_id"});
  }
}

// A key kept from before V0019 has no fingerprint: a repeat still returns its
// sale, but the same request_id on another check is refused, never answered
// with the other check's sale.
TEST_F(SuitabilityTest, AnEarlierSalesRequestIdOnAnotherCheckIsRefused) {
  auto client = ClientAt("C3");
  v1::SuitabilityCheck first, second;
  ASSERT_TRUE(Check(client, product_ids_[1], v1::RECOMMEND, &first).ok());
  v1::Sale sale, again;
  ASSERT_TRUE(Sell(first.id(), "legacy-sale-1", 1000 * kCny, &sale).ok());
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec0("UPDATE request_key SET fingerprint = NULL WHERE request_id = 'legacy-sale-1'");
    tx.commit();
  }
  ASSERT_TRUE(Sell(first.id(), "legacy-sale-1", 1000 * kCny, &again).ok());
  EXPECT_EQ(again.id(), sale.id());
  ASSERT_TRUE(Check(client, product_ids_[1], v1::RECOMMEND, &second).ok());
  auto s = Sell(second.id(), "legacy-sale-1", 1000 * kCny, &again);
  EXPECT_EQ(ErrorReason(s), "REQUEST_ID_REUSED");
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_sale WHERE check_id = '" + second.id() + "'"), 0);
}

TEST_F(SuitabilityTest, ConcurrentInteractionsAndProductsWithOneRequestIdAreRecordedOnce) {
  auto client = NewClient();
  for (int round = 0; round < kRounds; ++round) {
    v1::CreateInteractionRequest req;
    req.set_customer_id(client);
    req.set_channel(v1::CHANNEL_PHONE);
    req.set_summary("电话回访，第" + std::to_string(round) + "次");
    req.set_request_id("race-interaction-" + std::to_string(round));
    std::vector<v1::Interaction> out(kCallers);
    auto statuses = AllAtOnce([&](int i) {
      auto ctx = AuthedContext(tokens_["manager1"], 10000);
      return customers_->CreateInteraction(ctx.get(), req, &out[i]);
    });
    for (int i = 0; i < kCallers; ++i) {
      ASSERT_TRUE(statuses[i].ok()) << ErrorReason(statuses[i]) << " " << statuses[i].error_message();
      EXPECT_EQ(out[i].id(), out[0].id());
    }
  }
  EXPECT_EQ(Count("SELECT count(*) FROM interaction WHERE customer_id = '" + client + "'"), kRounds);

  for (int round = 0; round < kRounds; ++round) {
    v1::CreateProductRequest req;
    req.set_request_id("race-product-" + std::to_string(round));
    req.mutable_product()->set_code("RACE-" + std::to_string(round));
    req.mutable_product()->set_name("并发产品");
    req.mutable_product()->set_type("FUND");
    req.mutable_product()->set_risk(v1::R2);
    std::vector<v1::Product> out(kCallers);
    auto statuses = AllAtOnce([&](int i) {
      auto ctx = AuthedContext(tokens_["compliance1"], 10000);
      return stub_->CreateProduct(ctx.get(), req, &out[i]);
    });
    for (int i = 0; i < kCallers; ++i) {
      ASSERT_TRUE(statuses[i].ok()) << ErrorReason(statuses[i]) << " " << statuses[i].error_message();
      EXPECT_EQ(out[i].id(), out[0].id());
    }
  }
  EXPECT_EQ(Count("SELECT count(*) FROM product WHERE code LIKE 'RACE-%'"), kRounds);
}

// "A sale of 92 quadrillion yuan": every money field has a range; beyond it
// INVALID_ARGUMENT names the field and nothing changes.
TEST_F(SuitabilityTest, MoneyBeyondItsRangeIsRefusedNamingTheFieldAndChangesNothing) {
  constexpr int64_t kHuge = std::numeric_limits<int64_t>::max();
  auto client = ClientAt("C5");
  v1::SuitabilityCheck check;
  ASSERT_TRUE(Check(client, product_ids_[1], v1::RECOMMEND, &check).ok());
  v1::Sale sale;
  for (int64_t amount : {kHuge, kMaxMinor + 1, int64_t{0}, int64_t{-5}}) {
    auto s = Sell(check.id(), "huge-sale", amount, &sale);
    EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT) << amount;
    EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"amount.amount_minor"}) << amount;
  }
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_sale WHERE customer_id = '" + client + "'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM holding WHERE customer_id = '" + client + "'"), 0);

  // The largest amount is accepted; a sum beyond the range is not: the
  // client's holding of the product cannot pass 10^15 fen.
  ASSERT_TRUE(Sell(check.id(), "max-sale", kMaxMinor, &sale).ok());
  ASSERT_TRUE(Check(client, product_ids_[1], v1::RECOMMEND, &check).ok());
  auto s = Sell(check.id(), "max-sale-plus-one", 100, &sale);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"amount.amount_minor"});
  EXPECT_EQ(Count("SELECT count(*) FROM suitability_sale WHERE customer_id = '" + client + "'"), 1);
  EXPECT_EQ(
      Count("SELECT (market_value_minor = 1000000000000000)::int FROM holding WHERE customer_id = '" + client + "'"),
      1);

  // A product's minimum investment.
  v1::CreateProductRequest preq;
  preq.mutable_product()->set_code("HUGE-MIN");
  preq.mutable_product()->set_name("巨额产品");
  preq.mutable_product()->set_type("FUND");
  preq.mutable_product()->set_risk(v1::R1);
  preq.mutable_product()->set_min_investment_minor(kHuge);
  v1::Product p;
  auto ctx = AuthedContext(tokens_["compliance1"]);
  s = stub_->CreateProduct(ctx.get(), preq, &p);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"product.min_investment_minor"});
  EXPECT_EQ(Count("SELECT count(*) FROM product WHERE code = 'HUGE-MIN'"), 0);

  // Classification evidence.
  v1::ClassificationEvidence e;
  e.set_financial_assets_minor(kHuge);
  e.set_investing_years(2);
  v1::InvestorClassification cls;
  s = Classify(client, v1::QUALIFICATION, e, &cls);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"evidence.financial_assets_minor"});
  EXPECT_EQ(Count("SELECT count(*) FROM investor_classification WHERE customer_id = '" + client + "'"), 0);

  // A list filter.
  v1::ListCustomersRequest lreq;
  lreq.set_aum_min_minor(kHuge);
  v1::ListCustomersResponse lresp;
  auto ctx2 = AuthedContext(tokens_["manager1"]);
  s = customers_->ListCustomers(ctx2.get(), lreq, &lresp);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ViolationFields(s), std::vector<std::string>{"aum_min_minor"});

  // The database holds the same range for every writer (V0018).
  pqxx::connection conn(server_->conninfo());
  pqxx::work tx(conn);
  EXPECT_THROW(tx.exec_params("UPDATE holding SET market_value_minor = $1 WHERE customer_id = $2::uuid", kHuge, client),
               pqxx::check_violation);
}

}  // namespace crm::testing
