// Trades, futures margin snapshots and domain events (issue 26, ADR 0018)
// through the real server over mutual TLS and the real PostgreSQL: what a
// clearing system, an account manager and the task engine would check. A
// resent trade file changes nothing and says so; a bad row changes nothing
// and is named; new trades reach the client's activity in the workstation;
// a margin ratio falling below the threshold raises one margin-call event at
// once (not one per snapshot); a large-value report raises an event; events
// come to the consumer in order per client, and one committed late is never
// skipped.
#include <gtest/gtest.h>

#include <condition_variable>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/ingest.grpc.pb.h"
#include "domain/role.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "storage/customer_repository.h"
#include "storage/transaction.h"
#include "support/test_server.h"
#include "usecases/domain_events.h"
#include "usecases/ingest.h"
#include "usecases/integrations.h"

namespace crm::testing {
namespace {

const storage::AuditWho kAdmin{"", "test-admin", "ADMIN_CLI", "", "local", ""};

// Today in the exchange's time zone (UTC+8), as the trades' trading day.
std::string TodayInChina() {
  const std::time_t t = std::time(nullptr) + 8 * 3600;
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

class IngestTradesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new TestServer();
    tokens_ = server_->CreateSecondBranchAndUsers({{"manager1", "ACCOUNT_MANAGER", "B1", "T1"}});
    pool_ = new storage::ConnectionPool(server_->conninfo(), 3);
    usecases::integrations::CreateRequest r;
    r.name = "clearing";
    r.tls_dir = server_->dir() / "tls";
    r.out_dir = server_->dir() / "integrations";
    auto created = usecases::integrations::Create(*pool_, kAdmin, r);
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = security::ReadFile(server_->ca_path());
    ssl.pem_cert_chain = security::ReadFile(created.cert_file);
    ssl.pem_private_key = security::ReadFile(created.key_file);
    clearing_ = new std::shared_ptr<grpc::Channel>(grpc::CreateChannel(server_->address(), grpc::SslCredentials(ssl)));
  }
  static void TearDownTestSuite() {
    delete clearing_;
    delete pool_;
    delete server_;
  }

  std::string NewClient(const std::string& name) {
    auto stub = crm::v1::CustomerService::NewStub(server_->Channel());
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::CreateCustomerRequest req;
    static int n = 0;
    req.set_request_id("trades-client-" + std::to_string(++n));
    req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
    req.mutable_customer()->set_name(name);
    crm::v1::Customer out;
    auto st = stub->CreateCustomer(ctx.get(), req, &out);
    EXPECT_TRUE(st.ok()) << st.error_message();
    return out.id();
  }

  static crm::v1::Trade Trade(const std::string& ref, const std::string& client, const std::string& side,
                              int64_t quantity, int64_t amount, int64_t commission) {
    crm::v1::Trade t;
    t.set_trade_ref(ref);
    t.set_exchange("SSE");
    t.set_client_id(client);
    t.set_product_code("600519");
    t.set_side(side);
    t.set_quantity(quantity);
    t.set_amount_minor(amount);
    t.set_commission_minor(commission);
    t.set_trade_time("10:31:07");
    return t;
  }

  static grpc::Status SendTrades(const std::string& day, const std::vector<crm::v1::Trade>& trades,
                                 crm::v1::IngestReply* reply) {
    auto stub = crm::v1::IngestService::NewStub(*clearing_);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    auto writer = stub->IngestTrades(&ctx, reply);
    crm::v1::TradeBatchPart part;
    part.mutable_header()->set_source("trading");
    part.mutable_header()->set_business_date(day);
    part.mutable_header()->set_count(static_cast<int64_t>(trades.size()));
    for (const auto& t : trades) *part.add_trades() = t;
    writer->Write(part);
    writer->WritesDone();
    return writer->Finish();
  }

  static crm::v1::MarginSnapshot Snapshot(const std::string& client, const std::string& time, int64_t balance,
                                          int64_t margin) {
    crm::v1::MarginSnapshot m;
    m.set_client_id(client);
    m.set_snapshot_time(time);
    m.set_pre_balance_minor(balance);
    m.set_balance_minor(balance);
    m.set_available_minor(balance - margin);
    m.set_curr_margin_minor(margin);
    return m;
  }

