// Compliance's PEP and sanctions hits (issue 26, regulatory.md section 2):
// every client is screened against the lists in force at creation, on a
// name change and when an admin loads a list; each hit is a case. Open
// cases oldest first; the lists in force are named above (a warning when
// none is loaded). Select a case to read what matched; assign it to
// yourself; confirm the match or clear it as a false positive, with the
// reason. Every step is audited by the server.
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

class WatchlistPage : public QWidget {
  Q_OBJECT
 public:
  explicit WatchlistPage(CrmApi& api, QWidget* parent = nullptr);
  void activate();
  void reload();
  QTreeWidget* list() const { return m_list; }
  QComboBox* filterBox() const { return m_filter; }
  QPushButton* assignButton() const { return m_assign; }
  QPushButton* confirmButton() const { return m_confirm; }
  QPushButton* clearButton() const { return m_clear; }
  QLineEdit* reasonEdit() const { return m_reason; }
  QString statusText() const;
  QString listsText() const;
  QString detailText() const;
  static QString statusLabel(const QString& status);
  static QString listLabel(const QString& kind);
  static QString triggerLabel(const QString& trigger);

 private:
  void fetch(bool more);
  void showLists(const QList<WatchlistInfo>& lists);
  void showDetail();
  void updateButtons();
  void replaceSelected(const WatchlistCaseInfo& c);
  const WatchlistCaseInfo* selected() const;
  void close(const QString& status);
  void paintRow(QTreeWidgetItem* row, const WatchlistCaseInfo& c) const;
  void answered(const Result<WatchlistCaseInfo>& res, const QString& done);

  CrmApi& m_api;
  bool m_activated = false, m_busy = false;
  int m_generation = 0;
  QString m_next;
  QList<WatchlistCaseInfo> m_cases;  // row i of m_list
  QComboBox* m_filter;
  QPushButton* m_refresh;
  QPushButton* m_more;
  QLabel* m_info;
  QLabel* m_lists;
  QTreeWidget* m_list;
  QLabel* m_detail;
  QLineEdit* m_reason;
  QPushButton* m_assign;
  QPushButton* m_confirm;
  QPushButton* m_clear;
};

}  // namespace crm::desktop
