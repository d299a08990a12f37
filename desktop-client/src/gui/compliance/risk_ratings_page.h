// Compliance's AML risk ratings (issue 26, regulatory.md section 2): rated
// clients by re-review date, the most urgent first, overdue ones in red.
// Select one to re-review it: keep or change the rating, give the reason,
// Save; the next review moves to today plus the rating's period (HIGH 6
// months, MEDIUM 24, LOW 36 by default). A confirmed watch-list match rates
// a client HIGH by itself. Every step is audited by the server.
#pragma once

#include <QDialog>
#include <QWidget>

#include "api/crm_api.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace crm::desktop {

// "Rate a client...": find a client not yet rated by name, ID number or
// mobile (masked in the results), pick the rating, give the reason.
class RateClientDialog : public QDialog {
  Q_OBJECT
 public:
  explicit RateClientDialog(CrmApi& api, QWidget* parent = nullptr);
  QLineEdit* searchEdit() const { return m_search; }
  QPushButton* searchButton() const { return m_find; }
  QTreeWidget* results() const { return m_results; }
  QComboBox* ratingBox() const { return m_rating; }
  QLineEdit* reasonEdit() const { return m_reason; }
  QPushButton* rateButton() const { return m_rate; }
  QString statusText() const;

 private:
  void find();
  void updateButtons();
  void rate();

  CrmApi& m_api;
  bool m_busy = false;
  int m_generation = 0;
  QList<CustomerSummary> m_found;
  QLineEdit* m_search;
  QPushButton* m_find;
  QTreeWidget* m_results;
  QComboBox* m_rating;
  QLineEdit* m_reason;
  QPushButton* m_rate;
  QLabel* m_status;
};

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
  QPushButton* rateClientButton() const { return m_rateClient; }
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
  QPushButton* m_rateClient;
  QLabel* m_info;
  QTreeWidget* m_list;
  QComboBox* m_rating;
  QLineEdit* m_reason;
  QPushButton* m_save;
};

}  // namespace crm::desktop
