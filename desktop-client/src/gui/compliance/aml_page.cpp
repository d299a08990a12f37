#include "gui/compliance/aml_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "api/display_formats.h"
#include "api/money.h"

namespace crm::desktop {

QString AmlPage::ruleLabel(const QString& code) {
  if (code == QLatin1String("CASH_CNY")) return tr("Cash, CNY 50,000");
  if (code == QLatin1String("CASH_USD")) return tr("Cash, USD 10,000");
  if (code == QLatin1String("NON_NATURAL_CNY")) return tr("Institution transfer, CNY 2,000,000");
  if (code == QLatin1String("NON_NATURAL_USD")) return tr("Institution transfer, USD 200,000");
  if (code == QLatin1String("NATURAL_DOMESTIC_CNY")) return tr("Individual domestic transfer, CNY 500,000");
  if (code == QLatin1String("NATURAL_DOMESTIC_USD")) return tr("Individual domestic transfer, USD 100,000");
  if (code == QLatin1String("NATURAL_CROSS_BORDER_CNY")) return tr("Cross-border, natural person, CNY 200,000");
  if (code == QLatin1String("NATURAL_CROSS_BORDER_USD")) return tr("Cross-border, natural person, USD 10,000");
  return code;  // a rule the firm added: its code
}

QString AmlPage::statusLabel(const QString& status) {
  if (status == QLatin1String("OPEN")) return tr("Open");
  if (status == QLatin1String("FILED")) return tr("Filed");
  if (status == QLatin1String("DISMISSED")) return tr("Dismissed");
  return status;
}

AmlPage::AmlPage(CrmApi& api, QWidget* parent) : QWidget(parent), m_api(api) {
  setObjectName(QStringLiteral("amlPage"));
  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(tr("Large-value reports"), this);
  title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
  layout->addWidget(title);
  auto* bar = new QHBoxLayout();
  m_filter = new QComboBox(this);
  m_filter->setObjectName(QStringLiteral("amlFilter"));
  m_filter->addItem(tr("Open"), QStringLiteral("OPEN"));
  m_filter->addItem(tr("Overdue"), QStringLiteral("OVERDUE"));
  m_filter->addItem(tr("Filed"), QStringLiteral("FILED"));
  m_filter->addItem(tr("Dismissed"), QStringLiteral("DISMISSED"));
  m_filter->addItem(tr("All reports"), QString());
  m_refresh = new QPushButton(tr("Refresh"), this);
  m_refresh->setObjectName(QStringLiteral("amlRefresh"));
  m_more = new QPushButton(tr("Load more"), this);
  m_more->setObjectName(QStringLiteral("amlMore"));
  m_more->setEnabled(false);
  m_info = new QLabel(this);
  m_info->setObjectName(QStringLiteral("amlInfo"));
  m_info->setStyleSheet(QStringLiteral("color: #4b5563;"));
  bar->addWidget(new QLabel(tr("Show:"), this));
  bar->addWidget(m_filter);
  bar->addWidget(m_refresh);
  bar->addWidget(m_more);
  bar->addStretch();
  bar->addWidget(m_info);
  layout->addLayout(bar);
  auto* hint = new QLabel(tr("Raised when a client's cash or transfers of one day reach a threshold (inflows and "
                             "outflows apart); due within 5 working days. Overdue reports are in red; a due date "
                             "marked * is estimated because no working-day calendar was loaded for its year."),
                          this);
  hint->setWordWrap(true);
  hint->setStyleSheet(QStringLiteral("color: #6b7280;"));
  layout->addWidget(hint);
  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("amlList"));
  m_list->setRootIsDecorated(false);
  m_list->setSelectionMode(QAbstractItemView::SingleSelection);
  m_list->setHeaderLabels({tr("Due"), tr("Status"), tr("Rule"), tr("Client"), tr("Day"), tr("Direction"), tr("Amount"),
                           tr("Flows"), tr("Assigned to")});
  m_list->header()->setStretchLastSection(true);
  m_list->setColumnWidth(0, 95);
  m_list->setColumnWidth(1, 70);
  m_list->setColumnWidth(2, 240);
  m_list->setColumnWidth(3, 80);
  m_list->setColumnWidth(4, 90);
  m_list->setColumnWidth(5, 50);
  m_list->setColumnWidth(6, 135);
  m_list->setColumnWidth(7, 45);
  layout->addWidget(m_list, 1);
  m_detail = new QLabel(this);
  m_detail->setObjectName(QStringLiteral("amlDetail"));
  m_detail->setWordWrap(true);
  m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_detail);
  auto* actions = new QHBoxLayout();
  m_assign = new QPushButton(tr("Assign to me"), this);
  m_assign->setObjectName(QStringLiteral("amlAssign"));
  m_reason = new QLineEdit(this);
  m_reason->setObjectName(QStringLiteral("amlReason"));
  m_reason->setPlaceholderText(tr("Filing reference, or why it is dismissed"));
  m_reason->setMaxLength(500);
  m_file = new QPushButton(tr("Mark filed"), this);
  m_file->setObjectName(QStringLiteral("amlFile"));
  m_dismiss = new QPushButton(tr("Dismiss"), this);
  m_dismiss->setObjectName(QStringLiteral("amlDismiss"));
  actions->addWidget(m_assign);
  actions->addWidget(m_reason, 1);
  actions->addWidget(m_file);
  actions->addWidget(m_dismiss);
  layout->addLayout(actions);
  updateButtons();
  connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reload(); });
  connect(m_refresh, &QPushButton::clicked, this, [this] { reload(); });
  connect(m_more, &QPushButton::clicked, this, [this] { fetch(true); });
  connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { selectionChanged(); });
  connect(m_reason, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  connect(m_assign, &QPushButton::clicked, this, [this] {
    const auto* r = selected();
    if (!r) return;
    m_busy = true;
    updateButtons();
    m_api.assignLargeValueReport(r->id, r->version, this, [this](Result<LargeValueReportInfo> res) {
      m_busy = false;
      if (!res.ok()) {
        m_info->setText(res.error.userMessage());
        loadDetail();  // changed meanwhile: show it as it is now
      } else {
        replaceSelected(res.value);
      }
      updateButtons();
    });
  });
  connect(m_file, &QPushButton::clicked, this, [this] { close(QStringLiteral("FILED")); });
  connect(m_dismiss, &QPushButton::clicked, this, [this] { close(QStringLiteral("DISMISSED")); });
}

