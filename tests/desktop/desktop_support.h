// Shared by the desktop tests: a GrpcCrmApi signed in to the in-process server.
#pragma once

#include <QObject>
#include <QTest>
#include <memory>

#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>

#include "api/grpc_crm_api.h"
#include "core/settings.h"
#include "gui/mainwindow/main_window.h"
#include "gui/signin/sign_in_dialog.h"
#include "gui/workstation.h"
#include "support/test_server.h"

namespace crm::testing {

inline std::unique_ptr<crm::desktop::GrpcCrmApi> SignedInApi(const TestServer& server, const QString& user) {
  auto api = std::make_unique<crm::desktop::GrpcCrmApi>(QString::fromStdString(server.address()),
                                                        QString::fromStdString(server.ca_path()), 10000);
  bool done = false;
  QObject ctx;
  api->login(user, QString::fromLatin1(TestServer::kPassword), &ctx,
             [&](crm::desktop::Result<crm::desktop::LoginResult> r) {
               if (r.ok()) api->setAccessToken(r.value.accessToken);
               done = true;
             });
  if (!QTest::qWaitFor([&] { return done; }, 10000)) return nullptr;
  return api;
}

// The real workstation, signed in by typing into its sign-in dialog as a
// person does (nullptr when the main window never came up).
inline std::unique_ptr<crm::desktop::Workstation> SignedInWorkstation(const TestServer& server,
                                                                      crm::desktop::Settings& settings,
                                                                      const QString& user) {
  settings.setServerAddress(QString::fromStdString(server.address()));
  settings.setCaFile(QString::fromStdString(server.ca_path()));
  auto ws = std::make_unique<crm::desktop::Workstation>(settings, [](const QString& a, const QString& ca) {
    return std::make_unique<crm::desktop::GrpcCrmApi>(a, ca, 10000);
  });
  ws->start();
  auto* dialog = ws->signInDialog();
  dialog->findChild<QLineEdit*>(QStringLiteral("usernameEdit"))->setText(user);
  auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
  QTest::keyClicks(password, QString::fromLatin1(TestServer::kPassword));
  QTest::keyClick(password, Qt::Key_Return);
  if (!QTest::qWaitFor([&] { return ws->mainWindow() && ws->mainWindow()->isVisible(); }, 10000)) return nullptr;
  return ws;
}

// Brings `page` to the front by clicking its tab, as a person would (the
// 360 view's interactions, suitability and tier history load when shown).
inline bool ClickTab(QWidget* page) {
  for (QWidget* w = page ? page->parentWidget() : nullptr; w; w = w->parentWidget())
    if (auto* tabs = qobject_cast<QTabWidget*>(w); tabs && tabs->indexOf(page) >= 0) {
      QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(page)).center());
      return tabs->currentWidget() == page;
    }
  return false;
}

}  // namespace crm::testing
