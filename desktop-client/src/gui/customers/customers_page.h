// The "My clients" page: search-as-you-type (debounced), filters (status,
// tier, risk level, tag, owner within scope) and sortable columns on the
// paged table, progress and errors in plain language.
#pragma once

#include <QWidget>

#include "api/crm_api.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QProgressBar;
class QPushButton;

namespace crm::desktop {

class CustomerListModel;
class CustomerDetailDialog;

class CustomersPage : public QWidget {
  Q_OBJECT

 public:
  // canSell: the user's role serves clients (see the server's policy module).
  // A team lead, branch manager or compliance officer also gets an owner
  // filter listing the account managers of their scope.
  CustomersPage(CrmApi& api, const UserInfo& user, bool canSell, QWidget* parent = nullptr);
  CustomerListModel* model() const { return m_model; }
  // Loads the first page (when the page is first shown).
  void activate();
  // Opens the client 360 view of a row (double-click does the same).
  class CustomerDetailDialog* openCustomer(int row);
  // Asks the server again for what is shown (F5, Retry).
  void refresh();
  // "1,234 clients" (or "12 found" while searching); "" until known.
  QString countText() const;
  // The area's name for a role: "My clients", "Team clients", "Branch
  // clients" or "All clients".
  static QString areaTitle(const QString& role);
  // Opens the new-client form / the transfer form (for the selected rows).
  class NewClientDialog* openNewClient();
  class TransferDialog* openTransfer();

 private:
  void applyFilter();
  void loadOwners();
  void showError(const QString& message, bool retryable);
  // Asks the server how many clients the filters match (shown beside the title).
  void updateCount();
  void clearError();

  CrmApi& m_api;
  CustomerListModel* m_model;
  QLineEdit* m_search;
  QTableView* m_table;
  QTimer* m_debounce;
  QLabel* m_message;
  QPushButton* m_retry;
  QTimer* m_autoRetry;        // tries again by itself while the server cannot be reached
  int m_retryDelayMs = 2000;  // 2, 4, 8 ... 30 s
  bool m_showingError = false;
  QProgressBar* m_busy;
  QComboBox* m_status;
  QComboBox* m_tier;
  QComboBox* m_risk;
  QLineEdit* m_tag;
  QComboBox* m_owner = nullptr;  // only for roles that see more than their own book
  QCheckBox* m_archived;
  QLabel* m_count;
  int m_countGeneration = 0;
  UserInfo m_user;
  int m_sortColumn = 0;
  Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
  bool m_activated = false;
  bool m_canSell = false;
};

}  // namespace crm::desktop
