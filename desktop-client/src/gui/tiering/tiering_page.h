// Tiering (product.md section 2), for the roles that manage tier policies:
// the policy list, and for the selected policy a preview of what applying it
// now would do (clients per tier before and after as a bar chart, and the
// transition matrix), without changing anything.
#pragma once

#include <QWidget>

#include "api/crm_api.h"

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace crm::desktop {

class TieringPage : public QWidget {
  Q_OBJECT

 public:
  explicit TieringPage(CrmApi& api, QWidget* parent = nullptr);
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

 private:
  void showPreview(const TierPreviewInfo& p, const TierPolicyInfo& policy);
  static QString statusLabel(const QString& status);

  CrmApi& m_api;
  QList<TierPolicyInfo> m_policies;
  TierPreviewInfo m_preview;
  bool m_loaded = false;
  bool m_hasPreview = false;
  int m_bars = 0;
  QTreeWidget* m_list;
  QPushButton* m_previewButton;
  QLabel* m_status;
  QLabel* m_summary;
  ::QChartView* m_chart;
  QTableWidget* m_matrix;
};

}  // namespace crm::desktop