  static grpc::Status SendMargin(const std::string& day, const std::vector<crm::v1::MarginSnapshot>& snaps,
                                 crm::v1::IngestReply* reply) {
    auto stub = crm::v1::IngestService::NewStub(*clearing_);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    auto writer = stub->IngestMarginSnapshots(&ctx, reply);
    crm::v1::MarginBatchPart part;
    part.mutable_header()->set_source("ctp");
    part.mutable_header()->set_business_date(day);
    part.mutable_header()->set_count(static_cast<int64_t>(snaps.size()));
    for (const auto& s : snaps) *part.add_snapshots() = s;
    writer->Write(part);
    writer->WritesDone();
    return writer->Finish();
  }

  static int64_t Count(const std::string& sql) {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    return tx.exec1(sql)[0].as<int64_t>();
  }

  // The client's events as the task engine would see them (all, oldest first).
  static std::vector<usecases::events::Event> EventsOf(const std::string& customer_id) {
    std::vector<usecases::events::Event> out;
    for (const auto& e : usecases::events::AdminList(*pool_, false, 10000))
      if (e.customer_id == customer_id) out.insert(out.begin(), e);
    return out;
  }

  static TestServer* server_;
  static std::map<std::string, std::string> tokens_;
  static storage::ConnectionPool* pool_;
  static std::shared_ptr<grpc::Channel>* clearing_;
};

TestServer* IngestTradesTest::server_ = nullptr;
std::map<std::string, std::string> IngestTradesTest::tokens_;
storage::ConnectionPool* IngestTradesTest::pool_ = nullptr;
std::shared_ptr<grpc::Channel>* IngestTradesTest::clearing_ = nullptr;

TEST_F(IngestTradesTest, ATradeFileResentChangesNothingABadRowChangesNothingAndTradesReachTheClientsActivity) {
  const std::string c = NewClient("Trader");
  const std::string day = TodayInChina();
  crm::v1::IngestReply reply;
  std::vector<crm::v1::Trade> trades = {Trade("E1001", c, "BUY", 100, 17000000, 5100),
                                        Trade("E1002", c, "SELL", 100, 17200000, 5160)};
  ASSERT_TRUE(SendTrades(day, trades, &reply).ok());
  EXPECT_EQ(reply.accepted(), 2) << reply.DebugString();
  EXPECT_GT(reply.batch_id(), 0);

  // The same file a week later: unchanged, and says so.
  ASSERT_TRUE(SendTrades(day, trades, &reply).ok());
  EXPECT_EQ(reply.accepted(), 0);
  EXPECT_EQ(reply.unchanged(), 2);
  EXPECT_EQ(Count("SELECT count(*) FROM trade WHERE trade_ref IN ('E1001','E1002')"), 2);

  // The same trade id with another amount, and a row with a bad side:
  // nothing of the batch is written, each named by line and field.
  auto changed = Trade("E1001", c, "BUY", 100, 17000100, 5100);
  auto bad = Trade("E1003", c, "HOLD", 100, 100, 0);
  auto good = Trade("E1004", c, "BUY", 1, 100, 0);
  ASSERT_TRUE(SendTrades(day, {good, changed, bad}, &reply).ok());
  EXPECT_EQ(reply.batch_id(), 0);
  ASSERT_EQ(reply.rejected(), 1) << reply.DebugString();  // shape first: the bad side stops the batch
  EXPECT_EQ(reply.rejections(0).line(), 3);
  EXPECT_EQ(reply.rejections(0).field(), "side");
  ASSERT_TRUE(SendTrades(day, {good, changed}, &reply).ok());
  ASSERT_EQ(reply.rejected(), 1) << reply.DebugString();
  EXPECT_EQ(reply.rejections(0).line(), 2);
  EXPECT_EQ(reply.rejections(0).field(), "trade_ref");
  EXPECT_EQ(Count("SELECT count(*) FROM trade WHERE trade_ref = 'E1004'"), 0) << "all or nothing";

  // An unknown client is a rejection, never a silent insert.
  ASSERT_TRUE(SendTrades(day, {Trade("E1005", "00000000-0000-4000-8000-000000000000", "BUY", 1, 1, 0)}, &reply).ok());
  ASSERT_EQ(reply.rejected(), 1);
  EXPECT_EQ(reply.rejections(0).field(), "client");

  // The same trade id on another exchange is another trade.
  auto szse = Trade("E1001", c, "BUY", 200, 3000000, 900);
  szse.set_exchange("SZSE");
  szse.set_product_code("000001");
  ASSERT_TRUE(SendTrades(day, {szse}, &reply).ok());
  EXPECT_EQ(reply.accepted(), 1) << reply.DebugString();

  // The account manager sees the activity in Client 360 within seconds (the
  // trades marked the client for its metrics and tier).
  auto stub = crm::v1::CustomerService::NewStub(server_->Channel());
  crm::v1::Customer got;
  for (int i = 0; i < 100; ++i) {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::GetCustomerRequest get;
    get.set_id(c);
    ASSERT_TRUE(stub->GetCustomer(ctx.get(), get, &got).ok());
    if (got.has_activity() && got.activity().trades_90d() == 3) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  ASSERT_TRUE(got.has_activity());
  EXPECT_EQ(got.activity().trades_90d(), 3);
  EXPECT_TRUE(got.activity().has_last_trade_date());
}

TEST_F(IngestTradesTest, AMarginRatioFallingBelowTheThresholdRaisesOneMarginCallAtOnceNotOnePerSnapshot) {
  const std::string c = NewClient("Futures Trader");
  crm::v1::IngestReply reply;
  // Balance / margin in use: 150%, then 95% (below 100%: a margin call),
  // 90% (still below: no second call), 120% (recovered), 80% (a new call).
  ASSERT_TRUE(SendMargin("2026-03-09",
                         {Snapshot(c, "10:00:00", 15000000, 10000000), Snapshot(c, "11:00:00", 9500000, 10000000)},
                         &reply)
                  .ok());
  EXPECT_EQ(reply.accepted(), 2) << reply.DebugString();
  auto events = EventsOf(c);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, "MARGIN_RATIO_LOW");
  auto payload = nlohmann::json::parse(events[0].payload);
  EXPECT_EQ(payload["margin_ratio_bp"], 9500);
  EXPECT_EQ(payload["threshold_bp"], 10000);
  EXPECT_EQ(payload["snapshot_time"], "11:00:00");
  EXPECT_TRUE(events[0].handled_time_us == 0) << "pending for the task engine";

  ASSERT_TRUE(SendMargin("2026-03-09", {Snapshot(c, "11:30:00", 9000000, 10000000)}, &reply).ok());
  EXPECT_EQ(EventsOf(c).size(), 1u) << "still below: no second call the same day";
  ASSERT_TRUE(SendMargin("2026-03-09",
                         {Snapshot(c, "13:30:00", 12000000, 10000000), Snapshot(c, "14:30:00", 8000000, 10000000)},
                         &reply)
                  .ok());
  events = EventsOf(c);
  ASSERT_EQ(events.size(), 2u) << "recovered, then below again: a new call";
  EXPECT_EQ(nlohmann::json::parse(events[1].payload)["margin_ratio_bp"], 8000);
  EXPECT_EQ(events[1].client_seq, events[0].client_seq + 1);

  // Resent: unchanged, no event; other values for a sent time: refused.
  ASSERT_TRUE(SendMargin("2026-03-09", {Snapshot(c, "14:30:00", 8000000, 10000000)}, &reply).ok());
  EXPECT_EQ(reply.unchanged(), 1);
  EXPECT_EQ(EventsOf(c).size(), 2u);
  ASSERT_TRUE(SendMargin("2026-03-09", {Snapshot(c, "14:30:00", 7000000, 10000000)}, &reply).ok());
  ASSERT_EQ(reply.rejected(), 1);
  EXPECT_EQ(reply.rejections(0).field(), "snapshot_time");
  // A margin below the floor of the range: refused with its field.
  auto negative = Snapshot(c, "15:00:00", 100, 100);
  negative.set_curr_margin_minor(-1);
  ASSERT_TRUE(SendMargin("2026-03-09", {negative}, &reply).ok());
  ASSERT_EQ(reply.rejected(), 1);
  EXPECT_EQ(reply.rejections(0).field(), "curr_margin_minor");
  EXPECT_EQ(Count("SELECT count(*) FROM futures_margin WHERE customer_id = '" + c + "'"), 5);

  // Two snapshots below the line in one batch after one above it: one call
  // (the first below), not none.
  const std::string d = NewClient("Futures Trader Two");
  ASSERT_TRUE(SendMargin("2026-03-09", {Snapshot(d, "09:30:00", 15000000, 10000000)}, &reply).ok());
  ASSERT_TRUE(SendMargin("2026-03-09",
                         {Snapshot(d, "10:00:00", 9500000, 10000000), Snapshot(d, "11:00:00", 9000000, 10000000)},
                         &reply)
                  .ok());
  events = EventsOf(d);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(nlohmann::json::parse(events[0].payload)["snapshot_time"], "10:00:00");
}

TEST_F(IngestTradesTest, ALargeValueReportRaisesAnEventForTheTaskEngine) {
  const std::string c = NewClient("Large Depositor");
  auto flows = [&](const std::string& ref, int64_t minor) {
    usecases::ingest::CashFlowInput f;
    f.line = 1;
    f.flow_ref = ref;
    f.client = c;
    f.flow_type = "CASH_DEPOSIT";
    f.counterparty = "NONE";
    f.amount_minor = minor;
    return usecases::ingest::IngestCashFlows(*pool_, kAdmin, {"clearing", "2026-03-10", 1}, {f});
  };
  EXPECT_EQ(flows("LV-1", 5000000).accepted, 1);
  auto events = EventsOf(c);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, "LARGE_VALUE");
  EXPECT_EQ(nlohmann::json::parse(events[0].payload)["rule"], "CASH_CNY");
  EXPECT_EQ(events[0].business_date, "2026-03-10");
  // More the same day joins the open report: no second event.
  EXPECT_EQ(flows("LV-2", 100).accepted, 1);
  EXPECT_EQ(EventsOf(c).size(), 1u);
}

