// Large-value reports in the workstation against the real in-process server
// (issue 26): a clearing system sends a day's cash flows over mutual TLS;
// the compliance officer signs in, clicks "Large-value reports" in the
// navigation, sees the overdue report in red and the one below the
// threshold absent, selects the report (its flows load), assigns it to
// herself, types the filing reference and clicks "Mark filed".
#include <fstream>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/ingest.grpc.pb.h"
#include "desktop_support.h"
#include "gui/compliance/aml_page.h"
#include "gui/compliance/watchlist_page.h"
#include "gui/compliance/risk_ratings_page.h"
#include "security/tls_files.h"
#include "storage/connection_pool.h"
#include "usecases/aml_watchlist.h"
#include "usecases/integrations.h"

using crm::testing::TestServer;

class AmlTest : public QObject {
  Q_OBJECT

  std::unique_ptr<TestServer> m_server;

  std::string newClient(const std::string& token, const std::string& name) {
    auto ctx = crm::testing::AuthedContext(token);
    crm::v1::CreateCustomerRequest req;
    req.set_request_id("aml-" + name);
    req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
    req.mutable_customer()->set_name(name);
    crm::v1::Customer out;
    auto st = crm::v1::CustomerService::NewStub(m_server->Channel())->CreateCustomer(ctx.get(), req, &out);
    return st.ok() ? out.id() : std::string();
  }

 private Q_SLOTS:
  void initTestCase() {
    m_server = std::make_unique<TestServer>();
    m_server->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    m_server->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    const std::string token = crm::testing::LoginOrDie(*m_server->Channel(), "manager1", TestServer::kPassword);
    const std::string big = newClient(token, "周建国"), small = newClient(token, "吴小燕");
    QVERIFY(!big.empty() && !small.empty());

    // The clearing system's certificate, as crm-admin integration create issues it.
    crm::storage::ConnectionPool pool(m_server->conninfo(), 1);
    crm::usecases::integrations::CreateRequest r;
    r.name = "clearing";
    r.tls_dir = m_server->dir() / "tls";
    r.out_dir = m_server->dir() / "integrations";
    auto created = crm::usecases::integrations::Create(pool, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, r);
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = crm::security::ReadFile(m_server->ca_path());
    ssl.pem_cert_chain = crm::security::ReadFile(created.cert_file);
    ssl.pem_private_key = crm::security::ReadFile(created.key_file);
    auto channel = grpc::CreateChannel(m_server->address(), grpc::SslCredentials(ssl));
    grpc::ClientContext ctx;
    crm::v1::IngestReply reply;
    auto writer = crm::v1::IngestService::NewStub(channel)->IngestCashFlows(&ctx, &reply);
    crm::v1::CashFlowBatchPart part;
    part.mutable_header()->set_source("clearing");
    part.mutable_header()->set_business_date("2026-06-01");
    part.mutable_header()->set_count(3);
    auto add = [&](const char* ref, const std::string& client, const char* type, int64_t minor) {
      auto* f = part.add_flows();
      f->set_flow_ref(ref);
      f->set_client_id(client);
      f->set_flow_type(type);
      f->set_counterparty("NONE");
      f->set_currency("CNY");
      f->set_amount_minor(minor);
    };
    add("D-1", big, "CASH_DEPOSIT", 3000000);
    add("D-2", big, "CASH_DEPOSIT", 4500000);
    add("D-3", small, "CASH_DEPOSIT", 4999999);
    writer->Write(part);
    writer->WritesDone();
    auto st = writer->Finish();
    QVERIFY2(st.ok(), st.error_message().c_str());
    QCOMPARE(reply.accepted(), int64_t{3});
  }

