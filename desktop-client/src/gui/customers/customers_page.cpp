#include "gui/customers/customers_page.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QSignalBlocker>
#include <algorithm>

#include "gui/customers/client_access_dialogs.h"
#include "gui/customers/customer_detail_dialog.h"
#include "gui/customers/new_client_dialog.h"
#include "gui/customers/customer_list_model.h"

namespace crm::desktop {

CustomersPage::CustomersPage(CrmApi& api, const UserInfo& user, bool canSell, QWidget* parent)
    : QWidget(parent), m_api(api), m_user(user), m_canSell(canSell) {
  setObjectName(QStringLiteral("customersPage"));
  m_model = new CustomerListModel(api, this);
  m_search = new QLineEdit(this);
  m_search->setObjectName(QStringLiteral("customerSearch"));
  m_search->setPlaceholderText(
      tr("Search by name or its pinyin (wangwei, ww), the last 4 digits of a mobile, or a complete ID number or mobile "
         "number"));
  m_search->setClearButtonEnabled(true);
  m_busy = new QProgressBar(this);
  m_busy->setRange(0, 0);
  m_busy->setMaximumHeight(4);
  m_busy->setTextVisible(false);
  m_busy->hide();
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("customersMessage"));
  m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_message->hide();
  m_retry = new QPushButton(tr("Retry"), this);
  m_retry->setObjectName(QStringLiteral("customersRetry"));
  m_retry->hide();
  connect(m_retry, &QPushButton::clicked, this, &CustomersPage::refresh);
  m_autoRetry = new QTimer(this);
  m_autoRetry->setSingleShot(true);
  connect(m_autoRetry, &QTimer::timeout, this, &CustomersPage::refresh);
  auto* f5 = new QShortcut(QKeySequence::Refresh, this);
  f5->setContext(Qt::WidgetWithChildrenShortcut);
  connect(f5, &QShortcut::activated, this, &CustomersPage::refresh);
  m_table = new QTableView(this);
  m_table->setObjectName(QStringLiteral("customerTable"));
  m_table->setModel(m_model);
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->setAlternatingRowColors(true);
  m_table->verticalHeader()->hide();
  m_table->horizontalHeader()->setStretchLastSection(true);
  m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
  m_table->setShowGrid(false);
  m_table->verticalHeader()->setDefaultSectionSize(26);
  m_table->setColumnWidth(CustomerListModel::Name, 110);
  m_table->setColumnWidth(CustomerListModel::Status, 80);
  m_table->setColumnWidth(CustomerListModel::Tier, 50);
  m_table->setColumnWidth(CustomerListModel::RiskLevel, 120);
  m_table->setColumnWidth(CustomerListModel::Aum, 130);
  m_table->setColumnWidth(CustomerListModel::LastContact, 100);
  m_table->setColumnWidth(CustomerListModel::Owner, 120);
  m_table->setColumnWidth(CustomerListModel::Phone, 120);
  m_table->setColumnWidth(CustomerListModel::IdNumber, 170);
  // Click a header to sort (name, status, tier, risk level; the server sorts).
  auto* header = m_table->horizontalHeader();
  header->setSortIndicator(CustomerListModel::Name, Qt::AscendingOrder);
  m_table->setSortingEnabled(true);
  connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder order) {
    if (CustomerListModel::isSortable(column)) {
      m_sortColumn = column;
      m_sortOrder = order;
      return;
    }
    // Encrypted columns cannot be sorted: put the indicator back.
    QSignalBlocker block(header);
    header->setSortIndicator(m_sortColumn, m_sortOrder);
  });

  auto* title = new QLabel(areaTitle(user.role), this);
  title->setObjectName(QStringLiteral("customersTitle"));
  QFont f = title->font();
  f.setPointSizeF(f.pointSizeF() * 1.5);
  f.setBold(true);
  title->setFont(f);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(24, 20, 24, 12);
  auto* titleRow = new QHBoxLayout;
  titleRow->addWidget(title);
  m_count = new QLabel(this);
  m_count->setObjectName(QStringLiteral("customersCount"));
  m_count->setStyleSheet(QStringLiteral("color: #4b5563;"));
  titleRow->addSpacing(12);
  titleRow->addWidget(m_count, 1, Qt::AlignBottom);
  const bool lead = user.role == QLatin1String("TEAM_LEAD") || user.role == QLatin1String("BRANCH_MANAGER");
  // Whoever serves clients may add one (a lead for one of their managers).
  if (canSell) {
    auto* add = new QPushButton(tr("New client..."), this);
    add->setObjectName(QStringLiteral("newClientButton"));
    connect(add, &QPushButton::clicked, this, [this] { openNewClient(); });
    titleRow->addWidget(add);
  }
  // A lead moves clients between account managers (select rows first, or
  // move a whole book).
  if (lead) {
    auto* transfer = new QPushButton(tr("Transfer clients..."), this);
    transfer->setObjectName(QStringLiteral("transferButton"));
    connect(transfer, &QPushButton::clicked, this, [this] { openTransfer(); });
    titleRow->addWidget(transfer);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
  }
  layout->addLayout(titleRow);
  layout->addWidget(m_search);
  // Filters for the paged list (the server applies them within your scope).
  auto* filters = new QHBoxLayout();
  auto combo = [this](const QString& name, const QList<QPair<QString, QString>>& items) {
    auto* c = new QComboBox(this);
    c->setObjectName(name);
    for (const auto& [label, value] : items) c->addItem(label, value);
    return c;
  };
  m_status = combo(QStringLiteral("statusFilter"),
                   {{tr("Any status"), QString()},
                    {CustomerListModel::statusLabel(QStringLiteral("PROSPECT")), QStringLiteral("PROSPECT")},
                    {CustomerListModel::statusLabel(QStringLiteral("ACTIVE")), QStringLiteral("ACTIVE")},
                    {CustomerListModel::statusLabel(QStringLiteral("DORMANT")), QStringLiteral("DORMANT")},
                    {CustomerListModel::statusLabel(QStringLiteral("CLOSED")), QStringLiteral("CLOSED")}});
  m_tier = combo(QStringLiteral("tierFilter"), {{tr("Any tier"), QString()},
                                                {tr("Tier A"), QStringLiteral("A")},
                                                {tr("Tier B"), QStringLiteral("B")},
                                                {tr("Tier C"), QStringLiteral("C")},
                                                {tr("Tier D"), QStringLiteral("D")}});
  QList<QPair<QString, QString>> risks{{tr("Any risk level"), QString()},
                                       {tr("C1 (lowest)"), QStringLiteral("C1_LOWEST")}};
  for (const char* r : {"C1", "C2", "C3", "C4", "C5"}) risks.append({QString::fromLatin1(r), QString::fromLatin1(r)});
  m_risk = combo(QStringLiteral("riskFilter"), risks);
  m_tag = new QLineEdit(this);
  m_tag->setObjectName(QStringLiteral("tagFilter"));
  m_tag->setPlaceholderText(tr("Tag"));
  m_tag->setClearButtonEnabled(true);
  m_tag->setMaximumWidth(160);
  filters->addWidget(new QLabel(tr("Show:"), this));
  filters->addWidget(m_status);
  filters->addWidget(m_tier);
  filters->addWidget(m_risk);
  filters->addWidget(m_tag);
  const QString role = m_user.role;
  if (role == QLatin1String("TEAM_LEAD") || role == QLatin1String("BRANCH_MANAGER") ||
      role == QLatin1String("COMPLIANCE_OFFICER")) {
    m_owner = combo(QStringLiteral("ownerFilter"), {{tr("Any account manager"), QString()}});
    m_owner->setMinimumContentsLength(14);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(m_owner);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
  }
  m_archived = new QCheckBox(tr("Show archived"), this);
  m_archived->setObjectName(QStringLiteral("archivedFilter"));
  connect(m_archived, &QCheckBox::toggled, this, &CustomersPage::applyFilter);
  filters->addWidget(m_archived);
  filters->addStretch();
  layout->addLayout(filters);
  // An account manager's own book has one owner: no column for it.
  m_table->setColumnHidden(CustomerListModel::Owner, m_owner == nullptr);
  for (auto* c : {m_status, m_tier, m_risk})
    connect(c, &QComboBox::currentIndexChanged, this, &CustomersPage::applyFilter);
  connect(m_tag, &QLineEdit::editingFinished, this, &CustomersPage::applyFilter);
  layout->addWidget(m_busy);
  auto* messageRow = new QHBoxLayout;
  messageRow->addWidget(m_message, 1);
  messageRow->addWidget(m_retry);
  layout->addLayout(messageRow);
  layout->addWidget(m_table, 1);

  // Search as you type, 300 ms after the last key.
  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(300);
  connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
  connect(m_debounce, &QTimer::timeout, this, [this] {
    m_message->hide();
    const QString q = m_search->text().trimmed();
    if (!q.isEmpty() && q.toUtf8().size() < 2) return;  // the server needs at least two bytes
    m_model->setSearch(q);
    if (q.isEmpty()) updateCount();  // back to the list
  });
  connect(m_model, &CustomerListModel::loadingChanged, m_busy, &QWidget::setVisible);
  connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) { openCustomer(index.row()); });
  connect(m_model, &CustomerListModel::failed, this, &CustomersPage::showError);
  connect(m_model, &CustomerListModel::loaded, this, &CustomersPage::clearError);
  // A filtered list with nothing in it says so instead of a blank table.
  connect(m_model, &CustomerListModel::loaded, this, [this] {
    if (!m_search->text().trimmed().isEmpty() || m_showingError) return;
    if (m_model->rowCount() > 0) {
      m_message->hide();
      return;
    }
    CustomerFilter unfiltered;
    unfiltered.orderBy = m_model->filter().orderBy;
    m_message->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_message->setText(m_model->filter() == unfiltered
                           ? tr("There are no clients in your book yet.")
                           : tr("No client in your book matches these filters. Clear them to see every client."));
    m_message->show();
  });
  connect(m_model, &CustomerListModel::searchFinished, this, [this](int count, bool partial) {
    ++m_countGeneration;  // a count still on its way is for the list, not this search
    m_count->setText(partial ? tr("Many clients match; %n shown. Type more of the name or its pinyin.", nullptr, count)
                             : tr("%n found", nullptr, count));
    if (count > 0) return;
    m_message->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_message->setText(tr("No client in your book matches \"%1\". Search by part of a name or its pinyin, the last 4 "
                          "digits of a mobile, or a complete ID number or mobile number.")
                           .arg(m_search->text().trimmed()));
    m_message->show();
  });
}

