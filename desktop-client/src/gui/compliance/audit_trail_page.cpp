#include "gui/compliance/audit_trail_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "gui/compliance/audit_event_model.h"
#include "gui/compliance/export_dialog.h"

namespace crm::desktop {
namespace {

QString problemLabel(const QString& problem) {
  if (problem == QLatin1String("ALTERED")) return AuditTrailPage::tr("an event was altered");
  if (problem == QLatin1String("MISSING")) return AuditTrailPage::tr("events are missing");
  if (problem == QLatin1String("INSERTED")) return AuditTrailPage::tr("an event was inserted");
  if (problem == QLatin1String("REORDERED")) return AuditTrailPage::tr("events were reordered");
  if (problem == QLatin1String("TRUNCATED")) return AuditTrailPage::tr("the end of the trail was cut off");
  if (problem == QLatin1String("CHECKPOINT_INVALID")) return AuditTrailPage::tr("a signed checkpoint is invalid");
  return problem;
}

QString row(const QString& label, const QString& value) {
  return QStringLiteral("<tr><td style='color:#6b7280; padding-right:12px'>%1</td><td>%2</td></tr>")
      .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

}  // namespace

AuditTrailPage::AuditTrailPage(CrmApi& api, QWidget* parent) : QWidget(parent), m_api(api) {
  setObjectName(QStringLiteral("auditTrailPage"));
  m_model = new AuditEventModel(api, this);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 12, 16, 12);

  auto* title = new QLabel(tr("Audit trail"), this);
  QFont tf = title->font();
  tf.setPointSizeF(tf.pointSizeF() * 1.4);
  tf.setBold(true);
  title->setFont(tf);
  layout->addWidget(title);

  // Filters.
  auto* filters = new QGridLayout();
  m_action = new QLineEdit(this);
  m_action->setObjectName(QStringLiteral("auditActionFilter"));
  m_action->setPlaceholderText(tr("e.g. customer.reveal or auth."));
  m_target = new QLineEdit(this);
  m_target->setObjectName(QStringLiteral("auditTargetFilter"));
  m_target->setPlaceholderText(tr("client name, or a record id"));
  m_actor = new QLineEdit(this);
  m_actor->setObjectName(QStringLiteral("auditActorFilter"));
  m_actor->setPlaceholderText(tr("user name"));
  m_outcome = new QComboBox(this);
  m_outcome->setObjectName(QStringLiteral("auditOutcomeFilter"));
  m_outcome->addItem(tr("Any"), QString());
  m_outcome->addItem(tr("OK"), QStringLiteral("OK"));
  m_outcome->addItem(tr("Denied"), QStringLiteral("DENIED"));
  m_outcome->addItem(tr("Error"), QStringLiteral("ERROR"));
  m_useFrom = new QCheckBox(tr("From"), this);
  m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
  m_from->setCalendarPopup(true);
  m_from->setEnabled(false);
  m_useTo = new QCheckBox(tr("To"), this);
  m_to = new QDateEdit(QDate::currentDate(), this);
  m_to->setCalendarPopup(true);
  m_to->setEnabled(false);
  connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
  connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
  auto* apply = new QPushButton(tr("Apply filter"), this);
  apply->setObjectName(QStringLiteral("auditApply"));
  filters->addWidget(new QLabel(tr("Action:"), this), 0, 0);
  filters->addWidget(m_action, 0, 1);
  filters->addWidget(new QLabel(tr("Target:"), this), 0, 2);
  filters->addWidget(m_target, 0, 3);
  filters->addWidget(new QLabel(tr("User:"), this), 0, 4);
  filters->addWidget(m_actor, 0, 5);
  filters->addWidget(new QLabel(tr("Outcome:"), this), 1, 0);
  filters->addWidget(m_outcome, 1, 1);
  auto* dates = new QHBoxLayout();
  dates->addWidget(m_useFrom);
  dates->addWidget(m_from);
  dates->addSpacing(8);
  dates->addWidget(m_useTo);
  dates->addWidget(m_to);
  dates->addStretch();
  filters->addLayout(dates, 1, 2, 1, 3);
  filters->addWidget(apply, 1, 5, Qt::AlignRight);
  filters->setColumnStretch(1, 1);
  filters->setColumnStretch(3, 1);
  filters->setColumnStretch(5, 1);
  layout->addLayout(filters);
  for (auto* edit : {m_action, m_target, m_actor})
    connect(edit, &QLineEdit::returnPressed, this, &AuditTrailPage::applyFilter);
  connect(apply, &QPushButton::clicked, this, &AuditTrailPage::applyFilter);

