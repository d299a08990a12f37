#include "gui/compliance/risk_ratings_page.h"

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
enum Column { kReview, kRating, kClient, kReason, kRatedBy, kRatedOn, kColumns };
}

QString RiskRatingsPage::ratingLabel(const QString& rating) {
  if (rating == QLatin1String("LOW")) return tr("Low");
  if (rating == QLatin1String("MEDIUM")) return tr("Medium");
  if (rating == QLatin1String("HIGH")) return tr("High");
  return rating;
}

RiskRatingsPage::RiskRatingsPage(CrmApi& api, QWidget* parent) : QWidget(parent), m_api(api) {
  setObjectName(QStringLiteral("riskRatingsPage"));
  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(tr("AML risk ratings"), this);
  title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
  layout->addWidget(title);
  auto* bar = new QHBoxLayout();
  m_filter = new QComboBox(this);
  m_filter->setObjectName(QStringLiteral("riskFilter"));
  m_filter->addItem(tr("Due for review"), true);
  m_filter->addItem(tr("All rated clients"), false);
  m_refresh = new QPushButton(tr("Refresh"), this);
  m_refresh->setObjectName(QStringLiteral("riskRefresh"));
  m_more = new QPushButton(tr("Load more"), this);
  m_more->setObjectName(QStringLiteral("riskMore"));
  m_more->setEnabled(false);
  m_rateClient = new QPushButton(tr("Rate a client..."), this);
  m_rateClient->setObjectName(QStringLiteral("riskRateClient"));
  m_info = new QLabel(this);
  m_info->setObjectName(QStringLiteral("riskInfo"));
  m_info->setStyleSheet(QStringLiteral("color: #4b5563;"));
  bar->addWidget(new QLabel(tr("Show:"), this));
  bar->addWidget(m_filter);
  bar->addWidget(m_refresh);
  bar->addWidget(m_more);
  bar->addWidget(m_rateClient);
  bar->addStretch();
  bar->addWidget(m_info);
  layout->addLayout(bar);
  auto* hint =
      new QLabel(tr("Each rating is reviewed again by its date (by default every 6 months for high risk, 24 for "
                    "medium, 36 for low; the administrator sets the periods). Overdue reviews are in red. A "
                    "confirmed watch-list match rates the client high. To re-review, select the client, keep "
                    "or change the rating, give the reason and save: the next review date moves on."),
                 this);
  hint->setWordWrap(true);
  hint->setStyleSheet(QStringLiteral("color: #6b7280;"));
  layout->addWidget(hint);
  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("riskList"));
  m_list->setRootIsDecorated(false);
  m_list->setSelectionMode(QAbstractItemView::SingleSelection);
  m_list->setHeaderLabels(
      {tr("Next review"), tr("Rating"), tr("Client"), tr("Reason"), tr("Rated by"), tr("Rated on")});
  m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  m_list->header()->setStretchLastSection(true);
  layout->addWidget(m_list, 1);
  auto* actions = new QHBoxLayout();
  m_rating = new QComboBox(this);
  m_rating->setObjectName(QStringLiteral("riskRating"));
  for (const char* r : {"LOW", "MEDIUM", "HIGH"}) m_rating->addItem(ratingLabel(QLatin1String(r)), QLatin1String(r));
  m_reason = new QLineEdit(this);
  m_reason->setObjectName(QStringLiteral("riskReason"));
  m_reason->setPlaceholderText(tr("Reason for this rating (what the review found)"));
  m_reason->setMaxLength(500);
  m_save = new QPushButton(tr("Save rating"), this);
  m_save->setObjectName(QStringLiteral("riskSave"));
  actions->addWidget(new QLabel(tr("Rating:"), this));
  actions->addWidget(m_rating);
  actions->addWidget(m_reason, 1);
  actions->addWidget(m_save);
  layout->addLayout(actions);
  updateButtons();
  connect(m_filter, &QComboBox::currentIndexChanged, this, [this] { reload(); });
  connect(m_refresh, &QPushButton::clicked, this, [this] { reload(); });
  connect(m_more, &QPushButton::clicked, this, [this] { fetch(true); });
  connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { selectionChanged(); });
  connect(m_reason, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  connect(m_save, &QPushButton::clicked, this, [this] { save(); });
  connect(m_rateClient, &QPushButton::clicked, this, [this] {
    auto* dialog = new RateClientDialog(m_api, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
      m_filter->setCurrentIndex(m_filter->findData(false));  // the new rating is not due yet
      reload();
    });
    dialog->open();
  });
}

