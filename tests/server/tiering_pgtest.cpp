// Tiering through a real in-process server on PostgreSQL (product.md section
// 2): the brokerage reference policy's boundaries (inclusive >=, OR, dormant
// over assets), rule tags, idempotent recompute, the dirty queue, preview
// equal to activation, version history, a recompute running while clients
// are edited, and a stopped recompute resumed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pqxx/pqxx>
#include <thread>

#include "common/clock.h"
#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/tiering.grpc.pb.h"
#include "storage/audit_sealer.h"
#include "storage/connection_pool.h"
#include "support/test_server.h"
#include "usecases/tier_engine.h"

using crm::testing::AuthedContext;
using crm::testing::ErrorReason;
using crm::testing::TestServer;
using crm::testing::ViolationFields;
namespace v1 = crm::v1;

namespace {

constexpr int64_t kYuan = 100;  // fen

class TieringTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    server_->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    server_->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    server_->CreateUser("compliance2", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    channel_ = new std::shared_ptr<grpc::Channel>(server_->Channel());
    for (const char* u : {"manager1", "compliance1", "compliance2"})
      tokens_[u] = crm::testing::LoginOrDie(**channel_, u, TestServer::kPassword);
  }
  static void TearDownTestSuite() {
    delete channel_;
    delete server_;
  }
  void SetUp() override {
    stub_ = v1::TieringService::NewStub(*channel_);
    customers_ = v1::CustomerService::NewStub(*channel_);
  }

  std::string NewClient(const std::string& name) {
    static int n = 0;
    v1::CreateCustomerRequest req;
    req.set_request_id("tier-client-" + std::to_string(++n));
    req.mutable_customer()->set_kind(v1::INDIVIDUAL);
    req.mutable_customer()->set_name(name);
    v1::Customer c;
    auto ctx = AuthedContext(tokens_["manager1"]);
    EXPECT_TRUE(customers_->CreateCustomer(ctx.get(), req, &c).ok());
    return c.id();
  }

  // Loads a client's history the way the clearing feed would (as the owner, not crm_app).
  static void Feed(const std::string& id, int64_t aum_minor, int64_t commission_minor, int trades,
                   int days_since_trade) {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    if (aum_minor >= 0)
      tx.exec_params(
          "INSERT INTO aum_daily (customer_id, day, aum_minor) VALUES ($1, current_date, $2) "
          "ON CONFLICT (customer_id, day) DO UPDATE SET aum_minor = EXCLUDED.aum_minor",
          id, aum_minor);
    for (int i = 0; i < trades; ++i)
      tx.exec_params(
          "INSERT INTO trade (customer_id, trade_time, product_code, side, amount_minor, commission_minor) "
          "VALUES ($1, now() - make_interval(days => $2), '600519', 'BUY', 100000, $3)",
          id, days_since_trade, i == 0 ? commission_minor : 0);
    tx.commit();
  }

  static void WaitForQueue() {
    for (int i = 0; i < 200; ++i) {
      if (Scalar("SELECT count(*) FROM tier_dirty") == 0) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL() << "the dirty queue did not drain";
  }

  static int64_t Scalar(const std::string& sql) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    auto r = tx.exec(sql);
    return r[0][0].is_null() ? 0 : r[0][0].as<int64_t>();
  }
  static std::string Text(const std::string& sql) {
    pqxx::connection c(server_->conninfo());
    pqxx::read_transaction tx(c);
    auto r = tx.exec(sql);
    return r.empty() || r[0][0].is_null() ? "" : r[0][0].as<std::string>();
  }
  static std::string Tier(const std::string& id) { return Text("SELECT tier FROM customer WHERE id = '" + id + "'"); }

  // RecomputeTiers over the stream; returns the last progress message.
  v1::RecomputeProgress Recompute(int* messages = nullptr) {
    auto ctx = AuthedContext(tokens_["compliance1"], 60000);
    v1::RecomputeTiersRequest req;
    req.set_reason("test");
    auto reader = stub_->RecomputeTiers(ctx.get(), req);
    v1::RecomputeProgress p, last;
    int n = 0;
    while (reader->Read(&p)) {
      last = p;
      ++n;
    }
    auto s = reader->Finish();
    EXPECT_TRUE(s.ok()) << s.error_message();
    if (messages) *messages = n;
    return last;
  }

