// Notifications through the transactional outbox (issue 27) against real
// receivers the test starts on loopback: an HTTP receiver that records each
// request, checks its signature and can be told to fail or throttle, and an
// SMTP server with STARTTLS (Debian's python3-aiosmtpd). Each waits for what
// a person would check: the message arrived once, signed, with its key; the
// client's timeline shows it; failures retry, then dead-letter; consent
// withdrawn before sending stops it.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/notification.grpc.pb.h"
#include "storage/connection_pool.h"
#include "storage/outbox_repository.h"
#include "storage/statements.h"
#include "storage/transaction.h"
#include "support/receivers.h"
#include "support/test_server.h"
#include "usecases/messages.h"
#include "usecases/outbox_dispatcher.h"

namespace crm::testing {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

class OutboxTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Http().SetMode("ok");
    smtp_ = nullptr;
    TestServerOptions o;
    o.configure = [](app::ServerConfig& c, const fs::path& dir) {
      const fs::path keys = dir / "keys";
      WriteSecret(keys, "sms.secret", kWebhookSecret);
      WriteSecret(keys, "ding.token", "ding-token");
      WriteSecret(keys, "ding.secret", kDingSecret);
      WriteSecret(keys, "wecom.key", "wecom-key");
      smtp_ = new Receiver(ReceiverDir(), "smtp", kSmtpReceiver,
                           {(dir / "tls" / "server.crt").string(), (dir / "tls" / "server.key").string()});
      const std::string base = "http://127.0.0.1:" + std::to_string(Http().port());
      nlohmann::json channels = {
          {"channels",
           {{{"name", "sms"},
             {"kind", "webhook"},
             {"url", base + "/sms"},
             {"secret_file", "sms.secret"},
             {"consent_channel", "SMS"}},
            {{"name", "sms-slow"},
             {"kind", "webhook"},
             {"url", base + "/slow"},
             {"secret_file", "sms.secret"},
             {"consent_channel", "SMS"}},
            {{"name", "risk-desk"},
             {"kind", "dingtalk_robot"},
             {"url", base + "/ding"},
             {"token_file", "ding.token"},
             {"secret_file", "ding.secret"},
             {"rate_per_minute", 5}},
            {{"name", "team-robot"}, {"kind", "wecom_robot"}, {"url", base + "/wecom"}, {"token_file", "wecom.key"}},
            {{"name", "email"},
             {"kind", "smtp"},
             {"url", "smtp://127.0.0.1:" + std::to_string(smtp_->port())},
             {"from", "crm@broker.example"},
             {"ca_file", (dir / "tls" / "ca.crt").string()}}}}};
      std::ofstream(dir / "channels.json") << channels.dump(2);
      c.outbox_interval_ms = 50;
      c.outbox_max_attempts = 3;
      c.outbox_backoff_ms = 100;
      c.outbox_lease_seconds = 2;
    };
    server_ = new TestServer(o);
    tokens_ = server_->CreateSecondBranchAndUsers({{"manager1", "ACCOUNT_MANAGER", "B1", "T1"},
                                                   {"manager3", "ACCOUNT_MANAGER", "B2", "T3"},
                                                   {"compliance1", "COMPLIANCE_OFFICER", "", ""}});
    channel_ = new std::shared_ptr<grpc::Channel>(server_->Channel());
  }
  static void TearDownTestSuite() {
    delete channel_;
    delete server_;
    delete smtp_;
  }

  void SetUp() override {
    customers_ = crm::v1::CustomerService::NewStub(*channel_);
    notify_ = crm::v1::NotificationService::NewStub(*channel_);
    Http().SetMode("ok");
  }

  std::string NewClient(const std::string& name, const std::string& phone, const std::string& email = "",
                        const std::string& who = "manager1") {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::CreateCustomerRequest req;
    static int n = 0;
    req.set_request_id("outbox-client-" + std::to_string(++n));
    req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
    req.mutable_customer()->set_name(name);
    req.mutable_customer()->set_phone(phone);
    if (!email.empty()) req.mutable_customer()->set_email(email);
    crm::v1::Customer out;
    auto st = customers_->CreateCustomer(ctx.get(), req, &out);
    EXPECT_TRUE(st.ok()) << st.error_message() << " " << ::testing::PrintToString(ViolationFields(st));
    return out.id();
  }

  grpc::Status Send(const std::string& who, const std::string& customer_id, const std::string& channel,
                    const std::string& tmpl, const std::string& text, crm::v1::OutboxMessage* out,
                    const std::string& request_id = "") {
    auto ctx = AuthedContext(tokens_[who]);
    crm::v1::SendClientMessageRequest req;
    req.set_request_id(request_id);
    req.set_customer_id(customer_id);
    req.set_channel(channel);
    req.set_template_code(tmpl);
    req.set_text(text);
    return notify_->SendClientMessage(ctx.get(), req, out);
  }

  // The message as the client's manager sees it, once it has left PENDING/SENDING (or the time ran out).
  crm::v1::OutboxMessage WaitSettled(const std::string& customer_id, int64_t id, std::chrono::seconds limit = 15s) {
    crm::v1::OutboxMessage last;
    const auto end = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < end) {
      auto ctx = AuthedContext(tokens_["manager1"]);
      crm::v1::ListMessagesRequest req;
      req.set_customer_id(customer_id);
      crm::v1::ListMessagesResponse resp;
      auto st = notify_->ListMessages(ctx.get(), req, &resp);
      EXPECT_TRUE(st.ok()) << st.error_message();
      for (const auto& m : resp.messages())
        if (m.id() == id) last = m;
      if (last.status() != "" && last.status() != "PENDING" && last.status() != "SENDING") return last;
      std::this_thread::sleep_for(50ms);
    }
    return last;
  }

  std::vector<nlohmann::json> RequestsWithKey(const std::string& key) {
    std::vector<nlohmann::json> out;
    for (auto& r : Http().Requests())
      if (r["key"] == key) out.push_back(r);
    return out;
  }

  std::string KeyOf(int64_t id) {
    pqxx::connection c(server_->conninfo());
    pqxx::work tx(c);
    return tx.exec_params1("SELECT idempotency_key FROM outbox_message WHERE id = $1", id)[0].as<std::string>();
  }

  static TestServer* server_;
  static std::map<std::string, std::string> tokens_;
  static std::shared_ptr<grpc::Channel>* channel_;
  static Receiver* smtp_;
  std::unique_ptr<crm::v1::CustomerService::Stub> customers_;
  std::unique_ptr<crm::v1::NotificationService::Stub> notify_;
};