  // Chain verification and export.
  auto* actions = new QHBoxLayout();
  m_verify = new QPushButton(tr("Verify chain"), this);
  m_verify->setObjectName(QStringLiteral("verifyChainButton"));
  m_export = new QPushButton(tr("Export..."), this);
  m_export->setObjectName(QStringLiteral("exportButton"));
  m_verifyResult = new QLabel(this);
  m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
  m_verifyResult->setWordWrap(true);
  m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_exportResult = new QLabel(this);
  m_exportResult->setObjectName(QStringLiteral("exportResult"));
  m_count = new QLabel(this);
  m_count->setObjectName(QStringLiteral("auditCount"));
  m_count->setStyleSheet(QStringLiteral("color: #4b5563;"));
  actions->addWidget(m_verify);
  actions->addWidget(m_export);
  actions->addWidget(m_verifyResult, 1);
  actions->addWidget(m_count);
  layout->addLayout(actions);
  layout->addWidget(m_exportResult);
  m_exportResult->hide();
  connect(m_verify, &QPushButton::clicked, this, &AuditTrailPage::verifyChain);
  connect(m_export, &QPushButton::clicked, this, &AuditTrailPage::askExport);

  // The events and the selected one's detail.
  auto* split = new QSplitter(Qt::Horizontal, this);
  m_table = new QTableView(split);
  m_table->setObjectName(QStringLiteral("auditTable"));
  m_table->setModel(m_model);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->verticalHeader()->hide();
  m_table->setAlternatingRowColors(true);
  m_table->setWordWrap(false);
  m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->setColumnWidth(AuditEventModel::Sequence, 50);
  m_table->setColumnWidth(AuditEventModel::Time, 135);
  m_table->setColumnWidth(AuditEventModel::Actor, 95);
  m_table->setColumnWidth(AuditEventModel::Role, 125);
  m_table->setColumnWidth(AuditEventModel::Action, 190);
  m_table->setColumnWidth(AuditEventModel::Target, 150);
  m_table->setColumnWidth(AuditEventModel::Outcome, 60);
  m_detail = new QTextBrowser(split);
  m_detail->setObjectName(QStringLiteral("auditDetail"));
  m_detail->setPlaceholderText(tr("Select an event to see everything recorded with it."));
  split->addWidget(m_table);
  split->addWidget(m_detail);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setSizes({800, 380});
  layout->addWidget(split, 1);
  connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditTrailPage::showDetail);
  connect(m_model, &AuditEventModel::totalChanged, this, [this](qint64 total) {
    m_count->setText(tr("%n event(s)", nullptr, static_cast<int>(qMin<qint64>(total, INT_MAX))));
  });
  connect(m_model, &AuditEventModel::failed, this, [this](const QString& message) { m_count->setText(message); });
}

AuditTrailPage::~AuditTrailPage() {
  // Leaving stops a running export (its partial file is removed).
  if (m_exporting) m_exporting->cancel();
}

void AuditTrailPage::activate() {
  if (m_loadedOnce) return;
  m_loadedOnce = true;
  applyFilter();
}