  std::string ActivePolicyId() { return Text("SELECT id::text FROM tier_policy WHERE status = 'ACTIVE'"); }

  static TestServer* server_;
  static std::shared_ptr<grpc::Channel>* channel_;
  static std::map<std::string, std::string> tokens_;
  std::unique_ptr<v1::TieringService::Stub> stub_;
  std::unique_ptr<v1::CustomerService::Stub> customers_;
};

TestServer* TieringTest::server_ = nullptr;
std::shared_ptr<grpc::Channel>* TieringTest::channel_ = nullptr;
std::map<std::string, std::string> TieringTest::tokens_;

}  // namespace

// product.md section 2, brokerage A/B/C/D: inclusive >=, OR, dormant over assets.
TEST_F(TieringTest, BrokerageBoundariesOrAndDormantOverAssets) {
  const auto exactly_10m = NewClient("恰好一千万");
  const auto just_below = NewClient("差一分");
  const auto commission_50k = NewClient("佣金五万");
  const auto commission_below = NewClient("佣金差一分");
  const auto dormant_rich = NewClient("休眠大户");
  const auto small = NewClient("普通客户");
  Feed(exactly_10m, 10'000'000 * kYuan, 0, 1, 1);
  Feed(just_below, 10'000'000 * kYuan - 1, 0, 1, 1);
  Feed(commission_50k, 100 * kYuan, 50'000 * kYuan, 1, 1);
  Feed(commission_below, 100 * kYuan, 50'000 * kYuan - 1, 1, 1);
  Feed(dormant_rich, 20'000'000 * kYuan, 0, 1, 91);
  Feed(small, 100 * kYuan, 0, 1, 1);
  WaitForQueue();
  Recompute();
  EXPECT_EQ(Tier(exactly_10m), "A");
  EXPECT_EQ(Tier(just_below), "B");  // 9,999,999.99 is not A (but >= 5,000,000)
  EXPECT_EQ(Tier(commission_50k), "A");
  EXPECT_EQ(Tier(commission_below), "B");
  EXPECT_EQ(Tier(dormant_rich), "D");
  EXPECT_EQ(Tier(small), "C");
  EXPECT_EQ(Text("SELECT string_agg(tag, ',') FROM customer_tag WHERE customer_id = '" + dormant_rich + "'"),
            "dormant");

  // The history names the policy version, the tier that matched and the values that decided it.
  v1::GetCustomerTierHistoryRequest hreq;
  hreq.set_customer_id(exactly_10m);
  v1::GetCustomerTierHistoryResponse hist;
  auto ctx = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(stub_->GetCustomerTierHistory(ctx.get(), hreq, &hist).ok());
  ASSERT_GE(hist.changes_size(), 1);
  EXPECT_EQ(hist.changes(0).to_tier(), "A");
  EXPECT_EQ(hist.changes(0).policy_code(), "brokerage");
  EXPECT_EQ(hist.changes(0).matched_index(), 1);  // D is first, A second
  EXPECT_EQ(nlohmann::json::parse(hist.changes(0).metrics_json())["aum_minor"].get<int64_t>(), 10'000'000 * kYuan);
  // Every change went to the outbox for the task engine.
  EXPECT_EQ(
      Scalar("SELECT count(*) FROM tier_outbox WHERE customer_id = '" + exactly_10m + "' AND payload->>'to' = 'A'"), 1);
}

// Rule tags use the same conditions; manual tags are never touched by rules.
TEST_F(TieringTest, RuleTagsLeaveManualTagsAlone) {
  const auto trader = NewClient("高频交易者");
  v1::UpdateTagsRequest add;
  add.set_customer_id(trader);
  add.add_add("focus_new_energy");
  v1::UpdateTagsResponse tags;
  auto c1 = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(customers_->UpdateTags(c1.get(), add, &tags).ok());
  EXPECT_EQ(tags.manual_tags_size(), 1);
  Feed(trader, 1000 * kYuan, 0, 60, 2);
  WaitForQueue();
  Recompute();
  EXPECT_EQ(Text("SELECT string_agg(tag || ':' || source, ',' ORDER BY tag) FROM customer_tag WHERE customer_id = '" +
                 trader + "'"),
            "focus_new_energy:MANUAL,high_frequency:RULE");
  // The 360 view shows both kinds; the list filters by either.
  v1::GetCustomerRequest get;
  get.set_id(trader);
  v1::Customer c;
  auto c2 = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(customers_->GetCustomer(c2.get(), get, &c).ok());
  EXPECT_EQ(std::vector<std::string>(c.manual_tags().begin(), c.manual_tags().end()),
            std::vector<std::string>{"focus_new_energy"});
  EXPECT_EQ(std::vector<std::string>(c.rule_tags().begin(), c.rule_tags().end()),
            std::vector<std::string>{"high_frequency"});
  for (const char* tag : {"focus_new_energy", "high_frequency"}) {
    v1::ListCustomersRequest list;
    list.set_tag(tag);
    v1::ListCustomersResponse page;
    auto c3 = AuthedContext(tokens_["manager1"]);
    ASSERT_TRUE(customers_->ListCustomers(c3.get(), list, &page).ok());
    ASSERT_EQ(page.customers_size(), 1) << tag;
    EXPECT_EQ(page.customers(0).id(), trader);
  }
  // People remove their own tags; a rule tag is not theirs to remove.
  v1::UpdateTagsRequest remove;
  remove.set_customer_id(trader);
  remove.add_remove("focus_new_energy");
  remove.add_remove("high_frequency");
  auto c4 = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(customers_->UpdateTags(c4.get(), remove, &tags).ok());
  EXPECT_EQ(tags.manual_tags_size(), 0);
  EXPECT_EQ(std::vector<std::string>(tags.rule_tags().begin(), tags.rule_tags().end()),
            std::vector<std::string>{"high_frequency"});
}

// A client's new data moves the tier at once, without waiting for a run.
TEST_F(TieringTest, ChangedDataRetiersTheClientAtOnce) {
  const auto id = NewClient("新增资产");
  Feed(id, 100 * kYuan, 0, 1, 1);
  WaitForQueue();
  EXPECT_EQ(Tier(id), "C");
  Feed(id, 12'000'000 * kYuan, -1, 0, 0);
  WaitForQueue();
  EXPECT_EQ(Tier(id), "A");
  EXPECT_EQ(Text("SELECT COALESCE(run_id::text, 'none') FROM customer_tier_history WHERE customer_id = '" + id +
                 "' ORDER BY id DESC LIMIT 1"),
            "none");
}

// A second run with no data change writes no history and no outbox rows.
TEST_F(TieringTest, RecomputeIsIdempotent) {
  NewClient("幂等一");
  NewClient("幂等二");
  WaitForQueue();
  Recompute();
  const auto history = Scalar("SELECT count(*) FROM customer_tier_history");
  const auto outbox = Scalar("SELECT count(*) FROM tier_outbox");
  int messages = 0;
  auto p = Recompute(&messages);
  EXPECT_TRUE(p.done());
  EXPECT_EQ(p.changed(), 0);
  EXPECT_EQ(p.processed(), Scalar("SELECT count(*) FROM customer"));
  EXPECT_GE(messages, 1);
  EXPECT_EQ(Scalar("SELECT count(*) FROM customer_tier_history"), history);
  EXPECT_EQ(Scalar("SELECT count(*) FROM tier_outbox"), outbox);
  // The active policy (it has tag rules) previews as no change at all.
  v1::PreviewTierPolicyRequest preq;
  preq.set_id(ActivePolicyId());
  v1::PreviewTierPolicyResponse preview;
  auto ctx = AuthedContext(tokens_["compliance1"]);
  auto s = stub_->PreviewTierPolicy(ctx.get(), preq, &preview);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_EQ(preview.changing(), 0);
  EXPECT_EQ(preview.clients(), Scalar("SELECT count(*) FROM customer"));
}

// Drafts validate by field; only drafts change; only allowed roles draft.
TEST_F(TieringTest, PolicyValidationAndDrafts) {
  v1::CreateTierPolicyRequest req;
  req.set_code("test_policy");
  req.set_name("Test");
  req.set_definition_json(R"({"tiers": [
    {"code": "X", "name": "x", "contact_interval_days": 30, "review_interval_days": 90,
     "condition": {"any": [{"metric": "aum", "op": ">=", "value": "12.345"}]}},
    {"code": "Y", "name": "y", "contact_interval_days": 30, "review_interval_days": 90,
     "condition": {"metric": "trades_90d", "op": ">=", "value": "1"}}]})");
  v1::TierPolicy out;
  auto c1 = AuthedContext(tokens_["compliance1"]);
  auto s = stub_->CreateTierPolicy(c1.get(), req, &out);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(ViolationFields(s),
            (std::vector<std::string>{"definition.tiers[0].condition.any[0].value", "definition.tiers[1].condition"}));
  v1::ValidateTierPolicyRequest vreq;
  vreq.set_definition_json(req.definition_json());
  v1::ValidateTierPolicyResponse vresp;
  auto c2 = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->ValidateTierPolicy(c2.get(), vreq, &vresp).ok());
  EXPECT_FALSE(vresp.valid());
  EXPECT_EQ(vresp.problems_size(), 2);

  auto c3 = AuthedContext(tokens_["manager1"]);
  EXPECT_EQ(stub_->CreateTierPolicy(c3.get(), req, &out).error_code(), grpc::StatusCode::PERMISSION_DENIED);

  v1::UpdateTierPolicyRequest up;
  up.set_id(ActivePolicyId());
  up.set_etag("v1");
  up.set_name("changed");
  up.set_definition_json(Text("SELECT definition::text FROM tier_policy WHERE status = 'ACTIVE'"));
  auto c4 = AuthedContext(tokens_["compliance1"]);
  s = stub_->UpdateTierPolicy(c4.get(), up, &out);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ErrorReason(s), "NOT_A_DRAFT");
}

