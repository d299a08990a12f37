// Tiering (product.md section 2), for the roles that manage tier policies:
// the policy list, and for the selected policy a preview of what applying it
// now would do (clients per tier before and after as a bar chart, and the
// transition matrix), without changing anything; activating a draft and
// recomputing every client's tier, with a reason and progress.
#pragma once

#include <QPointer>
#include <QWidget>
#include <memory>

#include "api/crm_api.h"
#include "gui/tiering/policy_editor_dialog.h"

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace crm::desktop {

class TieringPage : public QWidget {
  Q_OBJECT

 public:
  // userId: the signed-in user, who may not activate a draft of their own.
  TieringPage(CrmApi& api, const QString& userId, QWidget* parent = nullptr);
  ~TieringPage() override;
  void activate();
  bool isLoaded() const { return m_loaded; }
  const QList<TierPolicyInfo>& policies() const { return m_policies; }
  QTreeWidget* policyList() const { return m_list; }
  // Previews the selected policy (tests call it after selecting).
  void preview();
  bool hasPreview() const { return m_hasPreview; }
  const TierPreviewInfo& lastPreview() const { return m_preview; }
  QTableWidget* matrix() const { return m_matrix; }
  int chartBars() const { return m_bars; }
  // Activates the selected draft / recomputes every client, with the reason
  // given (the buttons ask for it and for confirmation first).
  void activateSelected(const QString& reason);
  void recompute(const QString& reason);
  QString statusText() const;
  // Opens the rule editor on the selected policy (a draft is edited, any
  // other becomes a new draft); editor() is the open one, for tests.
  void editSelected();
  PolicyEditorDialog* editor() const { return m_editor; }

 Q_SIGNALS:
  void activated(bool ok);
  void recomputeFinished(bool ok, qint64 processed, qint64 changed);
  void policySaved(const TierPolicyInfo& policy);

 private:
  void showPreview(const TierPreviewInfo& p, const TierPolicyInfo& policy);
  void reloadPolicies();
  void updateButtons();
  static QString statusLabel(const QString& status);

  CrmApi& m_api;
  QString m_userId;
  QList<TierPolicyInfo> m_policies;
  TierPreviewInfo m_preview;
  bool m_loaded = false;
  bool m_hasPreview = false;
  int m_bars = 0;
  QTreeWidget* m_list;
  QPushButton* m_previewButton;
  QPushButton* m_activateButton;
  QPushButton* m_editButton;
  QPointer<PolicyEditorDialog> m_editor;
  QString m_selectAfterLoad;  // a policy id to select once the list is back
  QPushButton* m_recomputeButton;
  std::shared_ptr<CallCanceller> m_recomputing;
  QLabel* m_status;
  QLabel* m_summary;
  ::QChartView* m_chart;
  QTableWidget* m_matrix;
};

}  // namespace crm::desktop