RateClientDialog::RateClientDialog(CrmApi& api, QWidget* parent) : QDialog(parent), m_api(api) {
  setObjectName(QStringLiteral("rateClientDialog"));
  setWindowTitle(tr("Rate a client"));
  resize(640, 420);
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout();
  m_search = new QLineEdit(this);
  m_search->setObjectName(QStringLiteral("rateSearch"));
  m_search->setPlaceholderText(tr("Name, ID number or mobile number"));
  m_find = new QPushButton(tr("Find"), this);
  m_find->setObjectName(QStringLiteral("rateFind"));
  // Enter in the search box searches (below); no default button, so Enter
  // in the reason box does not run a search that clears the selection.
  m_find->setAutoDefault(false);
  bar->addWidget(m_search, 1);
  bar->addWidget(m_find);
  layout->addLayout(bar);
  m_results = new QTreeWidget(this);
  m_results->setObjectName(QStringLiteral("rateResults"));
  m_results->setRootIsDecorated(false);
  m_results->setHeaderLabels({tr("Client"), tr("Mobile"), tr("ID number"), tr("District")});
  m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  layout->addWidget(m_results, 1);
  auto* form = new QHBoxLayout();
  m_rating = new QComboBox(this);
  m_rating->setObjectName(QStringLiteral("rateRating"));
  for (const char* r : {"LOW", "MEDIUM", "HIGH"})
    m_rating->addItem(RiskRatingsPage::ratingLabel(QLatin1String(r)), QLatin1String(r));
  m_reason = new QLineEdit(this);
  m_reason->setObjectName(QStringLiteral("rateReason"));
  m_reason->setPlaceholderText(tr("Reason for this rating (what the review found)"));
  m_reason->setMaxLength(500);
  form->addWidget(new QLabel(tr("Rating:"), this));
  form->addWidget(m_rating);
  form->addWidget(m_reason, 1);
  layout->addLayout(form);
  auto* buttons = new QHBoxLayout();
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("rateStatus"));
  m_status->setWordWrap(true);
  m_rate = new QPushButton(tr("Rate"), this);
  m_rate->setObjectName(QStringLiteral("rateSave"));
  m_rate->setAutoDefault(false);
  auto* cancel = new QPushButton(tr("Cancel"), this);
  cancel->setAutoDefault(false);
  buttons->addWidget(m_status, 1);
  buttons->addWidget(m_rate);
  buttons->addWidget(cancel);
  layout->addLayout(buttons);
  updateButtons();
  connect(m_find, &QPushButton::clicked, this, [this] { find(); });
  connect(m_search, &QLineEdit::returnPressed, this, [this] { find(); });
  connect(m_results, &QTreeWidget::itemSelectionChanged, this, [this] { updateButtons(); });
  connect(m_reason, &QLineEdit::textChanged, this, [this] { updateButtons(); });
  connect(m_rate, &QPushButton::clicked, this, [this] { rate(); });
  connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

QString RateClientDialog::statusText() const { return m_status->text(); }

void RateClientDialog::find() {
  const QString query = m_search->text().trimmed();
  if (query.isEmpty()) return;
  const int generation = ++m_generation;
  m_results->clear();
  m_found.clear();
  m_status->setText(tr("Searching..."));
  updateButtons();
  m_api.searchCustomers(query, this, [this, generation](Result<CustomerPage> r) {
    if (generation != m_generation) return;
    if (!r.ok()) {
      m_status->setText(r.error.userMessage());
      return;
    }
    for (const auto& c : r.value.customers) {
      auto* row = new QTreeWidgetItem(m_results, {c.name, c.phoneMasked, c.idNumberMasked, c.district});
      row->setToolTip(0, c.id);
      m_found << c;
    }
    m_status->setText(m_found.isEmpty() ? tr("No client found.")
                                        : tr("%n client(s) found", nullptr, static_cast<int>(m_found.size())));
    updateButtons();
  });
}

void RateClientDialog::updateButtons() {
  const int i = m_results->currentItem() && m_results->currentItem()->isSelected()
                    ? m_results->indexOfTopLevelItem(m_results->currentItem())
                    : -1;
  m_rate->setEnabled(!m_busy && i >= 0 && i < m_found.size() && !m_reason->text().trimmed().isEmpty());
}