TEST_F(IngestTradesTest, EventsReachTheConsumerInOrderPerClientAndOneCommittedLateIsNeverSkipped) {
  const std::string a = NewClient("Client A"), b = NewClient("Client B");
  // Drain what the other tests left.
  usecases::events::Drain(*pool_, "test-setup", [](pqxx::work&, const std::vector<usecases::events::Event>&) {});
  auto emit = [&](pqxx::work& tx, const std::string& customer, const std::string& key) {
    storage::CustomerRepository::ActAs(tx, domain::Actor::System("test"));
    usecases::events::Emit(tx, {{customer, "DRAWDOWN", key, "2026-03-11", R"({"test":true})"}});
  };
  std::mutex mu;
  std::condition_variable cv;
  bool emitted = false, release = false;
  // A long producer: A's first event, not committed until released.
  std::thread slow([&] {
    storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) {
      emit(tx, a, "late-a1");
      std::unique_lock<std::mutex> lock(mu);
      emitted = true;
      cv.notify_all();
      cv.wait(lock, [&] { return release; });
    });
  });
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return emitted; });
  }
  // Meanwhile: B's event commits (a higher id), and A's second event waits
  // for A's first to commit (the client's sequence row is locked).
  storage::InTransaction(*pool_, {}, [&](pqxx::work& tx) { emit(tx, b, "late-b1"); });
  std::atomic<bool> second_done{false};
  std::thread second([&] {
    storage::ConnectionPool own(server_->conninfo(), 1);
    storage::InTransaction(own, {}, [&](pqxx::work& tx) { emit(tx, a, "late-a2"); });
    second_done = true;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  EXPECT_FALSE(second_done) << "A's second event waits for A's first";

  std::vector<std::string> seen;
  auto consume = [&](pqxx::work&, const std::vector<usecases::events::Event>& events) {
    for (const auto& e : events) seen.push_back(e.dedupe_key);
  };
  usecases::events::Drain(*pool_, "task-engine", consume);
  EXPECT_EQ(seen, std::vector<std::string>({"late-b1"}));

  {
    std::lock_guard<std::mutex> lock(mu);
    release = true;
  }
  cv.notify_all();
  slow.join();
  second.join();
  // A's first event committed after B's (and with a lower id than B's): not
  // skipped, and before A's second.
  usecases::events::Drain(*pool_, "task-engine", consume);
  EXPECT_EQ(seen, std::vector<std::string>({"late-b1", "late-a1", "late-a2"}));
  // Handled once: nothing more to claim, and each marked by the consumer.
  EXPECT_EQ(usecases::events::Drain(*pool_, "task-engine", consume), 0);
  for (const auto& e : EventsOf(a)) EXPECT_EQ(e.handled_by, "task-engine");
}

TEST_F(IngestTradesTest, PositionsAndCashReplaceEachClientsSnapshotAndTheDaysAumIsHoldingsPlusCash) {
  const std::string c = NewClient("Snapshot Client");
  auto send = [&](const char* rpc, const std::string& day, const std::vector<std::tuple<std::string, int64_t>>& rows,
                  crm::v1::IngestReply* reply) {
    auto stub = crm::v1::IngestService::NewStub(*clearing_);
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    crm::v1::BatchHeader h;
    h.set_source("clearing");
    h.set_business_date(day);
    h.set_count(static_cast<int64_t>(rows.size()));
    if (std::string(rpc) == "positions") {
      auto writer = stub->IngestPositions(&ctx, reply);
      crm::v1::PositionBatchPart part;
      *part.mutable_header() = h;
      for (const auto& [code, value] : rows) {
        auto* p = part.add_positions();
        p->set_client_id(c);
        p->set_product_code(code);
        p->set_market_value_minor(value);
      }
      writer->Write(part);
      writer->WritesDone();
      return writer->Finish();
    }
    auto writer = stub->IngestCashBalances(&ctx, reply);
    crm::v1::CashBalanceBatchPart part;
    *part.mutable_header() = h;
    for (const auto& [unused, value] : rows) {
      auto* b = part.add_balances();
      b->set_client_id(c);
      b->set_amount_minor(value);
    }
    writer->Write(part);
    writer->WritesDone();
    return writer->Finish();
  };
  auto aum = [&](const std::string& day) {
    return Count("SELECT COALESCE((SELECT aum_minor FROM aum_daily WHERE customer_id = '" + c + "' AND day = '" + day +
                 "'), -1)");
  };
  crm::v1::IngestReply reply;
  ASSERT_TRUE(send("positions", "2026-03-16", {{"600519", 10000000}, {"110022", 5000000}}, &reply).ok());
  EXPECT_EQ(reply.accepted(), 2) << reply.DebugString();
  ASSERT_TRUE(send("cash", "2026-03-16", {{"", 3000000}}, &reply).ok());
  EXPECT_EQ(reply.accepted(), 1) << reply.DebugString();
  EXPECT_EQ(aum("2026-03-16"), 18000000) << "AUM = holdings + cash";

  // Resent: unchanged. Corrected the same day: replaces it (the position
  // left out goes to 0), and the AUM follows.
  ASSERT_TRUE(send("positions", "2026-03-16", {{"110022", 5000000}, {"600519", 10000000}}, &reply).ok());
  EXPECT_EQ(reply.unchanged(), 2);
  EXPECT_EQ(reply.accepted(), 0);
  ASSERT_TRUE(send("positions", "2026-03-16", {{"600519", 9000000}}, &reply).ok());
  EXPECT_EQ(reply.accepted(), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM holding WHERE customer_id = '" + c + "' AND market_value_minor <> 0"), 1);
  EXPECT_EQ(aum("2026-03-16"), 12000000);

  // A newer day, then an older snapshot: refused, naming the client's line.
  ASSERT_TRUE(send("positions", "2026-03-17", {{"600519", 9100000}}, &reply).ok());
  EXPECT_EQ(aum("2026-03-17"), 12100000) << "the cash balance held counts toward the new day";
  ASSERT_TRUE(send("positions", "2026-03-13", {{"600519", 1}}, &reply).ok());
  ASSERT_EQ(reply.rejected(), 1) << reply.DebugString();
  EXPECT_EQ(reply.rejections(0).field(), "client");
  EXPECT_EQ(aum("2026-03-13"), -1);

  // Bad rows: cash as a position, a negative value, two balances of one
  // client; nothing written.
  ASSERT_TRUE(send("positions", "2026-03-18", {{"CASH", 1}, {"600519", -1}}, &reply).ok());
  ASSERT_EQ(reply.rejected(), 2) << reply.DebugString();
  EXPECT_EQ(reply.rejections(0).field(), "product_code");
  EXPECT_EQ(reply.rejections(1).field(), "market_value_minor");
  ASSERT_TRUE(send("cash", "2026-03-18", {{"", 1}, {"", 2}}, &reply).ok());
  ASSERT_EQ(reply.rejected(), 1) << reply.DebugString();
  EXPECT_EQ(reply.rejections(0).line(), 2);
  EXPECT_EQ(aum("2026-03-18"), -1);

  // The account manager sees the snapshot in Client 360.
  auto stub = crm::v1::CustomerService::NewStub(server_->Channel());
  auto ctx = AuthedContext(tokens_["manager1"]);
  crm::v1::GetCustomerRequest get;
  get.set_id(c);
  crm::v1::Customer got;
  ASSERT_TRUE(stub->GetCustomer(ctx.get(), get, &got).ok());
  EXPECT_EQ(got.cash_minor(), 3000000);
  EXPECT_EQ(got.aum_minor(), 12100000);
}

TEST_F(IngestTradesTest, AnAccountDownTwentyPercentFromItsThreeMonthHighRaisesOneDrawdownEvent) {
  const std::string c = NewClient("Drawdown Client");
  auto day = [&](const std::string& d, int64_t value) {
    usecases::ingest::PositionInput p;
    p.line = 1;
    p.client = c;
    p.product_code = "510300";
    p.market_value_minor = value;
    return usecases::ingest::IngestPositions(*pool_, kAdmin, {"clearing", d, 1}, {p});
  };
  EXPECT_EQ(day("2026-04-01", 1000000000).accepted, 1);
  EXPECT_EQ(day("2026-04-02", 850000000).events, 0) << "15% down: no event";
  EXPECT_TRUE(EventsOf(c).empty());
  EXPECT_EQ(day("2026-04-03", 790000000).events, 1) << "21% down from the high";
  auto events = EventsOf(c);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].kind, "DRAWDOWN");
  const auto payload = nlohmann::json::parse(events[0].payload);
  EXPECT_EQ(payload["high_3m_minor"], 1000000000);
  EXPECT_EQ(payload["down_bp"], 2100);
  EXPECT_EQ(day("2026-04-06", 750000000).events, 0) << "still down: no second event";
  EXPECT_EQ(day("2026-04-03", 790000000).unchanged, 1);
  EXPECT_EQ(EventsOf(c).size(), 1u);
}

