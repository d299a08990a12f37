#include "gui/workstation.h"

#include "gui/language.h"

#include "gui/mainwindow/main_window.h"
#include "gui/settings/settings_dialog.h"
#include "gui/signin/change_password_dialog.h"
#include "gui/signin/sign_in_dialog.h"

namespace crm::desktop {

Workstation::Workstation(Settings& settings, ApiFactory factory, QObject* parent)
    : QObject(parent), m_settings(settings), m_factory(std::move(factory)) {}

Workstation::~Workstation() {
  delete m_main;
  delete m_signIn;
  delete m_changePassword;
  m_session.reset();
  m_api.reset();
}

SignInDialog* Workstation::signInDialog() const { return m_signIn.data(); }
MainWindow* Workstation::mainWindow() const { return m_main.data(); }
ChangePasswordDialog* Workstation::changePasswordDialog() const { return m_changePassword.data(); }
SignInDialog* Workstation::reauthDialog() const { return m_reauth.data(); }

void Workstation::rebuildApi(const QString& address) {
  if (m_api && address == m_apiAddress) return;
  m_session.reset();
  m_api = m_factory(address, m_settings.caFile());
  m_apiAddress = address;
  m_session = std::make_unique<Session>(*m_api);
  m_api->setSessionEndedHandler([this] { reauthenticate(); });
}

void Workstation::start() { showSignIn(); }

void Workstation::showSignIn(const QString& message) {
  if (!m_signIn) {
    m_signIn = new SignInDialog();
    m_signIn->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_signIn, &SignInDialog::signInRequested, this, &Workstation::signIn);
    connect(m_signIn, &SignInDialog::settingsRequested, this, [this] {
      const QString languageBefore = m_settings.language();
      SettingsDialog dialog(m_settings, m_signIn);
      if (dialog.exec() != QDialog::Accepted) return;
      m_signIn->setServerAddress(m_settings.serverAddress());
      m_apiAddress.clear();  // rebuild with the new CA file too
      m_api.reset();
      if (m_settings.language() == languageBefore) return;
      // A new language at once: a fresh sign-in window speaks it, and so does
      // everything opened after signing in.
      applyLanguage(m_settings.language());
      const QString typedUser = m_signIn->username();
      m_signIn->hide();
      m_signIn->deleteLater();
      m_signIn = nullptr;
      showSignIn();
      if (!typedUser.isEmpty()) m_signIn->setUsername(typedUser);
    });
  }
  m_signIn->setServerAddress(m_settings.serverAddress());
  m_signIn->setUsername(m_settings.lastUser());
  m_signIn->clearPassword();
  if (m_settings.lastUser().isEmpty()) m_signIn->setUsername(QString());
  m_signIn->showError(message);
  m_signIn->setBusy(false);
  m_signIn->show();
  m_signIn->raise();
  m_signIn->activateWindow();
}

void Workstation::signIn(const QString& server, const QString& username, const QString& password) {
  m_settings.setServerAddress(server);
  rebuildApi(server);
  m_signIn->setBusy(true);
  m_api->login(username, password, m_signIn, [this, username](Result<LoginResult> r) {
    m_signIn->setBusy(false);
    if (!r.ok()) {
      m_signIn->showError(r.error.userMessage());
      m_signIn->clearPassword();
      return;
    }
    m_settings.setLastUser(username);
    m_session->start(r.value);
    if (r.value.passwordChangeRequired) {
      askPasswordChange(true);
    } else {
      enterMainWindow();
    }
  });
}

void Workstation::askPasswordChange(bool required) {
  QWidget* parent = m_main ? static_cast<QWidget*>(m_main) : static_cast<QWidget*>(m_signIn);
  if (m_changePassword) m_changePassword->deleteLater();
  m_changePassword = new ChangePasswordDialog(required, parent);
  auto* dialog = m_changePassword.data();
  connect(dialog, &ChangePasswordDialog::changeRequested, this,
          [this, dialog, required](const QString& current, const QString& next) {
            dialog->setBusy(true);
            m_api->changePassword(current, next, dialog, [this, dialog, required](Result<LoginResult> r) {
              dialog->setBusy(false);
              if (!r.ok()) {
                if (r.error.kind() == ApiError::Kind::SessionEnded) {
                  dialog->reject();
                  m_session->end();
                  showSignIn(r.error.userMessage());
                  return;
                }
                dialog->showError(r.error.userMessage());
                return;
              }
              m_session->replaceToken(r.value.accessToken);
              dialog->accept();
              if (required) enterMainWindow();
            });
          });
  connect(dialog, &QDialog::rejected, this, [this, required] {
    if (required) signOut();
  });
  dialog->open();
}

void Workstation::enterMainWindow() {
  if (m_signIn) m_signIn->hide();
  if (!m_main) {
    m_main = new MainWindow(*m_session);
    connect(m_main, &MainWindow::signOutRequested, this, &Workstation::signOut);
    connect(m_main, &MainWindow::changePasswordRequested, this, [this] { askPasswordChange(false); });
  }
  m_main->show();
  // Fill in team and branch names.
  m_api->whoAmI(m_main, [this](Result<UserInfo> r) {
    if (r.ok()) {
      m_session->updateUser(r.value);
    } else if (r.error.kind() == ApiError::Kind::SessionEnded) {
      signOut();
    }
  });
}

void Workstation::reauthenticate() {
  if (!m_session || !m_session->isSignedIn() || !m_main || !m_main->isVisible() || m_reauth) return;
  const QString username = m_session->user().username;
  m_reauth = new SignInDialog(m_main);
  m_reauth->setObjectName(QStringLiteral("reauthDialog"));
  m_reauth->setAttribute(Qt::WA_DeleteOnClose);
  m_reauth->setServerAddress(m_apiAddress);
  m_reauth->setUsername(username);
  m_reauth->showError(tr("Your session has ended. Sign in again to carry on; what you have typed is kept."));
  auto* dialog = m_reauth.data();
  connect(dialog, &SignInDialog::signInRequested, this,
          [this, dialog, username](const QString&, const QString& user, const QString& password) {
            if (user.trimmed() != username) {
              // Open windows hold this user's clients: only they may carry on.
              dialog->showError(tr("Sign in as %1 to carry on, or cancel to sign out.").arg(username));
              return;
            }
            dialog->setBusy(true);
            m_api->login(username, password, dialog, [this, dialog](Result<LoginResult> r) {
              dialog->setBusy(false);
              if (!r.ok()) {
                dialog->showError(r.error.userMessage());
                dialog->clearPassword();
                return;
              }
              m_session->replaceToken(r.value.accessToken);
              dialog->accept();
            });
          });
  connect(dialog, &QDialog::rejected, this, [this] { signOut(); });
  dialog->open();
}

void Workstation::signOut() {
  if (m_session && m_session->isSignedIn()) {
    // Tell the server, but never wait for it to leave.
    m_api->logout(this, [](Result<Empty>) {});
    m_session->end();
  }
  if (m_main) {
    m_main->hide();
    m_main->deleteLater();
  }
  showSignIn();
}

}  // namespace crm::desktop
