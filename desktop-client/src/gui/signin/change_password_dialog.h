// Choosing a new password (required after a reset or when it expired).
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;

namespace crm::desktop {

class ChangePasswordDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ChangePasswordDialog(bool required, QWidget* parent = nullptr);
  QString message() const;

 public Q_SLOTS:
  void setBusy(bool busy);
  void showError(const QString& message);

 Q_SIGNALS:
  void changeRequested(const QString& current, const QString& next);

 private:
  void submit();
  QLineEdit* m_current;
  QLineEdit* m_next;
  QLineEdit* m_confirm;
  QPushButton* m_ok;
  QLabel* m_message;
  QProgressBar* m_busy;
};

}  // namespace crm::desktop
