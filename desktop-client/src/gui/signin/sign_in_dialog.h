// Sign-in: server address, user name, password. It only collects input and
// shows progress and errors; the Workstation controller makes the call.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;

namespace crm::desktop {

class SignInDialog : public QDialog {
  Q_OBJECT

 public:
  explicit SignInDialog(QWidget* parent = nullptr);

  void setServerAddress(const QString& address);
  QString serverAddress() const;
  void setUsername(const QString& username);
  QString username() const;
  QString message() const;

 public Q_SLOTS:
  void setBusy(bool busy);
  void showError(const QString& message);
  void clearPassword();

 Q_SIGNALS:
  void signInRequested(const QString& server, const QString& username, const QString& password);
  void settingsRequested();

 private:
  void submit();
  void retranslate();

  QLineEdit* m_server;
  QLineEdit* m_username;
  QLineEdit* m_password;
  QPushButton* m_signIn;
  QPushButton* m_settings;
  QLabel* m_message;
  QProgressBar* m_busy;
  QLabel* m_title;
  QLabel* m_serverLabel;
  QLabel* m_userLabel;
  QLabel* m_passwordLabel;
};

}  // namespace crm::desktop
