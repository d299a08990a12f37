// Editing a client's profile. Only the fields changed are sent, with the etag
// of the version read. The server's field violations are shown beside their
// fields; a stale edit (someone saved in between) offers to reload the latest
// version without losing what was typed.
#pragma once

#include <QDialog>
#include <QMap>

#include "api/crm_api.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace crm::desktop {

class EditCustomerDialog : public QDialog {
  Q_OBJECT

 public:
  EditCustomerDialog(CrmApi& api, const CustomerDetail& current, QWidget* parent = nullptr);
  // Test seams: the edits by field (name, occupation, phone, email, address).
  void setField(const QString& field, const QString& value);
  QString fieldText(const QString& field) const;
  QString fieldError(const QString& field) const;
  QString message() const;
  bool conflictShown() const;
  void save();
  // Fetches the latest version; what was typed stays.
  void reloadLatest();

 Q_SIGNALS:
  void saved();

 private:
  QList<QPair<QString, QString>> changes() const;
  void setBase(const CustomerDetail& d, bool keepTyped);
  void clearErrors();

  CrmApi& m_api;
  CustomerDetail m_base;
  QMap<QString, QLineEdit*> m_edits;
  QMap<QString, QLabel*> m_errors;
  QLabel* m_message;
  QWidget* m_conflict;
  QPushButton* m_ok;
  bool m_busy = false;
};

}  // namespace crm::desktop