// Preview on the same data gives exactly what activation then does; the old
// version is retired and stays readable.
TEST_F(TieringTest, PreviewEqualsActivationAndVersionsStayReadable) {
  for (auto [name, aum] : {std::pair{"超高净值", 30'000'000 * kYuan + 1}, std::pair{"恰好三千万", 30'000'000 * kYuan},
                           std::pair{"富裕", 1'000'000 * kYuan}, std::pair{"大众", 999'999 * kYuan}}) {
    Feed(NewClient(name), aum, 0, 1, 1);
  }
  WaitForQueue();
  const std::string old_active = ActivePolicyId();
  const std::string wealth = Text("SELECT id::text FROM tier_policy WHERE code = 'wealth' AND status = 'DRAFT'");
  ASSERT_FALSE(wealth.empty());
  v1::PreviewTierPolicyRequest preq;
  preq.set_id(wealth);
  v1::PreviewTierPolicyResponse preview;
  auto c1 = AuthedContext(tokens_["compliance1"], 30000);
  ASSERT_TRUE(stub_->PreviewTierPolicy(c1.get(), preq, &preview).ok());
  EXPECT_EQ(preview.clients(), Scalar("SELECT count(*) FROM customer"));
  std::map<std::string, int64_t> expected;
  for (const auto& t : preview.after()) expected[t.tier()] = t.count();
  EXPECT_EQ(expected["UHNW"], 1);  // > 30,000,000 strictly
  EXPECT_GE(expected["HNW"], 1);   // exactly 30,000,000
  for (const auto& t : preview.transitions()) EXPECT_LE(t.samples_size(), 5);

  v1::GetTierPolicyRequest g;
  g.set_id(wealth);
  v1::TierPolicy draft;
  auto c2 = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->GetTierPolicy(c2.get(), g, &draft).ok());
  v1::ActivateTierPolicyRequest act;
  act.set_id(wealth);
  act.set_etag(draft.etag());
  act.set_reason("wealth management launch");
  v1::ActivateTierPolicyResponse activated;
  auto c3 = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->ActivateTierPolicy(c3.get(), act, &activated).ok());
  EXPECT_EQ(activated.policy().status(), v1::TIER_POLICY_ACTIVE);
  // The server's tiering loop carries out the activation run.
  for (int i = 0; i < 200 && Text("SELECT status FROM tier_run WHERE id = '" + activated.run_id() + "'") != "DONE"; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_EQ(Text("SELECT status FROM tier_run WHERE id = '" + activated.run_id() + "'"), "DONE");
  for (const auto& [tier, n] : expected)
    EXPECT_EQ(Scalar("SELECT count(*) FROM customer WHERE tier = '" + tier + "'"), n) << tier;
  EXPECT_EQ(Scalar("SELECT changed FROM tier_run WHERE id = '" + activated.run_id() + "'"), preview.changing());

  v1::ListTierPoliciesResponse list;
  auto c4 = AuthedContext(tokens_["manager1"]);
  ASSERT_TRUE(stub_->ListTierPolicies(c4.get(), {}, &list).ok());
  int active = 0;
  for (const auto& p : list.policies()) {
    if (p.status() == v1::TIER_POLICY_ACTIVE) ++active;
    if (p.id() == old_active) {
      EXPECT_EQ(p.status(), v1::TIER_POLICY_RETIRED);
    }
  }
  EXPECT_EQ(active, 1);
  EXPECT_EQ(Scalar("SELECT count(*) FROM audit_trail WHERE action = 'tiering.policy.activate'"), 1);

  // Back to brokerage as a new version (a copy of the retired one), for the tests after this.
  v1::GetTierPolicyRequest gold;
  gold.set_id(old_active);
  v1::TierPolicy retired;
  auto c5 = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->GetTierPolicy(c5.get(), gold, &retired).ok());
  v1::CreateTierPolicyRequest copy;
  copy.set_code("brokerage");
  copy.set_name(retired.name());
  copy.set_definition_json(retired.definition_json());
  v1::TierPolicy v2;
  auto c6 = AuthedContext(tokens_["compliance1"]);
  ASSERT_TRUE(stub_->CreateTierPolicy(c6.get(), copy, &v2).ok());
  EXPECT_EQ(v2.version(), 2);
  act.set_id(v2.id());
  act.set_etag(v2.etag());
  // Four eyes (issue 25 item 11): its author cannot put it into force; the
  // attempt is on record; a second officer can.
  auto c7a = AuthedContext(tokens_["compliance1"]);
  auto s = stub_->ActivateTierPolicy(c7a.get(), act, &activated);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ErrorReason(s), "FOUR_EYES_REQUIRED");
  EXPECT_EQ(Text("SELECT status FROM tier_policy WHERE id = '" + v2.id() + "'"), "DRAFT");
  EXPECT_EQ(Scalar("SELECT count(*) FROM audit_trail WHERE action = 'tiering.policy.activate' AND outcome = 'denied' "
                   "AND target_id = '" +
                   v2.id() + "'"),
            1);
  auto c7 = AuthedContext(tokens_["compliance2"]);
  ASSERT_TRUE(stub_->ActivateTierPolicy(c7.get(), act, &activated).ok());
  for (int i = 0; i < 200 && Text("SELECT status FROM tier_run WHERE id = '" + activated.run_id() + "'") != "DONE"; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
}