void AmlPage::activate() {
  if (m_activated) return;
  m_activated = true;
  reload();
}

void AmlPage::reload() {
  ++m_generation;  // answers to earlier requests are dropped
  m_list->clear();
  m_reports.clear();
  m_next.clear();
  m_detail->clear();
  updateButtons();
  fetch(false);
}

QString AmlPage::statusText() const { return m_info->text(); }
QString AmlPage::detailText() const { return m_detail->text(); }

QStringList AmlPage::rowTexts(const LargeValueReportInfo& r) const {
  return {r.dueDate + (r.dueEstimated ? QStringLiteral(" *") : QString()),
          statusLabel(r.status),
          ruleLabel(r.ruleCode),
          r.customerName,
          r.day,
          r.direction == QLatin1String("IN") ? tr("In") : tr("Out"),
          r.currency + QLatin1Char(' ') + formatYuan(r.totalMinor),
          QString::number(r.flowCount),
          r.assigneeName};
}

void AmlPage::paintRow(QTreeWidgetItem* row, const LargeValueReportInfo& r) const {
  for (int c = 0; c < 9; ++c) {
    row->setText(c, rowTexts(r).at(c));
    row->setForeground(c, r.overdue ? QColor(QStringLiteral("#b91c1c")) : QColor(QStringLiteral("#111827")));
  }
  row->setTextAlignment(6, Qt::AlignRight | Qt::AlignVCenter);
  row->setToolTip(0, r.dueEstimated ? tr("Estimated: no working-day calendar was loaded for this year") : QString());
  row->setToolTip(2, r.ruleDescription);
  row->setToolTip(3, r.customerId);
}

