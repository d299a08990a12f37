// The client 360 view (first part): profile with masked personal data and a
// Reveal action that asks for a reason (recorded by the server) and shows the
// value only briefly; accounts, consents, household, interactions,
// suitability and tier history.
#pragma once

#include <QDialog>
#include <QMap>

#include "api/crm_api.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QProgressBar;
class QListWidget;
class QWidget;
class QTreeWidget;

namespace crm::desktop {

class CustomerDetailDialog : public QDialog {
  Q_OBJECT

 public:
  // canSell: the user's role serves clients (assessments, checks, sales).
  CustomerDetailDialog(CrmApi& api, const QString& customerId, bool canSell = false, QWidget* parent = nullptr);
  class SuitabilityTab* suitabilityTab() const {
    return m_suitability;
  }
  class InteractionsTab* interactionsTab() const {
    return m_interactions;
  }
  class HoldingsTab* holdingsTab() const {
    return m_holdingsTab;
  }
  QTreeWidget* tierHistory() const { return m_tierHistory; }
  bool tierHistoryLoaded() const { return m_tierHistoryLoaded; }
  bool isLoaded() const { return m_loaded; }
  // Fetches the client again (after changes made elsewhere).
  void reload() { load(); }
  // Opens the edit dialog (non-modal; returned for tests) once loaded.
  class EditCustomerDialog* openEdit();
  // Test seam: how long a revealed value stays visible.
  void setRevealDuration(int ms) { m_revealMs = ms; }
  // Who is signed in (decides whether they may name a stand-in).
  void setUser(const UserInfo& user) { m_user = user; }
  const CustomerDetail& detail() const { return m_detail; }

 Q_SIGNALS:
  // The client as just read from the server (after opening or an edit), so a
  // list showing it can update its row.
  void customerLoaded(const CustomerSummary& summary);

 private:
  void load();
  void display(const CustomerDetail& d);
  void askReveal(const QString& field);
  void reveal();
  // Opens a form dialog over this one; a saved change reloads the client.
  void openForm(class FormDialog* dialog);

  CrmApi& m_api;
  QString m_id;
  bool m_loaded = false;
  int m_revealMs = 15000;
  QString m_pendingField;
  CustomerDetail m_detail;
  QLabel* m_title;
  QLabel* m_badges;
  QLabel* m_message;
  QProgressBar* m_busy;
  QMap<QString, QLabel*> m_values;  // profile value labels by field
  QWidget* m_revealPanel;
  QLabel* m_revealPrompt;
  QLineEdit* m_reason;
  QPushButton* m_revealConfirm;
  QListWidget* m_accounts;
  QListWidget* m_consents;
  QListWidget* m_relations;
  class SuitabilityTab* m_suitability;
  class InteractionsTab* m_interactions;
  class HoldingsTab* m_holdingsTab;
  QPushButton* m_edit;
  QPushButton* m_delegate;
  QPushButton* m_archive;
  QPushButton* m_editTags;
  QList<QPushButton*> m_recordButtons;  // add account, relation, consent
  QPushButton* m_withdrawConsent;
  UserInfo m_user;
  QTreeWidget* m_tierHistory;
  bool m_tierHistoryLoaded = false;
  bool m_interactionsShown = false, m_suitabilityShown = false, m_tierHistoryShown = false;
  void loadTierHistory();
};

}  // namespace crm::desktop
