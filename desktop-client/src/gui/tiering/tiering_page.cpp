#include "gui/tiering/tiering_page.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "gui/common/chart_axis.h"
#include <algorithm>

#include "gui/tiering/policy_editor_dialog.h"

namespace crm::desktop {

QString TieringPage::statusLabel(const QString& status) {
  if (status == QLatin1String("TIER_POLICY_ACTIVE")) return tr("Active");
  if (status == QLatin1String("TIER_POLICY_DRAFT")) return tr("Draft");
  if (status == QLatin1String("TIER_POLICY_RETIRED")) return tr("Retired");
  return status;
}

TieringPage::TieringPage(CrmApi& api, const QString& userId, QWidget* parent)
    : QWidget(parent), m_api(api), m_userId(userId) {
  setObjectName(QStringLiteral("tieringPage"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(16, 12, 16, 12);
  auto* title = new QLabel(tr("Tiering"), this);
  QFont tf = title->font();
  tf.setPointSizeF(tf.pointSizeF() * 1.4);
  tf.setBold(true);
  title->setFont(tf);
  layout->addWidget(title);
  auto* bar = new QHBoxLayout();
  m_previewButton = new QPushButton(tr("Preview"), this);
  m_previewButton->setObjectName(QStringLiteral("previewButton"));
  m_previewButton->setEnabled(false);
  m_status = new QLabel(this);
  m_status->setStyleSheet(QStringLiteral("color: #4b5563;"));
  m_activateButton = new QPushButton(tr("Activate..."), this);
  m_activateButton->setObjectName(QStringLiteral("activateButton"));
  m_activateButton->setEnabled(false);
  m_editButton = new QPushButton(tr("Edit rules..."), this);
  m_editButton->setObjectName(QStringLiteral("editRulesButton"));
  m_editButton->setEnabled(false);
  m_recomputeButton = new QPushButton(tr("Recompute now..."), this);
  m_recomputeButton->setObjectName(QStringLiteral("recomputeButton"));
  bar->addWidget(m_previewButton);
  bar->addWidget(m_editButton);
  bar->addWidget(m_activateButton);
  bar->addWidget(m_recomputeButton);
  bar->addWidget(m_status, 1);
  layout->addLayout(bar);

  auto* split = new QSplitter(Qt::Vertical, this);
  m_list = new QTreeWidget(split);
  m_list->setObjectName(QStringLiteral("policyList"));
  m_list->setRootIsDecorated(false);
  m_list->setHeaderLabels({tr("Policy"), tr("Version"), tr("Name"), tr("Status"), tr("Tiers")});
  m_list->setColumnWidth(0, 150);
  m_list->setColumnWidth(1, 60);
  m_list->setColumnWidth(2, 260);
  m_list->setColumnWidth(3, 80);
  auto* previewArea = new QWidget(split);
  auto* previewLayout = new QVBoxLayout(previewArea);
  previewLayout->setContentsMargins(0, 0, 0, 0);
  m_summary = new QLabel(previewArea);
  m_summary->setObjectName(QStringLiteral("previewSummary"));
  m_summary->setWordWrap(true);
  previewLayout->addWidget(m_summary);
  auto* row = new QHBoxLayout();
  m_chart = new QChartView(previewArea);
  m_chart->setObjectName(QStringLiteral("previewChart"));
  m_chart->setRenderHint(QPainter::Antialiasing);
  m_chart->setMinimumHeight(230);
  m_matrix = new QTableWidget(previewArea);
  m_matrix->setObjectName(QStringLiteral("transitionMatrix"));
  m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
  row->addWidget(m_chart, 3);
  row->addWidget(m_matrix, 2);
  previewLayout->addLayout(row, 1);
  split->addWidget(m_list);
  split->addWidget(previewArea);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 3);
  layout->addWidget(split, 1);
  m_chart->hide();
  m_matrix->hide();

  connect(m_list, &QTreeWidget::currentItemChanged, this, &TieringPage::updateButtons);
  connect(m_previewButton, &QPushButton::clicked, this, &TieringPage::preview);
  connect(m_editButton, &QPushButton::clicked, this, &TieringPage::editSelected);
  connect(m_activateButton, &QPushButton::clicked, this, [this] {
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item) return;
    const TierPolicyInfo& p = m_policies.at(item->data(0, Qt::UserRole).toInt());
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Activate %1 v%2").arg(p.code).arg(p.version),
        tr("Activating replaces the policy in force and recomputes every client's tier. Why? (recorded)"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty()) activateSelected(reason.trimmed());
  });
  connect(m_recomputeButton, &QPushButton::clicked, this, [this] {
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Recompute tiers"), tr("Recompute every client's tier now. Why? (recorded)"),
                              QLineEdit::Normal, QString(), &ok);
    if (ok && !reason.trimmed().isEmpty()) recompute(reason.trimmed());
  });
}

TieringPage::~TieringPage() {
  if (m_recomputing) m_recomputing->cancel();
}

QString TieringPage::statusText() const { return m_status->text(); }

