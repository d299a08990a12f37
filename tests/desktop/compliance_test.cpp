// The compliance screens against a real in-process server: the audit trail
// model pages under QAbstractItemModelTester and filters; a compliance
// officer verifies the chain from the workstation (OK in green; after a
// superuser edits an event, the first bad sequence in red); an export with a
// reason writes the file, shows progress and is itself in the trail; other
// roles do not get the audit trail.
#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableWidget>
#include <algorithm>
#include <QTest>
#include <QListWidget>
#include <QTreeWidget>
#include <pqxx/pqxx>

#include "api/grpc_crm_api.h"
#include "core/settings.h"
#include "desktop_support.h"
#include "gui/compliance/audit_event_model.h"
#include "gui/compliance/audit_trail_page.h"
#include "gui/tiering/tiering_page.h"
#include "usecases/demo_customers.h"
#include "gui/mainwindow/main_window.h"
#include "gui/signin/sign_in_dialog.h"
#include "gui/workstation.h"
#include "storage/audit_repository.h"
#include "storage/audit_sealer.h"
#include "storage/connection_pool.h"
#include "storage/transaction.h"
#include "support/test_server.h"

using crm::desktop::AuditEventModel;
using crm::desktop::AuditQuery;
using crm::desktop::AuditTrailPage;
using crm::desktop::GrpcCrmApi;
using crm::testing::TestServer;

class ComplianceDesktopTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<TestServer> m_server;

  std::unique_ptr<crm::desktop::Workstation> signedInWorkstation(crm::desktop::Settings& settings,
                                                                 const QString& user) {
    return crm::testing::SignedInWorkstation(*m_server, settings, user);
  }

  static void drain(AuditEventModel& model) {
    while (model.canFetchMore(QModelIndex()) || model.isLoading()) {
      if (model.canFetchMore(QModelIndex())) model.fetchMore(QModelIndex());
      QTest::qWait(20);
    }
  }

  int count(const std::string& sql) {
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec(sql)[0][0].as<int>();
  }

 private Q_SLOTS:
  void initTestCase() {
    m_server = std::make_unique<TestServer>();
    m_server->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    m_server->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    // 250 client views recorded, as the server records them.
    crm::storage::ConnectionPool pool(m_server->conninfo(), 2, "crm_app");
    for (int i = 1; i <= 250; ++i)
      crm::storage::InTransaction(pool, {}, [&](pqxx::work& tx) {
        crm::storage::AuditRepository::Record(
            tx, {"", "manager1", "ACCOUNT_MANAGER", "", "127.0.0.1", "seed-" + std::to_string(i)},
            {"customer.view",
             "customer",
             "client-" + std::to_string(i % 7),
             "",
             crm::storage::AuditOutcome::kOk,
             {{"i", i}}});
      });
    crm::storage::AuditSealer(m_server->conninfo()).SealNow();
    // 60 clients with a year of AUM, trades and tiers, for the tiering preview.
    crm::usecases::SeedDemoCustomers(m_server->conninfo(), 60, 11, "test");
  }
  void cleanupTestCase() { m_server.reset(); }

  void modelPagesFiltersAndPassesTheModelTester() {
    auto api = crm::testing::SignedInApi(*m_server, QStringLiteral("compliance1"));
    QVERIFY(api);
    AuditEventModel model(*api);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditQuery views;
    views.action = QStringLiteral("customer.view");
    model.setQuery(views);
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 100, 10000);  // the first page (the tester may ask for more)
    QCOMPARE(model.totalSize(), qint64{250});
    drain(model);
    QCOMPARE(model.rowCount(), 250);
    // Newest first, each one a client view by manager1.
    for (int row = 1; row < model.rowCount(); ++row)
      QVERIFY(model.eventAt(row - 1).sequence > model.eventAt(row).sequence);
    // The action in words (its code in the tooltip); the user as recorded
    // (these synthetic events name no user of the org).
    QCOMPARE(model.data(model.index(0, AuditEventModel::Actor)).toString(), QStringLiteral("manager1"));
    QCOMPARE(model.data(model.index(0, AuditEventModel::Action)).toString(), QStringLiteral("Viewed client"));
    QCOMPARE(model.data(model.index(0, AuditEventModel::Action), Qt::ToolTipRole).toString(),
             QStringLiteral("customer.view"));

    // A target filter narrows to one client's history.
    AuditQuery one;
    one.targetId = QStringLiteral("client-3");
    model.setQuery(one);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 10000);
    drain(model);
    QCOMPARE(model.rowCount(), 36);  // i % 7 == 3 for 36 of 1..250
    for (int row = 0; row < model.rowCount(); ++row) QCOMPARE(model.eventAt(row).targetId, QStringLiteral("client-3"));

    // Sign-ins are in the trail too ("auth." is a prefix filter).
    AuditQuery auth;
    auth.action = QStringLiteral("auth.");
    model.setQuery(auth);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && model.rowCount() > 0, 10000);
    for (int row = 0; row < model.rowCount(); ++row)
      QVERIFY(model.eventAt(row).action.startsWith(QLatin1String("auth.")));
  }

  void complianceOfficerVerifiesTheChainAndSeesWhereItBreaks() {
    crm::desktop::Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("compliance1"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("audit")));
    auto* page = ws->mainWindow()->auditTrailPage();
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 10000);

    QSignalSpy verified(page, &AuditTrailPage::verifyFinished);
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 20000);
    QCOMPARE(verified.at(0).at(0).toBool(), true);
    auto* result = page->findChild<QLabel*>(QStringLiteral("verifyResult"));
    QVERIFY2(result->text().contains(QStringLiteral("intact")), qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(QStringLiteral("#15803d")));  // green

    // A superuser with the triggers off changes one client view.
    const int seq = count("SELECT min(seq) FROM audit_event WHERE request_id = 'seed-100'");
    {
      pqxx::connection c(m_server->conninfo());
      pqxx::work tx(c);
      tx.exec0("SET LOCAL session_replication_role = replica");
      tx.exec0("UPDATE audit_event SET target_id = 'someone-else' WHERE request_id = 'seed-100'");
      tx.commit();
    }
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 2, 20000);
    QCOMPARE(verified.at(1).at(0).toBool(), false);
    QVERIFY2(result->text().contains(QString::number(seq)), qPrintable(result->text()));
    QVERIFY(result->styleSheet().contains(QStringLiteral("#b91c1c")));  // red
    // Put it back so the later tests see an intact chain.
    {
      pqxx::connection c(m_server->conninfo());
      pqxx::work tx(c);
      tx.exec0("SET LOCAL session_replication_role = replica");
      tx.exec0("UPDATE audit_event SET target_id = 'client-2' WHERE request_id = 'seed-100'");
      tx.commit();
    }
  }

  void exportWritesTheFileWithProgressAndIsItselfRecorded() {
    crm::desktop::Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("compliance1"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("audit")));
    auto* page = ws->mainWindow()->auditTrailPage();
    page->findChild<QLineEdit*>(QStringLiteral("auditActionFilter"))->setText(QStringLiteral("customer.view"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("views.csv"));
    QSignalSpy finished(page, &AuditTrailPage::exportFinished);
    page->startExport(QStringLiteral("CSV"), QStringLiteral("regulator request 2026-17"), path);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(page->exportText()));
    QVERIFY(page->exportText().contains(QStringLiteral("250")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 251);  // a header and the 250 views
    // A UTF-8 byte order mark first (Excel on Chinese Windows), then the header.
    QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBFsequence,event_time,"));
    // The export and its reason are in the trail: recorded before any data
    // left, and again when it completed, with how many events went out.
    QCOMPARE(count("SELECT count(*) FROM audit_trail WHERE action = 'audit.export' AND "
                   "reason = 'regulator request 2026-17'"),
             2);
    QCOMPARE(count("SELECT count(*) FROM audit_trail WHERE action = 'audit.export' AND "
                   "reason = 'regulator request 2026-17' AND details::jsonb->>'stage' = 'completed' AND "
                   "(details::jsonb->>'exported')::int = 250"),
             1);
  }

  void tieringPreviewShowsBeforeAfterAndTheTransitionMatrix() {
    crm::desktop::Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("compliance1"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("tiering")));
    auto* page = ws->mainWindow()->tieringPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
    QVERIFY(!page->policies().isEmpty());
    int active = -1;
    for (int i = 0; i < page->policies().size(); ++i)
      if (page->policies().at(i).status == QLatin1String("TIER_POLICY_ACTIVE")) active = i;
    QVERIFY(active >= 0);
    // Ranked best first by service level, though the rules test D first.
    QCOMPARE(page->policies().at(active).ranked,
             (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
    page->policyList()->setCurrentItem(page->policyList()->topLevelItem(active));
    page->preview();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasPreview(), 20000);
    const auto& p = page->lastPreview();
    QCOMPARE(p.clients, qint64{count("SELECT count(*) FROM customer WHERE archive_time IS NULL")});
    // The matrix adds up: every client once; off the diagonal, those changing.
    auto* m = page->matrix();
    // Best first, so a move to the right is a downgrade (coloured red).
    QCOMPARE(m->horizontalHeaderItem(0)->text(), QStringLiteral("A"));
    QCOMPARE(m->horizontalHeaderItem(3)->text(), QStringLiteral("D"));
    qint64 all = 0, moving = 0;
    for (int r = 0; r < m->rowCount(); ++r)
      for (int c = 0; c < m->columnCount(); ++c) {
        const qint64 n = m->item(r, c)->text().toLongLong();  // "·" reads as 0
        all += n;
        if (r != c) moving += n;
      }
    QCOMPARE(all, p.clients);
    QCOMPARE(moving, p.changing);
    // The tiers were computed with the active policy: nobody would move.
    QCOMPARE(p.changing, qint64{0});
    QVERIFY(page->chartBars() >= 4);  // A, B, C, D

    // Recompute every client now, with progress and a recorded reason.
    QSignalSpy recomputed(page, &crm::desktop::TieringPage::recomputeFinished);
    page->recompute(QStringLiteral("month-end review"));
    QTRY_COMPARE_WITH_TIMEOUT(recomputed.count(), 1, 60000);
    QVERIFY2(recomputed.at(0).at(0).toBool(), qPrintable(page->statusText()));
    QCOMPARE(recomputed.at(0).at(1).toLongLong(), p.clients);
    QCOMPARE(recomputed.at(0).at(2).toLongLong(), qint64{0});  // nothing changed since the last run

    // Activate the draft (a reason is required and recorded).
    int draft = -1;
    for (int i = 0; i < page->policies().size(); ++i)
      if (page->policies().at(i).status == QLatin1String("TIER_POLICY_DRAFT")) draft = i;
    QVERIFY(draft >= 0);
    const QString code = page->policies().at(draft).code;
    page->policyList()->setCurrentItem(page->policyList()->topLevelItem(draft));
    QVERIFY(page->findChild<QPushButton*>(QStringLiteral("activateButton"))->isEnabled());
    QSignalSpy activated(page, &crm::desktop::TieringPage::activated);
    page->activateSelected(QStringLiteral("wealth tiers from next month"));
    QTRY_COMPARE_WITH_TIMEOUT(activated.count(), 1, 10000);
    QVERIFY2(activated.at(0).at(0).toBool(), qPrintable(page->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(page->policies().begin(), page->policies().end(),
                    [&](const auto& p) { return p.code == code && p.status == QLatin1String("TIER_POLICY_ACTIVE"); }),
        10000);
    QCOMPARE(count("SELECT count(*) FROM audit_trail WHERE action = 'tiering.policy.activate' AND "
                   "reason = 'wealth tiers from next month'"),
             1);
  }

  // The rule editor: a wrong value is named by tier and comparison and saves
  // nothing; a new top tier saved from the active policy becomes the next
  // draft version, with the default tier last and the rule tags untouched;
  // editing that draft updates it in place.
  void tierRuleEditorSavesWhatTheServerAccepts() {
    crm::desktop::Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("compliance1"));
    QVERIFY(ws);
    QVERIFY(ws->mainWindow()->showArea(QStringLiteral("tiering")));
    auto* page = ws->mainWindow()->tieringPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 10000);
    int active = -1;
    for (int i = 0; i < page->policies().size(); ++i)
      if (page->policies().at(i).status == QLatin1String("TIER_POLICY_ACTIVE")) active = i;
    QVERIFY(active >= 0);
    const auto policy = page->policies().at(active);
    page->policyList()->setCurrentItem(page->policyList()->topLevelItem(active));
    auto* edit = page->findChild<QPushButton*>(QStringLiteral("editRulesButton"));
    QVERIFY(edit->isEnabled());
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor() && page->editor()->isVisible(), 10000);
    auto* editor = page->editor();
    auto* tiers = editor->findChild<QListWidget*>(QStringLiteral("tierList"));
    QCOMPARE(tiers->count(), policy.tiers.size());
    const int policiesBefore = count("SELECT count(*) FROM tier_policy");

    // Enter on what was opened saves nothing (no new version).
    QTest::keyClick(editor->findChild<QLineEdit*>(QStringLiteral("policyName")), Qt::Key_Return);
    QVERIFY(editor->isVisible());
    QVERIFY2(editor->problemsText().contains(QStringLiteral("Nothing has changed")),
             qPrintable(editor->problemsText()));
    QTest::qWait(300);
    QCOMPARE(count("SELECT count(*) FROM tier_policy"), policiesBefore);

    // A value that is not an amount: the server's problem, in plain words.
    tiers->setCurrentRow(0);
    auto* table = editor->findChild<QTableWidget*>(QStringLiteral("conditionTable"));
    QVERIFY(table->rowCount() >= 1);
    auto* value = qobject_cast<QLineEdit*>(table->cellWidget(0, 2));
    QVERIFY(value);
    value->setText(QStringLiteral("lots"));
    editor->save();
    QTRY_VERIFY_WITH_TIMEOUT(!editor->problemsText().isEmpty(), 10000);
    QVERIFY2(editor->problemsText().contains(QStringLiteral("comparison 1")), qPrintable(editor->problemsText()));
    QVERIFY(editor->isVisible());
    QCOMPARE(count("SELECT count(*) FROM tier_policy"), policiesBefore);

    // Fix it, add a tier and move it to the top.
    value->setText(QStringLiteral("6000000.00"));
    QTest::mouseClick(editor->findChild<QPushButton*>(QStringLiteral("addTierButton")), Qt::LeftButton);
    QCOMPARE(tiers->count(), policy.tiers.size() + 1);
    QCOMPARE(tiers->currentRow(), int(policy.tiers.size()) - 1);  // above the default tier
    auto* code = editor->findChild<QLineEdit*>(QStringLiteral("tierCode"));
    code->setText(QStringLiteral("VIP"));
    editor->findChild<QLineEdit*>(QStringLiteral("tierName"))->setText(QStringLiteral("私人银行"));
    qobject_cast<QLineEdit*>(table->cellWidget(0, 2))->setText(QStringLiteral("20000000.00"));
    auto* up = editor->findChild<QPushButton*>(QStringLiteral("tierUpButton"));
    while (tiers->currentRow() > 0) QTest::mouseClick(up, Qt::LeftButton);
    QSignalSpy saved(page, &crm::desktop::TieringPage::policySaved);
    editor->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    const auto draft = saved.at(0).at(0).value<crm::desktop::TierPolicyInfo>();
    QCOMPARE(draft.version, policy.version + 1);
    QCOMPARE(draft.status, QStringLiteral("TIER_POLICY_DRAFT"));
    QCOMPARE(draft.tiers.first(), QStringLiteral("VIP"));
    QCOMPARE(draft.tiers.size(), policy.tiers.size() + 1);
    QCOMPARE(draft.tiers.mid(1), policy.tiers);
    // What the database holds: the new tier's condition, the default last,
    // the tags as they were.
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    auto row = tx.exec_params1(
        "SELECT n.definition->'tiers'->0->'condition' = '{\"all\": [{\"op\": \">=\", \"value\": \"20000000.00\", "
        "\"metric\": \"aum\"}]}'::jsonb, n.definition->'tiers'->-1->'condition' = '{\"all\": []}'::jsonb, "
        "COALESCE(n.definition->'tags', '[]') = COALESCE(o.definition->'tags', '[]'), "
        "n.definition->'tiers'->1->'condition'->'all'->0->>'value' FROM tier_policy n, tier_policy o "
        "WHERE n.id = $1::uuid AND o.id = $2::uuid",
        draft.id.toStdString(), policy.id.toStdString());
    QVERIFY(row[0].as<bool>());
    QVERIFY(row[1].as<bool>());
    QVERIFY(row[2].as<bool>());
    QCOMPARE(QString::fromStdString(row[3].as<std::string>()), QStringLiteral("6000000.00"));
    tx.commit();
    QCOMPARE(count("SELECT count(*) FROM audit_trail WHERE action = 'tiering.policy.create'"), 1);

    // The page selects the new draft; editing it updates it in place.
    QTRY_VERIFY_WITH_TIMEOUT(page->policyList()->currentItem() &&
                                 page->policyList()->currentItem()->text(1) == QString::number(draft.version),
                             10000);
    QCOMPARE(edit->text(), crm::desktop::TieringPage::tr("Edit rules..."));
    QTRY_VERIFY_WITH_TIMEOUT(edit->isEnabled(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor(), 5000);  // the first editor closed and is gone
    QTest::mouseClick(edit, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor() && page->editor()->isVisible(), 10000);
    QVERIFY(page->editor()->windowTitle().contains(QString::number(draft.version)));
    page->editor()
        ->findChild<QLineEdit*>(QStringLiteral("policyName"))
        ->setText(QStringLiteral("带私人银行的经纪业务分级"));
    page->editor()->save();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 10000);
    QCOMPARE(count("SELECT count(*) FROM tier_policy"), policiesBefore + 1);
    QCOMPARE(count("SELECT count(*) FROM tier_policy WHERE name = '带私人银行的经纪业务分级' AND status = 'DRAFT'"), 1);
    // Four eyes: its author is not offered Activate, and is told why.
    QTRY_VERIFY_WITH_TIMEOUT(page->policyList()->currentItem() &&
                                 page->policyList()->currentItem()->text(1) == QString::number(draft.version),
                             10000);
    auto* activate = page->findChild<QPushButton*>(QStringLiteral("activateButton"));
    QTRY_VERIFY_WITH_TIMEOUT(!activate->isEnabled(), 5000);
    QVERIFY2(activate->toolTip().contains(QStringLiteral("second person")), qPrintable(activate->toolTip()));
  }

  void otherRolesDoNotGetTheAuditTrail() {
    crm::desktop::Settings settings;
    auto ws = signedInWorkstation(settings, QStringLiteral("manager1"));
    QVERIFY(ws);
    QVERIFY(!ws->mainWindow()->showArea(QStringLiteral("audit")));
    QVERIFY(!ws->mainWindow()->showArea(QStringLiteral("exceptions")));
    QVERIFY(!ws->mainWindow()->showArea(QStringLiteral("tiering")));
    QVERIFY(ws->mainWindow()->auditTrailPage() == nullptr);
    // And the server refuses the call anyway, recording the attempt.
    auto api = crm::testing::SignedInApi(*m_server, QStringLiteral("manager1"));
    bool done = false;
    crm::desktop::ApiError error;
    QObject ctx;
    api->listAuditEvents({}, QString(), 10, &ctx, [&](crm::desktop::Result<crm::desktop::AuditPage> r) {
      error = r.error;
      done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind(), crm::desktop::ApiError::Kind::PermissionDenied);
  }
};

QTEST_MAIN(ComplianceDesktopTest)
#include "compliance_test.moc"
