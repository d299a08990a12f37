// Compliance's view of the message outbox (issue 27): every message to a
// client or to staff, newest first, by status: what was sent, what is still
// trying, dead letters (in red, with the last error) and messages stopped
// because consent was withdrawn. Dead letters are requeued or cancelled by
// an administrator with crm-admin (admin guide).
#pragma once

#include <QWidget>

#include "api/crm_api.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace crm::desktop {

class MessagesPage : public QWidget {
  Q_OBJECT
 public:
  explicit MessagesPage(CrmApi& api, QWidget* parent = nullptr);
  void activate();
  void reload();
  QTreeWidget* list() const { return m_list; }
  QComboBox* statusBox() const { return m_status; }
  QString statusText() const;
  static QString statusLabel(const QString& status);

 private:
  void fetch(bool more);

  CrmApi& m_api;
  bool m_activated = false;
  int m_generation = 0;
  QString m_next;
  QComboBox* m_status;
  QPushButton* m_refresh;
  QPushButton* m_more;
  QLabel* m_info;
  QTreeWidget* m_list;
};

}  // namespace crm::desktop
