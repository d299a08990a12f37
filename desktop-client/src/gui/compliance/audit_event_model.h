// The audit trail as a table fed page by page from the server (newest
// first), for a filter; canFetchMore/fetchMore as in "My clients".
#pragma once

#include <QAbstractTableModel>

#include "api/crm_api.h"

namespace crm::desktop {

class AuditEventModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Sequence, Time, Actor, Role, Action, Target, Outcome, Reason, ColumnCount };

  explicit AuditEventModel(CrmApi& api, QObject* parent = nullptr);
  // A recorded action code in the UI language ("customer.view" -> 查看客户).
  static QString actionLabel(const QString& code);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  // Starts over with this filter.
  void setQuery(const AuditQuery& query);
  const AuditQuery& query() const { return m_query; }
  bool isLoading() const { return m_loading; }
  // Events matching the filter on the server (all pages).
  qint64 totalSize() const { return m_total; }
  const AuditEventInfo& eventAt(int row) const { return m_rows.at(row); }
  static QString outcomeLabel(const QString& outcome);
  static QString roleLabel(const QString& role);

 Q_SIGNALS:
  void loadingChanged(bool loading);
  void totalChanged(qint64 total);
  void failed(const QString& message);

 private:
  void setLoading(bool loading);

  CrmApi& m_api;
  AuditQuery m_query;
  QList<AuditEventInfo> m_rows;
  QString m_nextToken;
  qint64 m_total = 0;
  bool m_atEnd = true;
  bool m_loading = false;
  int m_generation = 0;
  static constexpr int kPageSize = 100;
};

}  // namespace crm::desktop