TestServer* OutboxTest::server_ = nullptr;
std::map<std::string, std::string> OutboxTest::tokens_;
std::shared_ptr<grpc::Channel>* OutboxTest::channel_ = nullptr;
Receiver* OutboxTest::smtp_ = nullptr;

TEST_F(OutboxTest, ASignedServiceNoticeArrivesOnceMaskedAndShowsOnTheClientsTimeline) {
  const std::string id = NewClient("张伟明", "13800138001");
  crm::v1::OutboxMessage queued;
  auto st = Send("manager1", id, "sms", "service.notice", "您的资料已更新。", &queued);
  ASSERT_TRUE(st.ok()) << st.error_message();
  EXPECT_EQ(queued.status(), "PENDING");
  EXPECT_EQ(queued.purpose(), "SERVICE");
  auto done = WaitSettled(id, queued.id());
  ASSERT_EQ(done.status(), "SENT") << done.last_error();
  EXPECT_EQ(done.attempts(), 1);

  auto got = RequestsWithKey(KeyOf(queued.id()));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0]["sig_ok"].get<bool>()) << "the receiver could not verify the HMAC signature";
  EXPECT_EQ(got[0]["body"]["to"], "13800138001");  // the gateway needs the number itself
  const std::string text = got[0]["body"]["text"];
  EXPECT_NE(text.find("张*"), std::string::npos) << text;  // the name masked (template without personal data)
  EXPECT_EQ(text.find("张伟明"), std::string::npos) << text;
  EXPECT_NE(text.find("您的资料已更新。"), std::string::npos);

  // The timeline (interactions) has the delivery, written as the sender.
  auto ctx = AuthedContext(tokens_["manager1"]);
  crm::v1::ListInteractionsRequest lreq;
  lreq.set_customer_id(id);
  crm::v1::ListInteractionsResponse lresp;
  ASSERT_TRUE(customers_->ListInteractions(ctx.get(), lreq, &lresp).ok());
  ASSERT_GE(lresp.interactions_size(), 1);
  const auto& entry = lresp.interactions(0);
  EXPECT_NE(entry.summary().find("SENT"), std::string::npos) << entry.summary();
  EXPECT_NE(entry.summary().find("service.notice"), std::string::npos);
  EXPECT_EQ(entry.summary().find("13800138001"), std::string::npos);

  // Compliance sees it in the list of every message; another branch's manager does not.
  auto cctx = AuthedContext(tokens_["compliance1"]);
  crm::v1::ListMessagesRequest all;
  crm::v1::ListMessagesResponse all_resp;
  ASSERT_TRUE(notify_->ListMessages(cctx.get(), all, &all_resp).ok());
  bool seen = false;
  for (const auto& m : all_resp.messages()) seen |= m.id() == queued.id();
  EXPECT_TRUE(seen);
  auto octx = AuthedContext(tokens_["manager3"]);
  crm::v1::ListMessagesRequest theirs;
  theirs.set_customer_id(id);
  EXPECT_EQ(notify_->ListMessages(octx.get(), theirs, &all_resp).error_code(), grpc::StatusCode::NOT_FOUND);
  auto octx2 = AuthedContext(tokens_["manager3"]);
  EXPECT_EQ(notify_->ListMessages(octx2.get(), all, &all_resp).error_code(), grpc::StatusCode::PERMISSION_DENIED);

  // The delivery is an audit event on the client.
  pqxx::connection c(server_->conninfo());
  pqxx::work tx(c);
  EXPECT_EQ(tx.exec_params1("SELECT count(*) FROM (SELECT action, target_id FROM audit_event UNION ALL SELECT "
                            "action, target_id FROM audit_pending) e WHERE action = 'message.sent' AND target_id = $1",
                            id)[0]
                .as<int>(),
            1);
}

