// Who serves a client and whether it is in the lists: a stand-in while the
// account manager is away (a delegation with an end date), archiving and
// restoring, and a lead's transfer of clients to another account manager.
// Each asks for the reason, which the server records.
#pragma once

#include "api/crm_api.h"
#include "gui/common/form_dialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace crm::desktop {

class DelegationDialog : public FormDialog {
  Q_OBJECT
 public:
  DelegationDialog(CrmApi& api, const CustomerDetail& client, QWidget* parent = nullptr);

 protected:
  void submit() override;

 private:
  CrmApi& m_api;
  QString m_customerId;
  QComboBox* m_delegate;
  QDateEdit* m_until;
  QLineEdit* m_reason;
};

// archive true: takes the client out of the lists (kept, and restorable);
// false: brings an archived client back.
class ArchiveDialog : public FormDialog {
  Q_OBJECT
 public:
  ArchiveDialog(CrmApi& api, const QString& customerId, const QString& name, bool archive, QWidget* parent = nullptr);

 protected:
  void submit() override;

 private:
  CrmApi& m_api;
  QString m_customerId;
  bool m_archive;
  QLineEdit* m_reason;
};

// A team lead or branch manager moves clients from one account manager to
// another (someone leaves, a book is rebalanced): the clients selected in
// the list, or every client of that manager. All or nothing per batch of
// up to 1000; progress in the message line.
class TransferDialog : public FormDialog {
  Q_OBJECT
 public:
  // selected: the clients chosen in the list (may be empty).
  TransferDialog(CrmApi& api, const UserInfo& user, const QList<CustomerSummary>& selected, QWidget* parent = nullptr);
  int transferred() const { return m_transferred; }

 protected:
  void submit() override;

 private:
  void updateChoices();
  void collect(const QString& from, const QString& to, const QString& pageToken, QStringList ids);
  void transferBatch(const QString& from, const QString& to, QStringList ids, int sent);
  void setInputsEnabled(bool enabled);
  // The whole transfer ended (done or stopped by an error).
  void transferEnded(const ApiError& error);
  CrmApi& m_api;
  QList<CustomerSummary> m_selected;
  QComboBox* m_from;
  QComboBox* m_to;
  QRadioButton* m_onlySelected;
  QRadioButton* m_all;
  QLineEdit* m_reason;
  int m_transferred = 0;
};

}  // namespace crm::desktop
