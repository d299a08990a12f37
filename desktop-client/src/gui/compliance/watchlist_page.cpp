#include "gui/compliance/watchlist_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm::desktop {

namespace {
enum Column { kRaised, kStatus, kList, kClient, kMatched, kListed, kCategory, kCountry, kFound, kAssignee, kColumns };
}

QString WatchlistPage::statusLabel(const QString& status) {
  if (status == QLatin1String("OPEN")) return tr("Open");
  if (status == QLatin1String("CONFIRMED")) return tr("Confirmed match");
  if (status == QLatin1String("CLEARED")) return tr("Cleared");
  return status;
}

QString WatchlistPage::listLabel(const QString& kind) {
  if (kind == QLatin1String("PEP")) return tr("PEP");
  if (kind == QLatin1String("SANCTIONS")) return tr("Sanctions");
  return kind;
}

QString WatchlistPage::triggerLabel(const QString& trigger) {
  if (trigger == QLatin1String("CREATE")) return tr("New client");
  if (trigger == QLatin1String("NAME_CHANGE")) return tr("Name changed");
  if (trigger == QLatin1String("LIST_UPDATE")) return tr("List loaded");
  return trigger;
}

WatchlistPage::WatchlistPage(CrmApi& api, QWidget* parent) : QWidget(parent), m_api(api) {
  setObjectName(QStringLiteral("watchlistPage"));
  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(tr("Watch-list hits"), this);
  title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
  layout->addWidget(title);
  auto* bar = new QHBoxLayout();
  m_filter = new QComboBox(this);
  m_filter->setObjectName(QStringLiteral("watchlistFilter"));
  m_filter->addItem(tr("Open"), QStringLiteral("OPEN"));
  m_filter->addItem(tr("Confirmed match"), QStringLiteral("CONFIRMED"));
  m_filter->addItem(tr("Cleared"), QStringLiteral("CLEARED"));
  m_filter->addItem(tr("All cases"), QString());
  m_refresh = new QPushButton(tr("Refresh"), this);
  m_refresh->setObjectName(QStringLiteral("watchlistRefresh"));
  m_more = new QPushButton(tr("Load more"), this);
  m_more->setObjectName(QStringLiteral("watchlistMore"));
  m_more->setEnabled(false);
  m_info = new QLabel(this);
  m_info->setObjectName(QStringLiteral("watchlistInfo"));
  m_info->setStyleSheet(QStringLiteral("color: #4b5563;"));
  bar->addWidget(new QLabel(tr("Show:"), this));
  bar->addWidget(m_filter);
  bar->addWidget(m_refresh);
  bar->addWidget(m_more);
  bar->addStretch();
  bar->addWidget(m_info);
  layout->addLayout(bar);
  m_lists = new QLabel(this);
  m_lists->setObjectName(QStringLiteral("watchlistLists"));
  m_lists->setWordWrap(true);
  layout->addWidget(m_lists);
  auto* hint = new QLabel(tr("Every client is screened when created, when renamed and whenever an admin loads a "
                             "list; names match across full-width and half-width forms, spaces and, where the "
                             "mapping is loaded, traditional and simplified characters. A hit is not a block: "
                             "confirm it or clear it as a false positive, with the reason. The client's manager "
                             "is not told."),
                          this);
  hint->setWordWrap(true);
  hint->setStyleSheet(QStringLiteral("color: #6b7280;"));
  layout->addWidget(hint);
  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("watchlistList"));
  m_list->setRootIsDecorated(false);
  m_list->setSelectionMode(QAbstractItemView::SingleSelection);
  m_list->setHeaderLabels({tr("Raised"), tr("Status"), tr("List"), tr("Client"), tr("Matched name"),
                           tr("Listed person"), tr("Category"), tr("Country"), tr("Found by"), tr("Assigned to")});
  m_list->header()->setStretchLastSection(true);
  m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  layout->addWidget(m_list, 1);
  m_detail = new QLabel(this);
  m_detail->setObjectName(QStringLiteral("watchlistDetail"));
  m_detail->setWordWrap(true);
  m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_detail);
  auto* actions = new QHBoxLayout();
  m_assign = new QPushButton(tr("Assign to me"), this);
  m_assign->setObjectName(QStringLiteral("watchlistAssign"));
  m_reason = new QLineEdit(this);
  m_reason->setObjectName(QStringLiteral("watchlistReason"));
  m_reason->setPlaceholderText(tr("Why: cite the evidence (which document, which date); do not copy ID numbers"));
  m_reason->setMaxLength(500);
  m_confirm = new QPushButton(tr("Confirm match"), this);
  m_confirm->setObjectName(QStringLiteral("watchlistConfirm"));
  m_clear = new QPushButton(tr("Clear as false positive"), this);
  m_clear->setObjectName(QStringLiteral("watchlistClear"));
  actions->addWidget(m_assign);
  actions->addWidget(m_reason, 1);
  actions->addWidget(m_confirm);
  actions->addWidget(m_clear);
  layout->addLayout(actions);
  updateButtons();
  connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reload(); });
  connect(m_refresh, &QPushButton::clicked, this, [this] { reload(); });
  connect(m_more, &QPushButton::clicked, this, [this] { fetch(true); });
  connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
    m_reason->clear();
    updateButtons();
    showDetail();
  });
  connect(m_reason, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  connect(m_assign, &QPushButton::clicked, this, [this] {
    const auto* c = selected();
    if (!c) return;
    m_busy = true;
    updateButtons();
    m_api.assignWatchlistCase(c->id, c->version, this,
                              [this](Result<WatchlistCaseInfo> res) { answered(res, tr("Assigned to you.")); });
  });
  connect(m_confirm, &QPushButton::clicked, this, [this] { close(QStringLiteral("CONFIRMED")); });
  connect(m_clear, &QPushButton::clicked, this, [this] { close(QStringLiteral("CLEARED")); });
}