TEST_F(OutboxTest, TextLongerThanTheChannelTakesIsRefusedWhenQueuedAndNothingIsQueued) {
  const std::string id = NewClient("李娜", "13800138002");
  crm::v1::OutboxMessage out;
  auto st = Send("manager1", id, "sms", "service.notice", std::string(1000, 'x'), &out);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(FieldProblemCodes(st), std::vector<std::string>{"text:TOO_LONG"});
  st = Send("manager1", id, "team-robot", "service.notice", "hello", &out);  // a staff channel
  EXPECT_EQ(FieldProblemCodes(st), std::vector<std::string>{"channel:NOT_ONE_OF"});
  st = Send("manager1", id, "no-such", "service.notice", "hello", &out);
  EXPECT_EQ(FieldProblemCodes(st), std::vector<std::string>{"channel:NOT_ONE_OF"});
  st = Send("compliance1", id, "sms", "service.notice", "hello", &out);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::PERMISSION_DENIED);
  pqxx::connection c(server_->conninfo());
  pqxx::work tx(c);
  EXPECT_EQ(tx.exec_params1("SELECT count(*) FROM outbox_message WHERE customer_id = $1::uuid", id)[0].as<int>(), 0);
}

TEST_F(OutboxTest, ARepeatedRequestIdQueuesOnceAndIsTheCallersOwn) {
  const std::string mine = NewClient("吴刚", "13800138007");
  const std::string theirs = NewClient("郑爽", "13800138008", "", "manager3");
  crm::v1::OutboxMessage first, again, other;
  ASSERT_TRUE(Send("manager1", mine, "sms", "service.notice", "once", &first, "req-same-1").ok());
  ASSERT_TRUE(Send("manager1", mine, "sms", "service.notice", "once", &again, "req-same-1").ok());
  EXPECT_EQ(again.id(), first.id());  // a retry of the same request: one message
  // Another user's request with the same id is theirs: a message of their own, never the first one.
  ASSERT_TRUE(Send("manager3", theirs, "sms", "service.notice", "hello", &other, "req-same-1").ok());
  EXPECT_NE(other.id(), first.id());
  EXPECT_EQ(other.customer_id(), theirs);
  // A request id that could end up in a header is refused, naming it.
  auto st = Send("manager1", mine, "sms", "service.notice", "x", &other, "bad\r\nBcc: x@example.com");
  EXPECT_EQ(ViolationFields(st), std::vector<std::string>{"request_id"});
}