// A failure stays on screen with Retry; while the server cannot be reached
// the page also tries again by itself, backing off up to 30 s.
void CustomersPage::showError(const QString& message, bool retryable) {
  m_showingError = true;
  m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_message->setText(message);
  m_message->show();
  m_retry->show();
  if (retryable) {
    m_autoRetry->start(m_retryDelayMs);
    m_retryDelayMs = qMin(m_retryDelayMs * 2, 30000);
  }
}

// The server answered: an error shown before no longer applies.
void CustomersPage::clearError() {
  m_autoRetry->stop();
  m_retryDelayMs = 2000;
  m_retry->hide();
  if (!m_showingError) return;
  m_showingError = false;
  m_message->hide();
}

void CustomersPage::refresh() {
  m_autoRetry->stop();
  m_retry->hide();
  if (m_showingError) m_message->hide();
  m_showingError = false;
  m_model->refresh();
  if (m_search->text().trimmed().isEmpty()) updateCount();
}

QString CustomersPage::countText() const { return m_count->text(); }

void CustomersPage::updateCount() {
  const int generation = ++m_countGeneration;
  m_api.countCustomers(m_model->filter(), this, [this, generation](Result<qint64> r) {
    if (generation != m_countGeneration) return;  // the filters changed since
    m_count->setText(r.ok() ? tr("%1 clients").arg(QLocale().toString(r.value)) : QString());
  });
}

