// The client 360 view against a fake CrmApi (no server): it opens with one
// GetCustomer, everything it shows first comes from that answer (the account
// manager's name too), and the other tabs read their own data only when a
// person opens them. The flows against the real server are in
// customers_test.cpp and suitability_test.cpp.
#include <QLabel>
#include <QTest>
#include <QTreeWidget>

#include "desktop_support.h"
#include "fake_crm_api.h"
#include "gui/customers/customer_detail_dialog.h"
#include "gui/customers/interactions_tab.h"
#include "gui/suitability/suitability_tab.h"

using crm::desktop::CustomerDetail;
using crm::desktop::CustomerDetailDialog;
using crm::desktop::FakeCrmApi;
using crm::desktop::Result;

class Client360Test : public QObject {
  Q_OBJECT

  static Result<CustomerDetail> Client() {
    Result<CustomerDetail> r;
    auto& d = r.value;
    d.summary.id = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001");
    d.summary.name = QStringLiteral("王伟");
    d.summary.status = QStringLiteral("ACTIVE");
    d.ownerUserId = QStringLiteral("6f1c2d3e-0000-4000-8000-0000000000aa");
    d.ownerName = QStringLiteral("李经理");
    d.occupation = QStringLiteral("教师");
    d.canEdit = true;
    return r;
  }

  static QString Value(const CustomerDetailDialog& dialog, const QString& key) {
    auto* label = dialog.findChild<QLabel*>(QStringLiteral("value_") + key);
    return label ? label->text() : QStringLiteral("<no label>");
  }

 private Q_SLOTS:
  void opensWithOneGetCustomerAndShowsItsOwnerFromIt() {
    FakeCrmApi api;
    api.onGetCustomer = [] { return Client(); };
    CustomerDetailDialog dialog(api, Client().value.summary.id, true);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 5000);
    QTest::qWait(50);  // anything else the view would ask for has been asked by now
    QCOMPARE(api.calls, QStringList{QStringLiteral("getCustomer")});
    QCOMPARE(Value(dialog, QStringLiteral("OWNER")), QStringLiteral("李经理"));
    QCOMPARE(Value(dialog, QStringLiteral("OCCUPATION")), QStringLiteral("教师"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("王伟"));
  }

  void otherTabsReadTheirDataWhenFirstOpened() {
    FakeCrmApi api;
    api.onGetCustomer = [] { return Client(); };
    api.onListInteractions = [] { return Result<QList<crm::desktop::InteractionInfo>>{}; };
    CustomerDetailDialog dialog(api, Client().value.summary.id, true);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), 5000);

    QVERIFY(crm::testing::ClickTab(dialog.interactionsTab()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.interactionsTab()->isLoaded(), 5000);
    QCOMPARE(api.count(QStringLiteral("listInteractions")), 1);
    QVERIFY(crm::testing::ClickTab(dialog.tierHistory()));
    QTRY_COMPARE_WITH_TIMEOUT(api.count(QStringLiteral("getTierHistory")), 1, 5000);
    QVERIFY(crm::testing::ClickTab(dialog.interactionsTab()));  // back: no second read
    QTest::qWait(50);
    QCOMPARE(api.count(QStringLiteral("listInteractions")), 1);
    QCOMPARE(api.count(QStringLiteral("getSuitabilityProfile")), 0);  // never opened
    QCOMPARE(api.count(QStringLiteral("getCustomer")), 1);

    // A reload (after a change) reads again what has been shown, and only that.
    dialog.reload();
    QTRY_COMPARE_WITH_TIMEOUT(api.count(QStringLiteral("getCustomer")), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(api.count(QStringLiteral("listInteractions")), 2, 5000);
    QCOMPARE(api.count(QStringLiteral("getTierHistory")), 2);
    QCOMPARE(api.count(QStringLiteral("getSuitabilityProfile")), 0);
  }

  void aClientOutOfReachIsWordedNotShown() {
    FakeCrmApi api;
    api.onGetCustomer = [] {
      Result<CustomerDetail> r;
      r.error = crm::desktop::ApiError::fromStatus(grpc::Status(grpc::StatusCode::NOT_FOUND, "customer not found"));
      return r;
    };
    CustomerDetailDialog dialog(api, QStringLiteral("6f1c2d3e-0000-4000-8000-000000000002"), true);
    dialog.show();
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("detailMessage"));
    QVERIFY(message);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 5000);
    QVERIFY(!dialog.isLoaded());
    QVERIFY2(!message->text().contains(QStringLiteral("customer not found")), qPrintable(message->text()));
    QVERIFY2(!message->text().isEmpty(), "the refusal is worded");
  }
};

QTEST_MAIN(Client360Test)
#include "client360_test.moc"
