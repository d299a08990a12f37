#include "gui/signin/change_password_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm::desktop {

ChangePasswordDialog::ChangePasswordDialog(bool required, QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("changePasswordDialog"));
  setWindowTitle(tr("Change password"));
  setMinimumWidth(420);
  auto* intro = new QLabel(
      required ? tr("Your password must be changed before you continue.") : tr("Choose a new password."), this);
  intro->setWordWrap(true);
  auto* rules = new QLabel(
      tr("At least 10 characters, mixing three of: lower-case, upper-case, digits, symbols; not your user name; "
         "not one of your last 5 passwords."),
      this);
  rules->setWordWrap(true);
  rules->setStyleSheet(QStringLiteral("color: palette(mid);"));
  m_current = new QLineEdit(this);
  m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
  m_next = new QLineEdit(this);
  m_next->setObjectName(QStringLiteral("newPasswordEdit"));
  m_confirm = new QLineEdit(this);
  m_confirm->setObjectName(QStringLiteral("confirmPasswordEdit"));
  for (auto* e : {m_current, m_next, m_confirm}) e->setEchoMode(QLineEdit::Password);
  auto* form = new QFormLayout;
  form->addRow(tr("Current password:"), m_current);
  form->addRow(tr("New password:"), m_next);
  form->addRow(tr("Repeat new password:"), m_confirm);
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("messageLabel"));
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_message->hide();
  m_busy = new QProgressBar(this);
  m_busy->setRange(0, 0);
  m_busy->setTextVisible(false);
  m_busy->setMaximumHeight(6);
  m_busy->hide();
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_ok = buttons->button(QDialogButtonBox::Ok);
  m_ok->setObjectName(QStringLiteral("changeButton"));
  m_ok->setText(tr("Change password"));
  buttons->button(QDialogButtonBox::Cancel)->setText(required ? tr("Sign out") : tr("Cancel"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addWidget(rules);
  layout->addLayout(form);
  layout->addWidget(m_busy);
  layout->addWidget(m_message);
  layout->addWidget(buttons);
  connect(m_ok, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ChangePasswordDialog::message() const { return m_message->isVisible() ? m_message->text() : QString(); }

void ChangePasswordDialog::submit() {
  if (m_current->text().isEmpty()) return showError(tr("Enter your current password."));
  if (m_next->text().isEmpty()) return showError(tr("Enter a new password."));
  if (m_next->text() != m_confirm->text()) return showError(tr("The two new passwords do not match."));
  m_message->hide();
  Q_EMIT changeRequested(m_current->text(), m_next->text());
}

void ChangePasswordDialog::setBusy(bool busy) {
  m_busy->setVisible(busy);
  m_ok->setEnabled(!busy);
}

void ChangePasswordDialog::showError(const QString& message) {
  m_message->setText(message);
  m_message->setVisible(!message.isEmpty());
}

}  // namespace crm::desktop
