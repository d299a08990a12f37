// The suitability exceptions list (regulatory.md section 1): sales against a
// mismatch or to special-care clients, assessments about to expire, holdings
// above the client's current level; paged from the server, by kind, with the
// account manager and the latest review. Compliance marks an exception
// reviewed with a note (recorded), opens the client, and exports the list.
#pragma once

#include <QAbstractTableModel>
#include <QWidget>

#include "api/crm_api.h"
#include "gui/common/form_dialog.h"

#include <functional>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QLabel;
class QTableView;

namespace crm::desktop {

class SuitabilityExceptionModel : public QAbstractTableModel {
  Q_OBJECT

 public:
  enum Column { Client, Owner, Kind, Level, Product, Amount, Time, Review, ColumnCount };
  explicit SuitabilityExceptionModel(CrmApi& api, QObject* parent = nullptr);

  int rowCount(const QModelIndex& parent = QModelIndex()) const override;
  int columnCount(const QModelIndex& parent = QModelIndex()) const override;
  QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
  bool canFetchMore(const QModelIndex& parent) const override;
  void fetchMore(const QModelIndex& parent) override;

  void setKind(const QString& kind);
  QString kind() const { return m_kind; }
  // Only the exceptions nobody has reviewed yet (reloads).
  void setUnreviewedOnly(bool only);
  // Replaces a row after it was reviewed.
  void updateItem(int row, const SuitabilityExceptionInfo& item);
  bool isLoading() const { return m_loading; }
  const SuitabilityExceptionInfo& itemAt(int row) const { return m_rows.at(row); }
  static QString kindLabel(const QString& kind);
  // C1_LOWEST, C1..C5 as shown.
  static QString levelText(const QString& level);
  // "Reviewer, date: note" ("" when not reviewed).
  static QString reviewText(const SuitabilityExceptionInfo& e);

 Q_SIGNALS:
  void loaded(int rows);
  void failed(const QString& message);

 private:
  CrmApi& m_api;
  QString m_kind = QStringLiteral("MISMATCH_SALE");
  bool m_unreviewedOnly = false;
  QList<SuitabilityExceptionInfo> m_rows;
  QString m_nextToken;
  bool m_atEnd = true;
  bool m_loading = false;
  int m_generation = 0;
};

class ExceptionsPage : public QWidget {
  Q_OBJECT

 public:
  // canReview: the user may mark exceptions reviewed (compliance).
  explicit ExceptionsPage(CrmApi& api, bool canReview = false, QWidget* parent = nullptr);
  SuitabilityExceptionModel* model() const { return m_model; }
  void activate();
  // The 360 view of the selected row's client / the review form for it.
  class CustomerDetailDialog* openClient();
  class ReviewExceptionDialog* openReview();
  // Writes every exception of the kind shown (all pages) to a CSV file with
  // a UTF-8 BOM; done(rows, error) when finished.
  void exportTo(const QString& path, std::function<void(int rows, const QString& error)> done = {});

 private:
  int currentRow() const;
  void updateButtons();
  void exportPage(const QString& path, const QString& token, QList<SuitabilityExceptionInfo> rows,
                  std::function<void(int, const QString&)> done);

  CrmApi& m_api;
  SuitabilityExceptionModel* m_model;
  QComboBox* m_kind;
  QCheckBox* m_unreviewed;
  QLabel* m_status;
  QTableView* m_table;
  QPushButton* m_open;
  QPushButton* m_review = nullptr;
  QPushButton* m_export;
  bool m_loadedOnce = false;
};

// The note compliance writes when it has looked at an exception.
class ReviewExceptionDialog : public FormDialog {
  Q_OBJECT
 public:
  ReviewExceptionDialog(CrmApi& api, const SuitabilityExceptionInfo& item, QWidget* parent = nullptr);
  const SuitabilityExceptionInfo& reviewed() const { return m_item; }

 protected:
  void submit() override;

 private:
  CrmApi& m_api;
  SuitabilityExceptionInfo m_item;
  QPlainTextEdit* m_note;
};

}  // namespace crm::desktop