// A recompute stopped half-way (as if the server died) is finished by the
// next one: same run, every client once, no duplicate history.
TEST_F(TieringTest, StoppedRecomputeIsResumed) {
  for (int i = 0; i < 12; ++i) Feed(NewClient("续跑" + std::to_string(i)), (i % 3) * 6'000'000 * kYuan, 0, 1, 1);
  WaitForQueue();
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec("UPDATE customer SET tier = NULL");  // force every client to change
    tx.commit();
  }
  auto& engine = server_->server().tier_engine();
  engine.set_batch_size(5);
  auto stopped = engine.Recompute("ON_DEMAND", "", [](const crm::usecases::TierProgress&) { return false; });
  EXPECT_FALSE(stopped.done);
  EXPECT_GT(stopped.processed, 0);
  EXPECT_LT(stopped.processed, Scalar("SELECT count(*) FROM customer"));
  // The server's loop (or the next request) resumes the same run.
  for (int i = 0; i < 200 && Text("SELECT status FROM tier_run WHERE id = '" + stopped.run_id + "'") != "DONE"; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  engine.set_batch_size(20000);
  ASSERT_EQ(Text("SELECT status FROM tier_run WHERE id = '" + stopped.run_id + "'"), "DONE");
  const auto clients = Scalar("SELECT count(*) FROM customer");
  // Every client evaluated (one moved by its own update may be seen twice, changing nothing).
  EXPECT_GE(Scalar("SELECT processed FROM tier_run WHERE id = '" + stopped.run_id + "'"), clients);
  EXPECT_EQ(Scalar("SELECT count(*) FROM customer_tier_history WHERE run_id = '" + stopped.run_id + "'"), clients);
  EXPECT_EQ(
      Scalar("SELECT count(DISTINCT customer_id) FROM customer_tier_history WHERE run_id = '" + stopped.run_id + "'"),
      clients);
  EXPECT_EQ(Scalar("SELECT count(*) FROM customer WHERE tier IS NULL"), 0);
}