void TieringPage::updateButtons() {
  const QTreeWidgetItem* item = m_list->currentItem();
  m_previewButton->setEnabled(item != nullptr);
  const TierPolicyInfo* selected = item ? &m_policies.at(item->data(0, Qt::UserRole).toInt()) : nullptr;
  const bool draft = selected && selected->status == QLatin1String("TIER_POLICY_DRAFT");
  // Four eyes: the author or last editor of a draft does not activate it.
  const bool mine =
      selected && !m_userId.isEmpty() && (selected->createdBy == m_userId || selected->updatedBy == m_userId);
  m_activateButton->setEnabled(draft && !mine);
  m_activateButton->setToolTip(draft && mine ? tr("You wrote or last changed this draft: a second person activates it.")
                                             : QString());
  m_editButton->setEnabled(item != nullptr);
  m_editButton->setText(!item || draft ? tr("Edit rules...") : tr("New draft from this..."));
}

void TieringPage::editSelected() {
  const QTreeWidgetItem* item = m_list->currentItem();
  if (!item) return;
  const TierPolicyInfo p = m_policies.at(item->data(0, Qt::UserRole).toInt());
  m_editButton->setEnabled(false);
  m_api.getTierPolicy(p.id, this, [this](Result<TierPolicyInfo> r) {
    updateButtons();
    if (!r.ok()) {
      m_status->setText(r.error.userMessage());
      return;
    }
    auto* dialog = new PolicyEditorDialog(m_api, r.value, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PolicyEditorDialog::saved, this, [this](const TierPolicyInfo& saved) {
      m_status->setText(tr("Saved %1 v%2 as a draft. Preview it; a second person activates it when it is right.")
                            .arg(saved.code)
                            .arg(saved.version));
      m_selectAfterLoad = saved.id;
      reloadPolicies();
      Q_EMIT policySaved(saved);
    });
    m_editor = dialog;
    dialog->open();
  });
}

void TieringPage::activateSelected(const QString& reason) {
  const QTreeWidgetItem* item = m_list->currentItem();
  if (!item) return;
  const TierPolicyInfo p = m_policies.at(item->data(0, Qt::UserRole).toInt());
  m_activateButton->setEnabled(false);
  m_api.activateTierPolicy(p.id, p.etag, reason, this, [this, p](Result<QString> r) {
    if (!r.ok()) {
      m_status->setText(r.error.userMessage());
      updateButtons();
      Q_EMIT activated(false);
      return;
    }
    m_status->setText(
        tr("%1 v%2 is now in force; every client's tier is being recomputed.").arg(p.code).arg(p.version));
    reloadPolicies();
    Q_EMIT activated(true);
  });
}

void TieringPage::recompute(const QString& reason) {
  if (m_recomputing) return;
  m_recomputeButton->setEnabled(false);
  auto* progress = new QProgressDialog(tr("Recomputing tiers..."), tr("Cancel"), 0, 0, this);
  progress->setObjectName(QStringLiteral("recomputeProgress"));
  progress->setWindowTitle(tr("Recompute tiers"));
  progress->setMinimumDuration(300);
  progress->setAutoClose(false);
  progress->setAutoReset(false);
  QPointer<QProgressDialog> guard(progress);
  m_recomputing = m_api.recomputeTiers(
      reason, this,
      [guard](qint64 total, qint64 processed, qint64 changed) {
        if (!guard) return;
        if (total > 0 && total <= INT_MAX) {
          guard->setMaximum(static_cast<int>(total));
          guard->setValue(static_cast<int>(qMin(processed, total)));
        }
        guard->setLabelText(tr("%1 of %2 clients done, %3 changed tier...").arg(processed).arg(total).arg(changed));
      },
      [this, guard](Result<QPair<qint64, qint64>> r) {
        m_recomputing.reset();
        m_recomputeButton->setEnabled(true);
        if (guard) guard->deleteLater();
        if (!r.ok()) {
          m_status->setText(r.error.userMessage());
          Q_EMIT recomputeFinished(false, 0, 0);
          return;
        }
        m_status->setText(tr("Recomputed %1 clients; %2 changed tier.").arg(r.value.first).arg(r.value.second));
        Q_EMIT recomputeFinished(true, r.value.first, r.value.second);
      });
  connect(progress, &QProgressDialog::canceled, this, [this] {
    if (m_recomputing) m_recomputing->cancel();
  });
}

void TieringPage::activate() {
  if (m_loaded) return;
  reloadPolicies();
}

