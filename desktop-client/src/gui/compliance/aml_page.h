// Compliance's large-value transaction reports (issue 26, regulatory.md
// section 2): raised by the ingest the moment a client's flows of a day
// reach a rule's threshold, due five working days later. By due date, open
// ones first; overdue ones in red; an estimated due date (no working-day
// calendar for its year) is marked. Select one to see its flows; assign it
// to yourself; file it (the reason is the filing reference) or dismiss it
// with a reason. Every step is audited by the server.
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

class AmlPage : public QWidget {
  Q_OBJECT
 public:
  explicit AmlPage(CrmApi& api, QWidget* parent = nullptr);
  void activate();
  void reload();
  QTreeWidget* list() const { return m_list; }
  QComboBox* filterBox() const { return m_filter; }
  QPushButton* assignButton() const { return m_assign; }
  QPushButton* fileButton() const { return m_file; }
  QPushButton* dismissButton() const { return m_dismiss; }
  QLineEdit* reasonEdit() const { return m_reason; }
  QString statusText() const;
  QString detailText() const;
  static QString ruleLabel(const QString& code);
  static QString statusLabel(const QString& status);

 private:
  void fetch(bool more);
  void selectionChanged();
  void loadDetail();
  void updateButtons();
  void replaceSelected(const LargeValueReportInfo& report);
  const LargeValueReportInfo* selected() const;
  void close(const QString& status);
  QStringList rowTexts(const LargeValueReportInfo& r) const;
  void paintRow(QTreeWidgetItem* row, const LargeValueReportInfo& r) const;

  CrmApi& m_api;
  bool m_activated = false, m_busy = false;
  int m_generation = 0;
  int m_detailGeneration = 0;
  QString m_next;
  QList<LargeValueReportInfo> m_reports;  // row i of m_list
  QComboBox* m_filter;
  QPushButton* m_refresh;
  QPushButton* m_more;
  QLabel* m_info;
  QTreeWidget* m_list;
  QLabel* m_detail;
  QLineEdit* m_reason;
  QPushButton* m_assign;
  QPushButton* m_file;
  QPushButton* m_dismiss;
};

}  // namespace crm::desktop