  void complianceFindsTheOverdueReportAndFilesIt() {
    crm::desktop::Settings settings;
    auto ws = crm::testing::SignedInWorkstation(*m_server, settings, QStringLiteral("compliance1"));
    QVERIFY(ws);
    // The navigation entry, clicked.
    auto* nav = ws->mainWindow()->findChild<QListWidget*>();
    QVERIFY(nav);
    auto found = nav->findItems(crm::desktop::MainWindow::tr("Large-value reports"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(found.first()).center());
    auto* page = ws->mainWindow()->amlPage();
    QVERIFY(page && page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItemCount(), 1, 10000);
    auto* row = page->list()->topLevelItem(0);
    QCOMPARE(row->text(3), QStringLiteral("周建国"));  // 吴小燕's 49,999.99 is below the threshold
    QCOMPARE(row->text(6), QStringLiteral("CNY 75,000.00"));
    QCOMPARE(row->text(7), QStringLiteral("2"));
    QCOMPARE(row->text(0), QStringLiteral("2026-06-08 *"));  // no calendar for 2026 loaded: an estimate
    QCOMPARE(row->foreground(0).color(), QColor(QStringLiteral("#b91c1c")));  // overdue: red
    QVERIFY(page->statusText().contains(QLatin1Char('1')));
    QVERIFY(!page->assignButton()->isEnabled());  // nothing selected yet

    QTest::mouseClick(page->list()->viewport(), Qt::LeftButton, {}, page->list()->visualItemRect(row).center());
    QTRY_VERIFY_WITH_TIMEOUT(page->detailText().contains(QStringLiteral("clearing:D-2")), 10000);
    QVERIFY(page->assignButton()->isEnabled());
    QVERIFY(!page->fileButton()->isEnabled());  // no reference typed
    QTest::mouseClick(page->assignButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItem(0)->text(8), QStringLiteral("Test compliance1"), 10000);

    QTest::mouseClick(page->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(page->reasonEdit(), QStringLiteral("LV-2026-0601-01"));
    QVERIFY(page->fileButton()->isEnabled());
    QTest::mouseClick(page->fileButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItem(0)->text(1),
                              crm::desktop::AmlPage::statusLabel(QStringLiteral("FILED")), 10000);
    QVERIFY(page->list()->topLevelItem(0)->foreground(0).color() != QColor(QStringLiteral("#b91c1c")));
    QVERIFY(!page->fileButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(page->detailText().contains(QStringLiteral("LV-2026-0601-01")), 10000);

    // The Open view no longer lists it; Filed does.
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(QStringLiteral("OPEN")));
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("amlRefresh")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QLatin1Char('0')), 10000);
    QCOMPARE(page->list()->topLevelItemCount(), 0);
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(QStringLiteral("FILED")));
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItemCount(), 1, 10000);
  }

  // An admin loads the PEP list; a manager then creates a client whose name
  // matches in full-width letters. The compliance officer clicks "Watch-list
  // hits", sees the list in force and the case, selects it (what matched is
  // shown), assigns it to herself and clears it with the reason.
  void complianceClearsAWatchlistHit() {
    const auto file = m_server->dir() / "pep.csv";
    std::ofstream(file) << "ref,name,aliases,category,country\nPEP-7,Wang Lei,,Vice-mayor,CN\n";
    crm::storage::ConnectionPool pool(m_server->conninfo(), 1);
    auto loaded = crm::usecases::aml::LoadWatchlist(pool, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, "PEP",
                                                    file.string(), "PEP feed", "auto");
    QVERIFY(loaded.problems.empty());
    const std::string token = crm::testing::LoginOrDie(*m_server->Channel(), "manager1", TestServer::kPassword);
    QVERIFY(!newClient(token, "ＷＡＮＧ　ＬＥＩ").empty());

    crm::desktop::Settings settings;
    auto ws = crm::testing::SignedInWorkstation(*m_server, settings, QStringLiteral("compliance1"));
    QVERIFY(ws);
    auto* nav = ws->mainWindow()->findChild<QListWidget*>();
    auto found = nav->findItems(crm::desktop::MainWindow::tr("Watch-list hits"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(found.first()).center());
    auto* page = ws->mainWindow()->watchlistPage();
    QVERIFY(page && page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItemCount(), 1, 10000);
    QVERIFY(page->listsText().contains(QStringLiteral("PEP")));
    auto* row = page->list()->topLevelItem(0);
    QCOMPARE(row->text(3), QStringLiteral("ＷＡＮＧ　ＬＥＩ"));
    QCOMPARE(row->text(5), QStringLiteral("Wang Lei"));
    QCOMPARE(row->text(8), crm::desktop::WatchlistPage::triggerLabel(QStringLiteral("CREATE")));
    QVERIFY(!page->assignButton()->isEnabled());

    QTest::mouseClick(page->list()->viewport(), Qt::LeftButton, {}, page->list()->visualItemRect(row).center());
    QVERIFY(page->detailText().contains(QStringLiteral("PEP-7")));
    QTest::mouseClick(page->assignButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItem(0)->text(9), QStringLiteral("Test compliance1"), 10000);
    QVERIFY(!page->clearButton()->isEnabled());  // no reason typed
    QTest::mouseClick(page->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(page->reasonEdit(), QStringLiteral("Born 1990; the listed official was born 1961"));
    QVERIFY(page->clearButton()->isEnabled());
    QTest::mouseClick(page->clearButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItem(0)->text(1),
                              crm::desktop::WatchlistPage::statusLabel(QStringLiteral("CLEARED")), 10000);
    QVERIFY(!page->confirmButton()->isEnabled());
    QVERIFY(page->detailText().contains(QStringLiteral("born 1961")));

    // The Open view no longer lists it; Cleared does.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("watchlistRefresh")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(QLatin1Char('0')), 10000);
    QCOMPARE(page->list()->topLevelItemCount(), 0);
    page->filterBox()->setCurrentIndex(page->filterBox()->findData(QStringLiteral("CLEARED")));
    QTRY_COMPARE_WITH_TIMEOUT(page->list()->topLevelItemCount(), 1, 10000);
  }

  // A sanctions hit confirmed in "Watch-list hits" rates the client high;
  // in "AML risk ratings" the officer finds the client due in 6 months,
  // picks Medium, types the reason and saves: the review moves to 24 months.
  void complianceConfirmsAHitAndReRatesTheClient() {
    const auto file = m_server->dir() / "sanctions.csv";
    std::ofstream(file) << "ref,name,category\nSAN-31,Oleg Volkov,Export controls\n";
    crm::storage::ConnectionPool pool(m_server->conninfo(), 1);
    QVERIFY(crm::usecases::aml::LoadWatchlist(pool, {"", "test-admin", "ADMIN_CLI", "", "local", ""}, "SANCTIONS",
                                              file.string(), "", "auto")
                .problems.empty());
    const std::string token = crm::testing::LoginOrDie(*m_server->Channel(), "manager1", TestServer::kPassword);
    QVERIFY(!newClient(token, "OLEG VOLKOV").empty());
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date();  // the business day (UTC+8)

    crm::desktop::Settings settings;
    auto ws = crm::testing::SignedInWorkstation(*m_server, settings, QStringLiteral("compliance1"));
    QVERIFY(ws);
    auto* nav = ws->mainWindow()->findChild<QListWidget*>();
    auto open = [&](const QString& text) {
      auto found = nav->findItems(text, Qt::MatchExactly);
      QCOMPARE(found.size(), 1);
      QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(found.first()).center());
    };
    open(crm::desktop::MainWindow::tr("Watch-list hits"));
    auto* hits = ws->mainWindow()->watchlistPage();
    QTRY_VERIFY_WITH_TIMEOUT(hits->list()->topLevelItemCount() >= 1, 10000);
    QTreeWidgetItem* row = nullptr;
    for (int i = 0; i < hits->list()->topLevelItemCount(); ++i)
      if (hits->list()->topLevelItem(i)->text(3) == QStringLiteral("OLEG VOLKOV")) row = hits->list()->topLevelItem(i);
    QVERIFY(row);
    QTest::mouseClick(hits->list()->viewport(), Qt::LeftButton, {}, hits->list()->visualItemRect(row).center());
    QTest::mouseClick(hits->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(hits->reasonEdit(), QStringLiteral("Passport matches the designation"));
    QTest::mouseClick(hits->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(row->text(1), crm::desktop::WatchlistPage::statusLabel(QStringLiteral("CONFIRMED")),
                              10000);

    open(crm::desktop::MainWindow::tr("AML risk ratings"));
    auto* risk = ws->mainWindow()->riskRatingsPage();
    QVERIFY(risk && risk->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!risk->statusText().contains(QStringLiteral("...")), 10000);
    QCOMPARE(risk->list()->topLevelItemCount(), 0);  // nothing due today
    risk->filterBox()->setCurrentIndex(risk->filterBox()->findData(false));
    QTRY_COMPARE_WITH_TIMEOUT(risk->list()->topLevelItemCount(), 1, 10000);
    auto* rated = risk->list()->topLevelItem(0);
    QCOMPARE(rated->text(2), QStringLiteral("OLEG VOLKOV"));
    QCOMPARE(rated->text(1), crm::desktop::RiskRatingsPage::ratingLabel(QStringLiteral("HIGH")));
    QCOMPARE(rated->text(0), today.addMonths(6).toString(Qt::ISODate));
    QVERIFY(!risk->saveButton()->isEnabled());
    QTest::mouseClick(risk->list()->viewport(), Qt::LeftButton, {}, risk->list()->visualItemRect(rated).center());
    QCOMPARE(risk->ratingBox()->currentData().toString(), QStringLiteral("HIGH"));
    risk->ratingBox()->setCurrentIndex(risk->ratingBox()->findData(QStringLiteral("MEDIUM")));
    QTest::mouseClick(risk->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(risk->reasonEdit(), QStringLiteral("Designation lifted; no further exposure"));
    QTest::mouseClick(risk->saveButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(risk->list()->topLevelItem(0)->text(1),
                              crm::desktop::RiskRatingsPage::ratingLabel(QStringLiteral("MEDIUM")), 10000);
    QCOMPARE(risk->list()->topLevelItem(0)->text(0), today.addMonths(24).toString(Qt::ISODate));
    QCOMPARE(risk->list()->topLevelItem(0)->text(4), QStringLiteral("Test compliance1"));

    // A client with no rating yet: "Rate a client...", found by name, rated Low.
    QTest::mouseClick(risk->rateClientButton(), Qt::LeftButton);
    crm::desktop::RateClientDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = risk->findChild<crm::desktop::RateClientDialog*>()) && dialog->isVisible(),
                             5000);
    dialog->searchEdit()->insert(QStringLiteral("吴小燕"));  // typed through an input method (QTest types ASCII only)
    QTest::mouseClick(dialog->searchButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->results()->topLevelItemCount(), 1, 10000);
    QVERIFY(!dialog->rateButton()->isEnabled());
    QTest::mouseClick(dialog->results()->viewport(), Qt::LeftButton, {},
                      dialog->results()->visualItemRect(dialog->results()->topLevelItem(0)).center());
    dialog->ratingBox()->setCurrentIndex(dialog->ratingBox()->findData(QStringLiteral("LOW")));
    QTest::mouseClick(dialog->reasonEdit(), Qt::LeftButton);
    QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Salaried client, flows match income"));
    QVERIFY(dialog->rateButton()->isEnabled());
    QTest::mouseClick(dialog->rateButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(risk->list()->topLevelItemCount(), 2, 10000);
    bool low = false;
    for (int i = 0; i < 2; ++i)
      low = low || (risk->list()->topLevelItem(i)->text(2) == QStringLiteral("吴小燕") &&
                    risk->list()->topLevelItem(i)->text(0) == today.addMonths(36).toString(Qt::ISODate));
    QVERIFY(low);
  }

  void cleanupTestCase() { m_server.reset(); }
};

QTEST_MAIN(AmlTest)
#include "aml_test.moc"