TEST_F(IngestTradesTest, CrmAdminImportTradesGoesThroughTheSameUseCase) {
  const std::string c = NewClient("File Trader");
  const auto file = server_->dir() / "trades.csv";
  {
    std::ofstream out(file);
    out << "trade_ref,exchange,client,product_code,side,quantity,amount,commission,trade_time\n"
        << "F-1,SHFE," << c << ",rb2605,BUY,10,368000.00,36.80,21:05:00\n"
        << "F-2,SHFE," << c << ",rb2605,SELL,10,369500.50,36.95,\n";
  }
  const std::string audited =
      "SELECT (SELECT count(*) FROM audit_pending WHERE action = 'ingest.trades' AND actor_username = "
      "'test-admin') + (SELECT count(*) FROM audit_event WHERE action = 'ingest.trades' AND actor_username = "
      "'test-admin')";
  const int64_t before = Count(audited);
  auto r = usecases::ingest::ImportTradesCsv(*pool_, kAdmin, file.string(), {"clearing", "2026-03-12", -1}, "auto");
  EXPECT_TRUE(r.rejections.empty());
  EXPECT_EQ(r.accepted, 2);
  r = usecases::ingest::ImportTradesCsv(*pool_, kAdmin, file.string(), {"clearing", "2026-03-12", -1}, "auto");
  EXPECT_EQ(r.unchanged, 2);
  EXPECT_EQ(Count("SELECT amount_minor FROM trade WHERE exchange = 'SHFE' AND trade_ref = 'F-2'"), 36950050);
  EXPECT_EQ(Count(audited), before + 2) << "each batch, accepted or refused, is an audit event";
}

}  // namespace
}  // namespace crm::testing