void TieringPage::reloadPolicies() {
  m_status->setText(m_status->text().isEmpty() ? tr("Loading...") : m_status->text());
  m_api.listTierPolicies(this, [this](Result<QList<TierPolicyInfo>> r) {
    if (!r.ok()) {
      m_status->setText(r.error.userMessage());
      return;
    }
    m_policies = r.value;
    m_list->clear();
    for (int i = 0; i < m_policies.size(); ++i) {
      const auto& p = m_policies.at(i);
      auto* item = new QTreeWidgetItem(
          {p.code, QString::number(p.version), p.name, statusLabel(p.status), p.tiers.join(QStringLiteral(" / "))});
      item->setData(0, Qt::UserRole, i);
      if (p.status == QLatin1String("TIER_POLICY_ACTIVE")) {
        QFont f = item->font(0);
        f.setBold(true);
        for (int c = 0; c < 5; ++c) item->setFont(c, f);
      }
      m_list->addTopLevelItem(item);
      if (!m_selectAfterLoad.isEmpty() && p.id == m_selectAfterLoad) m_list->setCurrentItem(item);
    }
    m_selectAfterLoad.clear();
    if (!m_loaded) m_status->setText(tr("Select a policy and preview what it would do now."));
    m_loaded = true;
    updateButtons();
  });
}

void TieringPage::preview() {
  const QTreeWidgetItem* item = m_list->currentItem();
  if (!item) return;
  const TierPolicyInfo policy = m_policies.at(item->data(0, Qt::UserRole).toInt());
  m_previewButton->setEnabled(false);
  m_status->setText(tr("Computing the preview over every client..."));
  m_api.previewTierPolicy(policy.id, this, [this, policy](Result<TierPreviewInfo> r) {
    m_previewButton->setEnabled(true);
    if (!r.ok()) {
      m_status->setText(r.error.userMessage());
      return;
    }
    m_status->clear();
    showPreview(r.value, policy);
  });
}

void TieringPage::showPreview(const TierPreviewInfo& p, const TierPolicyInfo& policy) {
  m_preview = p;
  m_hasPreview = true;
  m_summary->setText(tr("%1 v%2 applied now: %3 of %4 clients would change tier.")
                         .arg(policy.code)
                         .arg(policy.version)
                         .arg(p.changing)
                         .arg(p.clients));
  // The tiers best first (so a move to the right is a downgrade), then
  // anything else seen (e.g. no tier).
  QStringList tiers = policy.ranked;
  auto note = [&](const QString& t) {
    if (!tiers.contains(t)) tiers << t;
  };
  for (const auto& [t, n] : p.before) note(t);
  for (const auto& [t, n] : p.after) note(t);
  auto label = [](const QString& t) { return t.isEmpty() ? tr("(none)") : t; };
  auto countIn = [](const QList<QPair<QString, qint64>>& list, const QString& t) {
    for (const auto& [tier, n] : list)
      if (tier == t) return n;
    return qint64{0};
  };

  auto* before = new QBarSet(tr("Now"));
  auto* after = new QBarSet(tr("With this policy"));
  qint64 top = 0;
  QStringList categories;
  for (const auto& t : tiers) {
    const qint64 b = countIn(p.before, t), a = countIn(p.after, t);
    *before << static_cast<qreal>(b);
    *after << static_cast<qreal>(a);
    top = std::max({top, a, b});
    categories << label(t);
  }
  m_bars = static_cast<int>(tiers.size());
  auto* series = new QBarSeries();
  series->append(before);
  series->append(after);
  auto* chart = new QChart();
  chart->addSeries(series);
  chart->setTitle(tr("Clients per tier"));
  auto* x = new QBarCategoryAxis();
  x->append(categories);
  auto* y = new QValueAxis();
  setNiceRange(y, 0, static_cast<qreal>(std::max<qint64>(top, 1)));
  chart->addAxis(x, Qt::AlignBottom);
  chart->addAxis(y, Qt::AlignLeft);
  series->attachAxis(x);
  series->attachAxis(y);
  chart->legend()->setAlignment(Qt::AlignBottom);
  QChart* old = m_chart->chart();
  m_chart->setChart(chart);
  delete old;
  m_chart->show();

  // Rows: the tier now; columns: the tier with this policy.
  m_matrix->clear();
  m_matrix->setRowCount(static_cast<int>(tiers.size()));
  m_matrix->setColumnCount(static_cast<int>(tiers.size()));
  QStringList headers;
  for (const auto& t : tiers) headers << label(t);
  m_matrix->setHorizontalHeaderLabels(headers);
  m_matrix->setVerticalHeaderLabels(headers);
  for (int r = 0; r < tiers.size(); ++r)
    for (int c = 0; c < tiers.size(); ++c) {
      qint64 n = 0;
      for (const auto& t : p.transitions)
        if (t.fromTier == tiers.at(r) && t.toTier == tiers.at(c)) n += t.count;
      auto* cell = new QTableWidgetItem(n ? QString::number(n) : QStringLiteral("·"));
      cell->setTextAlignment(Qt::AlignCenter);
      if (n && r != c) cell->setBackground(QColor(r < c ? QStringLiteral("#fee2e2") : QStringLiteral("#dcfce7")));
      m_matrix->setItem(r, c, cell);
    }
  m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  m_matrix->setToolTip(
      tr("Rows: the tier now. Columns: the tier with this policy, best first. Red: moved "
         "down (less service); green: moved up."));
  m_matrix->show();
}

}  // namespace crm::desktop
