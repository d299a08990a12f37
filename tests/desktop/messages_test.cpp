// Messages from the workstation against the real in-process server and a
// real HTTP receiver on loopback (issue 27): the account manager opens a
// client's timeline, clicks "Send message...", picks the channel and
// template, types the text, reads the masked preview and clicks Send; the
// receiver gets the message and the timeline shows the delivery. Compliance
// then finds it on the Messages page.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "crm/v1/customer.grpc.pb.h"
#include "desktop_support.h"
#include "gui/compliance/messages_page.h"
#include "gui/customers/customer_detail_dialog.h"
#include "gui/customers/interactions_tab.h"
#include "gui/customers/send_message_dialog.h"
#include "support/receivers.h"

using crm::testing::TestServer;

class MessagesTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestServer> m_server;
  std::string m_clientId;

 private Q_SLOTS:
  void initTestCase() {
    crm::testing::Http().SetMode("ok");
    crm::testing::TestServerOptions o;
    o.configure = [](crm::app::ServerConfig& c, const std::filesystem::path& dir) {
      crm::testing::WriteSmsChannel(dir);
      c.outbox_interval_ms = 50;
    };
    m_server = std::make_unique<TestServer>(o);
    m_server->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    m_server->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    auto channel = m_server->Channel();
    const std::string token = crm::testing::LoginOrDie(*channel, "manager1", TestServer::kPassword);
    auto ctx = crm::testing::AuthedContext(token);
    crm::v1::CreateCustomerRequest req;
    req.set_request_id("messages-test-client");
    req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
    req.mutable_customer()->set_name("孙丽华");
    req.mutable_customer()->set_phone("13700137001");
    crm::v1::Customer out;
    auto st = crm::v1::CustomerService::NewStub(channel)->CreateCustomer(ctx.get(), req, &out);
    QVERIFY2(st.ok(), st.error_message().c_str());
    m_clientId = out.id();
  }

  void aManagerSendsAServiceNoticeFromTheTimeline() {
    auto api = crm::testing::SignedInApi(*m_server, QStringLiteral("manager1"));
    QVERIFY(api);
    crm::desktop::CustomerDetailDialog dialog(*api, QString::fromStdString(m_clientId), true);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 10000);
    auto* tab = dialog.interactionsTab();
    QVERIFY(crm::testing::ClickTab(tab));
    QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 10000);

    auto* button = tab->findChild<QPushButton*>(QStringLiteral("sendMessageButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    crm::desktop::SendMessageDialog* send = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((send = tab->findChild<crm::desktop::SendMessageDialog*>()) != nullptr, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(send->isVisible() && send->isLoaded(), 10000);
    QCOMPARE(send->channelBox()->count(), 1);
    QVERIFY(!send->sendButton()->isEnabled());  // nothing typed yet
    const int notice = send->templateBox()->findData(QStringLiteral("service.notice"));
    QVERIFY(notice >= 0);
    send->templateBox()->setCurrentIndex(notice);
    // Chinese arrives through the input method as committed text (QTest types ASCII only).
    send->textEdit()->setFocus();
    QTest::keyClicks(send->textEdit(), QStringLiteral("Q3 "));
    send->textEdit()->insertPlainText(QStringLiteral("季度对账单已生成，请登录查看。"));
    QVERIFY2(send->preview().contains(QStringLiteral("孙*")), qPrintable(send->preview()));
    QVERIFY2(!send->preview().contains(QStringLiteral("孙丽华")), qPrintable(send->preview()));
    QVERIFY(send->sendButton()->isEnabled());
    QPointer<crm::desktop::SendMessageDialog> sent(send);  // closes and deletes itself once queued
    QTest::mouseClick(send->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sent.isNull() || !sent->isVisible(), 10000);

    // The receiver got it, signed; the timeline shows the delivery.
    QTRY_VERIFY_WITH_TIMEOUT(
        [] {
          for (auto& r : crm::testing::Http().Requests())
            if (r["path"] == "/sms" && r["body"]["to"] == "13700137001") return r["sig_ok"].get<bool>();
          return false;
        }(),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
          for (const auto& it : tab->interactions())
            if (it.summary.contains(QStringLiteral("SENT"))) return true;
          return false;
        }(),
        15000);
  }

  void complianceSeesItOnTheMessagesPage() {
    auto api = crm::testing::SignedInApi(*m_server, QStringLiteral("compliance1"));
    QVERIFY(api);
    crm::desktop::MessagesPage page(*api);
    page.show();
    page.activate();
    QTRY_COMPARE_WITH_TIMEOUT(page.list()->topLevelItemCount(), 1, 10000);
    QCOMPARE(page.list()->topLevelItem(0)->text(3), QStringLiteral("service.notice"));
    QCOMPARE(page.list()->topLevelItem(0)->text(7), QStringLiteral("孙丽华"));  // compliance sees whose it was
    QCOMPARE(page.list()->topLevelItem(0)->text(1), crm::desktop::MessagesPage::statusLabel(QStringLiteral("SENT")));
    // Filtering to dead letters leaves none.
    page.statusBox()->setCurrentIndex(page.statusBox()->findData(QStringLiteral("DEAD")));
    QTRY_VERIFY_WITH_TIMEOUT(page.statusText().contains(QLatin1Char('0')), 10000);
    QCOMPARE(page.list()->topLevelItemCount(), 0);
  }

  void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(MessagesTest)
#include "messages_test.moc"
