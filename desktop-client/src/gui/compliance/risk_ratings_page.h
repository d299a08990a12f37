// Compliance's AML risk ratings (issue 26, regulatory.md section 2): rated
// clients by re-review date, the most urgent first, overdue ones in red.
// Select one to re-review it: keep or change the rating, give the reason,
// Save; the next review moves to today plus the rating's period (HIGH 6
// months, MEDIUM 24, LOW 36 by default). A confirmed watch-list match rates
// a client HIGH by itself. Every step is audited by the server.
#pragma once

#include <QWidget>

#include "api/crm_api.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace crm::desktop {

class RiskRatingsPage : public QWidget {
  Q_OBJECT
 public:
  explicit RiskRatingsPage(CrmApi& api, QWidget* parent = nullptr);
  void activate();
  void reload();
  QTreeWidget* list() const { return m_list; }
  QComboBox* filterBox() const { return m_filter; }
  QComboBox* ratingBox() const { return m_rating; }
  QLineEdit* reasonEdit() const { return m_reason; }
  QPushButton* saveButton() const { return m_save; }
  QString statusText() const;
  static QString ratingLabel(const QString& rating);

 private:
  void fetch(bool more);
  void selectionChanged();
  void updateButtons();
  void paintRow(QTreeWidgetItem* row, const AmlRiskRatingInfo& r) const;
  const AmlRiskRatingInfo* selected() const;
  void save();

  CrmApi& m_api;
  bool m_activated = false, m_busy = false;
  int m_generation = 0;
  QString m_next;
  QList<AmlRiskRatingInfo> m_ratings;  // row i of m_list
  QComboBox* m_filter;
  QPushButton* m_refresh;
  QPushButton* m_more;
  QLabel* m_info;
  QTreeWidget* m_list;
  QComboBox* m_rating;
  QLineEdit* m_reason;
  QPushButton* m_save;
};

}  // namespace crm::desktop
