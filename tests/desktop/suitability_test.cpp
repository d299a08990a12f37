// Suitability in the workstation against a real in-process server
// (regulatory.md section 1): the questionnaire wizard submits and shows the
// level; the product check shows the decision in plain words, keeps "Record
// sale" disabled until the signed warning and the dual recording are
// attached (SHA-256 computed on the desktop), then records the sale.
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QPlainTextEdit>
#include <QTableView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>
#include <pqxx/pqxx>

#include "api/grpc_crm_api.h"
#include "gui/compliance/exceptions_page.h"
#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/suitability.grpc.pb.h"
#include "gui/customers/customer_detail_dialog.h"
#include "gui/suitability/questionnaire_wizard.h"
#include "gui/suitability/suitability_check_dialog.h"
#include "gui/suitability/suitability_tab.h"
#include "security/crypto.h"
#include "desktop_support.h"
#include "support/test_server.h"

using crm::desktop::GrpcCrmApi;
using crm::desktop::SuitabilityCheckDialog;
using crm::testing::TestServer;

class SuitabilityDesktopTest : public QObject {
  Q_OBJECT

 private:
  std::unique_ptr<TestServer> m_server;
  QString m_client;

  std::unique_ptr<GrpcCrmApi> signedInApi(const QString& user) { return crm::testing::SignedInApi(*m_server, user); }

  int count(const std::string& sql) {
    pqxx::connection c(m_server->conninfo());
    pqxx::read_transaction tx(c);
    return tx.exec(sql)[0][0].as<int>();
  }

 private Q_SLOTS:
  void initTestCase() {
    m_server = std::make_unique<TestServer>();
    m_server->CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
    m_server->CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
    auto channel = m_server->Channel();
    auto suitability = crm::v1::SuitabilityService::NewStub(channel);
    const std::string compliance = crm::testing::LoginOrDie(*channel, "compliance1", TestServer::kPassword);
    for (auto [code, risk] : {std::pair{"D-R1", crm::v1::R1}, std::pair{"D-R4", crm::v1::R4}}) {
      crm::v1::CreateProductRequest req;
      req.mutable_product()->set_code(code);
      req.mutable_product()->set_name("演示基金");
      req.mutable_product()->set_type("FUND");
      req.mutable_product()->set_risk(risk);
      crm::v1::Product p;
      auto ctx = crm::testing::AuthedContext(compliance);
      QVERIFY(suitability->CreateProduct(ctx.get(), req, &p).ok());
    }
    const std::string manager = crm::testing::LoginOrDie(*channel, "manager1", TestServer::kPassword);
    auto customers = crm::v1::CustomerService::NewStub(channel);
    crm::v1::CreateCustomerRequest req;
    req.set_request_id("desktop-suitability-1");
    req.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
    req.mutable_customer()->set_name("钱多多");
    crm::v1::Customer c;
    auto ctx = crm::testing::AuthedContext(manager);
    QVERIFY(customers->CreateCustomer(ctx.get(), req, &c).ok());
    m_client = QString::fromStdString(c.id());
  }
  void cleanupTestCase() { m_server.reset(); }

  void amountsAreParsedWithoutFloatingPoint() {
    QCOMPARE(SuitabilityCheckDialog::parseYuan(QStringLiteral("12345.6")), qint64{1234560});
    QCOMPARE(SuitabilityCheckDialog::parseYuan(QStringLiteral("0.01")), qint64{1});
    QCOMPARE(SuitabilityCheckDialog::parseYuan(QStringLiteral("50000")), qint64{5000000});
    QCOMPARE(SuitabilityCheckDialog::parseYuan(QStringLiteral("1.234")), qint64{-1});
    QCOMPARE(SuitabilityCheckDialog::parseYuan(QStringLiteral("abc")), qint64{-1});
  }

