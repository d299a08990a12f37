// The workstation's flow: sign in (with a forced password change when the
// server asks), the main window, sign out. Owns the API client, rebuilt when
// the server address or CA file changes.
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

#include "api/crm_api.h"
#include "core/session.h"
#include "core/settings.h"

namespace crm::desktop {

class SignInDialog;
class MainWindow;
class ChangePasswordDialog;

using ApiFactory = std::function<std::unique_ptr<CrmApi>(const QString& address, const QString& caFile)>;

class Workstation : public QObject {
  Q_OBJECT

 public:
  Workstation(Settings& settings, ApiFactory factory, QObject* parent = nullptr);
  ~Workstation() override;

  void start();
  SignInDialog* signInDialog() const;
  MainWindow* mainWindow() const;
  ChangePasswordDialog* changePasswordDialog() const;
  // Shown over the main window when the session ended while working.
  SignInDialog* reauthDialog() const;
  Session* session() const { return m_session.get(); }

 private:
  void rebuildApi(const QString& address);
  void showSignIn(const QString& message = QString());
  void signIn(const QString& server, const QString& username, const QString& password);
  void askPasswordChange(bool required);
  void enterMainWindow();
  void signOut();
  // The session ended mid-work: sign in again as the same user over the open
  // windows, so nothing typed is lost; cancelling signs out.
  void reauthenticate();

  Settings& m_settings;
  ApiFactory m_factory;
  std::unique_ptr<CrmApi> m_api;
  std::unique_ptr<Session> m_session;
  QString m_apiAddress;
  QPointer<SignInDialog> m_signIn;
  QPointer<MainWindow> m_main;
  QPointer<ChangePasswordDialog> m_changePassword;
  QPointer<SignInDialog> m_reauth;
};

}  // namespace crm::desktop