void WatchlistPage::activate() {
  if (m_activated) return;
  m_activated = true;
  reload();
}

void WatchlistPage::reload() {
  ++m_generation;  // answers to earlier requests are dropped
  m_list->clear();
  m_cases.clear();
  m_next.clear();
  m_detail->clear();
  updateButtons();
  fetch(false);
}

QString WatchlistPage::statusText() const { return m_info->text(); }
QString WatchlistPage::listsText() const { return m_lists->text(); }
QString WatchlistPage::detailText() const { return m_detail->text(); }

void WatchlistPage::paintRow(QTreeWidgetItem* row, const WatchlistCaseInfo& c) const {
  const QStringList texts{QLocale().toString(c.createTime.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")),
                          statusLabel(c.status),
                          listLabel(c.listKind),
                          c.customerName,
                          c.matchedName,
                          c.entryName,
                          c.category,
                          c.country,
                          triggerLabel(c.trigger),
                          c.assigneeName};
  const QColor colour(c.status == QLatin1String("OPEN") ? QStringLiteral("#b45309") : QStringLiteral("#111827"));
  for (int i = 0; i < kColumns; ++i) {
    row->setText(i, texts.at(i));
    row->setForeground(i, i == kStatus ? colour : QColor(QStringLiteral("#111827")));
  }
  row->setToolTip(kClient, c.customerId);
  row->setToolTip(kListed, c.entryRef);
}

void WatchlistPage::showLists(const QList<WatchlistInfo>& lists) {
  if (lists.isEmpty()) {
    m_lists->setStyleSheet(QStringLiteral("color: #b45309; font-weight: 600;"));
    m_lists->setText(
        tr("No PEP or sanctions list is loaded, so clients are not being screened. An admin loads "
           "one with crm-admin aml list load."));
    return;
  }
  QStringList parts;
  for (const auto& l : lists)
    parts << tr("%1 list version %2 (%n entries, loaded %3)", nullptr, l.entries)
                 .arg(listLabel(l.listKind))
                 .arg(l.version)
                 .arg(QLocale().toString(l.loadTime.toLocalTime().date(), QStringLiteral("yyyy-MM-dd")));
  m_lists->setStyleSheet(QStringLiteral("color: #374151;"));
  m_lists->setText(tr("Screened against: %1").arg(parts.join(QStringLiteral("; "))));
}

void WatchlistPage::fetch(bool more) {
  m_info->setText(tr("Loading..."));
  m_more->setEnabled(false);
  const int generation = m_generation;
  m_api.listWatchlistCases(m_filter->currentData().toString(), more ? m_next : QString(), this,
                           [this, generation](Result<WatchlistCasePage> r) {
                             if (generation != m_generation) return;
                             if (!r.ok()) {
                               m_info->setText(r.error.userMessage());
                               m_more->setEnabled(!m_next.isEmpty());
                               return;
                             }
                             for (const auto& c : r.value.items) {
                               paintRow(new QTreeWidgetItem(m_list), c);
                               m_cases << c;
                             }
                             showLists(r.value.lists);
                             m_next = r.value.nextPageToken;
                             m_more->setEnabled(!m_next.isEmpty());
                             m_info->setText(tr("%n case(s)", nullptr, static_cast<int>(m_cases.size())));
                           });
}

const WatchlistCaseInfo* WatchlistPage::selected() const {
  auto* item = m_list->currentItem();
  if (!item || !item->isSelected()) return nullptr;
  const int i = m_list->indexOfTopLevelItem(item);
  return i >= 0 && i < m_cases.size() ? &m_cases.at(i) : nullptr;
}

void WatchlistPage::updateButtons() {
  const auto* c = selected();
  const bool open = c && c->status == QLatin1String("OPEN") && !m_busy;
  const bool reason = !m_reason->text().trimmed().isEmpty();
  m_assign->setEnabled(open);
  m_reason->setEnabled(open);
  m_confirm->setEnabled(open && reason);
  m_clear->setEnabled(open && reason);
}

void WatchlistPage::showDetail() {
  const auto* c = selected();
  if (!c) {
    m_detail->clear();
    return;
  }
  QString text = c->matchedName == c->entryName
                     ? tr("%1 matches %2 (%3) on the %4 list, version %5.")
                           .arg(c->customerName, c->entryName, c->entryRef, listLabel(c->listKind))
                           .arg(c->listVersion)
                     : tr("%1 matches \"%2\", a name of %3 (%4) on the %5 list, version %6.")
                           .arg(c->customerName, c->matchedName, c->entryName, c->entryRef, listLabel(c->listKind))
                           .arg(c->listVersion);
  text += QLatin1Char(' ') + tr("Found: %1.").arg(triggerLabel(c->trigger));
  if (!c->closeReason.isEmpty()) text += QLatin1Char(' ') + tr("%1: %2").arg(statusLabel(c->status), c->closeReason);
  m_detail->setText(text);
}

void WatchlistPage::replaceSelected(const WatchlistCaseInfo& c) {
  for (int i = 0; i < m_cases.size(); ++i) {
    if (m_cases[i].id != c.id) continue;
    m_cases[i] = c;
    paintRow(m_list->topLevelItem(i), c);
  }
  showDetail();
}

void WatchlistPage::answered(const Result<WatchlistCaseInfo>& res, const QString& done) {
  m_busy = false;
  if (!res.ok()) {
    m_info->setText(res.error.userMessage());  // e.g. changed meanwhile: Refresh shows it as it is now
  } else {
    replaceSelected(res.value);
    m_info->setText(done);
  }
  updateButtons();
}

void WatchlistPage::close(const QString& status) {
  const auto* c = selected();
  const QString reason = m_reason->text().trimmed();
  if (!c || reason.isEmpty()) return;
  m_busy = true;
  updateButtons();
  m_api.closeWatchlistCase(c->id, c->version, status, reason, this, [this, status](Result<WatchlistCaseInfo> res) {
    if (res.ok()) m_reason->clear();
    answered(res, status == QLatin1String("CONFIRMED") ? tr("Confirmed as a match.") : tr("Cleared."));
  });
}

}  // namespace crm::desktop
