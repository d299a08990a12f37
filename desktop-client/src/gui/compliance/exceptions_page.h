// The suitability exceptions list (regulatory.md section 1): sales against a
// mismatch or to special-care clients, assessments about to expire, holdings
// above the client's current level; paged from the server, by kind.
#pragma once

#include <QAbstractTableModel>
#include <QWidget>

#include "api/crm_api.h"

class QComboBox;
class QLabel;
class QTableView;

namespace crm::desktop {

class SuitabilityExceptionModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Client, Kind, Level, Product, Amount, Time, ColumnCount };
  explicit SuitabilityExceptionModel(CrmApi& api, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  void setKind(const QString& kind);
  QString kind() const { return m_kind; }
  bool isLoading() const { return m_loading; }
  const SuitabilityExceptionInfo& itemAt(int row) const { return m_rows.at(row); }
  static QString kindLabel(const QString& kind);

 Q_SIGNALS:
  void loaded(int rows);
  void failed(const QString& message);

 private:
  CrmApi& m_api;
  QString m_kind = QStringLiteral("MISMATCH_SALE");
  QList<SuitabilityExceptionInfo> m_rows;
  QString m_nextToken;
  bool m_atEnd = true;
  bool m_loading = false;
  int m_generation = 0;
};

class ExceptionsPage : public QWidget {
  Q_OBJECT

 public:
  explicit ExceptionsPage(CrmApi& api, QWidget* parent = nullptr);
  SuitabilityExceptionModel* model() const { return m_model; }
  void activate();

 private:
  SuitabilityExceptionModel* m_model;
  QComboBox* m_kind;
  QLabel* m_status;
  QTableView* m_table;
  bool m_loadedOnce = false;
};

}  // namespace crm::desktop