void RateClientDialog::rate() {
  const int i = m_results->indexOfTopLevelItem(m_results->currentItem());
  if (i < 0 || i >= m_found.size()) return;
  m_busy = true;
  updateButtons();
  // Version 0: a client not rated yet. One rated already is refused (its
  // rating is in the list, to be re-reviewed there).
  m_api.setAmlRiskRating(m_found.at(i).id, m_rating->currentData().toString(), m_reason->text().trimmed(), 0, this,
                         [this](Result<AmlRiskRatingInfo> res) {
                           m_busy = false;
                           if (!res.ok()) {
                             m_status->setText(res.error.reason() == QLatin1String("ETAG_MISMATCH")
                                                   ? tr("This client is already rated: re-review the rating in "
                                                        "the list.")
                                                   : res.error.userMessage());
                             updateButtons();
                             return;
                           }
                           accept();
                         });
}

void RiskRatingsPage::activate() {
  if (m_activated) return;
  m_activated = true;
  reload();
}

void RiskRatingsPage::reload() {
  ++m_generation;  // answers to earlier requests are dropped
  m_list->clear();
  m_ratings.clear();
  m_next.clear();
  updateButtons();
  fetch(false);
}

QString RiskRatingsPage::statusText() const { return m_info->text(); }

void RiskRatingsPage::paintRow(QTreeWidgetItem* row, const AmlRiskRatingInfo& r) const {
  const QStringList texts{
      r.nextReview,   ratingLabel(r.rating),
      r.customerName, r.reason,
      r.ratedByName,  QLocale().toString(r.ratedTime.toLocalTime().date(), QStringLiteral("yyyy-MM-dd"))};
  for (int i = 0; i < kColumns; ++i) {
    row->setText(i, texts.at(i));
    row->setForeground(i, r.overdue ? QColor(QStringLiteral("#b91c1c")) : QColor(QStringLiteral("#111827")));
  }
  row->setToolTip(kClient, r.customerId);
  row->setToolTip(kReason, r.reason);
}

void RiskRatingsPage::fetch(bool more) {
  m_info->setText(tr("Loading..."));
  m_more->setEnabled(false);
  const int generation = m_generation;
  m_api.listAmlRiskRatings(m_filter->currentData().toBool(), more ? m_next : QString(), this,
                           [this, generation](Result<AmlRiskRatingPage> r) {
                             if (generation != m_generation) return;
                             if (!r.ok()) {
                               m_info->setText(r.error.userMessage());
                               m_more->setEnabled(!m_next.isEmpty());
                               return;
                             }
                             for (const auto& rating : r.value.items) {
                               paintRow(new QTreeWidgetItem(m_list), rating);
                               m_ratings << rating;
                             }
                             m_next = r.value.nextPageToken;
                             m_more->setEnabled(!m_next.isEmpty());
                             int overdue = 0;
                             for (const auto& x : m_ratings) overdue += x.overdue ? 1 : 0;
                             QString text = tr("%n client(s)", nullptr, static_cast<int>(m_ratings.size()));
                             if (overdue > 0) text += QStringLiteral(", ") + tr("%n overdue", nullptr, overdue);
                             m_info->setText(text);
                           });
}

const AmlRiskRatingInfo* RiskRatingsPage::selected() const {
  auto* item = m_list->currentItem();
  if (!item || !item->isSelected()) return nullptr;
  const int i = m_list->indexOfTopLevelItem(item);
  return i >= 0 && i < m_ratings.size() ? &m_ratings.at(i) : nullptr;
}

void RiskRatingsPage::updateButtons() {
  const bool ready = selected() && !m_busy;
  m_rating->setEnabled(ready);
  m_reason->setEnabled(ready);
  m_save->setEnabled(ready && !m_reason->text().trimmed().isEmpty());
}

void RiskRatingsPage::selectionChanged() {
  if (const auto* r = selected()) m_rating->setCurrentIndex(m_rating->findData(r->rating));
  m_reason->clear();
  updateButtons();
}

void RiskRatingsPage::save() {
  const auto* r = selected();
  const QString reason = m_reason->text().trimmed();
  if (!r || reason.isEmpty()) return;
  m_busy = true;
  updateButtons();
  const QString customerId = r->customerId;
  m_api.setAmlRiskRating(customerId, m_rating->currentData().toString(), reason, r->version, this,
                         [this, customerId](Result<AmlRiskRatingInfo> res) {
                           m_busy = false;
                           if (!res.ok()) {
                             m_info->setText(res.error.userMessage());  // Refresh shows the rating as it is now
                           } else {
                             for (int i = 0; i < m_ratings.size(); ++i)
                               if (m_ratings[i].customerId == customerId) {
                                 m_ratings[i] = res.value;
                                 paintRow(m_list->topLevelItem(i), res.value);
                               }
                             m_reason->clear();
                             m_info->setText(tr("Saved: next review %1.").arg(res.value.nextReview));
                           }
                           updateButtons();
                         });
}

}  // namespace crm::desktop