TEST_F(OutboxTest, FailuresRetryWithTheSameKeyThenDeadLetterThenRequeueDelivers) {
  const std::string id = NewClient("王芳", "13800138003");
  Http().SetMode("fail");
  crm::v1::OutboxMessage queued;
  ASSERT_TRUE(Send("manager1", id, "sms", "service.notice", "retry me", &queued).ok());
  auto dead = WaitSettled(id, queued.id());
  ASSERT_EQ(dead.status(), "DEAD");
  EXPECT_EQ(dead.attempts(), 3);  // --outbox-max-attempts
  EXPECT_EQ(dead.last_error(), "HTTP 500");
  const std::string key = KeyOf(queued.id());
  EXPECT_EQ(RequestsWithKey(key).size(), 3u);  // each try carries the same key

  Http().SetMode("ok");
  storage::ConnectionPool pool(server_->conninfo(), 1);
  const storage::AuditWho who{"", "crm-admin(test)", "ADMIN_CLI", "", "local", ""};
  EXPECT_THROW(usecases::messages::Cancel(pool, who, queued.id(), ""), Error);  // a reason is required
  usecases::messages::Requeue(pool, who, queued.id(), "gateway fixed");
  auto sent = WaitSettled(id, queued.id());
  EXPECT_EQ(sent.status(), "SENT");
  EXPECT_EQ(RequestsWithKey(key).size(), 4u);
  try {
    usecases::messages::Requeue(pool, who, queued.id(), "again");
    ADD_FAILURE() << "a sent message was queued again";
  } catch (const Error& e) {
    EXPECT_EQ(e.reason(), crm::v1::ErrorReason::MESSAGE_STATE);
  }
}

TEST_F(OutboxTest, MarketingNeedsConsentAndAWithdrawalAfterQueueingStopsIt) {
  const std::string id = NewClient("赵敏", "13800138004");
  crm::v1::OutboxMessage out;
  auto st = Send("manager1", id, "sms", "marketing.note", "新基金发行", &out);
  EXPECT_EQ(st.error_code(), grpc::StatusCode::FAILED_PRECONDITION);
  EXPECT_EQ(ErrorReason(st), "NO_MARKETING_CONSENT");

  auto consent = [&](bool granted) {
    auto ctx = AuthedContext(tokens_["manager1"]);
    crm::v1::UpdateConsentRequest req;
    req.set_customer_id(id);
    req.set_purpose(crm::v1::MARKETING);
    req.set_channel(crm::v1::CONSENT_SMS);
    req.set_granted(granted);
    req.set_method(granted ? "signed form" : "phoned to withdraw");
    crm::v1::Consent c;
    auto s = customers_->UpdateConsent(ctx.get(), req, &c);
    ASSERT_TRUE(s.ok()) << s.error_message();
  };
  consent(true);
  // The receiver throttles (429, Retry-After 2 s): the message waits, its try not counted.
  Http().SetMode("throttle");
  crm::v1::OutboxMessage queued;
  ASSERT_TRUE(Send("manager1", id, "sms-slow", "marketing.note", "新基金发行", &queued).ok());
  const std::string key = KeyOf(queued.id());
  for (int i = 0; i < 100 && RequestsWithKey(key).empty(); ++i) std::this_thread::sleep_for(50ms);
  ASSERT_EQ(RequestsWithKey(key).size(), 1u);
  consent(false);  // withdrawn between queueing and sending
  Http().SetMode("ok");
  auto done = WaitSettled(id, queued.id());
  EXPECT_EQ(done.status(), "SUPPRESSED");
  EXPECT_NE(done.last_error().find("consent"), std::string::npos) << done.last_error();
  for (const auto& r : RequestsWithKey(key)) EXPECT_EQ(r["code"], 429);  // never delivered
}

