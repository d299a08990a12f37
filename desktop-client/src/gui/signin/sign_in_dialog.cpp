#include "gui/signin/sign_in_dialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm::desktop {

SignInDialog::SignInDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("signInDialog"));
  setMinimumWidth(420);

  m_title = new QLabel(this);
  QFont f = m_title->font();
  f.setPointSizeF(f.pointSizeF() * 1.4);
  f.setBold(true);
  m_title->setFont(f);

  m_server = new QLineEdit(this);
  m_server->setObjectName(QStringLiteral("serverEdit"));
  m_username = new QLineEdit(this);
  m_username->setObjectName(QStringLiteral("usernameEdit"));
  m_password = new QLineEdit(this);
  m_password->setObjectName(QStringLiteral("passwordEdit"));
  m_password->setEchoMode(QLineEdit::Password);

  m_serverLabel = new QLabel(this);
  m_userLabel = new QLabel(this);
  m_passwordLabel = new QLabel(this);
  auto* form = new QFormLayout;
  form->addRow(m_serverLabel, m_server);
  form->addRow(m_userLabel, m_username);
  form->addRow(m_passwordLabel, m_password);

  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("messageLabel"));
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_message->hide();

  m_busy = new QProgressBar(this);
  m_busy->setRange(0, 0);  // indeterminate
  m_busy->setTextVisible(false);
  m_busy->setMaximumHeight(6);
  m_busy->hide();

  m_signIn = new QPushButton(this);
  m_signIn->setObjectName(QStringLiteral("signInButton"));
  m_signIn->setDefault(true);
  m_settings = new QPushButton(this);
  m_settings->setObjectName(QStringLiteral("settingsButton"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_settings);
  buttons->addStretch();
  buttons->addWidget(m_signIn);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_title);
  layout->addSpacing(8);
  layout->addLayout(form);
  layout->addWidget(m_busy);
  layout->addWidget(m_message);
  layout->addLayout(buttons);

  connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
  connect(m_password, &QLineEdit::returnPressed, this, &SignInDialog::submit);
  connect(m_settings, &QPushButton::clicked, this, &SignInDialog::settingsRequested);
  retranslate();
}

void SignInDialog::retranslate() {
  setWindowTitle(tr("Securities CRM - Sign in"));
  m_title->setText(tr("Securities CRM Workstation"));
  m_serverLabel->setText(tr("&Server:"));
  m_serverLabel->setBuddy(m_server);
  m_userLabel->setText(tr("&User name:"));
  m_userLabel->setBuddy(m_username);
  m_passwordLabel->setText(tr("&Password:"));
  m_passwordLabel->setBuddy(m_password);
  m_server->setPlaceholderText(tr("host:port"));
  m_signIn->setText(tr("Sign in"));
  m_settings->setText(tr("Settings..."));
}

void SignInDialog::setServerAddress(const QString& address) { m_server->setText(address); }
QString SignInDialog::serverAddress() const { return m_server->text().trimmed(); }
QString SignInDialog::username() const { return m_username->text().trimmed(); }

void SignInDialog::setUsername(const QString& username) {
  m_username->setText(username);
  (username.isEmpty() ? m_username : m_password)->setFocus();
}
QString SignInDialog::message() const { return m_message->isVisible() ? m_message->text() : QString(); }

void SignInDialog::submit() {
  if (!m_signIn->isEnabled()) return;
  QString server = serverAddress(), user = m_username->text().trimmed();
  if (server.isEmpty()) {
    showError(tr("Enter the server address."));
    m_server->setFocus();
    return;
  }
  if (user.isEmpty()) {
    showError(tr("Enter your user name."));
    m_username->setFocus();
    return;
  }
  if (m_password->text().isEmpty()) {
    showError(tr("Enter your password."));
    m_password->setFocus();
    return;
  }
  m_message->hide();
  Q_EMIT signInRequested(server, user, m_password->text());
}

void SignInDialog::setBusy(bool busy) {
  m_busy->setVisible(busy);
  m_signIn->setEnabled(!busy);
  m_settings->setEnabled(!busy);
  m_server->setEnabled(!busy);
  m_username->setEnabled(!busy);
  m_password->setEnabled(!busy);
  if (busy)
    m_signIn->setText(tr("Signing in..."));
  else
    m_signIn->setText(tr("Sign in"));
}

void SignInDialog::showError(const QString& message) {
  m_message->setText(message);
  m_message->setVisible(!message.isEmpty());
}

void SignInDialog::clearPassword() {
  m_password->clear();
  m_password->setFocus();
}

}  // namespace crm::desktop
