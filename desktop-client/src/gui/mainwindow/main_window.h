// The main window: navigation by area, with what the role may not use left
// out: home, My clients, and for compliance the audit trail and the
// suitability exceptions.
#pragma once

#include <QMainWindow>

#include "core/session.h"

class QLabel;
class QVBoxLayout;
class QListWidget;
class QStackedWidget;

namespace crm::desktop {
class AuditTrailPage;
class CustomersPage;
class ExceptionsPage;
class MessagesPage;
class AmlPage;
class WatchlistPage;
class RiskRatingsPage;
class TieringPage;
}  // namespace crm::desktop

namespace crm::desktop {

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(Session& session, QWidget* parent = nullptr);
  QString signedInText() const;
  CustomersPage* customersPage() const { return m_customers; }
  AuditTrailPage* auditTrailPage() const { return m_auditTrail; }
  ExceptionsPage* exceptionsPage() const { return m_exceptions; }
  MessagesPage* messagesPage() const { return m_messages; }
  AmlPage* amlPage() const { return m_aml; }
  WatchlistPage* watchlistPage() const { return m_watchlist; }
  RiskRatingsPage* riskRatingsPage() const { return m_riskRatings; }
  TieringPage* tieringPage() const { return m_tiering; }
  // Shows the page of that navigation entry ("home", "customers", "audit",
  // "exceptions"); false when the role does not have it.
  bool showArea(const QString& area);

 Q_SIGNALS:
  void signOutRequested();
  void changePasswordRequested();

 private:
  static QString areaDescription(const QString& area);
  void refresh();
  static QString roleLabel(const QString& role);

  Session& m_session;
  QLabel* m_who;
  QLabel* m_org;
  QVBoxLayout* m_homeAreas = nullptr;
  QLabel* m_status;
  QListWidget* m_nav;
  QStackedWidget* m_pages;
  CustomersPage* m_customers = nullptr;
  AuditTrailPage* m_auditTrail = nullptr;
  ExceptionsPage* m_exceptions = nullptr;
  MessagesPage* m_messages = nullptr;
  AmlPage* m_aml = nullptr;
  WatchlistPage* m_watchlist = nullptr;
  RiskRatingsPage* m_riskRatings = nullptr;
  TieringPage* m_tiering = nullptr;
  QStringList m_areas;
};

}  // namespace crm::desktop
