// Screenshots of every workstation screen for docs/user-guide (not a test):
// a real in-process server with demo clients (the generator the embedded demo
// uses), the real widgets in real windows. deploy/local/screenshots.sh runs it
// under Xvfb in both languages:
//   xvfb-run -s "-screen 0 1280x900x24" build/tests/desktop/crm-desktop-screenshots docs/user-guide zh_CN
#include <QApplication>
#include <pqxx/pqxx>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QHeaderView>
#include <QTreeWidget>
#include <functional>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTranslator>
#include <QTabWidget>
#include <QWizard>

#include "api/grpc_crm_api.h"
#include "gui/compliance/audit_event_model.h"
#include "gui/compliance/audit_trail_page.h"
#include "gui/compliance/exceptions_page.h"
#include "gui/compliance/export_dialog.h"
#include "crm/v1/customer.grpc.pb.h"
#include "crm/v1/suitability.grpc.pb.h"
#include "gui/customers/client_access_dialogs.h"
#include "gui/customers/client_record_dialogs.h"
#include "gui/customers/customer_detail_dialog.h"
#include "gui/customers/new_client_dialog.h"
#include "gui/customers/edit_customer_dialog.h"
#include "gui/customers/holdings_tab.h"
#include "storage/connection_pool.h"
#include "usecases/ingest.h"
#include "gui/tiering/tiering_page.h"
#include "gui/tiering/policy_editor_dialog.h"
#include "gui/customers/customers_page.h"
#include "gui/customers/customer_list_model.h"
#include "gui/mainwindow/main_window.h"
#include "gui/settings/settings_dialog.h"
#include "gui/signin/sign_in_dialog.h"
#include "gui/workstation.h"
#include "core/settings.h"
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include "usecases/demo_customers.h"
#include "gui/customers/interactions_tab.h"
#include "gui/suitability/questionnaire_wizard.h"
#include "gui/suitability/suitability_check_dialog.h"
#include "gui/suitability/suitability_tab.h"
#include "support/test_server.h"
#include "support/receivers.h"
#include "gui/customers/send_message_dialog.h"
#include "gui/compliance/aml_page.h"
#include "gui/compliance/watchlist_page.h"
#include "gui/compliance/risk_ratings_page.h"
#include "usecases/aml_watchlist.h"
#include "gui/compliance/messages_page.h"
#include "usecases/aml.h"
#include "storage/connection_pool.h"
#include <fstream>
#include "usecases/ingest.h"

using crm::testing::TestServer;