AuditQuery AuditTrailPage::currentQuery() const {
  AuditQuery q;
  q.action = m_action->text().trimmed();
  q.targetId = m_resolvedTarget;
  q.actorUserId = m_resolvedActor;
  q.outcome = m_outcome->currentData().toString();
  if (m_useFrom->isChecked()) q.start = m_from->date().startOfDay();
  if (m_useTo->isChecked()) q.end = m_to->date().addDays(1).startOfDay();
  return q;
}

namespace {
// A record id (a UUID, a sequence number, an RPC method) rather than a name.
bool looksLikeId(const QString& s) {
  static const QRegularExpression kId(QStringLiteral("^([0-9a-fA-F-]{36}|[0-9]+|/.*)$"));
  return kId.match(s).hasMatch();
}
}  // namespace

// The user and client filters take names: a user name (or display name) is
// looked up among the users, a client's name among the clients, and the
// trail is then filtered by their ids. A record id is used as it is.
void AuditTrailPage::applyFilter() {
  m_detail->clear();
  m_count->setText(tr("Loading..."));
  const int generation = ++m_filterGeneration;
  const QString actor = m_actor->text().trimmed();
  const QString target = m_target->text().trimmed();
  auto resolveTarget = [this, generation, target] {
    if (target.isEmpty() || looksLikeId(target)) {
      m_resolvedTarget = target;
      m_model->setQuery(currentQuery());
      return;
    }
    m_api.searchCustomers(target, this, [this, generation, target](Result<CustomerPage> r) {
      if (generation != m_filterGeneration) return;
      if (!r.ok()) {
        m_count->setText(r.error.userMessage());
        return;
      }
      if (r.value.customers.size() != 1) {
        m_count->setText(r.value.customers.isEmpty() ? tr("No client matches \"%1\".").arg(target)
                                                     : tr("%n clients match \"%1\": type more of the name.", nullptr,
                                                          static_cast<int>(r.value.customers.size()))
                                                           .arg(target));
        return;
      }
      m_resolvedTarget = r.value.customers.first().id;
      m_model->setQuery(currentQuery());
    });
  };
  if (actor.isEmpty() || looksLikeId(actor)) {
    m_resolvedActor = actor;
    resolveTarget();
    return;
  }
  m_api.listUsers(QString(), QString(), this, [this, generation, actor, resolveTarget](Result<QList<UserInfo>> r) {
    if (generation != m_filterGeneration) return;
    if (!r.ok()) {
      m_count->setText(r.error.userMessage());
      return;
    }
    for (const auto& u : r.value)
      if (u.username.compare(actor, Qt::CaseInsensitive) == 0 || u.displayName == actor) {
        m_resolvedActor = u.id;
        resolveTarget();
        return;
      }
    m_count->setText(tr("No user named \"%1\".").arg(actor));
  });
}