  // Driven as a person does (issue 25 item 1): "New risk assessment...", then
  // Next on the intro page (never Finish: a wizard that offers only Finish
  // there closes without an assessment), an answer and Next on each question,
  // Finish on the result.
  void questionnaireWizardAssessesTheClient() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    crm::desktop::CustomerDetailDialog dialog(*api, m_client, true);
    dialog.show();
    auto* tab = dialog.suitabilityTab();
    QVERIFY(!tab->isLoaded());  // read when first shown
    QVERIFY(crm::testing::ClickTab(tab));
    QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 10000);
    QVERIFY(!tab->profile().hasAssessment);
    auto* assess = tab->findChild<QPushButton*>(QStringLiteral("newAssessmentButton"));
    QVERIFY(assess && assess->isVisible());
    QTest::mouseClick(assess, Qt::LeftButton);
    QPointer<crm::desktop::QuestionnaireWizard> wizard = tab->findChild<crm::desktop::QuestionnaireWizard*>();
    QVERIFY(wizard && wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(wizard->isLoaded(), 10000);
    QCOMPARE(wizard->questionnaire().questions.size(), 10);
    auto* next = wizard->button(QWizard::NextButton);
    auto* finish = wizard->button(QWizard::FinishButton);
    QTRY_VERIFY_WITH_TIMEOUT(next->isVisible() && next->isEnabled(), 5000);
    QVERIFY(!finish->isVisible());
    QTest::mouseClick(next, Qt::LeftButton);
    // Age 31-45 (10) + income 200k-500k (7) + loss up to 5% (3) = 20: C2.
    const QMap<QString, QString> picks{{QStringLiteral("age"), QStringLiteral("e")},
                                       {QStringLiteral("income"), QStringLiteral("c")},
                                       {QStringLiteral("loss"), QStringLiteral("b")}};
    for (const auto& q : wizard->questionnaire().questions) {
      QVERIFY2(next->isVisible(), qPrintable(q.id));
      QVERIFY(!next->isEnabled());  // nothing chosen yet
      auto* option = wizard->findChild<QRadioButton*>(
          QStringLiteral("option_%1_%2").arg(q.id, picks.value(q.id, QStringLiteral("a"))));
      QVERIFY2(option && option->isVisible(), qPrintable(q.id));
      QTest::mouseClick(option, Qt::LeftButton, {}, QPoint(8, option->height() / 2));
      QVERIFY2(next->isEnabled(), qPrintable(q.id));
      QTest::mouseClick(next, Qt::LeftButton);  // the last one goes to the result page, which submits
    }
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->result().level.isEmpty(), 10000);
    QCOMPARE(wizard->result().level, QStringLiteral("C2"));
    QCOMPARE(wizard->result().score, 20);
    QVERIFY(wizard->resultText().contains(QStringLiteral("C2")));
    QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("assessmentResult"))->text().contains(QStringLiteral("C2")));
    QTRY_VERIFY_WITH_TIMEOUT(finish->isVisible() && finish->isEnabled(), 5000);
    QTest::mouseClick(finish, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard, 5000);  // closed (and deleted)
    QTRY_VERIFY_WITH_TIMEOUT(tab->profile().hasAssessment, 10000);
    QVERIFY(tab->standingText().contains(QStringLiteral("C2")));
    // The header follows at once (issue 25 item 9), without reopening the client.
    QTRY_VERIFY2_WITH_TIMEOUT(
        dialog.findChild<QLabel*>(QStringLiteral("clientBadges"))->text().contains(QStringLiteral("Risk C2")),
        qPrintable(dialog.findChild<QLabel*>(QStringLiteral("clientBadges"))->text()), 10000);
    QCOMPARE(count("SELECT count(*) FROM suitability_assessment WHERE level = 'C2' AND customer_id = '" +
                   m_client.toStdString() + "'"),
             1);
  }

  void checkBlocksTheSaleUntilEveryPieceOfEvidence() {
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    SuitabilityCheckDialog dialog(*api, m_client, QStringLiteral("钱多多"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.productsLoaded(), 10000);
    QVERIFY(dialog.selectProduct(QStringLiteral("D-R4")));
    dialog.setAmountText(QStringLiteral("50000.00"));

    // We may not recommend R4 to a C2 client.
    dialog.setIntent(QStringLiteral("RECOMMEND"));
    dialog.runCheck();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasCheck(), 10000);
    QCOMPARE(dialog.check().decision, QStringLiteral("DENY"));
    QVERIFY(!dialog.saleEnabled());
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("reasonsLabel"))->text().isEmpty());

    // The client's own request: the mismatch path, with special care.
    dialog.setIntent(QStringLiteral("CLIENT_REQUEST"));
    QVERIFY(!dialog.hasCheck());  // a new intent needs a new check
    dialog.runCheck();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.hasCheck(), 10000);
    QCOMPARE(dialog.check().decision, QStringLiteral("REQUIRE_ACKNOWLEDGEMENT"));
    QCOMPARE(dialog.check().missingSteps,
             (QStringList{QStringLiteral("ACKNOWLEDGEMENT"), QStringLiteral("DUAL_RECORDING")}));
    QVERIFY(!dialog.saleEnabled());

    QTemporaryDir dir;
    const QByteArray warning = "%PDF-1.7 special risk warning, signed";
    const QByteArray video = QByteArray(200000, 'v');
    QFile w(dir.filePath(QStringLiteral("warning.pdf")));
    QVERIFY(w.open(QIODevice::WriteOnly));
    w.write(warning);
    w.close();
    QFile v(dir.filePath(QStringLiteral("recording.mp4")));
    QVERIFY(v.open(QIODevice::WriteOnly));
    v.write(video);
    v.close();
    dialog.attachEvidence(QStringLiteral("ACKNOWLEDGEMENT"), w.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.check().missingSteps.contains(QStringLiteral("ACKNOWLEDGEMENT")), 10000);
    QVERIFY(!dialog.saleEnabled());  // the recording is still missing
    dialog.attachEvidence(QStringLiteral("DUAL_RECORDING"), v.fileName());
    QTRY_VERIFY_WITH_TIMEOUT(dialog.check().missingSteps.isEmpty(), 10000);
    QVERIFY(dialog.saleEnabled());

    dialog.recordSale();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.sale().id.isEmpty(), 10000);
    QVERIFY(dialog.sale().mismatch);
    QVERIFY(dialog.sale().specialCare);
    QVERIFY(!dialog.saleEnabled());  // one sale per check
    const std::string check = dialog.check().id.toStdString();
    QCOMPARE(count("SELECT count(*) FROM suitability_sale WHERE amount_minor = 5000000 AND check_id = '" + check + "'"),
             1);
    // The hashes computed on the desktop are the files' SHA-256.
    QCOMPARE(count("SELECT count(*) FROM suitability_evidence WHERE check_id = '" + check + "' AND sha256 IN ('" +
                   crm::security::Sha256Hex(warning.toStdString()) + "', '" +
                   crm::security::Sha256Hex(video.toStdString()) + "')"),
             2);
  }

  // The sale against a mismatch shows in the compliance exceptions list.
  void theMismatchSaleIsInTheExceptionsList() {
    auto api = signedInApi(QStringLiteral("compliance1"));
    QVERIFY(api);
    crm::desktop::ExceptionsPage page(*api);
    auto* model = page.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() > 0, 10000);
    QCOMPARE(model->kind(), QStringLiteral("MISMATCH_SALE"));
    QCOMPARE(model->rowCount(), 1);
    using M = crm::desktop::SuitabilityExceptionModel;
    QCOMPARE(model->data(model->index(0, M::Client)).toString(), QStringLiteral("钱多多"));
    QCOMPARE(model->data(model->index(0, M::Level)).toString(), QStringLiteral("C2"));
    QCOMPARE(model->data(model->index(0, M::Product)).toString(), QStringLiteral("D-R4 (R4)"));
    QVERIFY2(model->data(model->index(0, M::Amount)).toString().startsWith(QStringLiteral("50,000.00")),
             qPrintable(model->data(model->index(0, M::Amount)).toString()));
    // Special care (no professional status, C2) lists it too; expiring
    // assessments do not (it was assessed today).
    model->setKind(QStringLiteral("SPECIAL_CARE_SALE"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    model->setKind(QStringLiteral("ASSESSMENT_EXPIRING"));
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    QTest::qWait(100);
    QCOMPARE(model->rowCount(), 0);
  }

  // Issue 25 item 4: the list names the account manager and says when the
  // sale happened; compliance opens the client, marks the exception reviewed
  // with a note (a blank note is named beside the field and changes
  // nothing; the note is on the audit trail), hides reviewed ones, and exports
  // a CSV Excel reads as UTF-8. A lead sees the list but may not review.
  void complianceReviewsAndExportsAnException() {
    auto api = signedInApi(QStringLiteral("compliance1"));
    QVERIFY(api);
    crm::desktop::ExceptionsPage page(*api, true);
    page.resize(1100, 500);
    page.show();
    page.activate();
    auto* model = page.model();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, 10000);
    using M = crm::desktop::SuitabilityExceptionModel;
    QVERIFY2(model->data(model->index(0, M::Owner)).toString().contains(QStringLiteral("manager1")),
             qPrintable(model->data(model->index(0, M::Owner)).toString()));
    QCOMPARE(model->headerData(M::Time, Qt::Horizontal).toString(), QStringLiteral("Sold at"));
    QCOMPARE(model->data(model->index(0, M::Time)).toString(),
             QLocale().toString(model->itemAt(0).time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(model->data(model->index(0, M::Review)).toString(), QStringLiteral("Not reviewed"));
    auto* table = page.findChild<QTableView*>(QStringLiteral("exceptionTable"));
    auto* review = page.findChild<QPushButton*>(QStringLiteral("reviewException"));
    QVERIFY(review && !review->isEnabled());  // nothing selected yet
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(model->index(0, 0)).center());
    QVERIFY(review->isEnabled());

    // Open client: the 360 view of the sale's client.
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("openExceptionClient")), Qt::LeftButton);
    crm::desktop::CustomerDetailDialog* client = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((client = page.findChild<crm::desktop::CustomerDetailDialog*>()) && client->isLoaded(),
                             10000);
    QCOMPARE(client->windowTitle(), QStringLiteral("钱多多"));
    client->close();

    const std::string reviews = "SELECT count(*) FROM suitability_exception_review";
    QTest::mouseClick(review, Qt::LeftButton);
    crm::desktop::ReviewExceptionDialog* form = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((form = page.findChild<crm::desktop::ReviewExceptionDialog*>()) && form->isVisible(),
                             5000);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("formOk")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!form->fieldError(QStringLiteral("note")).isEmpty(), 10000);
    QCOMPARE(count(reviews), 0);
    auto* note = form->findChild<QPlainTextEdit*>(QStringLiteral("field_note"));
    note->setFocus();
    note->insertPlainText(QStringLiteral("风险警示书与双录齐全，已电话回访"));
    QPointer<crm::desktop::FormDialog> guard(form);
    QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("formOk")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
    QCOMPARE(count(reviews), 1);
    QVERIFY(model->itemAt(0).reviewed);
    QVERIFY2(model->data(model->index(0, M::Review)).toString().contains(QStringLiteral("已电话回访")),
             qPrintable(model->data(model->index(0, M::Review)).toString()));
    QCOMPARE(count("SELECT count(*) FROM (SELECT action, reason, outcome FROM audit_pending UNION ALL SELECT action, "
                   "reason, outcome FROM audit_event) e WHERE action = 'suitability.exception.review' AND outcome = "
                   "'ok' AND reason = '风险警示书与双录齐全，已电话回访'"),
             1);

    // Only the unreviewed: the reviewed sale goes; all again: it is back, reviewed.
    QTest::mouseClick(page.findChild<QCheckBox*>(QStringLiteral("unreviewedOnly")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
    QTest::qWait(100);
    QCOMPARE(model->rowCount(), 0);
    QTest::mouseClick(page.findChild<QCheckBox*>(QStringLiteral("unreviewedOnly")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->rowCount() == 1, 10000);
    QVERIFY(model->itemAt(0).reviewed);

    // Export: a BOM, the header as shown and the row with its review.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exceptions.csv"));
    int exported = -1;
    page.exportTo(path, [&](int rows, const QString&) { exported = rows; });
    QTRY_COMPARE_WITH_TIMEOUT(exported, 1, 10000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY2(text.startsWith(QStringLiteral("\"Client\",\"Account manager\"")), qPrintable(text.left(80)));
    QVERIFY(text.contains(QStringLiteral("钱多多")) && text.contains(QStringLiteral("已电话回访")));

    // A lead of the team sees the list but is not offered review, and the
    // server refuses one.
    m_server->CreateUser("lead9", "TEAM_LEAD", "T1", TestServer::kPassword);
    auto lead = signedInApi(QStringLiteral("lead9"));
    QVERIFY(lead);
    crm::desktop::ExceptionsPage leadPage(*lead, false);
    leadPage.activate();
    QTRY_VERIFY_WITH_TIMEOUT(!leadPage.model()->isLoading() && leadPage.model()->rowCount() == 1, 10000);
    QVERIFY(!leadPage.findChild<QPushButton*>(QStringLiteral("reviewException")));
    bool refused = false;
    QObject ctx;
    lead->reviewException(leadPage.model()->itemAt(0), QStringLiteral("看过了"), &ctx,
                          [&](crm::desktop::Result<crm::desktop::SuitabilityExceptionInfo> r) {
                            refused = r.error.kind() == crm::desktop::ApiError::Kind::PermissionDenied;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(refused, 10000);
    QCOMPARE(count(reviews), 1);
  }

  // The 360 view's tier history: new AUM moves the client to A within a
  // second (the server's dirty queue), and the row says what decided it.
  void tierHistoryShowsWhatDecidedTheTier() {
    {
      pqxx::connection c(m_server->conninfo());
      pqxx::work tx(c);
      tx.exec_params("INSERT INTO aum_daily (customer_id, day, aum_minor) VALUES ($1, current_date, 1200000000)",
                     m_client.toStdString());
      tx.commit();
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        count("SELECT count(*) FROM customer WHERE tier = 'A' AND id = '" + m_client.toStdString() + "'") == 1, 10000);
    auto api = signedInApi(QStringLiteral("manager1"));
    QVERIFY(api);
    crm::desktop::CustomerDetailDialog dialog(*api, m_client, true);
    dialog.show();
    QVERIFY(crm::testing::ClickTab(dialog.tierHistory()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.tierHistoryLoaded(), 10000);
    QVERIFY(dialog.tierHistory()->topLevelItemCount() >= 1);
    auto* latest = dialog.tierHistory()->topLevelItem(0);
    QVERIFY2(latest->text(1).endsWith(QStringLiteral("A")), qPrintable(latest->text(1)));
    QVERIFY2(latest->text(2).startsWith(QStringLiteral("brokerage v1")), qPrintable(latest->text(2)));
    QVERIFY2(latest->text(3).contains(QStringLiteral("12,000,000.00")), qPrintable(latest->text(3)));
    // Never contacted: "never", not days counted from 1900 (the sale above
    // was a trade today).
    QVERIFY2(latest->text(3).contains(QStringLiteral("days since the last contact never")),
             qPrintable(latest->text(3)));
    QVERIFY2(latest->text(3).contains(QStringLiteral("days since the last trade 0")), qPrintable(latest->text(3)));
    QVERIFY2(!latest->text(3).contains(QStringLiteral("463")), qPrintable(latest->text(3)));
  }

  void complianceSeesTheHistoryButCannotSell() {
    auto api = signedInApi(QStringLiteral("compliance1"));
    QVERIFY(api);
    crm::desktop::CustomerDetailDialog dialog(*api, m_client, false);
    dialog.show();
    auto* tab = dialog.suitabilityTab();
    QVERIFY(crm::testing::ClickTab(tab));
    QTRY_VERIFY_WITH_TIMEOUT(tab->isLoaded(), 10000);
    QCOMPARE(tab->profile().sales.size(), 1);
    QVERIFY(tab->profile().checks.size() >= 2);
    QVERIFY(!tab->findChild<QPushButton*>(QStringLiteral("checkProductButton"))->isVisibleTo(tab));
  }
};

QTEST_MAIN(SuitabilityDesktopTest)
#include "suitability_test.moc"
