// Compliance: the audit trail with filters and paging, an event detail pane,
// "Verify chain" (OK, or the first bad sequence in red) and export with a
// reason and progress.
#pragma once

#include <QWidget>
#include <memory>

#include "api/crm_api.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace crm::desktop {

class AuditEventModel;

class AuditTrailPage : public QWidget {
  Q_OBJECT

 public:
  explicit AuditTrailPage(CrmApi& api, QWidget* parent = nullptr);
  ~AuditTrailPage() override;
  AuditEventModel* model() const { return m_model; }
  // Called when the page is shown: loads the newest events the first time.
  void activate();
  // The filter as typed in the filter bar.
  AuditQuery currentQuery() const;
  // Runs the export without asking (the dialog calls this; tests too).
  void startExport(const QString& format, const QString& reason, const QString& filePath);
  QString verifyText() const;
  QString exportText() const;

 Q_SIGNALS:
  void verifyFinished(bool intact);
  void exportFinished(bool ok);

 private:
  void applyFilter();
  void showDetail();
  void verifyChain();
  void askExport();

  CrmApi& m_api;
  AuditEventModel* m_model;
  QLineEdit* m_action;
  QLineEdit* m_target;
  QLineEdit* m_actor;
  QString m_resolvedActor, m_resolvedTarget;  // the ids the name filters stand for
  int m_filterGeneration = 0;
  QComboBox* m_outcome;
  QCheckBox* m_useFrom;
  QDateEdit* m_from;
  QCheckBox* m_useTo;
  QDateEdit* m_to;
  QTableView* m_table;
  QTextBrowser* m_detail;
  QLabel* m_count;
  QLabel* m_verifyResult;
  QLabel* m_exportResult;
  QPushButton* m_verify;
  QPushButton* m_export;
  QProgressDialog* m_progress = nullptr;
  std::shared_ptr<CallCanceller> m_exporting;
  bool m_loadedOnce = false;
};

}  // namespace crm::desktop