void AmlPage::fetch(bool more) {
  m_info->setText(tr("Loading..."));
  m_more->setEnabled(false);
  const int generation = m_generation;
  const QString filter = m_filter->currentData().toString();
  const bool overdue = filter == QLatin1String("OVERDUE");
  m_api.listLargeValueReports(overdue ? QStringLiteral("OPEN") : filter, overdue, more ? m_next : QString(), this,
                              [this, generation](Result<LargeValueReportPage> r) {
                                if (generation != m_generation) return;
                                if (!r.ok()) {
                                  m_info->setText(r.error.userMessage());
                                  m_more->setEnabled(!m_next.isEmpty());  // the page can be asked for again
                                  return;
                                }
                                int overdueCount = 0;
                                for (const auto& report : r.value.items) {
                                  auto* row = new QTreeWidgetItem(m_list);
                                  paintRow(row, report);
                                  m_reports << report;
                                }
                                for (const auto& report : m_reports) overdueCount += report.overdue ? 1 : 0;
                                m_next = r.value.nextPageToken;
                                m_more->setEnabled(!m_next.isEmpty());
                                QString text = tr("%n report(s)", nullptr, static_cast<int>(m_reports.size()));
                                if (overdueCount > 0)
                                  text += QStringLiteral(", ") + tr("%n overdue", nullptr, overdueCount);
                                m_info->setText(text);
                              });
}

const LargeValueReportInfo* AmlPage::selected() const {
  auto* item = m_list->currentItem();
  if (!item || !item->isSelected()) return nullptr;
  const int i = m_list->indexOfTopLevelItem(item);
  return i >= 0 && i < m_reports.size() ? &m_reports.at(i) : nullptr;
}

void AmlPage::updateButtons() {
  const auto* r = selected();
  const bool open = r && r->status == QLatin1String("OPEN") && !m_busy;
  const bool reason = !m_reason->text().trimmed().isEmpty();
  m_assign->setEnabled(open);
  m_reason->setEnabled(open);
  m_file->setEnabled(open && reason);
  m_dismiss->setEnabled(open && reason);
}

void AmlPage::selectionChanged() {
  m_reason->clear();
  updateButtons();
  loadDetail();
}

void AmlPage::loadDetail() {
  const auto* r = selected();
  if (!r) {
    m_detail->clear();
    return;
  }
  m_detail->setText(tr("Loading..."));
  const qint64 id = r->id;
  const int generation = ++m_detailGeneration;  // only the latest answer counts
  m_api.getLargeValueReport(id, this, [this, id, generation](Result<LargeValueReportInfo> res) {
    const auto* now = selected();
    if (generation != m_detailGeneration || !now || now->id != id) return;
    if (!res.ok()) {
      m_detail->setText(res.error.userMessage());
      return;
    }
    const auto& r = res.value;
    // The row shows what the server has now (another officer, a later flow).
    for (int i = 0; i < m_reports.size(); ++i)
      if (m_reports[i].id == id) {
        m_reports[i] = r;
        paintRow(m_list->topLevelItem(i), r);
      }
    updateButtons();
    QString text = tr("%1: %2 flow(s) on %3 totalling %4 %5. Flows: %6.")
                       .arg(ruleLabel(r.ruleCode))
                       .arg(r.flowCount)
                       .arg(r.day, r.currency, formatYuan(r.totalMinor), r.flowRefs.join(QStringLiteral(", ")));
    if (!r.closeReason.isEmpty()) text += QLatin1Char(' ') + tr("Closed: %1").arg(r.closeReason);
    m_detail->setText(text);
  });
}

void AmlPage::replaceSelected(const LargeValueReportInfo& report) {
  for (int i = 0; i < m_reports.size(); ++i) {
    if (m_reports[i].id != report.id) continue;
    m_reports[i] = report;
    paintRow(m_list->topLevelItem(i), report);
  }
  loadDetail();
}

void AmlPage::close(const QString& status) {
  const auto* r = selected();
  const QString reason = m_reason->text().trimmed();
  if (!r || reason.isEmpty()) return;
  m_busy = true;
  updateButtons();
  m_api.closeLargeValueReport(r->id, r->version, status, reason, this, [this](Result<LargeValueReportInfo> res) {
    m_busy = false;
    if (!res.ok()) {
      m_info->setText(res.error.userMessage());
      loadDetail();  // changed meanwhile: show it as it is now
    } else {
      replaceSelected(res.value);
      m_reason->clear();
      m_info->setText(res.value.status == QLatin1String("FILED") ? tr("Marked filed.") : tr("Dismissed."));
    }
    updateButtons();
  });
}

}  // namespace crm::desktop
