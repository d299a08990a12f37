// Issue 25 item 2: what the server allows, done from the workstation's own
// buttons and forms against a real in-process server: a new prospect, an
// account, a household member, a consent given and withdrawn, tags, a
// stand-in, archive and restore, and a lead's transfer. Each form shows the
// server's field errors beside the fields and changes nothing until they are
// put right; each change is checked in the database.
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <pqxx/pqxx>

#include "api/grpc_crm_api.h"
#include "core/settings.h"
#include "desktop_support.h"
#include "gui/customers/client_access_dialogs.h"
#include "gui/customers/client_record_dialogs.h"
#include "gui/customers/customer_detail_dialog.h"
#include "gui/customers/customer_list_model.h"
#include "gui/customers/customers_page.h"
#include "gui/customers/new_client_dialog.h"
#include "gui/language.h"
#include "gui/mainwindow/main_window.h"
#include "gui/signin/sign_in_dialog.h"
#include "gui/workstation.h"
#include "support/test_server.h"
#include "usecases/demo_customers.h"

using crm::desktop::CustomerDetailDialog;
using crm::desktop::FormDialog;
using crm::desktop::GrpcCrmApi;
using crm::testing::TestServer;

class ClientActionsTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<TestServer> m_server;

  std::string one(const std::string& sql, const std::string& param) {
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    auto r = tx.exec_params(sql, param);
    return r.empty() || r[0][0].is_null() ? std::string() : r[0][0].as<std::string>();
  }
  int count(const std::string& sql, const std::string& param) { return std::stoi(one(sql, param)); }

  std::unique_ptr<crm::desktop::Workstation> signedIn(crm::desktop::Settings& settings, const QString& user) {
    auto ws = crm::testing::SignedInWorkstation(*m_server, settings, user);
    if (!ws) return nullptr;
    if (!ws->mainWindow()->showArea(QStringLiteral("customers"))) return nullptr;
    auto* page = ws->mainWindow()->customersPage();
    if (!QTest::qWaitFor([&] { return page->model()->rowCount() > 0; }, 10000)) return nullptr;
    return ws;
  }

  // The client 360 of a row, opened by double-click as a person does.
  static CustomerDetailDialog* openRow(crm::desktop::CustomersPage* page, int row) {
    auto* table = page->findChild<QTableView*>(QStringLiteral("customerTable"));
    const QModelIndex index = page->model()->index(row, 0);
    table->scrollTo(index);
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    CustomerDetailDialog* dialog = nullptr;
    for (auto* d : page->findChildren<CustomerDetailDialog*>())
      if (d->isVisible()) dialog = d;
    if (!dialog || !QTest::qWaitFor([&] { return dialog->isLoaded(); }, 10000)) return nullptr;
    return dialog;
  }

  // Clicks a button of the 360 view and answers the form it opens.
  template <typename Form>
  static Form* clickFor(QWidget* owner, const QString& button) {
    auto* b = owner->findChild<QPushButton*>(button);
    if (!b || !b->isVisible()) return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    Form* form = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
          for (auto* f : owner->findChildren<Form*>())
            if (f->isVisible()) form = f;
          return form != nullptr;
        },
        5000);
    return shown ? form : nullptr;
  }

  // Brings a tab of the 360 view to the front by clicking its tab.
  static void showTab(QWidget* detail, const QString& title) {
    auto* tabs = detail->findChild<QTabWidget*>();
    for (int i = 0; i < tabs->count(); ++i)
      if (tabs->tabText(i) == title)
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(i).center());
  }

  static void ok(FormDialog* form) {
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("formOk")), Qt::LeftButton);
  }
  static void type(QWidget* form, const QString& name, const QString& text) {
    auto* e = form->findChild<QLineEdit*>(name);
    QVERIFY2(e, qPrintable(name));
    e->setFocus();
    e->selectAll();
    // QTest types ASCII keys; Chinese arrives as an input method commits it.
    bool ascii = true;
    for (QChar c : text) ascii = ascii && c.unicode() < 128;
    if (ascii)
      QTest::keyClicks(e, text);
    else
      e->insert(text);
  }
  static bool choose(QComboBox* combo, const QString& text) {
    const int i = combo->findText(text, Qt::MatchContains);
    if (i < 0) return false;
    combo->setCurrentIndex(i);
    return true;
  }

 private Q_SLOTS:
  void initTestCase() {
    crm::desktop::applyLanguage(QStringLiteral("en"));  // as main() does
    m_server = std::make_unique<TestServer>();
    m_server->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    m_server->CreateUser("manager3", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    m_server->CreateUser("manager2", "ACCOUNT_MANAGER", "T2", TestServer::kPassword);
    m_server->CreateUser("lead1", "TEAM_LEAD", "T1", TestServer::kPassword);
    m_server->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    crm::usecases::SeedDemoCustomers(m_server->conninfo(), 60, 11, "test");
  }
  void cleanupTestCase() { m_server.reset(); }

  // A new prospect from the list: a bad mobile is named beside its field and
  // nothing is created; once right, the client exists in the manager's book
  // and opens for the next steps.
  void aManagerCreatesAProspect() {
    crm::desktop::Settings settings;
    auto ws = signedIn(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    auto* page = ws->mainWindow()->customersPage();
    auto* form = clickFor<crm::desktop::NewClientDialog>(page, QStringLiteral("newClientButton"));
    QVERIFY(form);
    QVERIFY(!form->findChild<QComboBox*>(QStringLiteral("field_owner")));  // a manager creates for themselves
    type(form, QStringLiteral("field_name"), QStringLiteral("司马新客"));
    type(form, QStringLiteral("field_phone"), QStringLiteral("12345"));
    type(form, QStringLiteral("field_birth_date"), QStringLiteral("1985-02-30"));
    ok(form);
    QVERIFY(!form->fieldError(QStringLiteral("birth_date")).isEmpty());  // told at once, before the server
    type(form, QStringLiteral("field_birth_date"), QStringLiteral("1985-02-28"));
    ok(form);
    QTRY_VERIFY_WITH_TIMEOUT(!form->fieldError(QStringLiteral("phone")).isEmpty(), 10000);
    QVERIFY2(form->fieldError(QStringLiteral("phone")).contains(QStringLiteral("mobile")),
             qPrintable(form->fieldError(QStringLiteral("phone"))));
    QVERIFY(form->fieldError(QStringLiteral("name")).isEmpty());
    QVERIFY(form->isVisible());
    QCOMPARE(count("SELECT count(*) FROM customer WHERE name = $1", "司马新客"), 0);

    type(form, QStringLiteral("field_phone"), QStringLiteral("13812345678"));
    choose(form->findChild<QComboBox*>(QStringLiteral("field_source")), QStringLiteral("Referral"));
    QPointer<FormDialog> guard(form);
    ok(form);
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000);
    QCOMPARE(one("SELECT status FROM customer WHERE name = $1", "司马新客"), std::string("PROSPECT"));
    QCOMPARE(one("SELECT u.username FROM customer c JOIN app_user u ON u.id = c.owner_user_id WHERE c.name = $1",
                 "司马新客"),
             std::string("manager1"));
    QCOMPARE(one("SELECT source FROM customer WHERE name = $1", "司马新客"), std::string("Referral"));
    // The new client opens in its 360 view.
    CustomerDetailDialog* detail = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                               for (auto* d : page->findChildren<CustomerDetailDialog*>())
                                 if (d->isVisible() && d->isLoaded() && d->windowTitle() == QStringLiteral("司马新客"))
                                   detail = d;
                               return detail != nullptr;
                             }()),
                             10000);
    QCOMPARE(detail->findChild<QLabel*>(QStringLiteral("value_SOURCE"))->text(), QStringLiteral("Referral"));
    QTRY_VERIFY_WITH_TIMEOUT(
        detail->findChild<QLabel*>(QStringLiteral("value_OWNER"))->text().contains(QStringLiteral("manager1")), 10000);
  }

  // Accounts, household, consent and tags from the 360 view's own buttons.
  void recordsAreAddedFromTheClientView() {
    crm::desktop::Settings settings;
    auto ws = signedIn(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    auto* page = ws->mainWindow()->customersPage();
    auto* detail = openRow(page, 1);
    QVERIFY(detail);
    const std::string id = detail->detail().summary.id.toStdString();
    const std::string other = page->model()->customerAt(2).name.toStdString();

    // An account: too few digits named beside the number; then linked.
    const int accounts = count("SELECT count(*) FROM customer_account WHERE customer_id = $1", id);
    showTab(detail, QStringLiteral("Accounts"));
    auto* account = clickFor<crm::desktop::AddAccountDialog>(detail, QStringLiteral("addAccountButton"));
    QVERIFY(account);
    type(account, QStringLiteral("field_number"), QStringLiteral("12"));
    ok(account);
    QTRY_VERIFY_WITH_TIMEOUT(!account->fieldError(QStringLiteral("number")).isEmpty(), 10000);
    QCOMPARE(count("SELECT count(*) FROM customer_account WHERE customer_id = $1", id), accounts);
    type(account, QStringLiteral("field_number"), QStringLiteral("6222 0212 3456 7890"));
    QPointer<FormDialog> guard(account);
    ok(account);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(count("SELECT count(*) FROM customer_account WHERE customer_id = $1", id), accounts + 1);
    auto* list = detail->findChild<QListWidget*>(QStringLiteral("accountsList"));
    QTRY_VERIFY_WITH_TIMEOUT(!list->findItems(QStringLiteral("7890"), Qt::MatchContains).isEmpty(), 10000);
    // The same number again is named as already linked, not a vague conflict.
    account = clickFor<crm::desktop::AddAccountDialog>(detail, QStringLiteral("addAccountButton"));
    type(account, QStringLiteral("field_number"), QStringLiteral("6222021234567890"));
    ok(account);
    QTRY_VERIFY_WITH_TIMEOUT(!account->fieldError(QStringLiteral("number")).isEmpty(), 10000);
    QVERIFY2(account->fieldError(QStringLiteral("number")).contains(QStringLiteral("already linked")),
             qPrintable(account->fieldError(QStringLiteral("number"))));
    account->reject();

    // A household member who is a client, found by the search.
    showTab(detail, QStringLiteral("Household"));
    auto* relation = clickFor<crm::desktop::AddRelationDialog>(detail, QStringLiteral("addRelationButton"));
    QVERIFY(relation);
    choose(relation->findChild<QComboBox*>(QStringLiteral("field_relation")), QStringLiteral("Spouse"));
    ok(relation);  // no client chosen yet
    QVERIFY(!relation->fieldError(QStringLiteral("client")).isEmpty());
    type(relation, QStringLiteral("relatedSearch"), QString::fromStdString(other));
    // Enter searches; it does not submit a match nobody chose.
    QTest::keyClick(relation->findChild<QLineEdit*>(QStringLiteral("relatedSearch")), Qt::Key_Return);
    QVERIFY(relation->isVisible());
    auto* found = relation->findChild<QComboBox*>(QStringLiteral("relatedFound"));
    QTRY_VERIFY_WITH_TIMEOUT(found->findText(QString::fromStdString(other), Qt::MatchContains) >= 0, 10000);
    choose(found, QString::fromStdString(other));
    guard = relation;
    ok(relation);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(one("SELECT relation FROM customer_relation WHERE customer_id = $1", id), std::string("SPOUSE"));
    auto* relations = detail->findChild<QListWidget*>(QStringLiteral("relationsList"));
    QTRY_VERIFY_WITH_TIMEOUT(!relations->findItems(QString::fromStdString(other), Qt::MatchContains).isEmpty(), 10000);

    // Marketing by SMS: how the client said so is required; then agreed, then withdrawn.
    showTab(detail, QStringLiteral("Consents"));
    auto* consent = clickFor<crm::desktop::ConsentDialog>(detail, QStringLiteral("recordConsentButton"));
    QVERIFY(consent);
    ok(consent);
    QTRY_VERIFY_WITH_TIMEOUT(!consent->fieldError(QStringLiteral("method")).isEmpty(), 10000);
    choose(consent->findChild<QComboBox*>(QStringLiteral("field_method")), QStringLiteral("signed form"));
    guard = consent;
    ok(consent);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    auto latest = [&] {
      return one(
          "SELECT granted::text FROM customer_consent WHERE customer_id = $1 AND purpose = 'MARKETING' AND "
          "channel = 'SMS' ORDER BY record_time DESC LIMIT 1",
          id);
    };
    QCOMPARE(latest(), std::string("true"));
    auto* consents = detail->findChild<QListWidget*>(QStringLiteral("consentsList"));
    QTRY_VERIFY_WITH_TIMEOUT(!consents->findItems(QStringLiteral("agreed"), Qt::MatchContains).isEmpty(), 10000);
    consents->setCurrentItem(consents->findItems(QStringLiteral("SMS"), Qt::MatchContains).first());
    auto* withdraw = clickFor<crm::desktop::ConsentDialog>(detail, QStringLiteral("withdrawConsentButton"));
    QVERIFY(withdraw);
    QVERIFY(withdraw->findChild<QRadioButton*>(QStringLiteral("consentWithdraws"))->isChecked());
    choose(withdraw->findChild<QComboBox*>(QStringLiteral("field_method")), QStringLiteral("recorded phone call"));
    guard = withdraw;
    ok(withdraw);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(latest(), std::string("false"));
    QTRY_VERIFY_WITH_TIMEOUT(!consents->findItems(QStringLiteral("withdrawn"), Qt::MatchContains).isEmpty(), 10000);

    // A tag added shows on the profile and the tag filter finds the client;
    // removed, it is gone.
    showTab(detail, QStringLiteral("Profile"));
    auto* tags = clickFor<crm::desktop::TagsDialog>(detail, QStringLiteral("editTagsButton"));
    QVERIFY(tags);
    type(tags, QStringLiteral("newTag"), QStringLiteral("退休规划"));
    // Enter adds the tag and keeps the dialog open for the next one.
    QTest::keyClick(tags->findChild<QLineEdit*>(QStringLiteral("newTag")), Qt::Key_Return);
    QVERIFY(tags->isVisible());
    QCOMPARE(tags->findChild<QListWidget*>(QStringLiteral("tagList"))
                 ->findItems(QStringLiteral("退休规划"), Qt::MatchExactly)
                 .size(),
             1);
    guard = tags;
    ok(tags);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        detail->findChild<QLabel*>(QStringLiteral("value_TAGS"))->text().contains(QStringLiteral("退休规划")), 10000);
    auto* tagFilter = page->findChild<QLineEdit*>(QStringLiteral("tagFilter"));
    type(page, QStringLiteral("tagFilter"), QStringLiteral("退休规划"));
    QTest::keyClick(tagFilter, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
    QCOMPARE(page->model()->customerAt(0).id.toStdString(), id);
    tags = clickFor<crm::desktop::TagsDialog>(detail, QStringLiteral("editTagsButton"));
    auto* tagList = tags->findChild<QListWidget*>(QStringLiteral("tagList"));
    tagList->setCurrentRow(0);
    QTest::mouseClick(tags->findChild<QPushButton*>(QStringLiteral("removeTag")), Qt::LeftButton);
    guard = tags;
    ok(tags);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(count("SELECT count(*) FROM customer_tag WHERE customer_id = $1 AND source = 'MANUAL'", id), 0);
    detail->close();
  }

  // A stand-in while the manager is away, and archive / restore with a reason.
  void aStandInAndArchiveRestore() {
    crm::desktop::Settings settings;
    auto ws = signedIn(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    auto* page = ws->mainWindow()->customersPage();
    auto* detail = openRow(page, 3);
    QVERIFY(detail);
    const std::string id = detail->detail().summary.id.toStdString();

    auto* delegation = clickFor<crm::desktop::DelegationDialog>(detail, QStringLiteral("delegateButton"));
    QVERIFY(delegation);
    ok(delegation);  // nobody chosen
    QVERIFY(!delegation->fieldError(QStringLiteral("delegate")).isEmpty());
    auto* who = delegation->findChild<QComboBox*>(QStringLiteral("field_delegate"));
    QTRY_VERIFY_WITH_TIMEOUT(who->findText(QStringLiteral("manager3"), Qt::MatchContains) >= 0, 10000);
    QCOMPARE(who->findText(QStringLiteral("manager1"), Qt::MatchContains), -1);  // not the owner
    choose(who, QStringLiteral("manager3"));
    ok(delegation);  // no reason
    QTRY_VERIFY_WITH_TIMEOUT(!delegation->fieldError(QStringLiteral("reason")).isEmpty(), 10000);
    QCOMPARE(count("SELECT count(*) FROM customer_delegation WHERE customer_id = $1", id), 0);
    type(delegation, QStringLiteral("field_reason"), QStringLiteral("年假"));
    QPointer<FormDialog> guard(delegation);
    ok(delegation);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(count("SELECT count(*) FROM customer_delegation WHERE customer_id = $1", id), 1);

    auto* archive = clickFor<crm::desktop::ArchiveDialog>(detail, QStringLiteral("archiveButton"));
    QVERIFY(archive);
    ok(archive);
    QTRY_VERIFY_WITH_TIMEOUT(!archive->fieldError(QStringLiteral("reason")).isEmpty(), 10000);
    QCOMPARE(one("SELECT archive_time FROM customer WHERE id = $1", id), std::string());
    type(archive, QStringLiteral("field_reason"), QStringLiteral("重复建档"));
    guard = archive;
    ok(archive);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QVERIFY(!one("SELECT archive_time FROM customer WHERE id = $1", id).empty());
    auto* archiveButton = detail->findChild<QPushButton*>(QStringLiteral("archiveButton"));
    QTRY_COMPARE_WITH_TIMEOUT(archiveButton->text(), QStringLiteral("Restore..."), 10000);
    // Out of the list unless asked for; "Show archived" brings it back, marked.
    page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowCount() > 0, 10000);
    auto rowOf = [&] {
      for (int r = 0; r < page->model()->rowCount(); ++r)
        if (page->model()->customerAt(r).id.toStdString() == id) return r;
      return -1;
    };
    QCOMPARE(rowOf(), -1);
    QTest::mouseClick(page->findChild<QCheckBox*>(QStringLiteral("archivedFilter")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf() >= 0, 10000);
    QVERIFY(page->model()
                ->data(page->model()->index(rowOf(), crm::desktop::CustomerListModel::Status))
                .toString()
                .contains(QStringLiteral("archived")));
    auto* restore = clickFor<crm::desktop::ArchiveDialog>(detail, QStringLiteral("archiveButton"));
    QVERIFY(restore);
    type(restore, QStringLiteral("field_reason"), QStringLiteral("客户回来了"));
    guard = restore;
    ok(restore);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(one("SELECT archive_time FROM customer WHERE id = $1", id), std::string());
    // Both on the audit trail (sealed or still pending), with their reasons.
    QCOMPARE(count("SELECT count(*) FROM (SELECT action, target_id, outcome, reason FROM audit_pending UNION ALL "
                   "SELECT action, target_id, outcome, reason FROM audit_event) e WHERE target_id = $1 AND outcome = "
                   "'ok' AND ((action = 'customer.archive' AND reason = '重复建档') OR (action = 'customer.restore' "
                   "AND reason = '客户回来了'))",
                   id),
             2);
    detail->close();
  }

  // A lead moves the selected clients of one manager to another; without a
  // reason nothing moves. Compliance is offered none of these actions.
  void aLeadTransfersSelectedClients() {
    crm::desktop::Settings settings;
    auto ws = signedIn(settings, QStringLiteral("lead1"));
    QVERIFY(ws);
    auto* page = ws->mainWindow()->customersPage();
    auto* owner = page->findChild<QComboBox*>(QStringLiteral("ownerFilter"));
    QTRY_VERIFY_WITH_TIMEOUT(owner->findText(QStringLiteral("manager1"), Qt::MatchContains) >= 0, 10000);
    choose(owner, QStringLiteral("manager1"));
    QTRY_VERIFY_WITH_TIMEOUT(!page->model()->isLoading() && page->model()->rowCount() >= 2, 10000);
    auto* table = page->findChild<QTableView*>(QStringLiteral("customerTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(page->model()->index(0, 0)).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      table->visualRect(page->model()->index(1, 0)).center());
    const std::string a = page->model()->customerAt(0).id.toStdString(),
                      b = page->model()->customerAt(1).id.toStdString();
    auto* transfer = clickFor<crm::desktop::TransferDialog>(page, QStringLiteral("transferButton"));
    QVERIFY(transfer);
    auto* from = transfer->findChild<QComboBox*>(QStringLiteral("field_from"));
    QTRY_VERIFY_WITH_TIMEOUT(from->currentText().contains(QStringLiteral("manager1")), 10000);
    auto* selected = transfer->findChild<QRadioButton*>(QStringLiteral("transferSelected"));
    QVERIFY(selected->isEnabled() && selected->isChecked());
    QVERIFY2(selected->text().contains(QStringLiteral("2")), qPrintable(selected->text()));
    QVERIFY(choose(transfer->findChild<QComboBox*>(QStringLiteral("field_to")), QStringLiteral("manager3")));
    ok(transfer);  // no reason
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->fieldError(QStringLiteral("reason")).isEmpty(), 10000);
    const std::string ownerSql =
        "SELECT u.username FROM customer c JOIN app_user u ON u.id = c.owner_user_id WHERE c.id = $1";
    QCOMPARE(one(ownerSql, a), std::string("manager1"));
    type(transfer, QStringLiteral("field_reason"), QStringLiteral("客户经理离职"));
    QPointer<FormDialog> guard(transfer);
    ok(transfer);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(one(ownerSql, a), std::string("manager3"));
    QCOMPARE(one(ownerSql, b), std::string("manager3"));
    auto* said = page->findChild<QLabel*>(QStringLiteral("customersMessage"));
    QTRY_VERIFY2_WITH_TIMEOUT(said->isVisible() && said->text().contains(QStringLiteral("2 clients transferred")),
                              qPrintable(said->text()), 10000);

    crm::desktop::Settings settings2;
    auto officer = signedIn(settings2, QStringLiteral("compliance1"));
    QVERIFY(officer);
    auto* officerPage = officer->mainWindow()->customersPage();
    QVERIFY(!officerPage->findChild<QPushButton*>(QStringLiteral("newClientButton")));
    QVERIFY(!officerPage->findChild<QPushButton*>(QStringLiteral("transferButton")));
    auto* detail = openRow(officerPage, 0);
    QVERIFY(detail);
    for (const char* name : {"addAccountButton", "addRelationButton", "recordConsentButton", "editTagsButton",
                             "delegateButton", "archiveButton"})
      QVERIFY2(!detail->findChild<QPushButton*>(QLatin1String(name))->isVisible(), name);
    detail->close();
  }
};

QTEST_MAIN(ClientActionsTest)
#include "client_actions_test.moc"