void AuditTrailPage::showDetail() {
  const QModelIndex current = m_table->currentIndex();
  if (!current.isValid()) {
    m_detail->clear();
    return;
  }
  const AuditEventInfo& e = m_model->eventAt(current.row());
  QString details = e.detailsJson;
  const QJsonDocument doc = QJsonDocument::fromJson(e.detailsJson.toUtf8());
  if (!doc.isNull()) details = QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
  QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Event %1").arg(e.sequence));
  html += row(tr("Time"), QLocale().toString(e.time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
  html += row(tr("Action"), e.action);
  html += row(tr("Outcome"), AuditEventModel::outcomeLabel(e.outcome));
  html += row(tr("User"), QStringLiteral("%1 (%2)").arg(e.actorUsername, AuditEventModel::roleLabel(e.actorRole)));
  html += row(tr("User id"), e.actorUserId);
  html += row(tr("Session"), e.sessionId);
  html += row(tr("Client address"), e.clientAddress);
  html += row(tr("Request id"), e.requestId);
  html += row(tr("Target"), QStringLiteral("%1 %2").arg(e.targetType, e.targetId));
  html += row(tr("Reason"), e.reason);
  html += row(tr("Hash"), e.hashHex);
  html += row(tr("Previous hash"), e.prevHashHex);
  html += QStringLiteral("</table><p style='color:#6b7280'>%1</p><pre>%2</pre>")
              .arg(tr("Details").toHtmlEscaped(), details.toHtmlEscaped());
  m_detail->setHtml(html);
}

void AuditTrailPage::verifyChain() {
  m_verify->setEnabled(false);
  m_verifyResult->setStyleSheet(QStringLiteral("color: #4b5563;"));
  m_verifyResult->setText(tr("Verifying the whole chain..."));
  m_api.verifyAuditChain(0, 0, this, [this](Result<ChainVerification> r) {
    m_verify->setEnabled(true);
    if (!r.ok()) {
      m_verifyResult->setStyleSheet(QStringLiteral("color: #b91c1c;"));
      m_verifyResult->setText(r.error.userMessage());
      Q_EMIT verifyFinished(false);
      return;
    }
    const ChainVerification& v = r.value;
    if (v.intact) {
      m_verifyResult->setStyleSheet(QStringLiteral("color: #15803d; font-weight: bold;"));
      m_verifyResult->setText(tr("Chain intact: %1 events and %2 signed checkpoints checked (sequence %3 to %4).")
                                  .arg(v.eventsChecked)
                                  .arg(v.checkpointsChecked)
                                  .arg(v.firstSequence)
                                  .arg(v.lastSequence));
    } else {
      m_verifyResult->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: bold;"));
      m_verifyResult->setText(
          tr("Chain broken at sequence %1: %2. %3").arg(v.firstBadSequence).arg(problemLabel(v.problem), v.detail));
    }
    Q_EMIT verifyFinished(v.intact);
  });
}

QString AuditTrailPage::verifyText() const { return m_verifyResult->text(); }
QString AuditTrailPage::exportText() const { return m_exportResult->text(); }

void AuditTrailPage::askExport() {
  ExportDialog dialog(this);
  if (dialog.exec() != QDialog::Accepted) return;
  startExport(dialog.format(), dialog.reason(), dialog.filePath());
}

void AuditTrailPage::startExport(const QString& format, const QString& reason, const QString& filePath) {
  if (m_exporting) return;
  m_export->setEnabled(false);
  m_exportResult->hide();
  m_progress = new QProgressDialog(tr("Exporting audit events..."), tr("Cancel"), 0, 0, this);
  m_progress->setObjectName(QStringLiteral("exportProgress"));
  m_progress->setWindowTitle(tr("Export"));
  m_progress->setMinimumDuration(300);
  m_progress->setAutoClose(false);
  m_progress->setAutoReset(false);
  m_exporting = m_api.exportAuditEvents(
      currentQuery(), format, reason, filePath, this,
      [this](qint64 exported, qint64 total) {
        if (!m_progress) return;
        if (total > 0 && total <= INT_MAX) {
          m_progress->setMaximum(static_cast<int>(total));
          m_progress->setValue(static_cast<int>(qMin(exported, total)));
        }
        m_progress->setLabelText(tr("Exported %1 of %2 events...").arg(exported).arg(total));
      },
      [this, filePath](Result<ExportSummary> r) {
        m_exporting.reset();
        m_export->setEnabled(true);
        if (m_progress) {
          m_progress->close();
          m_progress->deleteLater();
          m_progress = nullptr;
        }
        m_exportResult->show();
        if (r.ok()) {
          m_exportResult->setStyleSheet(QStringLiteral("color: #15803d;"));
          m_exportResult->setText(tr("Exported %1 events to %2.").arg(r.value.exported).arg(filePath));
        } else {
          m_exportResult->setStyleSheet(QStringLiteral("color: #b91c1c;"));
          m_exportResult->setText(tr("Export failed: %1").arg(r.error.userMessage()));
        }
        Q_EMIT exportFinished(r.ok());
      });
  connect(m_progress, &QProgressDialog::canceled, this, [this] {
    if (m_exporting) m_exporting->cancel();
  });
}

}  // namespace crm::desktop