TEST_F(OutboxTest, ARobotsRateLimitHoldsAndItsSignatureVerifies) {
  auto ids = std::vector<int64_t>{};
  storage::ConnectionPool pool(server_->conninfo(), 1);
  usecases::messages::ChannelSet channels(channels::LoadChannels(server_->dir() / "channels.json"));
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    ids.clear();
    for (int i = 0; i < 8; ++i) {
      storage::NewOutboxMessage m;
      m.idempotency_key = "rate-test-" + std::to_string(i);
      m.channel = "risk-desk";
      m.template_code = "staff.alert";
      m.language = "zh_CN";
      m.variables_json = nlohmann::json{{"text", "保证金比例低于 120% #" + std::to_string(i)}}.dump();
      m.source = "test";
      ids.push_back(usecases::messages::Enqueue(tx, channels, m, nullptr).id);
    }
  });
  std::this_thread::sleep_for(3s);
  int delivered = 0;
  for (int i = 0; i < 8; ++i)
    for (const auto& r : RequestsWithKey("rate-test-" + std::to_string(i))) {
      ++delivered;
      EXPECT_TRUE(r["sig_ok"].get<bool>()) << "DingTalk's timestamp+secret signature did not verify";
      EXPECT_EQ(r["body"]["msgtype"], "text");
    }
  EXPECT_EQ(delivered, 5);  // rate_per_minute 5: the rest wait for the minute to pass
  pqxx::connection c(server_->conninfo());
  pqxx::work tx(c);
  EXPECT_EQ(tx.exec("SELECT count(*) FROM outbox_message WHERE idempotency_key LIKE 'rate-test-%' AND status = "
                    "'PENDING'")[0][0]
                .as<int>(),
            3);
}

TEST_F(OutboxTest, AClaimWhoseSenderDiedIsSentAgainWithTheSameKeyAfterItsLease) {
  storage::ConnectionPool pool(server_->conninfo(), 1);
  usecases::messages::ChannelSet channels(channels::LoadChannels(server_->dir() / "channels.json"));
  // A dispatcher claims the message and dies before sending or recording:
  // the claim is committed, nothing else (we hold the channel's lock so the
  // server's dispatcher cannot take it first).
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    storage::NewOutboxMessage m;
    m.idempotency_key = "lease-test";
    m.channel = "sms";
    m.template_code = "staff.alert";
    m.language = "en";
    m.variables_json = R"({"text": "lease"})";
    m.source = "test";
    usecases::messages::Enqueue(tx, channels, m, nullptr);
    storage::OutboxRepository::LockChannel(tx, "sms");
    ASSERT_EQ(storage::OutboxRepository::Claim(tx, "sms", 1, 2).size(), 1u);
  });
  std::this_thread::sleep_for(1s);
  EXPECT_TRUE(RequestsWithKey("lease-test").empty());  // still leased to the dead dispatcher
  for (int i = 0; i < 100 && RequestsWithKey("lease-test").empty(); ++i) std::this_thread::sleep_for(50ms);
  EXPECT_EQ(RequestsWithKey("lease-test").size(), 1u);
  pqxx::connection c(server_->conninfo());
  pqxx::work tx(c);
  auto row = tx.exec1("SELECT status, attempts FROM outbox_message WHERE idempotency_key = 'lease-test'");
  EXPECT_EQ(row[0].as<std::string>(), "SENT");
  EXPECT_EQ(row[1].as<int>(), 2);
}