// A recompute started elsewhere (crm-admin, another server) is still RUNNING
// when this server's loop looks for runs to resume: the two executors must
// share the blocks, not both apply them (which deadlocked at a million
// clients and counted every client twice).
TEST_F(TieringTest, ARunningRecomputeIsSharedWithTheServerNotDoubled) {
  for (int i = 0; i < 30; ++i) Feed(NewClient("共享" + std::to_string(i)), (i % 3) * 6'000'000 * kYuan, 0, 1, 1);
  WaitForQueue();
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec("UPDATE customer SET tier = NULL");
    tx.commit();
  }
  const auto clients = Scalar("SELECT count(*) FROM customer");
  ASSERT_GT(Scalar("SELECT pg_relation_size('customer') / current_setting('block_size')::bigint"), 1);
  // Another process's engine: its own pool, one block per batch.
  crm::storage::ConnectionPool pool(server_->conninfo(), 2);
  crm::SystemClock clock;
  crm::usecases::TierEngine elsewhere(pool, clock, 1);
  std::string run_id;
  bool joined = false;
  auto p = elsewhere.Recompute("ON_DEMAND", "", [&](const crm::usecases::TierProgress& progress) {
    if (!run_id.empty()) return true;
    run_id = progress.run_id;
    // Between two batches: wait until the server's loop has taken the run up.
    for (int i = 0; i < 200 && !joined; ++i) {
      joined =
          Scalar(
              "SELECT count(*) FROM (SELECT target_id FROM audit_pending WHERE action = 'tiering.recompute.resume' "
              "UNION ALL SELECT target_id FROM audit_event WHERE action = 'tiering.recompute.resume') e "
              "WHERE target_id = '" +
              run_id + "'") > 0;
      if (!joined) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // let it take batches
    return true;
  });
  ASSERT_TRUE(joined) << "the server's loop never resumed the run, so nothing was shared";
  EXPECT_TRUE(p.done);
  for (int i = 0; i < 200 && Text("SELECT status FROM tier_run WHERE id = '" + run_id + "'") != "DONE"; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  ASSERT_EQ(Text("SELECT status FROM tier_run WHERE id = '" + run_id + "'"), "DONE");
  // Every client evaluated once, by one executor or the other.
  EXPECT_EQ(Scalar("SELECT processed FROM tier_run WHERE id = '" + run_id + "'"), clients);
  EXPECT_EQ(Scalar("SELECT count(*) FROM customer_tier_history WHERE run_id = '" + run_id + "'"), clients);
  EXPECT_EQ(Scalar("SELECT count(*) FROM customer WHERE tier IS NULL"), 0);
  // Finished once.
  server_->server().sealer().SealNow();
  EXPECT_EQ(Scalar("SELECT count(*) FROM audit_event WHERE action = 'tiering.recompute.finish' AND target_id = '" +
                   run_id + "'"),
            1);
}

// A run that another executor ended as FAILED (a newer policy's run calls
// FailStaleRuns) is not reported as done to whoever was executing it: the
// admin gets ABORTED with a reason, and the run stays FAILED, unfinished.
TEST_F(TieringTest, ARecomputeEndedElsewhereIsNotReportedAsDone) {
  for (int i = 0; i < 30; ++i) Feed(NewClient("中止" + std::to_string(i)), (i % 3) * 6'000'000 * kYuan, 0, 1, 1);
  WaitForQueue();
  ASSERT_GT(Scalar("SELECT pg_relation_size('customer') / current_setting('block_size')::bigint"), 1);
  crm::storage::ConnectionPool pool(server_->conninfo(), 2);
  crm::SystemClock clock;
  crm::usecases::TierEngine elsewhere(pool, clock, 1);
  std::string run_id;
  int ended = 0;
  // The server's own engine resumes any RUNNING run within 100 ms and may
  // finish this one between its first batch and our UPDATE (then the setup
  // is tried again: the check below is about a run that was ended).
  pqxx::connection c(server_->conninfo());  // opened beforehand: the UPDATE follows the batch at once
  for (int setup = 0; setup < 10 && ended == 0; ++setup) {
    run_id.clear();
    try {
      elsewhere.Recompute("ON_DEMAND", "", [&](const crm::usecases::TierProgress& progress) {
        if (run_id.empty()) {
          run_id = progress.run_id;
          pqxx::work tx(c);
          ended = static_cast<int>(tx.exec("UPDATE tier_run SET status = 'FAILED', finish_time = now() WHERE id = '" +
                                           run_id + "' AND status = 'RUNNING'")
                                       .affected_rows());
          tx.commit();
        }
        return true;
      });
      if (ended == 1) ADD_FAILURE() << "the recompute reported done after its run was ended elsewhere";
    } catch (const crm::Error& e) {
      EXPECT_EQ(e.code(), crm::ErrorCode::kAborted);
      EXPECT_EQ(crm::ReasonName(e.reason()), "RECOMPUTE_ENDED");
    }
  }
  ASSERT_EQ(ended, 1) << "the run had finished before it could be ended, ten times (test setup)";
  EXPECT_EQ(Text("SELECT status FROM tier_run WHERE id = '" + run_id + "'"), "FAILED");
  server_->server().sealer().SealNow();
  EXPECT_EQ(Scalar("SELECT count(*) FROM audit_event WHERE action = 'tiering.recompute.finish' AND target_id = '" +
                   run_id + "'"),
            0);
}

// Editing clients while a recompute runs loses neither the edits nor the tiers.
TEST_F(TieringTest, RecomputeWhileClientsAreEdited) {
  std::vector<std::string> ids;
  for (int i = 0; i < 20; ++i) {
    ids.push_back(NewClient("并发" + std::to_string(i)));
    Feed(ids.back(), (i % 2) * 11'000'000 * kYuan, 0, 1, 1);
  }
  WaitForQueue();
  {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    tx.exec("UPDATE customer SET tier = NULL");
    tx.commit();
  }
  server_->server().tier_engine().set_batch_size(3);
  std::atomic<int> edits_ok{0};
  std::thread editor([&] {
    auto stub = v1::CustomerService::NewStub(*channel_);
    for (const auto& id : ids) {
      for (int attempt = 0; attempt < 5; ++attempt) {
        v1::GetCustomerRequest g;
        g.set_id(id);
        v1::Customer c;
        auto gctx = AuthedContext(tokens_["manager1"]);
        if (!stub->GetCustomer(gctx.get(), g, &c).ok()) continue;
        v1::UpdateCustomerRequest u;
        u.mutable_customer()->set_id(id);
        u.mutable_customer()->set_occupation("edited during recompute");
        u.mutable_update_mask()->add_paths("occupation");
        u.set_etag(c.etag());
        v1::Customer out;
        auto uctx = AuthedContext(tokens_["manager1"]);
        if (stub->UpdateCustomer(uctx.get(), u, &out).ok()) {
          ++edits_ok;
          break;
        }
      }
    }
  });
  Recompute();
  editor.join();
  server_->server().tier_engine().set_batch_size(20000);
  EXPECT_EQ(edits_ok.load(), 20);
  for (size_t i = 0; i < ids.size(); ++i) {
    EXPECT_EQ(Tier(ids[i]), i % 2 ? "A" : "C") << i;
    EXPECT_EQ(Text("SELECT occupation FROM customer WHERE id = '" + ids[i] + "'"), "edited during recompute");
  }
}

// The daily run: due once per day from the configured hour; -1 never runs.
TEST_F(TieringTest, DailyRunOncePerDay) {
  auto& engine = server_->server().tier_engine();
  EXPECT_FALSE(engine.RunScheduledIfDue(-1));
  const bool first = engine.RunScheduledIfDue(0);
  EXPECT_TRUE(first);
  EXPECT_FALSE(engine.RunScheduledIfDue(0));  // already done today
  EXPECT_EQ(Scalar("SELECT count(*) FROM tier_run WHERE kind = 'SCHEDULED' AND status = 'DONE'"), 1);
  EXPECT_EQ(Scalar("SELECT count(*) FROM customer_metrics"), Scalar("SELECT count(*) FROM customer"));
}
