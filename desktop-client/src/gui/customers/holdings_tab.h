// The client 360 view's holdings and AUM: the latest AUM, a chart of the
// daily AUM over the last 12 months (Qt Charts), the latest holdings and,
// for a futures client, each futures account's latest margin (a ratio under
// the firm's margin-call line in red).
#pragma once

#include <QWidget>

#include "api/crm_api.h"

class QChartView;
class QLabel;
class QTreeWidget;

namespace crm::desktop {

class HoldingsTab : public QWidget {
  Q_OBJECT

 public:
  explicit HoldingsTab(QWidget* parent = nullptr);
  void show(const CustomerDetail& detail);
  // What the chart plots (for tests): points and the axis title.
  int chartPoints() const { return m_points; }
  QTreeWidget* holdings() const { return m_holdings; }
  QTreeWidget* futuresMargin() const { return m_margin; }
  QString aumText() const;

 private:
  QLabel* m_aum;
  ::QChartView* m_chartView = nullptr;
  QTreeWidget* m_holdings;
  QTreeWidget* m_margin;
  int m_points = 0;
};

}  // namespace crm::desktop