namespace {

// Waits for the condition; a screenshot of a screen that never got there is useless.
void Await(const std::function<bool()>& ready) {
  if (!QTest::qWaitFor(ready, 10000)) {
    qCritical("timed out waiting for the screen");
    std::exit(1);
  }
}

void Save(QWidget* w, const QString& dir, const QString& name) {
  QTest::qWait(400);
  w->grab().save(QDir(dir).filePath(name));
}

}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);  // the workstation's settings go to a scratch place
  const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
  const QString lang = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("zh_CN");
  QLocale::setDefault(QLocale(lang));
  QTranslator tr;
  if (tr.load(QStringLiteral(":/i18n/crm_%1.qm").arg(lang))) QApplication::installTranslator(&tr);
  QTranslator qt;
  if (qt.load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
    QApplication::installTranslator(&qt);

  // An SMS gateway on loopback (the test's HTTP receiver) for the message screens.
  crm::testing::Http().SetMode("ok");
  crm::testing::TestServerOptions options;
  options.configure = [](crm::app::ServerConfig& c, const std::filesystem::path& dir) {
    crm::testing::WriteSmsChannel(dir);
    c.outbox_interval_ms = 50;
    c.outbox_max_attempts = 2;
    c.outbox_backoff_ms = 100;
  };
  TestServer server(options);
  server.CreateUser("manager1", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
  server.CreateUser("compliance1", "COMPLIANCE_OFFICER", "", TestServer::kPassword);
  server.CreateUser("lead1", "TEAM_LEAD", "T1", TestServer::kPassword);
  server.CreateUser("manager3", "ACCOUNT_MANAGER", "T1", TestServer::kPassword);
  auto channel = server.Channel();
  auto suitability = crm::v1::SuitabilityService::NewStub(channel);
  const std::string compliance = crm::testing::LoginOrDie(*channel, "compliance1", TestServer::kPassword);
  const std::vector<std::tuple<const char*, const char*, crm::v1::ProductRisk>> products{
      {"000001", "现金宝货币基金", crm::v1::R1},
      {"110022", "稳健债券A", crm::v1::R2},
      {"161725", "平衡混合基金", crm::v1::R3},
      {"519674", "成长股票基金", crm::v1::R4},
      {"SN0088", "雪球结构化票据", crm::v1::R5}};
  for (const auto& [code, name, risk] : products) {
    crm::v1::CreateProductRequest req;
    req.mutable_product()->set_code(code);
    req.mutable_product()->set_name(name);
    req.mutable_product()->set_type("FUND");
    req.mutable_product()->set_risk(risk);
    crm::v1::Product p;
    auto ctx = crm::testing::AuthedContext(compliance);
    suitability->CreateProduct(ctx.get(), req, &p);
  }
  const std::string manager = crm::testing::LoginOrDie(*channel, "manager1", TestServer::kPassword);
  auto customers = crm::v1::CustomerService::NewStub(channel);
  crm::v1::CreateCustomerRequest creq;
  creq.set_request_id("shot-1");
  creq.mutable_customer()->set_kind(crm::v1::INDIVIDUAL);
  creq.mutable_customer()->set_name("钱多多");
  creq.mutable_customer()->set_phone("13912340001");
  crm::v1::Customer c;
  auto cctx = crm::testing::AuthedContext(manager);
  customers->CreateCustomer(cctx.get(), creq, &c);
  const QString id = QString::fromStdString(c.id());

  // A book of demo clients for manager1 (and the tiering preview later).
  crm::usecases::SeedDemoCustomers(server.conninfo(), 300, 7, "shot");

  // The workstation itself: sign-in (a wrong password first), home, My clients, settings.
  {
    crm::desktop::Settings settings;
    settings.setServerAddress(QString::fromStdString(server.address()));
    settings.setCaFile(QString::fromStdString(server.ca_path()));
    crm::desktop::Workstation ws(settings, [](const QString& a, const QString& ca) {
      return std::make_unique<crm::desktop::GrpcCrmApi>(a, ca, 10000);
    });
    ws.start();
    auto* dialog = ws.signInDialog();
    Await([&] { return dialog && dialog->isVisible(); });
    dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("manager1"));
    auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    QTest::keyClicks(password, QStringLiteral("not-my-password"));
    QTest::keyClick(password, Qt::Key_Return);
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));
    Await([&] { return message->isVisible() && !message->text().isEmpty(); });
    Save(dialog, out, QStringLiteral("sign-in-%1.png").arg(lang));
    password->clear();
    QTest::keyClicks(password, QString::fromLatin1(TestServer::kPassword));
    QTest::keyClick(password, Qt::Key_Return);
    Await([&] { return ws.mainWindow() && ws.mainWindow()->isVisible(); });
    auto* main = ws.mainWindow();
    main->resize(1180, 720);
    Save(main, out, QStringLiteral("home-%1.png").arg(lang));
    main->showArea(QStringLiteral("customers"));
    auto* page = main->customersPage();
    Await([&] { return page->model()->rowCount() > 20 && !page->model()->isLoading(); });
    Save(main, out, QStringLiteral("clients-%1.png").arg(lang));
    // Sorted by tier, best first (a click on the header; the server sorts the whole book).
    auto* header = page->findChild<QTableView*>(QStringLiteral("customerTable"))->horizontalHeader();
    header->setSortIndicator(crm::desktop::CustomerListModel::Tier, Qt::AscendingOrder);
    Await([&] {
      return page->model()->filter().orderBy == QLatin1String("tier") && !page->model()->isLoading() &&
             page->model()->rowCount() > 20;
    });
    Save(main, out, QStringLiteral("clients-sorted-%1.png").arg(lang));
    // Found by the pinyin of a given name, typed as a person types it.
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("customerSearch"));
    QTest::keyClicks(search, QStringLiteral("xiaodong"));
    Await(
        [&] { return !page->model()->isLoading() && page->model()->rowCount() > 0 && page->model()->rowCount() < 20; });
    Save(main, out, QStringLiteral("clients-pinyin-%1.png").arg(lang));
    search->clear();
    Await([&] { return !page->model()->isLoading() && page->model()->rowCount() > 20; });
    // A demo client's 360 view: the profile, masked.
    auto* client = page->openCustomer(0);
    Await([&] { return client->isLoaded(); });
    client->resize(760, 560);
    Save(client, out, QStringLiteral("client-profile-%1.png").arg(lang));
    auto* clientTabs = client->findChild<QTabWidget*>();
    clientTabs->setCurrentIndex(1);
    Save(client, out, QStringLiteral("client-accounts-%1.png").arg(lang));
    // Recording a consent (the Consents tab's button).
    clientTabs->setCurrentIndex(4);
    QTest::mouseClick(client->findChild<QPushButton*>(QStringLiteral("recordConsentButton")), Qt::LeftButton);
    crm::desktop::ConsentDialog* consent = nullptr;
    Await([&] { return (consent = client->findChild<crm::desktop::ConsentDialog*>()) && consent->isVisible(); });
    consent->findChild<QComboBox*>(QStringLiteral("field_method"))->setCurrentIndex(1);
    Save(consent, out, QStringLiteral("client-consent-%1.png").arg(lang));
    consent->reject();
    client->close();
    // A new prospect: the server's message beside the mobile number.
    QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("newClientButton")), Qt::LeftButton);
    crm::desktop::NewClientDialog* created = nullptr;
    Await([&] { return (created = page->findChild<crm::desktop::NewClientDialog*>()) && created->isVisible(); });
    created->findChild<QLineEdit*>(QStringLiteral("field_name"))->setText(QStringLiteral("司马新客"));
    created->findChild<QLineEdit*>(QStringLiteral("field_phone"))->setText(QStringLiteral("1381234"));
    created->findChild<QLineEdit*>(QStringLiteral("field_district"))->setText(QStringLiteral("浦东新区"));
    created->findChild<QComboBox*>(QStringLiteral("field_source"))->setCurrentIndex(2);
    QTest::mouseClick(created->findChild<QPushButton*>(QStringLiteral("formOk")), Qt::LeftButton);
    Await([&] { return !created->fieldError(QStringLiteral("phone")).isEmpty(); });
    Save(created, out, QStringLiteral("client-new-%1.png").arg(lang));
    created->reject();
    crm::desktop::SettingsDialog settingsDialog(settings, main);
    settingsDialog.show();
    Save(&settingsDialog, out, QStringLiteral("settings-%1.png").arg(lang));
    settingsDialog.close();
    main->close();
  }

  crm::desktop::GrpcCrmApi api(QString::fromStdString(server.address()), QString::fromStdString(server.ca_path()));
  bool signedIn = false;
  QObject ctx;
  api.login(QStringLiteral("manager1"), QString::fromLatin1(TestServer::kPassword), &ctx, [&](auto r) {
    api.setAccessToken(r.value.accessToken);
    signedIn = true;
  });
  Await([&] { return signedIn; });

  // The questionnaire: a question page, then the result.
  crm::desktop::QuestionnaireWizard wizard(api, id, QStringLiteral("钱多多"));
  wizard.show();
  Await([&] { return wizard.isLoaded(); });
  const QMap<QString, QString> picks{{QStringLiteral("age"), QStringLiteral("e")},
                                     {QStringLiteral("income"), QStringLiteral("c")},
                                     {QStringLiteral("loss"), QStringLiteral("b")},
                                     {QStringLiteral("assets"), QStringLiteral("b")}};
  int n = 0;
  for (const auto& q : wizard.questionnaire().questions) {
    wizard.next();
    wizard.choose(q.id, picks.value(q.id, QStringLiteral("a")));
    if (++n == 8) Save(&wizard, out, QStringLiteral("suitability-questionnaire-%1.png").arg(lang));
  }
  wizard.next();
  Await([&] { return !wizard.result().level.isEmpty(); });
  Save(&wizard, out, QStringLiteral("suitability-result-%1.png").arg(lang));
  wizard.close();

  // The check: the client asks for an R4 fund; the warning is attached, the recording not yet.
  crm::desktop::SuitabilityCheckDialog check(api, id, QStringLiteral("钱多多"));
  check.show();
  Await([&] { return check.productsLoaded(); });
  check.selectProduct(QStringLiteral("519674"));
  check.setIntent(QStringLiteral("CLIENT_REQUEST"));
  check.runCheck();
  Await([&] { return check.hasCheck(); });
  QTemporaryDir dir;
  QFile warning(dir.filePath(QStringLiteral("特别风险警示书-钱多多.pdf")));
  warning.open(QIODevice::WriteOnly);
  warning.write("%PDF-1.7 signed warning");
  warning.close();
  check.attachEvidence(QStringLiteral("ACKNOWLEDGEMENT"), warning.fileName());
  Await([&] { return !check.check().missingSteps.contains(QStringLiteral("ACKNOWLEDGEMENT")); });
  check.setAmountText(QStringLiteral("200000.00"));
  Save(&check, out, QStringLiteral("suitability-check-%1.png").arg(lang));
  QFile video(dir.filePath(QStringLiteral("双录-钱多多.mp4")));
  video.open(QIODevice::WriteOnly);
  video.write(QByteArray(100000, 'v'));
  video.close();
  check.attachEvidence(QStringLiteral("DUAL_RECORDING"), video.fileName());
  Await([&] { return check.check().missingSteps.isEmpty(); });
  check.recordSale();
  Await([&] { return !check.sale().id.isEmpty(); });
  check.close();

  // The 360 view's suitability tab with the history.
  crm::desktop::CustomerDetailDialog detail(api, id, true);
  detail.resize(760, 560);
  detail.show();
  auto* tabs = detail.findChild<QTabWidget*>();
  tabs->setCurrentWidget(detail.suitabilityTab());  // read when first shown
  Await([&] { return detail.isLoaded() && detail.suitabilityTab()->isLoaded(); });
  Save(&detail, out, QStringLiteral("client-suitability-%1.png").arg(lang));

  // Holdings and AUM: the client (active since the sale above) gets two more
  // positions and cash, and a year of daily AUM as a random walk (each day
  // -0.95% to +1.05%) ending at today's, which is holdings + cash to the fen.
  {
    pqxx::connection pc(server.conninfo());
    pqxx::work ptx(pc);
    ptx.exec_params("UPDATE customer SET status = 'ACTIVE' WHERE id = $1::uuid", id.toStdString());
    ptx.exec_params(
        "INSERT INTO holding (customer_id, product_code, market_value_minor) VALUES ($1::uuid, '110022', "
        "120000000), ($1::uuid, '519674', 80000000) ON CONFLICT (customer_id, product_code) DO UPDATE SET "
        "market_value_minor = EXCLUDED.market_value_minor",
        id.toStdString());
    ptx.exec_params(
        "INSERT INTO cash_balance (customer_id, amount_minor, as_of) VALUES ($1::uuid, 35600000, "
        "current_date) ON CONFLICT (customer_id) DO UPDATE SET amount_minor = EXCLUDED.amount_minor",
        id.toStdString());
    ptx.exec_params(
        "INSERT INTO aum_daily (customer_id, day, aum_minor) "
        "SELECT $1::uuid, current_date - g, round(today * exp(walk))::bigint FROM ("
        "  SELECT g, (SELECT sum(market_value_minor) FROM holding WHERE customer_id = $1::uuid) + "
        "            (SELECT amount_minor FROM cash_balance WHERE customer_id = $1::uuid) AS today, "
        "         sum(CASE WHEN g = 0 THEN 0 ELSE ln(1 + ((abs(hashtext('shot' || g::text)) % 200) - 95) / 10000.0) "
        "END) "
        "           OVER (ORDER BY g) AS walk "
        "  FROM generate_series(0, 365) g) s "
        "ON CONFLICT (customer_id, day) DO UPDATE SET aum_minor = EXCLUDED.aum_minor",
        id.toStdString());
    ptx.commit();
  }
  {
    // The client also trades futures: the clearing system's margin snapshots
    // of today, the latest under the margin-call line.
    bool added = false;
    QObject ctx;
    api.addAccount(id, QStringLiteral("FUTURES"), QStringLiteral("8801 2046 7315"), QDate(2024, 5, 20), &ctx,
                   [&](auto) { added = true; });
    Await([&] { return added; });
    crm::storage::ConnectionPool pool(server.conninfo(), 1);
    auto snapshot = [&](const char* time, qint64 balance, qint64 margin) {
      crm::usecases::ingest::MarginInput m;
      m.line = 1;
      m.account = "880120467315";
      m.snapshot_time = time;
      m.pre_balance_minor = 86000000;
      m.balance_minor = balance;
      m.available_minor = balance - margin;
      m.curr_margin_minor = margin;
      m.position_profit_minor = balance - 86000000;
      return m;
    };
    crm::usecases::ingest::IngestMargin(
        pool, {"", "ctp", "INTEGRATION", "", "local", ""},
        {"ctp", QDate::currentDate().toString(Qt::ISODate).toStdString(), 2},
        {snapshot("10:30:00", 84500000, 70000000), snapshot("14:15:00", 66300000, 70000000)});
  }
  detail.reload();
  Await([&] { return detail.holdingsTab()->chartPoints() > 300; });
  tabs->setCurrentWidget(detail.holdingsTab());
  Save(&detail, out, QStringLiteral("client-holdings-%1.png").arg(lang));

  // Interactions: two contacts, the first corrected later.
  int saved = 0;
  QString firstId;
  api.createInteraction(id, QStringLiteral("CHANNEL_MEETING"), QDateTime::currentDateTime().addDays(-6),
                        QStringLiteral("营业部面谈：介绍稳健债券A，客户关注流动性"), QDate(), QString(), &ctx,
                        [&](auto r) {
                          firstId = r.value.id;
                          ++saved;
                        });
  Await([&] { return saved == 1; });
  api.createInteraction(id, QStringLiteral("CHANNEL_PHONE"), QDateTime::currentDateTime().addSecs(-3600),
                        QStringLiteral("电话回访：客户已签署风险警示书，双录已完成"), QDate::currentDate().addDays(14),
                        QString(), &ctx, [&](auto) { ++saved; });
  Await([&] { return saved == 2; });
  api.amendInteraction(firstId, QStringLiteral("营业部面谈：介绍稳健债券A与平衡混合基金，客户关注流动性"),
                       QStringLiteral("漏记一只产品"), &ctx, [&](auto) { ++saved; });
  Await([&] { return saved == 3; });
  // First shown now, so the tab loads itself (as for a person opening it).
  tabs->setCurrentWidget(detail.interactionsTab());
  Await([&] { return detail.interactionsTab()->interactions().size() == 3; });
  // The corrected meeting selected: read in full below, with its correction.
  auto* interactionList = detail.interactionsTab()->list();
  for (int i = 0; i < interactionList->topLevelItemCount(); ++i)
    if (!detail.interactionsTab()->interactions().at(i).amendedById.isEmpty())
      interactionList->setCurrentItem(interactionList->topLevelItem(i));
  Save(&detail, out, QStringLiteral("client-interactions-%1.png").arg(lang));

  // A service notice from the timeline (the preview masks the name), then its delivery on the timeline.
  QTest::mouseClick(detail.interactionsTab()->findChild<QPushButton*>(QStringLiteral("sendMessageButton")),
                    Qt::LeftButton);
  crm::desktop::SendMessageDialog* send = nullptr;
  Await([&] {
    return (send = detail.interactionsTab()->findChild<crm::desktop::SendMessageDialog*>()) && send->isVisible() &&
           send->isLoaded();
  });
  send->templateBox()->setCurrentIndex(send->templateBox()->findData(QStringLiteral("service.notice")));
  send->textEdit()->insertPlainText(lang == QLatin1String("zh_CN")
                                        ? QStringLiteral("您的季度对账单已生成，请登录网上营业厅查看。")
                                        : QStringLiteral("Your quarterly statement is ready in online banking."));
  if (lang != QLatin1String("zh_CN"))
    send->findChild<QComboBox*>(QStringLiteral("messageLanguage"))->setCurrentIndex(1);
  Save(send, out, QStringLiteral("client-message-%1.png").arg(lang));
  QTest::mouseClick(send->sendButton(), Qt::LeftButton);
  Await([&] {
    for (const auto& it : detail.interactionsTab()->interactions())
      if (it.summary.contains(QStringLiteral("SENT"))) return true;
    return false;
  });
  detail.interactionsTab()->list()->setCurrentItem(detail.interactionsTab()->list()->topLevelItem(0));
  Save(&detail, out, QStringLiteral("client-message-sent-%1.png").arg(lang));
  // A second notice while the gateway is down: it becomes a dead letter (for the compliance page).
  crm::testing::Http().SetMode("fail");
  bool queued = false;
  api.sendClientMessage(QString(), id, QStringLiteral("sms"), QStringLiteral("service.notice"), QStringLiteral("zh_CN"),
                        QStringLiteral("您的新股申购已中签，请按时缴款。"), &ctx, [&](auto) { queued = true; });
  Await([&] { return queued; });
  QTest::qWait(1500);
  crm::testing::Http().SetMode("ok");

  // Editing: the server's field message beside the field.
  auto* edit = detail.openEdit();
  edit->setField(QStringLiteral("occupation"), QStringLiteral("律师"));
  edit->setField(QStringLiteral("phone"), QStringLiteral("1390000"));
  edit->save();
  Await([&] { return !edit->fieldError(QStringLiteral("phone")).isEmpty(); });
  Save(edit, out, QStringLiteral("client-edit-%1.png").arg(lang));
  edit->close();
  detail.close();

  // Compliance: the audit trail with an event open and the chain verified,
  // the export dialog, and the suitability exceptions list.
  crm::desktop::GrpcCrmApi officer(QString::fromStdString(server.address()), QString::fromStdString(server.ca_path()));
  bool officerIn = false;
  officer.login(QStringLiteral("compliance1"), QString::fromLatin1(TestServer::kPassword), &ctx, [&](auto r) {
    officer.setAccessToken(r.value.accessToken);
    officerIn = true;
  });
  Await([&] { return officerIn; });
  crm::desktop::AuditTrailPage trail(officer);
  trail.resize(1180, 680);
  trail.show();
  trail.activate();
  Await([&] { return trail.model()->rowCount() > 5; });
  auto* table = trail.findChild<QTableView*>(QStringLiteral("auditTable"));
  for (int row = 0; row < trail.model()->rowCount(); ++row)
    if (trail.model()->eventAt(row).action == QLatin1String("suitability.sale")) {
      table->selectRow(row);
      break;
    }
  if (!table->currentIndex().isValid()) table->selectRow(0);
  bool verified = false;
  QObject::connect(&trail, &crm::desktop::AuditTrailPage::verifyFinished, [&] { verified = true; });
  QTest::mouseClick(trail.findChild<QPushButton*>(QStringLiteral("verifyChainButton")), Qt::LeftButton);
  Await([&] { return verified; });
  Save(&trail, out, QStringLiteral("audit-trail-%1.png").arg(lang));
  {
    crm::desktop::MessagesPage messages(officer);
    messages.resize(1180, 420);
    messages.show();
    messages.activate();
    Await([&] { return messages.list()->topLevelItemCount() >= 2; });
    Save(&messages, out, QStringLiteral("messages-%1.png").arg(lang));
  }
  {
    // Large-value reports: the clearing system's flows of a few days (the
    // working-day calendar for the year loaded), as the ingest screens them.
    crm::storage::ConnectionPool pool(server.conninfo(), 1);
    const crm::storage::AuditWho admin{"", "shot", "ADMIN_CLI", "", "local", ""};
    const auto cal = server.dir() / "working-2026.csv";
    std::ofstream(cal) << "2026-10-01,HOLIDAY,National Day\n2026-10-02,HOLIDAY,\n2026-10-05,HOLIDAY,\n"
                          "2026-10-06,HOLIDAY,\n2026-10-07,HOLIDAY,\n2026-10-10,WORKDAY,make-up day\n";
    crm::usecases::aml::LoadCalendar(pool, admin, "WORKING", 2026, cal.string());
    std::vector<std::string> ids;
    {
      pqxx::connection c(server.conninfo());
      pqxx::work tx(c);
      for (const auto& r : tx.exec("SELECT id::text FROM customer WHERE request_id LIKE 'demo%' ORDER BY id LIMIT 4"))
        ids.push_back(r[0].as<std::string>());
    }
    auto ingest = [&](const char* day, std::vector<crm::usecases::ingest::CashFlowInput> rows) {
      for (size_t i = 0; i < rows.size(); ++i) rows[i].line = static_cast<int64_t>(i) + 1;
      crm::usecases::ingest::IngestCashFlows(pool, {"", "integration:clearing", "INTEGRATION", "", "local", ""},
                                             {"clearing", day, static_cast<int64_t>(rows.size())}, rows);
    };
    if (ids.size() == 4) {
      ingest("2026-11-23", {{0, "CL20261123-0007", ids[0], "", "CASH_DEPOSIT", "NONE", false, "CNY", 8000000}});
      ingest("2026-12-01", {{0, "CL20261201-0112", ids[1], "", "TRANSFER_IN", "NATURAL", false, "CNY", 65000000}});
      ingest("2026-12-02", {{0, "CL20261202-0031", ids[2], "", "TRANSFER_OUT", "NATURAL", true, "USD", 1500000}});
      ingest("2026-12-03", {{0, "CL20261203-0045", ids[3], "", "CASH_WITHDRAWAL", "NONE", false, "CNY", 3000000},
                            {0, "CL20261203-0046", ids[3], "", "CASH_WITHDRAWAL", "NONE", false, "CNY", 2500000}});
    }
    crm::desktop::AmlPage aml(officer);
    aml.resize(1180, 460);
    aml.show();
    aml.activate();
    Await([&] { return aml.list()->topLevelItemCount() >= 4; });
    auto* list = aml.list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->topLevelItem(1)).center());
    Await([&] { return aml.detailText().contains(QStringLiteral("CL20261201")); });
    QTest::mouseClick(aml.assignButton(), Qt::LeftButton);
    Await([&] { return !list->topLevelItem(1)->text(8).isEmpty(); });
    aml.reasonEdit()->setText(QStringLiteral("LV-2026-1201-01"));
    Save(&aml, out, QStringLiteral("aml-reports-%1.png").arg(lang));

    // Watch-list hits: a PEP list whose entries match two demo clients (one
    // written with a space, one by an alias), loaded as an admin would.
    std::vector<std::string> names;
    {
      pqxx::connection c(server.conninfo());
      pqxx::work tx(c);
      for (const auto& r : tx.exec("SELECT name FROM customer WHERE request_id LIKE 'demo%' AND kind = 'INDIVIDUAL' "
                                   "AND char_length(name) = 3 ORDER BY id OFFSET 10 LIMIT 2"))
        names.push_back(r[0].as<std::string>());
    }
    if (names.size() == 2) {
      const auto pep = server.dir() / "pep-2026-12.csv";
      std::ofstream(pep) << "ref,name,aliases,category,country\n"
                         << "PEP-CN-0412," << names[0].substr(0, 3) << " " << names[0].substr(3)
                         << ",,Deputy director of a provincial bureau,CN\n"
                         << "PEP-CN-0977,Li Guoqiang," << names[1] << ",Board member of a state-owned bank,CN\n"
                         << "PEP-HK-0031,Chan Tai Man,陳大文,Legislative council member,HK\n";
      crm::usecases::aml::LoadWatchlist(pool, admin, "PEP", pep.string(), "PEP vendor feed 2026-12", "auto");
    }
    crm::desktop::WatchlistPage watch(officer);
    watch.resize(1180, 420);
    watch.show();
    watch.activate();
    Await([&] { return watch.list()->topLevelItemCount() >= 2; });
    auto* wl = watch.list();
    QTest::mouseClick(wl->viewport(), Qt::LeftButton, {}, wl->visualItemRect(wl->topLevelItem(1)).center());
    QTest::mouseClick(watch.assignButton(), Qt::LeftButton);
    Await([&] { return !wl->topLevelItem(1)->text(9).isEmpty(); });
    watch.reasonEdit()->setText(lang == QLatin1String("zh_CN")
                                    ? QStringLiteral("出生日期与证件号码均与名单人员不符")
                                    : QStringLiteral("Birth date and ID differ from the listed person"));
    Save(&watch, out, QStringLiteral("watchlist-hits-%1.png").arg(lang));

    // AML risk ratings: the other hit confirmed (rated high), shown with every rated client.
    QTest::mouseClick(wl->viewport(), Qt::LeftButton, {}, wl->visualItemRect(wl->topLevelItem(0)).center());
    watch.reasonEdit()->setText(lang == QLatin1String("zh_CN")
                                    ? QStringLiteral("2026年11月董事会决议载明客户任职")
                                    : QStringLiteral("Board minutes 2026-11 name the client"));
    QTest::mouseClick(watch.confirmButton(), Qt::LeftButton);
    Await([&] { return wl->topLevelItem(0)->text(1) != watch.statusLabel(QStringLiteral("OPEN")); });
    crm::desktop::RiskRatingsPage risk(officer);
    risk.resize(1180, 360);
    risk.show();
    risk.filterBox()->setCurrentIndex(risk.filterBox()->findData(false));
    risk.activate();
    Await([&] { return risk.list()->topLevelItemCount() >= 1; });
    auto* rl = risk.list();
    QTest::mouseClick(rl->viewport(), Qt::LeftButton, {}, rl->visualItemRect(rl->topLevelItem(0)).center());
    risk.reasonEdit()->setText(lang == QLatin1String("zh_CN") ? QStringLiteral("复评：仍在任，维持高风险")
                                                              : QStringLiteral("Review: still in office, stays high"));
    Save(&risk, out, QStringLiteral("aml-risk-ratings-%1.png").arg(lang));
  }
  crm::desktop::ExportDialog exportDialog(&trail);
  exportDialog.findChild<QLineEdit*>(QStringLiteral("exportReason"))
      ->setText(lang == QLatin1String("zh_CN") ? QStringLiteral("监管调阅 2026-17")
                                               : QStringLiteral("regulator request 2026-17"));
  exportDialog.setFilePath(QStringLiteral("/home/compliance/Documents/audit-export.csv"));
  exportDialog.show();
  Await([] { return true; });
  Save(&exportDialog, out, QStringLiteral("audit-export-%1.png").arg(lang));
  exportDialog.close();
  crm::desktop::ExceptionsPage exceptions(officer, true);
  exceptions.resize(1180, 420);
  exceptions.show();
  exceptions.activate();
  Await([&] { return exceptions.model()->rowCount() > 0; });
  // Reviewed with a note (the review form, then the list).
  auto* exceptionTable = exceptions.findChild<QTableView*>(QStringLiteral("exceptionTable"));
  exceptionTable->selectRow(0);
  auto* reviewForm = exceptions.openReview();
  reviewForm->findChild<QPlainTextEdit*>(QStringLiteral("field_note"))
      ->setPlainText(lang == QLatin1String("zh_CN")
                         ? QStringLiteral("风险警示书与双录齐全，已电话回访")
                         : QStringLiteral("Signed warning and recording on file; called the client back"));
  Save(reviewForm, out, QStringLiteral("exception-review-%1.png").arg(lang));
  QTest::mouseClick(reviewForm->findChild<QPushButton*>(QStringLiteral("formOk")), Qt::LeftButton);
  Await([&] { return exceptions.model()->itemAt(0).reviewed; });
  exceptionTable->clearSelection();
  Save(&exceptions, out, QStringLiteral("exceptions-%1.png").arg(lang));

  // Tiering: the policies and the preview of the active one over demo clients.
  crm::desktop::TieringPage tiering(officer, QString());
  tiering.resize(1000, 640);
  tiering.show();
  tiering.activate();
  Await([&] { return tiering.isLoaded(); });
  for (int i = 0; i < tiering.policies().size(); ++i)
    if (tiering.policies().at(i).status == QLatin1String("TIER_POLICY_ACTIVE"))
      tiering.policyList()->setCurrentItem(tiering.policyList()->topLevelItem(i));
  tiering.preview();
  Await([&] { return tiering.hasPreview(); });
  Save(&tiering, out, QStringLiteral("tiering-%1.png").arg(lang));
  // The rule editor on the active policy (saving would make a new draft),
  // then a value the server refuses, named by tier and comparison.
  tiering.editSelected();
  Await([&] { return tiering.editor() && tiering.editor()->isVisible(); });
  auto* editor = tiering.editor();
  editor->findChild<QListWidget*>(QStringLiteral("tierList"))->setCurrentRow(0);
  Save(editor, out, QStringLiteral("tier-editor-%1.png").arg(lang));
  auto* conditions = editor->findChild<QTableWidget*>(QStringLiteral("conditionTable"));
  if (auto* value = qobject_cast<QLineEdit*>(conditions->cellWidget(0, 2))) value->setText(QStringLiteral("500万"));
  editor->save();
  Await([&] { return !editor->problemsText().isEmpty(); });
  Save(editor, out, QStringLiteral("tier-editor-problem-%1.png").arg(lang));
  editor->close();

  // A lead's transfer of two of manager1's clients (selected in the list).
  crm::desktop::GrpcCrmApi lead(QString::fromStdString(server.address()), QString::fromStdString(server.ca_path()));
  bool leadIn = false;
  crm::desktop::UserInfo leadUser;
  lead.login(QStringLiteral("lead1"), QString::fromLatin1(TestServer::kPassword), &ctx, [&](auto r) {
    lead.setAccessToken(r.value.accessToken);
    leadUser = r.value.user;
    leadIn = true;
  });
  Await([&] { return leadIn; });
  QList<crm::desktop::CustomerSummary> picked;
  crm::desktop::CustomerFilter own;
  own.ownerUserId = QString::fromStdString(c.owner_user_id());
  lead.listCustomers(own, QString(), 2, &ctx, [&](auto r) { picked = r.value.customers; });
  Await([&] { return picked.size() == 2; });
  crm::desktop::TransferDialog transfer(lead, leadUser, picked);
  transfer.show();
  auto* to = transfer.findChild<QComboBox*>(QStringLiteral("field_to"));
  Await([&] { return to->count() > 2; });
  to->setCurrentIndex(to->findText(QStringLiteral("manager3"), Qt::MatchContains));
  transfer.findChild<QLineEdit*>(QStringLiteral("field_reason"))->setText(QStringLiteral("客户经理离职"));
  Save(&transfer, out, QStringLiteral("clients-transfer-%1.png").arg(lang));
  return 0;
}
