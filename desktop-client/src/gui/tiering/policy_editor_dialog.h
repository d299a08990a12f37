// The tier rule editor: a policy's tiers in order (the first that matches
// wins, the last takes everyone else), each with its code, name, service
// intervals and a condition as "all of" / "any of" a list of comparisons on
// client metrics. The server checks the result (ValidateTierPolicy) before it
// is saved: a draft is edited in place (etag), an active or retired policy
// becomes a new draft version. Nothing here changes a client's tier: that
// happens when a draft is activated.
#pragma once

#include <QDialog>

#include "api/crm_api.h"
#include "gui/tiering/tier_policy_form.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace crm::desktop {

class PolicyEditorDialog : public QDialog {
  Q_OBJECT

 public:
  // policy must carry its definitionJson (getTierPolicy).
  PolicyEditorDialog(CrmApi& api, const TierPolicyInfo& policy, QWidget* parent = nullptr);

  const PolicyForm& form();  // what the dialog holds now
  // Asks the server to check, then saves (the Save button does this).
  void save();
  // Problems from the last check, as shown (for tests).
  QString problemsText() const;

  static QString metricLabel(const QString& metric);

 Q_SIGNALS:
  void saved(const TierPolicyInfo& policy);

 private:
  void loadTier(int index);
  void storeTier();
  void refreshTierList();
  void addComparisonRow(const TierComparison& c);
  void check(std::function<void(bool ok)> then);
  void showProblems(const QList<PolicyProblemInfo>& problems);
  QString describeProblem(const PolicyProblemInfo& p) const;

  CrmApi& m_api;
  TierPolicyInfo m_policy;
  PolicyForm m_form;
  QString m_openedJson, m_openedName;  // as opened
  int m_current = -1;
  QLineEdit* m_name;
  QListWidget* m_tiers;
  QPushButton* m_remove;
  QPushButton* m_up;
  QPushButton* m_down;
  QLineEdit* m_code;
  QLineEdit* m_tierName;
  QSpinBox* m_contact;
  QSpinBox* m_review;
  QLabel* m_defaultNote;
  QWidget* m_conditionBox;
  QComboBox* m_combine;
  QTableWidget* m_conditions;
  QPlainTextEdit* m_advanced;
  QLabel* m_problems;
  QPushButton* m_checkButton;
  QPushButton* m_saveButton;
  bool m_busy = false;
};

}  // namespace crm::desktop