QString CustomersPage::areaTitle(const QString& role) {
  if (role == QLatin1String("TEAM_LEAD")) return tr("Team clients");
  if (role == QLatin1String("BRANCH_MANAGER")) return tr("Branch clients");
  if (role == QLatin1String("COMPLIANCE_OFFICER")) return tr("All clients");
  return tr("My clients");
}

CustomerDetailDialog* CustomersPage::openCustomer(int row) {
  if (row < 0 || row >= m_model->rowCount()) return nullptr;
  auto* dialog = new CustomerDetailDialog(m_api, m_model->customerAt(row).id, m_canSell, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->setUser(m_user);
  // An edit in the 360 view shows in the list at once.
  connect(dialog, &CustomerDetailDialog::customerLoaded, m_model, &CustomerListModel::updateCustomer);
  dialog->show();
  return dialog;
}

NewClientDialog* CustomersPage::openNewClient() {
  auto* dialog = new NewClientDialog(m_api, m_user, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // The new client shows in the list, and opens for the next steps (accounts,
  // the risk questionnaire).
  connect(dialog, &FormDialog::saved, this, [this, dialog] {
    const CustomerSummary created = dialog->created();
    refresh();
    auto* detail = new CustomerDetailDialog(m_api, created.id, m_canSell, this);
    detail->setAttribute(Qt::WA_DeleteOnClose);
    detail->setUser(m_user);
    connect(detail, &CustomerDetailDialog::customerLoaded, m_model, &CustomerListModel::updateCustomer);
    detail->show();
  });
  dialog->open();
  return dialog;
}

TransferDialog* CustomersPage::openTransfer() {
  QList<CustomerSummary> selected;
  for (const auto& index : m_table->selectionModel()->selectedRows()) selected << m_model->customerAt(index.row());
  auto* dialog = new TransferDialog(m_api, m_user, selected, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  // Closed after some batches moved (a later one failed): show what moved.
  connect(dialog, &QDialog::rejected, this, [this, dialog] {
    if (dialog->transferred() > 0) refresh();
  });
  connect(dialog, &FormDialog::saved, this, [this, dialog] {
    const QString done = tr("%n client(s) transferred.", nullptr, dialog->transferred());
    m_model->refresh();
    updateCount();
    // Said once the list shows the result (the list's own messages come first).
    connect(
        m_model, &CustomerListModel::loaded, this,
        [this, done] {
          m_message->setStyleSheet(QStringLiteral("color: #166534;"));
          m_message->setText(done);
          m_message->show();
        },
        Qt::SingleShotConnection);
  });
  dialog->open();
  return dialog;
}

void CustomersPage::applyFilter() {
  CustomerFilter f;
  f.status = m_status->currentData().toString();
  f.tier = m_tier->currentData().toString();
  f.riskLevel = m_risk->currentData().toString();
  f.tag = m_tag->text().trimmed();
  if (m_owner) f.ownerUserId = m_owner->currentData().toString();
  f.includeArchived = m_archived->isChecked();
  f.orderBy = m_model->filter().orderBy;  // the column the user sorted by
  m_message->hide();
  if (!m_search->text().trimmed().isEmpty()) m_search->clear();  // back to the filtered list
  m_model->setFilter(f);
  updateCount();
}

void CustomersPage::activate() {
  if (m_activated) return;
  m_activated = true;
  m_model->reload();
  updateCount();
  if (m_owner) loadOwners();
}

void CustomersPage::loadOwners() {
  // A team lead picks from the team, a branch manager from the branch,
  // compliance from everyone; only account managers own clients.
  const QString team = m_user.role == QLatin1String("TEAM_LEAD") ? m_user.teamId : QString();
  const QString branch = m_user.role == QLatin1String("BRANCH_MANAGER") ? m_user.branchId : QString();
  m_api.listUsers(team, branch, this, [this](Result<QList<UserInfo>> r) {
    if (!r.ok()) {
      m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
      m_message->setText(r.error.userMessage());
      m_message->show();
      return;
    }
    auto users = r.value;
    std::sort(users.begin(), users.end(),
              [](const UserInfo& a, const UserInfo& b) { return a.displayName.localeAwareCompare(b.displayName) < 0; });
    QSignalBlocker block(m_owner);
    QHash<QString, QString> names;
    for (const auto& u : users)
      if (u.role == QLatin1String("ACCOUNT_MANAGER")) {
        const QString name = u.displayName.isEmpty() ? u.username : u.displayName;
        m_owner->addItem(name, u.id);
        names.insert(u.id, name);
      }
    m_model->setOwnerNames(names);
  });
}

}  // namespace crm::desktop
