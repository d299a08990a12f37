// "My clients": a table fed page by page from the server (canFetchMore /
// fetchMore), or, while a search is active, the search results. Every value
// shown comes masked from the server.
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "api/crm_api.h"

namespace crm::desktop {

class CustomerListModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Name, Status, Tier, RiskLevel, Aum, LastContact, Owner, Phone, IdNumber, District, ColumnCount };

  explicit CustomerListModel(CrmApi& api, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  // Sorting is the server's (ListCustomers order_by) for the paged list, and
  // local for search results. Masked columns (mobile, ID number) and the
  // district cannot be sorted: the server holds them encrypted.
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
  static bool isSortable(int column) { return !sortKey(column).isEmpty(); }
  void fetchMore(const QModelIndex& parent) override;

  // Starts over: the first page of the caller's clients.
  void reload();
  // Asks again for what is shown (the list from its first page, or the
  // search): F5, Retry, and after an edit.
  void refresh();
  // The paged list with these filters (a search ignores them).
  void setFilter(const CustomerFilter& filter);
  const CustomerFilter& filter() const { return m_filter; }
  // Empty query: back to the paged list.
  void setSearch(const QString& query);
  bool isLoading() const { return m_loading; }
  const CustomerSummary& customerAt(int row) const { return m_rows.at(row); }
  // Replaces the row of this client (by id) with what the server said since.
  void updateCustomer(const CustomerSummary& summary);
  // Account managers' names by id, for the Owner column.
  void setOwnerNames(const QHash<QString, QString>& names);
  // PROSPECT, ACTIVE, ... in the UI language.
  static QString statusLabel(const QString& status);

 Q_SIGNALS:
  void loadingChanged(bool loading);
  // retryable: the server could not be reached or was busy (worth trying again).
  void failed(const QString& message, bool retryable);
  // A page or a search result arrived.
  void loaded();
  // partial: more clients matched than the server reads; these are some of them.
  void searchFinished(int count, bool partial);

 private:
  static QString sortKey(int column);
  void append(const CustomerPage& page, int generation);
  void setLoading(bool loading);

  CrmApi& m_api;
  QList<CustomerSummary> m_rows;
  QString m_nextToken;
  bool m_atEnd = false;
  bool m_loading = false;
  QString m_search;
  CustomerFilter m_filter;
  QHash<QString, QString> m_ownerNames;
  int m_generation = 0;  // answers to an older request are dropped
  static constexpr int kPageSize = 100;
};

}  // namespace crm::desktop
