// A new client (a prospect): who they are and how to reach them, with the
// server's field errors beside the fields. A team lead or branch manager
// chooses the account manager; an account manager creates for their own book.
// The request id stays the same while the dialog is open, so a retry after a
// lost answer does not create the client twice.
#pragma once

#include "api/crm_api.h"
#include "gui/common/form_dialog.h"

class QComboBox;
class QLineEdit;

namespace crm::desktop {

class NewClientDialog : public FormDialog {
  Q_OBJECT

 public:
  NewClientDialog(CrmApi& api, const UserInfo& user, QWidget* parent = nullptr);
  // The client as created (after saved()).
  const CustomerSummary& created() const { return m_created; }

 protected:
  void submit() override;

 private:
  QLineEdit* line(const QString& key, const QString& placeholder = {});
  CrmApi& m_api;
  QString m_requestId;
  CustomerSummary m_created;
  QComboBox* m_kind;
  QComboBox* m_gender;
  QComboBox* m_idType;
  QComboBox* m_source;
  QComboBox* m_owner = nullptr;
  QMap<QString, QLineEdit*> m_lines;
};

}  // namespace crm::desktop
