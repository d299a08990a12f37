// Adding to what is on record about a client, each a small form with the
// server's field errors beside the fields: an account, a household member or
// related party, a consent given or withdrawn, and manual tags.
#pragma once

#include "api/crm_api.h"
#include "gui/common/form_dialog.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTimer;

namespace crm::desktop {

class AddAccountDialog : public FormDialog {
  Q_OBJECT
 public:
  AddAccountDialog(CrmApi& api, const QString& customerId, QWidget* parent = nullptr);

 protected:
  void submit() override;

 private:
  CrmApi& m_api;
  QString m_customerId;
  QComboBox* m_kind;
  QLineEdit* m_number;
  QDateEdit* m_openDate;
};

// A household member or related party: another client (found by the same
// search as My clients) or a person who is not a client, by name.
class AddRelationDialog : public FormDialog {
  Q_OBJECT
 public:
  AddRelationDialog(CrmApi& api, const QString& customerId, QWidget* parent = nullptr);

 protected:
  void submit() override;

 private:
  void search();
  CrmApi& m_api;
  QString m_customerId;
  QComboBox* m_relation;
  QRadioButton* m_isClient;
  QRadioButton* m_isPerson;
  QLineEdit* m_search;
  QComboBox* m_found;
  QLineEdit* m_name;
  QTimer* m_debounce;
};

// Records a consent given or withdrawn for one purpose and channel (a
// withdrawal is honoured at once: regulatory.md section 3).
class ConsentDialog : public FormDialog {
  Q_OBJECT
 public:
  // preset: the consent to withdraw (purpose and channel chosen, "withdraws").
  ConsentDialog(CrmApi& api, const QString& customerId, const ConsentInfo* preset = nullptr, QWidget* parent = nullptr);

 protected:
  void submit() override;

 private:
  void fillChannels();
  CrmApi& m_api;
  QString m_customerId;
  QComboBox* m_purpose;
  QComboBox* m_channel;
  QRadioButton* m_grants;
  QRadioButton* m_withdraws;
  QComboBox* m_method;
};

// The client's manual tags: remove some, add new ones, saved in one call. Tags
// kept by the tier rules are shown but not edited here.
class TagsDialog : public FormDialog {
  Q_OBJECT
 public:
  TagsDialog(CrmApi& api, const QString& customerId, const QStringList& manualTags, const QStringList& ruleTags,
             QWidget* parent = nullptr);

 protected:
  void submit() override;

 private:
  void addTyped();
  CrmApi& m_api;
  QString m_customerId;
  QStringList m_before;
  QListWidget* m_tags;
  QLineEdit* m_new;
};

}  // namespace crm::desktop
