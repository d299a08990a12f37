// "My clients" against a real in-process server with seeded clients: the
// model passes QAbstractItemModelTester while it pages, search-as-you-type
// narrows it, and everything shown is masked.
#include <QAbstractItemModelTester>
#include <QChartView>
#include <QValueAxis>
#include <cmath>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QDialogButtonBox>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTabBar>
#include <QTabWidget>

#include "api/grpc_crm_api.h"
#include "core/settings.h"
#include "gui/compliance/audit_event_model.h"
#include "gui/compliance/audit_trail_page.h"
#include "gui/customers/customer_detail_dialog.h"
#include "api/money.h"
#include "api/display_formats.h"
#include "gui/customers/edit_customer_dialog.h"
#include "gui/customers/holdings_tab.h"
#include "gui/common/chart_axis.h"
#include "gui/customers/interactions_tab.h"
#include "gui/customers/customer_list_model.h"
#include "gui/customers/customers_page.h"
#include "gui/mainwindow/main_window.h"
#include "gui/signin/sign_in_dialog.h"
#include "gui/workstation.h"
#include "desktop_support.h"
#include "support/test_server.h"
#include "storage/audit_sealer.h"
#include "usecases/demo_customers.h"
#include "usecases/ingest.h"
#include "storage/connection_pool.h"

#include <QLabel>
#include <QPushButton>
#include <pqxx/pqxx>

using crm::desktop::CustomerListModel;
using crm::desktop::GrpcCrmApi;
using crm::testing::TestServer;

using Settings = crm::desktop::Settings;

class CustomersTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<TestServer> m_server;

  // My clients of a signed-in workstation, once its first page has loaded.
  static crm::desktop::CustomersPage* loadedClients(crm::desktop::Workstation& ws) {
    if (!ws.mainWindow()->showArea(QStringLiteral("customers"))) return nullptr;
    auto* page = ws.mainWindow()->customersPage();
    return QTest::qWaitFor([&] { return page->model()->rowCount() > 0; }, 10000) ? page : nullptr;
  }

  // The real workstation, signed in by typing into its sign-in dialog.
  std::unique_ptr<crm::desktop::Workstation> signedInWorkstation(Settings& settings, const QString& user) {
    return crm::testing::SignedInWorkstation(*m_server, settings, user);
  }

  std::unique_ptr<GrpcCrmApi> signedInApi(const QString& user) { return crm::testing::SignedInApi(*m_server, user); }

 private Q_SLOTS:
  void initTestCase() {
    m_server = std::make_unique<TestServer>();
    m_server->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    m_server->CreateUser("manager2", "ACCOUNT_MANAGER", "T2", TestServer::kPassword);
    m_server->CreateUser("admin1", "ADMIN", "", TestServer::kPassword);
    m_server->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    m_server->CreateUser("lead1", "TEAM_LEAD", "T1", TestServer::kPassword);
    // 500 clients over the two managers: 250 each.
    crm::usecases::SeedDemoCustomers(m_server->conninfo(), 500, 7, "test");
  }
  void cleanupTestCase() { m_server.reset(); }

  void modelPagesAndPassesTheModelTester() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    CustomerListModel model(*api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 100, 10000);
    while (model.canFetchMore(QModelIndex()) || model.isLoading()) {
      if (model.canFetchMore(QModelIndex())) model.fetchMore(QModelIndex());
      QTest::qWait(20);
    }
    QCOMPARE(model.rowCount(), 250);  // manager1's own clients only
    QVERIFY(!model.canFetchMore(QModelIndex()));
    // Everything shown is masked by the server.
    for (int row = 0; row < model.rowCount(); row += 37) {
      const QString phone = model.data(model.index(row, CustomerListModel::Phone)).toString();
      const QString id = model.data(model.index(row, CustomerListModel::IdNumber)).toString();
      QVERIFY2(phone.contains(QStringLiteral("****")), qPrintable(phone));
      QCOMPARE(id.count(QLatin1Char('*')), 11);
    }
    // Sorted by name, as the server pages it.
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) names << model.data(model.index(row, 0)).toString();
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return a.toUtf8() < b.toUtf8(); });
    QCOMPARE(names, sorted);
  }

  void searchAsYouTypeNarrowsTheTable() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager2"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("customers")));
    auto* page = ws->mainWindow()->customersPage();
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(QStringLiteral("customerTable"));
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
    // Type a surname: after the debounce only matching clients remain.
    const QString name = table->model()->index(0, 0).data().toString();
    const QString fragment = name.left(2);
    // Chinese text arrives through the input method as committed text.
    page->findChild<QLineEdit*>(QStringLiteral("customerSearch"))->insert(fragment);
    QTRY_VERIFY_WITH_TIMEOUT(
        page->model()->rowCount() > 0 && !page->model()->isLoading() && !page->model()->canFetchMore(QModelIndex()),
        10000);
    for (int row = 0; row < page->model()->rowCount(); ++row)
      QVERIFY(page->model()->index(row, 0).data().toString().contains(fragment));
    // Clearing the box brings the paged list back.
    page->findChild<QLineEdit*>(QStringLiteral("customerSearch"))->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 100, 10000);

    // Issue 25 item 8: the last four digits of a mobile, as a client reads
    // them out, find that client in one's own book (and only there).
    const QString phone = page->model()->customerAt(3).phoneMasked;
    const QString id = page->model()->customerAt(3).id;
    QVERIFY(phone.size() == 11);
    const QString lastFour = phone.right(4);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("customerSearch"));
    QTest::keyClicks(search, lastFour);
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->countText().contains(QStringLiteral("found")), 10000);
    bool found = false;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
      QVERIFY2(page->model()->customerAt(row).phoneMasked.endsWith(lastFour),
               qPrintable(page->model()->customerAt(row).phoneMasked));
      found = found || page->model()->customerAt(row).id == id;
    }
    QVERIFY(found);
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    // Every match in manager2's book and nothing from anyone else's.
    const auto expected = tx.exec_params1(
                                "SELECT count(*) FROM customer c JOIN app_user u ON u.id = c.owner_user_id WHERE "
                                "u.username = 'manager2' AND "
                                "c.archive_time IS NULL AND c.phone_mask LIKE '%' || $1",
                                lastFour.toStdString())[0]
                              .as<int>();
    QCOMPARE(page->model()->rowCount(), std::min(expected, 100));
    search->clear();
    // The list again, counted: a search's "found" is gone.
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 100 && !page->countText().contains(QStringLiteral("found")),
                             10000);

    // Issue 25 item 8: the pinyin of a name as typed on any keyboard, whole
    // and as initials, finds the client; every row shown matches it.
    const QString target = page->model()->customerAt(5).id;
    const QString targetAum = page->model()->index(5, CustomerListModel::Aum).data().toString();
    const QString targetContact = page->model()->index(5, CustomerListModel::LastContact).data().toString();
    QVERIFY(!targetAum.isEmpty() && !targetContact.isEmpty());
    const std::string pinyin =
        tx.exec_params1("SELECT name_pinyin FROM customer WHERE id = $1::uuid", target.toStdString())[0]
            .as<std::string>();
    QString initials, whole;
    for (const QString& syllable : QString::fromStdString(pinyin).split(QLatin1Char(' '))) {
      initials += syllable.left(1);
      whole += syllable;
    }
    QVERIFY2(initials.size() >= 2, pinyin.c_str());
    for (const QString& typed : {whole, initials}) {
      QTest::keyClicks(search, typed);
      QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->countText().contains(QStringLiteral("found")),
                               10000);
      bool shown = false;
      for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QString id = page->model()->customerAt(row).id;
        if (id == target) {
          shown = true;
          // A search shows the same AUM and last contact as the list.
          QCOMPARE(page->model()->index(row, CustomerListModel::Aum).data().toString(), targetAum);
          QCOMPARE(page->model()->index(row, CustomerListModel::LastContact).data().toString(), targetContact);
        }
        QVERIFY2(tx.exec_params1("SELECT crm_pinyin_match(name_pinyin, $2) FROM customer WHERE id = $1::uuid",
                                 id.toStdString(), typed.toStdString())[0]
                     .as<bool>(),
                 qPrintable(typed + QLatin1Char(' ') + page->model()->customerAt(row).name));
      }
      QVERIFY2(shown, qPrintable(typed));
      search->clear();
      QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 100 && !page->countText().contains(QStringLiteral("found")),
                               10000);
    }
  }

  // A few letters that match thousands of clients: the page says it shows
  // some of them and asks for more letters, instead of passing them off as
  // the first by name (or making the user wait).
  void pinyinMatchingThousandsAsksForMoreLetters() {
    {
      pqxx::connection c(m_server->conninfo());
      pqxx::work tx(c);
      tx.exec0(
          "INSERT INTO customer (id, kind, name, owner_user_id, team_id, branch_id) "
          "SELECT gen_random_uuid(), 'INDIVIDUAL', '諸葛測' || chr(19968 + n), u.id, u.team_id, "
          "COALESCE(u.branch_id, (SELECT branch_id FROM team WHERE id = u.team_id)) "
          "FROM app_user u, generate_series(1, 2100) n WHERE u.username = 'manager2'");
      tx.commit();
    }
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager2"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("customers")));
    auto* page = ws->mainWindow()->customersPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0 && !page->model()->isLoading(), 10000);
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("customerSearch"));
    QTest::keyClicks(search, QStringLiteral("zhugec"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->countText().startsWith(QStringLiteral("Many")),
                             10000);
    QCOMPARE(page->countText(), QStringLiteral("Many clients match; 100 shown. Type more of the name or its pinyin."));
    QCOMPARE(page->model()->rowCount(), 100);
    // One more syllable narrows it to an exact answer.
    pqxx::connection c(m_server->conninfo());
    pqxx::work tx(c);
    const std::string third = tx.exec1(
                                    "SELECT split_part(name_pinyin, ' ', 4) FROM customer WHERE name = "
                                    "'諸葛測' || chr(19968 + 5)")[0]
                                  .as<std::string>();
    QTest::keyClicks(search, QStringLiteral("e") + QString::fromStdString(third));
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->countText().contains(QStringLiteral("found")), 10000);
    QVERIFY(page->model()->rowCount() >= 1);
    search->clear();
    tx.exec0("DELETE FROM customer WHERE name LIKE '諸葛測%'");
    tx.commit();
  }

  void filtersNarrowThePagedList() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("customers")));
    auto* page = ws->mainWindow()->customersPage();
    auto* model = page->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 10000);
    QString tier;
    for (int row = 0; row < model->rowCount() && tier.isEmpty(); ++row) tier = model->customerAt(row).tier;
    QVERIFY(!tier.isEmpty());
    auto* tiers = page->findChild<QComboBox*>(QStringLiteral("tierFilter"));
    tiers->setCurrentIndex(tiers->findData(tier));
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().tier == tier && !model->isLoading(), 10000);
    while (model->canFetchMore(QModelIndex()) || model->isLoading()) {
      if (model->canFetchMore(QModelIndex())) model->fetchMore(QModelIndex());
      QTest::qWait(20);
    }
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    const int expected = tx.exec_params1(
                               "SELECT count(*) FROM customer c JOIN app_user u ON u.id = c.owner_user_id WHERE "
                               "u.username = 'manager1' AND "
                               "c.tier = $1 AND c.archive_time IS NULL",
                               tier.toStdString())[0]
                             .as<int>();
    QCOMPARE(model->rowCount(), expected);
    for (int row = 0; row < model->rowCount(); ++row) QCOMPARE(model->customerAt(row).tier, tier);
    // And a status on top: only active clients of that tier.
    auto* statuses = page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    statuses->setCurrentIndex(statuses->findData(QStringLiteral("ACTIVE")));
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().status == QStringLiteral("ACTIVE") && !model->isLoading(), 10000);
    for (int row = 0; row < model->rowCount(); ++row) {
      QCOMPARE(model->customerAt(row).tier, tier);
      QCOMPARE(model->customerAt(row).status, QStringLiteral("ACTIVE"));
    }
    // A filter nothing matches says so (issue 25 item 8) instead of a blank table.
    auto* tag = page->findChild<QLineEdit*>(QStringLiteral("tagFilter"));
    QVERIFY(tag);
    tag->setText(QStringLiteral("no-such-tag"));
    QTest::keyClick(tag, Qt::Key_Return);
    auto* message = page->findChild<QLabel*>(QStringLiteral("customersMessage"));
    QTRY_VERIFY_WITH_TIMEOUT(
        model->filter().tag == QStringLiteral("no-such-tag") && !model->isLoading() && message->isVisible(), 10000);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY2(message->text().contains(QStringLiteral("matches these filters")), qPrintable(message->text()));
    tag->clear();
    QTest::keyClick(tag, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !message->isVisible(), 10000);
  }

  // Clicking a column header sorts the whole book on the server (not just the
  // rows loaded so far): the first page is what the database gives for that
  // order. Encrypted columns cannot be sorted and keep the previous order.
  void clickingAHeaderSortsTheWholeBook() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("customers")));
    auto* page = ws->mainWindow()->customersPage();
    auto* model = page->model();
    auto* table = page->findChild<QTableView*>(QStringLiteral("customerTable"));
    auto* header = table->horizontalHeader();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 10000);
    QVERIFY(page->findChild<QComboBox*>(QStringLiteral("ownerFilter")) == nullptr);  // a manager has one book
    auto click = [&](int section) {
      const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
      QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    auto expectFirstPage = [&](bool desc) {
      QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 100 && !model->isLoading(), 10000);
      pqxx::connection c(m_server->conninfo());
      pqxx::read_transaction tx(c);
      const std::string dir = desc ? "DESC" : "ASC";
      auto rows = tx.exec(
          "SELECT c.name, COALESCE(c.tier,'') FROM customer c JOIN app_user u ON u.id = c.owner_user_id "
          "WHERE u.username = 'manager1' AND c.archive_time IS NULL ORDER BY COALESCE(c.tier,'') " +
          dir + ", c.name " + dir + ", c.id " + dir + " LIMIT 100");
      for (int row = 0; row < 100; ++row) {
        QCOMPARE(model->customerAt(row).tier, QString::fromStdString(rows[row][1].as<std::string>()));
        QCOMPARE(model->customerAt(row).name, QString::fromStdString(rows[row][0].as<std::string>()));
      }
    };
    click(CustomerListModel::Tier);
    QCOMPARE(header->sortIndicatorSection(), int(CustomerListModel::Tier));
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().orderBy.startsWith(QStringLiteral("tier")), 5000);
    expectFirstPage(header->sortIndicatorOrder() == Qt::DescendingOrder);
    click(CustomerListModel::Tier);  // the other way round
    QTRY_VERIFY_WITH_TIMEOUT(model->filter().orderBy.startsWith(QStringLiteral("tier")) && !model->isLoading(), 5000);
    expectFirstPage(header->sortIndicatorOrder() == Qt::DescendingOrder);
    const QString before = model->filter().orderBy;
    click(CustomerListModel::Phone);  // held encrypted: not sortable
    QCOMPARE(header->sortIndicatorSection(), int(CustomerListModel::Tier));
    QCOMPARE(model->filter().orderBy, before);
  }

  // A team lead filters by the account managers of the team, and only those.
  void aLeadFiltersByOwnerWithinTheTeam() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("lead1"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("customers")));
    auto* page = ws->mainWindow()->customersPage();
    // The area is named for what a lead sees.
    QCOMPARE(page->findChild<QLabel*>(QStringLiteral("customersTitle"))->text(), QStringLiteral("Team clients"));
    auto* model = page->model();
    auto* owners = page->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
    QVERIFY(owners);
    QTRY_COMPARE_WITH_TIMEOUT(owners->count(), 2, 10000);  // "any" and manager1 (manager2 is in another team)
    owners->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(!model->filter().ownerUserId.isEmpty() && !model->isLoading(), 10000);
    while (model->canFetchMore(QModelIndex()) || model->isLoading()) {
      if (model->canFetchMore(QModelIndex())) model->fetchMore(QModelIndex());
      QTest::qWait(20);
    }
    QCOMPARE(model->rowCount(), 250);
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    QCOMPARE(QString::fromStdString(
                 tx.exec1("SELECT id::text FROM app_user WHERE username = 'manager1'")[0].as<std::string>()),
             model->filter().ownerUserId);
  }

  // A problem the server finds in a field other than the client's own is
  // shown as "field: problem" in the UI language, not the server's English.
  void serverProblemsReadAsPlainWords() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    CustomerListModel model(*api);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    bool done = false;
    crm::desktop::ApiError error;
    QObject ctx;
    api->createInteraction(model.customerAt(0).id, QStringLiteral("CHANNEL_PHONE"),
                           QDateTime::currentDateTime().addDays(2), QStringLiteral("call"), QDate(), QString(), &ctx,
                           [&](auto r) {
                             error = r.error;
                             done = true;
                           });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind(), crm::desktop::ApiError::Kind::Validation);
    const QString text = error.userMessage();
    QVERIFY2(text.contains(QStringLiteral("When: cannot be in the future")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("must not")), qPrintable(text));
  }

  void clientViewMasksAndRevealsOnlyWithAReason() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    auto* page = loadedClients(*ws);
    QVERIFY(page);
    auto* dialog = page->openCustomer(0);
    QVERIFY(dialog);
    dialog->setRevealDuration(500);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    auto* phone = dialog->findChild<QLabel*>(QStringLiteral("value_PHONE"));
    const QString masked = phone->text();
    QVERIFY2(masked.contains(QStringLiteral("****")), qPrintable(masked));
    QVERIFY(dialog->findChild<QListWidget*>(QStringLiteral("accountsList")));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("reveal_PHONE")), Qt::LeftButton);
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("revealConfirm"));
    QTest::mouseClick(confirm, Qt::LeftButton);  // no reason yet
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("detailMessage"))->isVisible());
    QCOMPARE(phone->text(), masked);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("revealReason")),
                     QStringLiteral("client asked for a callback"));
    QTest::mouseClick(confirm, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!phone->text().contains(QLatin1Char('*')), 10000);
    QCOMPARE(phone->text().size(), 11);
    // The "say why" message went with the successful reveal.
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("detailMessage"))->isVisible());
    // Shown briefly, then masked again.
    QTRY_COMPARE_WITH_TIMEOUT(phone->text(), masked, 5000);
    // The server kept the reason.
    m_server->server().sealer().SealNow();
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    QCOMPARE(tx.exec("SELECT count(*) FROM audit_event WHERE action = 'customer.reveal' AND reason = "
                     "'client asked for a callback'")[0][0]
                 .as<int>(),
             1);
    const QString clientId = page->model()->customerAt(0).id;
    dialog->close();

    // A compliance officer finds that reveal in the audit trail, by client.
    Settings officerSettings;
    auto officer = signedInWorkstation(officerSettings, QStringLiteral("compliance1"));
    QVERIFY(officer);
    QVERIFY(officer->mainWindow()->showArea(QStringLiteral("audit")));
    auto* trail = officer->mainWindow()->auditTrailPage();
    trail->findChild<QLineEdit*>(QStringLiteral("auditActionFilter"))->setText(QStringLiteral("customer.reveal"));
    trail->findChild<QLineEdit*>(QStringLiteral("auditTargetFilter"))->setText(clientId);
    QTest::mouseClick(trail->findChild<QPushButton*>(QStringLiteral("auditApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(trail->model()->rowCount(), 1, 10000);
    const auto& event = trail->model()->eventAt(0);
    QCOMPARE(event.actorUsername, QStringLiteral("manager1"));
    QCOMPARE(event.reason, QStringLiteral("client asked for a callback"));
    QVERIFY2(event.detailsJson.contains(QStringLiteral("phone"), Qt::CaseInsensitive), qPrintable(event.detailsJson));
    // The revealed number itself is never in the trail.
    QVERIFY(!event.detailsJson.contains(QRegularExpression(QStringLiteral("1[3-9][0-9]{9}"))));
    // Names, not UUIDs, and the action in words (issue 25 item 3).
    const QString clientName = page->model()->customerAt(0).name;
    auto* m = trail->model();
    QCOMPARE(m->data(m->index(0, crm::desktop::AuditEventModel::Target)).toString(), clientName);
    QVERIFY2(m->data(m->index(0, crm::desktop::AuditEventModel::Actor)).toString().contains(QStringLiteral("manager1")),
             qPrintable(m->data(m->index(0, crm::desktop::AuditEventModel::Actor)).toString()));
    QCOMPARE(m->data(m->index(0, crm::desktop::AuditEventModel::Action)).toString(),
             QStringLiteral("Revealed a number"));
    // Filtered by the user's name and the client's name, as a person types them.
    trail->findChild<QLineEdit*>(QStringLiteral("auditActorFilter"))->setText(QStringLiteral("manager1"));
    trail->findChild<QLineEdit*>(QStringLiteral("auditTargetFilter"))->setText(clientName);
    QTest::mouseClick(trail->findChild<QPushButton*>(QStringLiteral("auditApply")), Qt::LeftButton);
    int sameName = 0;
    {
      pqxx::connection c2(m_server->conninfo());
      pqxx::read_transaction t2(c2);
      sameName =
          t2.exec_params1("SELECT count(*) FROM customer WHERE name = $1", clientName.toStdString())[0].as<int>();
    }
    auto* countLabel = trail->findChild<QLabel*>(QStringLiteral("auditCount"));
    if (sameName == 1) {
      QTRY_VERIFY_WITH_TIMEOUT(trail->model()->rowCount() == 1 && trail->model()->eventAt(0).targetId == clientId,
                               10000);
    } else {
      QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().contains(QStringLiteral("type more of the name")), 10000);
    }
    trail->findChild<QLineEdit*>(QStringLiteral("auditActorFilter"))->setText(QStringLiteral("nobody-such"));
    QTest::mouseClick(trail->findChild<QPushButton*>(QStringLiteral("auditApply")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(countLabel->text().contains(QStringLiteral("No user named")), 10000);
  }

  // Buttons a role cannot use are not offered (issue 25 item 10): a lead may
  // edit the team's clients but not see their numbers; compliance may see
  // them but not edit; the owning manager both. The server decides
  // (Customer.capabilities) and still checks each call.
  void revealAndEditAreOfferedOnlyToWhoMayUseThem() {
    struct Expect {
      const char* user;
      bool reveal, edit;
    };
    for (const Expect& e :
         {Expect{"manager1", true, true}, Expect{"lead1", false, true}, Expect{"compliance1", true, false}}) {
      Settings settings;
      auto ws = signedInWorkstation(settings, QString::fromLatin1(e.user));
      QVERIFY(ws);
      auto* page = loadedClients(*ws);
      QVERIFY(page);
      auto* dialog = page->openCustomer(0);
      QVERIFY(dialog);
      QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
      for (const char* field : {"ID_NUMBER", "PHONE", "EMAIL", "ADDRESS"})
        QVERIFY2(
            dialog->findChild<QPushButton*>(QStringLiteral("reveal_") + QLatin1String(field))->isVisibleTo(dialog) ==
                e.reveal,
            e.user);
      QVERIFY2(dialog->findChild<QPushButton*>(QStringLiteral("editCustomerButton"))->isVisibleTo(dialog) == e.edit,
               e.user);
      dialog->close();
    }
  }

  void addAndCorrectAnInteraction() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    CustomerListModel model(*api);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 0, 10000);
    const QString id = model.customerAt(3).id;
    crm::desktop::CustomerDetailDialog dialog(*api, id, true);
    dialog.show();
    auto* tab = dialog.interactionsTab();
    QVERIFY(crm::testing::ClickTab(tab));
    QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 10000);
    const int before = static_cast<int>(tab->interactions().size());

    // An empty note cannot be saved; a real one is, and heads the timeline.
    auto* add = tab->openAdd();
    QVERIFY(add);
    QVERIFY(!add->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    add->setChannel(QStringLiteral("CHANNEL_PHONE"));
    add->setSummary(QStringLiteral("回访：客户确认收到季度报告，约下周面谈"));
    const QDate nextWeek = QDate::currentDate().addDays(7);
    add->setNextAction(nextWeek);
    add->submit();
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(tab->interactions().size()), before + 1, 10000);
    QCOMPARE(tab->interactions().at(0).summary, QStringLiteral("回访：客户确认收到季度报告，约下周面谈"));
    QCOMPARE(tab->interactions().at(0).channel, QStringLiteral("CHANNEL_PHONE"));
    // Issue 25 item 9: who wrote it and the agreed next step, in the list.
    QVERIFY2(tab->list()->topLevelItem(0)->text(2).contains(QStringLiteral("manager1")),
             qPrintable(tab->list()->topLevelItem(0)->text(2)));
    QCOMPARE(tab->interactions().at(0).nextActionDate, nextWeek);
    QCOMPARE(tab->list()->topLevelItem(0)->text(4), nextWeek.toString(Qt::ISODate));

    // Correct it: a reason is required; the original stays, marked corrected.
    tab->list()->setCurrentItem(tab->list()->topLevelItem(0));
    auto* amend = tab->openAmend();
    QVERIFY(amend);
    amend->setSummary(QStringLiteral("回访：客户确认收到季度报告，约周五面谈"));
    QVERIFY(!amend->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    amend->setReason(QStringLiteral("日期记错"));
    amend->submit();
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<int>(tab->interactions().size()), before + 2, 10000);
    int correctionRow = -1, originalRow = -1;
    for (int i = 0; i < tab->interactions().size(); ++i) {
      if (!tab->interactions().at(i).amendsId.isEmpty()) correctionRow = i;
      if (!tab->interactions().at(i).amendedById.isEmpty()) originalRow = i;
    }
    QVERIFY(correctionRow >= 0 && originalRow >= 0);
    const auto& correction = tab->interactions().at(correctionRow);
    QCOMPARE(correction.summary, QStringLiteral("回访：客户确认收到季度报告，约周五面谈"));
    QCOMPARE(correction.amendReason, QStringLiteral("日期记错"));
    const auto& original = tab->interactions().at(originalRow);
    QCOMPARE(original.amendedById, correction.id);
    QCOMPARE(original.summary, QStringLiteral("回访：客户确认收到季度报告，约下周面谈"));  // kept as it was
    QVERIFY(tab->list()->topLevelItem(originalRow)->font(3).italic());
    QCOMPARE(correction.nextActionDate, nextWeek);  // the correction keeps the agreed step
    // A corrected record cannot be corrected again; selected, it reads in
    // full with what corrected it and why.
    tab->list()->setCurrentItem(tab->list()->topLevelItem(originalRow));
    QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("amendInteractionButton"))->isEnabled());
    const QString detail = tab->detailText();
    QVERIFY2(detail.contains(QStringLiteral("回访：客户确认收到季度报告，约下周面谈")) &&
                 detail.contains(QStringLiteral("回访：客户确认收到季度报告，约周五面谈")) &&
                 detail.contains(nextWeek.toString(Qt::ISODate)),
             qPrintable(detail));
    tab->list()->setCurrentItem(tab->list()->topLevelItem(correctionRow));
    QVERIFY2(tab->detailText().contains(QStringLiteral("日期记错")), qPrintable(tab->detailText()));
    // A next step before the contact or more than a year ahead is refused.
    bool refused = false;
    QObject ctx;
    api->createInteraction(id, QStringLiteral("CHANNEL_PHONE"), QDateTime(), QStringLiteral("x"),
                           QDate::currentDate().addDays(400), QString(), &ctx, [&](auto r) {
                             refused = r.error.kind() == crm::desktop::ApiError::Kind::Validation &&
                                       !r.error.fields().isEmpty() &&
                                       r.error.fields().first().field == QLatin1String("next_action_date");
                           });
    QTRY_VERIFY_WITH_TIMEOUT(refused, 10000);
  }

  // A futures client's margin, as the clearing system sends it (issue 26):
  // the latest snapshot per account, a ratio under the margin-call line red.
  void aFuturesClientsMarginShowsWithABreachInRed() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    CustomerListModel model(*api);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 6, 10000);
    const QString id = model.customerAt(6).id;
    {
      crm::storage::ConnectionPool pool(m_server->conninfo(), 1);
      auto snapshot = [&](const char* time, qint64 balance, qint64 margin) {
        crm::usecases::ingest::MarginInput m;
        m.line = 1;
        m.client = id.toStdString();
        m.snapshot_time = time;
        m.pre_balance_minor = balance;
        m.balance_minor = balance;
        m.available_minor = balance - margin;
        m.curr_margin_minor = margin;
        return m;
      };
      const auto r = crm::usecases::ingest::IngestMargin(
          pool, {"", "ctp", "INTEGRATION", "", "local", ""}, {"ctp", "2026-03-09", 2},
          {snapshot("10:00:00", 150000000, 100000000), snapshot("14:30:00", 92000000, 100000000)});
      QVERIFY(r.rejections.empty());
      QCOMPARE(r.events, 1);
    }
    crm::desktop::CustomerDetailDialog detail(*api, id, true);
    detail.show();
    QTRY_VERIFY_WITH_TIMEOUT(detail.isLoaded(), 10000);
    // The account manager opens the holdings tab.
    auto* tabs = detail.findChild<QTabWidget*>();
    const int index = tabs->indexOf(detail.holdingsTab());
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
    auto* margin = detail.holdingsTab()->futuresMargin();
    QVERIFY(margin->isVisible());
    QCOMPARE(margin->topLevelItemCount(), 1);  // the latest snapshot only
    auto* row = margin->topLevelItem(0);
    QVERIFY2(row->text(4).contains(QStringLiteral("92")), qPrintable(row->text(4)));
    QVERIFY2(row->text(5).contains(QStringLiteral("14:30:00")), qPrintable(row->text(5)));
    QCOMPARE(row->text(1), crm::desktop::formatYuan(92000000));
    QCOMPARE(row->foreground(4).color(), QColor(0xc6, 0x28, 0x28));
  }

  void holdingsAndAumChartShowWhatTheDatabaseHolds() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    CustomerListModel model(*api);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 7, 10000);
    const QString id = model.customerAt(7).id;
    crm::desktop::CustomerDetailDialog detail(*api, id, true);
    QTRY_VERIFY_WITH_TIMEOUT(detail.isLoaded(), 10000);
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    const int points = tx.exec_params1(
                             "SELECT count(*) FROM aum_daily WHERE customer_id = $1::uuid AND "
                             "day > current_date - 366",
                             id.toStdString())[0]
                           .as<int>();
    const qint64 latest = tx.exec_params1(
                                "SELECT aum_minor FROM aum_daily WHERE customer_id = $1::uuid ORDER BY day "
                                "DESC LIMIT 1",
                                id.toStdString())[0]
                              .as<qint64>();
    const int holdings = tx.exec_params1(
                               "SELECT count(*) FROM holding WHERE customer_id = $1::uuid AND "
                               "market_value_minor <> 0",
                               id.toStdString())[0]
                             .as<int>();
    QVERIFY(points >= 12);
    auto* tab = detail.holdingsTab();
    QCOMPARE(tab->chartPoints(), points);
    QVERIFY2(tab->aumText().contains(crm::desktop::formatYuan(latest)), qPrintable(tab->aumText()));
    QCOMPARE(tab->holdings()->topLevelItemCount(), holdings);
    // Round ticks (issue 25 item 7): the AUM axis ends on multiples of its step.
    auto* axis = tab->findChild<QChartView*>()->chart()->findChild<QValueAxis*>(QStringLiteral("aumAxis"));
    QVERIFY(axis);
    QVERIFY(axis->tickCount() >= 2 && axis->tickCount() <= 7);
    const double step = (axis->max() - axis->min()) / (axis->tickCount() - 1);
    const double exponent = std::pow(10.0, std::floor(std::log10(step)));
    const double mantissa = step / exponent;
    QVERIFY2(std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 2.5) < 1e-9 ||
                 std::abs(mantissa - 5) < 1e-9,
             qPrintable(QString::number(step)));
    QVERIFY(std::abs(std::remainder(axis->min(), step)) < 1e-6);
    const auto r = crm::desktop::niceRange(1644, 1698);
    QCOMPARE(r.min, 1640.0);
    QCOMPARE(r.max, 1700.0);
    QCOMPARE(r.step, 20.0);
    QCOMPARE(r.ticks, 4);
    // Money shown from integers: two decimals (grouping follows the locale).
    QVERIFY(crm::desktop::formatYuan(123456789).endsWith(QStringLiteral("567.89")));
    QCOMPARE(crm::desktop::formatYuan(100), QStringLiteral("1.00"));
    QCOMPARE(crm::desktop::formatYuan(-5), QStringLiteral("-0.05"));
  }

  void editShowsFieldErrorsAndSurvivesAStaleVersion() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    CustomerListModel model(*api);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > 5, 10000);
    const QString id = model.customerAt(5).id;
    crm::desktop::CustomerDetailDialog detail(*api, id, true);
    QTRY_VERIFY_WITH_TIMEOUT(detail.isLoaded(), 10000);
    auto readRow = [&] {
      pqxx::connection c(m_server->conninfo());
      pqxx::read_transaction tx(c);
      return tx.exec_params1("SELECT name, coalesce(occupation, ''), version FROM customer WHERE id = $1",
                             id.toStdString());
    };
    const auto before = readRow();

    // A bad mobile number: the server's message beside the field, nothing saved.
    auto* edit = detail.openEdit();
    QVERIFY(edit);
    edit->setField(QStringLiteral("phone"), QStringLiteral("12345"));
    edit->setField(QStringLiteral("occupation"), QStringLiteral("律师"));
    edit->save();
    QTRY_VERIFY_WITH_TIMEOUT(!edit->fieldError(QStringLiteral("phone")).isEmpty(), 10000);
    QVERIFY(edit->fieldError(QStringLiteral("occupation")).isEmpty());
    QVERIFY(edit->isVisible());
    QCOMPARE(readRow()[2].as<int>(), before[2].as<int>());
    edit->close();

    // Someone else saves while this user types: the save is refused as
    // stale, Reload keeps what was typed, and the second save lands without
    // undoing the other change.
    edit = detail.openEdit();
    edit->setField(QStringLiteral("name"), QStringLiteral("欧阳新名"));
    auto other = signedInApi(QStringLiteral("manager1"));
    bool otherDone = false;
    QObject ctx;
    crm::desktop::CustomerDetail current;
    other->getCustomer(id, &ctx, [&](crm::desktop::Result<crm::desktop::CustomerDetail> r) {
      current = r.value;
      otherDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(otherDone, 10000);
    otherDone = false;
    other->updateCustomer(id, current.etag, {{QStringLiteral("occupation"), QStringLiteral("医生")}}, &ctx,
                          [&](crm::desktop::Result<QString> r) {
                            QVERIFY(r.ok());
                            otherDone = true;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(otherDone, 10000);
    edit->save();
    QTRY_VERIFY_WITH_TIMEOUT(edit->conflictShown(), 10000);
    QCOMPARE(edit->fieldText(QStringLiteral("name")), QStringLiteral("欧阳新名"));
    QTest::mouseClick(edit->findChild<QPushButton*>(QStringLiteral("reloadButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(edit->fieldText(QStringLiteral("occupation")), QStringLiteral("医生"), 10000);
    QCOMPARE(edit->fieldText(QStringLiteral("name")), QStringLiteral("欧阳新名"));  // still what was typed
    QVERIFY(!edit->conflictShown());
    QSignalSpy saved(edit, &crm::desktop::EditCustomerDialog::saved);
    edit->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    const auto after = readRow();
    QCOMPARE(QString::fromStdString(after[0].as<std::string>()), QStringLiteral("欧阳新名"));
    QCOMPARE(QString::fromStdString(after[1].as<std::string>()), QStringLiteral("医生"));
    // The 360 view shows the new name.
    QTRY_VERIFY_WITH_TIMEOUT(detail.windowTitle() == QStringLiteral("欧阳新名"), 10000);
  }

  // Issue 25 items 8 and 12: after a server restart the list offers Retry
  // (and tries again by itself), and the error goes once the server answers;
  // F5 asks again; a name changed in the 360 view shows in the list at once.
  void theListRecoversFromAServerRestartAndFollowsEdits() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    auto* page = loadedClients(*ws);
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(QStringLiteral("customerTable"));
    auto* message = page->findChild<QLabel*>(QStringLiteral("customersMessage"));
    auto* retry = page->findChild<QPushButton*>(QStringLiteral("customersRetry"));
    QVERIFY(table && message && retry);

    m_server->StopServing();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && retry->isVisible(), 15000);
    QVERIFY2(message->text().contains(QStringLiteral("Cannot reach the server")), qPrintable(message->text()));
    QCOMPARE(page->model()->rowCount(), 0);

    m_server->StartServing();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0 && !message->isVisible() && !retry->isVisible(), 20000);

    // An edit made in the 360 view shows in the list row.
    auto* dialog = page->openCustomer(0);
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isLoaded(), 10000);
    const QString id = page->model()->customerAt(0).id;
    auto* edit = dialog->openEdit();
    QVERIFY(edit);
    edit->setField(QStringLiteral("phone"), QStringLiteral("13900001234"));
    QSignalSpy saved(edit, &crm::desktop::EditCustomerDialog::saved);
    edit->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->customerAt(0).phoneMasked, QStringLiteral("139****1234"), 10000);
    QCOMPARE(page->model()->customerAt(0).id, id);
    dialog->close();
  }

  void anExpiredSessionAsksToSignInAgainAndKeepsWhatWasTyped() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager2"));
    QVERIFY(ws);
    auto* page = loadedClients(*ws);
    QVERIFY(page);
    auto* detail = page->openCustomer(0);
    QTRY_VERIFY_WITH_TIMEOUT(detail->isLoaded(), 10000);
    auto* edit = detail->openEdit();
    QVERIFY(edit);
    edit->setField(QStringLiteral("occupation"), QStringLiteral("会话过期后仍保留的输入"));
    {
      // The server ends the session (expiry or an administrator's revocation).
      pqxx::connection c(m_server->conninfo());
      pqxx::work tx(c);
      tx.exec0(
          "UPDATE user_session SET revoke_time = now(), revoke_reason = 'test' WHERE user_id = (SELECT id FROM "
          "app_user WHERE username = 'manager2') AND revoke_time IS NULL");
      tx.commit();
    }
    edit->save();
    QTRY_VERIFY_WITH_TIMEOUT(ws->reauthDialog() && ws->reauthDialog()->isVisible(), 10000);
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->fieldText(QStringLiteral("occupation")), QStringLiteral("会话过期后仍保留的输入"));
    // Someone else cannot take over the open windows.
    auto* reauth = ws->reauthDialog();
    reauth->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("manager1"));
    auto* password = reauth->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QString::fromLatin1(TestServer::kPassword));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(reauth->message().contains(QStringLiteral("manager2")), qPrintable(reauth->message()),
                              5000);
    // The same user signs in again; the edit is still there and now saves.
    reauth->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("manager2"));
    password->clear();
    QTest::keyClicks(password, QString::fromLatin1(TestServer::kPassword));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(ws->reauthDialog() == nullptr, 10000);
    QVERIFY(ws->session()->isSignedIn());
    QSignalSpy saved(edit, &crm::desktop::EditCustomerDialog::saved);
    edit->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
  }

  // Issue 25 item 8: the list says how many clients match and shows each
  // one's AUM and last contact; a lead also sees whose client it is, and the
  // count follows the filters.
  void theListCountsAndShowsAumLastContactAndOwner() {
    auto one = [&](const std::string& sql, const std::string& p) {
      pqxx::connection c(m_server->conninfo());
      pqxx::read_transaction tx(c);
      return tx.exec_params1(sql, p)[0].as<std::string>();
    };
    const std::string book =
        "SELECT count(*) FROM customer c JOIN app_user u ON u.id = c.owner_user_id WHERE "
        "u.username = $1 AND c.archive_time IS NULL";
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    auto* page = loadedClients(*ws);
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->countText(),
                              QStringLiteral("%1 clients").arg(QLocale().toString(std::stoll(one(book, "manager1")))),
                              10000);
    auto* table = page->findChild<QTableView*>(QStringLiteral("customerTable"));
    QVERIFY(table->isColumnHidden(CustomerListModel::Owner));  // one's own book
    auto* model = page->model();
    const std::string id = model->customerAt(0).id.toStdString();
    const std::string aum =
        one("SELECT COALESCE((SELECT aum_minor::text FROM customer_metrics WHERE customer_id = "
            "$1::uuid), '')",
            id);
    QCOMPARE(model->data(model->index(0, CustomerListModel::Aum)).toString(),
             aum.empty() ? QString() : crm::desktop::formatYuan(std::stoll(aum)));
    const std::string contact =
        one("SELECT COALESCE((SELECT last_interaction_date::text FROM customer_metrics WHERE "
            "customer_id = $1::uuid), 'none')",
            id);
    const QString shown = model->data(model->index(0, CustomerListModel::LastContact)).toString();
    QVERIFY2(contact == "none" || shown == QString::fromStdString(contact) || (contact.empty() && shown == "never"),
             qPrintable(shown + " / " + QString::fromStdString(contact)));
    int withAum = 0;
    for (int r = 0; r < model->rowCount(); ++r) withAum += model->customerAt(r).hasAum ? 1 : 0;
    QVERIFY(withAum > 0);
    // A filter: the count follows it.
    auto* tier = page->findChild<QComboBox*>(QStringLiteral("tierFilter"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("C")));
    const std::string tierC = one(book + " AND c.tier = 'C'", "manager1");
    QTRY_COMPARE_WITH_TIMEOUT(page->countText(),
                              QStringLiteral("%1 clients").arg(QLocale().toString(std::stoll(tierC))), 10000);

    Settings leadSettings;
    auto lead = signedInWorkstation(leadSettings, QStringLiteral("lead1"));
    QVERIFY(lead);
    auto* leadPage = loadedClients(*lead);
    QVERIFY(leadPage);
    // The team's book, counted in the lead's scope.
    const std::string team =
        one("SELECT count(*)::text FROM customer c WHERE c.archive_time IS NULL AND c.team_id = "
            "(SELECT team_id FROM app_user WHERE username = $1)",
            "lead1");
    QTRY_COMPARE_WITH_TIMEOUT(leadPage->countText(),
                              QStringLiteral("%1 clients").arg(QLocale().toString(std::stoll(team))), 10000);
    auto* leadTable = leadPage->findChild<QTableView*>(QStringLiteral("customerTable"));
    QVERIFY(!leadTable->isColumnHidden(CustomerListModel::Owner));
    QTRY_VERIFY_WITH_TIMEOUT(leadPage->model()
                                 ->data(leadPage->model()->index(0, CustomerListModel::Owner))
                                 .toString()
                                 .contains(QStringLiteral("manager1")),
                             10000);
  }

  void anAdministratorHasNoClientArea() {
    Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("admin1"));
    QVERIFY(ws);
    QVERIFY(!ws->mainWindow()->customersPage());
    QVERIFY(!ws->mainWindow()->showArea(QStringLiteral("customers")));
  }
};

QTEST_MAIN(CustomersTest)
#include "customers_test.moc"