TEST_F(OutboxTest, ThreeDispatchersOnOneDatabaseDeliverEachMessageOnce) {
  storage::ConnectionPool pool(server_->conninfo(), 4);
  usecases::messages::ChannelSet channels(channels::LoadChannels(server_->dir() / "channels.json"));
  const int n = 300;
  storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
    for (int i = 0; i < n; ++i) {
      storage::NewOutboxMessage m;
      m.idempotency_key = "once-" + std::to_string(i);
      m.channel = "team-robot";
      m.template_code = "staff.alert";
      m.language = "en";
      m.variables_json = nlohmann::json{{"text", "alert " + std::to_string(i)}}.dump();
      m.source = "test";
      usecases::messages::Enqueue(tx, channels, m, nullptr);
    }
  });
  // Two more dispatchers beside the server's, each with its own connections.
  // The robot's 20 a minute would take 15 minutes: lift it for this test by
  // a channel set of our own (the database-side count still holds per channel).
  auto fast = channels::LoadChannels(server_->dir() / "channels.json");
  for (auto& c : fast)
    if (c.name == "team-robot") c.rate_per_minute = 100000;
  usecases::messages::ChannelSet fast_set(fast);
  usecases::OutboxSettings os;
  os.lease_seconds = 30;
  std::vector<std::thread> threads;
  for (int d = 0; d < 2; ++d)
    threads.emplace_back([&] {
      storage::ConnectionPool own(server_->conninfo(), 1);
      usecases::OutboxDispatcher dispatcher(own, fast_set, server_->dir() / "keys", os);
      for (int round = 0; round < 200; ++round) {
        if (dispatcher.RunOnce() == 0) std::this_thread::sleep_for(20ms);
        pqxx::connection c(server_->conninfo());
        pqxx::work tx(c);
        if (tx.exec(
                  "SELECT count(*) FROM outbox_message WHERE idempotency_key LIKE 'once-%' AND status <> 'SENT'")[0][0]
                .as<int>() == 0)
          return;
      }
    });
  for (auto& t : threads) t.join();
  std::map<std::string, int> seen;
  for (auto& r : Http().Requests())
    if (r["key"].get<std::string>().rfind("once-", 0) == 0) ++seen[r["key"]];
  EXPECT_EQ(static_cast<int>(seen.size()), n);
  for (const auto& [key, count] : seen) EXPECT_EQ(count, 1) << key;
}

TEST_F(OutboxTest, EmailGoesOverStartTlsWithTheKeyAsMessageId) {
  const std::string id = NewClient("陈静", "13800138005", "chen.jing@example.com");
  crm::v1::OutboxMessage queued;
  ASSERT_TRUE(Send("manager1", id, "email", "service.notice", "对账单已生成。", &queued).ok());
  auto done = WaitSettled(id, queued.id());
  ASSERT_EQ(done.status(), "SENT") << done.last_error();
  auto mails = smtp_->Requests();
  ASSERT_EQ(mails.size(), 1u);
  EXPECT_TRUE(mails[0]["tls"].get<bool>()) << "sent without STARTTLS";
  EXPECT_EQ(mails[0]["to"], nlohmann::json::array({"chen.jing@example.com"}));
  const std::string data = mails[0]["data"];
  EXPECT_NE(data.find("Message-ID: <" + KeyOf(queued.id()) + "@broker.example>"), std::string::npos) << data;

  // A client with no e-mail address is refused when queued.
  const std::string no_mail = NewClient("周强", "13800138006");
  auto st = Send("manager1", no_mail, "email", "service.notice", "x", &queued);
  EXPECT_EQ(ErrorReason(st), "NO_CONTACT_ADDRESS");
}

}  // namespace
}  // namespace crm::testing
