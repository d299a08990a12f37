#include "gui/customers/customer_detail_dialog.h"

#include "api/display_formats.h"

#include "api/money.h"
#include "gui/customers/client_access_dialogs.h"
#include "gui/customers/client_record_dialogs.h"
#include "gui/customers/edit_customer_dialog.h"
#include "gui/customers/holdings_tab.h"
#include "gui/customers/interactions_tab.h"

#include "gui/customers/customer_list_model.h"
#include "gui/suitability/suitability_tab.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm::desktop {

CustomerDetailDialog::CustomerDetailDialog(CrmApi& api, const QString& customerId, bool canSell, QWidget* parent)
    : QDialog(parent), m_api(api), m_id(customerId) {
  setObjectName(QStringLiteral("customerDetailDialog"));
  setWindowTitle(tr("Client"));
  resize(640, 560);
  m_title = new QLabel(this);
  QFont f = m_title->font();
  f.setPointSizeF(f.pointSizeF() * 1.6);
  f.setBold(true);
  m_title->setFont(f);
  m_badges = new QLabel(this);
  m_badges->setObjectName(QStringLiteral("clientBadges"));
  m_badges->setStyleSheet(QStringLiteral("color: #374151;"));
  m_busy = new QProgressBar(this);
  m_busy->setRange(0, 0);
  m_busy->setMaximumHeight(4);
  m_busy->setTextVisible(false);
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("detailMessage"));
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_message->hide();

  auto* profile = new QWidget(this);
  auto* form = new QFormLayout(profile);
  auto addRow = [&](const QString& key, const QString& label, bool revealable) {
    auto* value = new QLabel(profile);
    value->setObjectName(QStringLiteral("value_") + key);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(key, value);
    if (!revealable) {
      form->addRow(label, value);
      return;
    }
    auto* row = new QHBoxLayout;
    row->addWidget(value, 1);
    auto* button = new QPushButton(tr("Reveal"), profile);
    button->setObjectName(QStringLiteral("reveal_") + key);
    connect(button, &QPushButton::clicked, this, [this, key] { askReveal(key); });
    row->addWidget(button);
    form->addRow(label, row);
  };
  addRow(QStringLiteral("KIND"), tr("Type:"), false);
  addRow(QStringLiteral("GENDER"), tr("Gender:"), false);
  addRow(QStringLiteral("BIRTH"), tr("Birth date:"), false);
  addRow(QStringLiteral("ID_NUMBER"), tr("ID number:"), true);
  addRow(QStringLiteral("PHONE"), tr("Mobile:"), true);
  addRow(QStringLiteral("EMAIL"), tr("E-mail:"), true);
  addRow(QStringLiteral("ADDRESS"), tr("Address:"), true);
  addRow(QStringLiteral("OCCUPATION"), tr("Occupation:"), false);
  addRow(QStringLiteral("EMPLOYER"), tr("Employer:"), false);
  addRow(QStringLiteral("SOURCE"), tr("Source:"), false);
  addRow(QStringLiteral("OWNER"), tr("Account manager:"), false);
  {
    auto* value = new QLabel(profile);
    value->setObjectName(QStringLiteral("value_TAGS"));
    value->setWordWrap(true);
    m_values.insert(QStringLiteral("TAGS"), value);
    auto* row = new QHBoxLayout;
    row->addWidget(value, 1);
    m_editTags = new QPushButton(tr("Edit tags..."), profile);
    m_editTags->setObjectName(QStringLiteral("editTagsButton"));
    m_editTags->hide();
    connect(m_editTags, &QPushButton::clicked, this,
            [this] { openForm(new TagsDialog(m_api, m_id, m_detail.manualTags, m_detail.ruleTags, this)); });
    row->addWidget(m_editTags);
    form->addRow(tr("Tags:"), row);
  }

  // Reveal asks why, inline; the reason is recorded with the value's release.
  m_revealPanel = new QWidget(profile);
  auto* rp = new QHBoxLayout(m_revealPanel);
  rp->setContentsMargins(0, 6, 0, 0);
  m_revealPrompt = new QLabel(m_revealPanel);
  m_reason = new QLineEdit(m_revealPanel);
  m_reason->setObjectName(QStringLiteral("revealReason"));
  m_reason->setPlaceholderText(tr("Why do you need to see it? (recorded)"));
  m_revealConfirm = new QPushButton(tr("Show"), m_revealPanel);
  m_revealConfirm->setObjectName(QStringLiteral("revealConfirm"));
  rp->addWidget(m_revealPrompt);
  rp->addWidget(m_reason, 1);
  rp->addWidget(m_revealConfirm);
  m_revealPanel->hide();
  form->addRow(m_revealPanel);
  connect(m_revealConfirm, &QPushButton::clicked, this, &CustomerDetailDialog::reveal);
  connect(m_reason, &QLineEdit::returnPressed, this, &CustomerDetailDialog::reveal);

  m_accounts = new QListWidget(this);
  m_accounts->setObjectName(QStringLiteral("accountsList"));
  m_consents = new QListWidget(this);
  m_consents->setObjectName(QStringLiteral("consentsList"));
  m_relations = new QListWidget(this);
  m_relations->setObjectName(QStringLiteral("relationsList"));
  // A list with the actions that add to it underneath.
  auto withButtons = [this](QListWidget* list, const QList<QPushButton*>& buttons) {
    auto* page = new QWidget(this);
    auto* col = new QVBoxLayout(page);
    col->addWidget(list, 1);
    auto* row = new QHBoxLayout;
    for (auto* b : buttons) {
      b->setParent(page);
      b->hide();
      row->addWidget(b);
    }
    row->addStretch();
    col->addLayout(row);
    return page;
  };
  auto button = [this](const QString& name, const QString& text, auto open) {
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    connect(b, &QPushButton::clicked, this, open);
    return b;
  };
  auto* addAccount = button(QStringLiteral("addAccountButton"), tr("Add account..."),
                            [this] { openForm(new AddAccountDialog(m_api, m_id, this)); });
  auto* addRelation = button(QStringLiteral("addRelationButton"), tr("Add..."),
                             [this] { openForm(new AddRelationDialog(m_api, m_id, this)); });
  auto* addConsent = button(QStringLiteral("recordConsentButton"), tr("Record consent..."),
                            [this] { openForm(new ConsentDialog(m_api, m_id, nullptr, this)); });
  m_withdrawConsent = button(QStringLiteral("withdrawConsentButton"), tr("Withdraw..."), [this] {
    const int row = m_consents->currentRow();
    if (row < 0 || row >= m_detail.consentRecords.size()) return;
    openForm(new ConsentDialog(m_api, m_id, &m_detail.consentRecords[row], this));
  });
  m_recordButtons = {addAccount, addRelation, addConsent};
  connect(m_consents, &QListWidget::currentRowChanged, this, [this](int row) {
    m_withdrawConsent->setEnabled(row >= 0 && row < m_detail.consentRecords.size() &&
                                  m_detail.consentRecords[row].granted);
  });
  auto* tabs = new QTabWidget(this);
  tabs->addTab(profile, tr("Profile"));
  tabs->addTab(withButtons(m_accounts, {addAccount}), tr("Accounts"));
  m_holdingsTab = new HoldingsTab(this);
  tabs->addTab(m_holdingsTab, tr("Holdings and AUM"));
  tabs->addTab(withButtons(m_relations, {addRelation}), tr("Household"));
  tabs->addTab(withButtons(m_consents, {addConsent, m_withdrawConsent}), tr("Consents"));
  m_interactions = new InteractionsTab(api, customerId, canSell, this);
  tabs->addTab(m_interactions, tr("Interactions"));
  m_suitability = new SuitabilityTab(api, customerId, canSell, this);
  // The header's risk level and status follow a new assessment or sale at once.
  connect(m_suitability, &SuitabilityTab::clientChanged, this, [this] { load(); });
  tabs->addTab(m_suitability, tr("Suitability"));
  m_tierHistory = new QTreeWidget(this);
  m_tierHistory->setObjectName(QStringLiteral("tierHistory"));
  m_tierHistory->setHeaderLabels({tr("When"), tr("Tier"), tr("Policy"), tr("What decided it")});
  m_tierHistory->setRootIsDecorated(false);
  m_tierHistory->setWordWrap(true);
  tabs->addTab(m_tierHistory, tr("Tier history"));
  // The 360 view opens with one GetCustomer; these tabs read their own data
  // when first shown. After a change load() reads interactions and tier
  // history again once they have been shown; the suitability tab reloads
  // itself after its own changes.
  connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
    QWidget* shown = tabs->currentWidget();
    if (shown == m_interactions && !m_interactionsShown) {
      m_interactionsShown = true;
      m_interactions->load();
    } else if (shown == m_suitability && !m_suitabilityShown) {
      m_suitabilityShown = true;
      m_suitability->reload();
    } else if (shown == m_tierHistory && !m_tierHistoryShown) {
      m_tierHistoryShown = true;
      loadTierHistory();
    }
  });

  auto* layout = new QVBoxLayout(this);
  auto* header = new QHBoxLayout();
  header->addWidget(m_title, 1);
  m_edit = new QPushButton(tr("Edit..."), this);
  m_edit->setObjectName(QStringLiteral("editCustomerButton"));
  m_edit->setVisible(canSell);
  m_edit->setEnabled(false);
  header->addWidget(m_edit);
  connect(m_edit, &QPushButton::clicked, this, [this] { openEdit(); });
  m_delegate = new QPushButton(tr("Stand-in..."), this);
  m_delegate->setObjectName(QStringLiteral("delegateButton"));
  m_delegate->setToolTip(tr("Let another account manager serve this client for a while"));
  m_delegate->hide();
  header->addWidget(m_delegate);
  connect(m_delegate, &QPushButton::clicked, this, [this] { openForm(new DelegationDialog(m_api, m_detail, this)); });
  m_archive = new QPushButton(this);
  m_archive->setObjectName(QStringLiteral("archiveButton"));
  m_archive->hide();
  header->addWidget(m_archive);
  connect(m_archive, &QPushButton::clicked, this, [this] {
    openForm(new ArchiveDialog(m_api, m_id, m_detail.summary.name, !m_detail.summary.archived, this));
  });
  layout->addLayout(header);
  layout->addWidget(m_badges);
  layout->addWidget(m_busy);
  layout->addWidget(m_message);
  layout->addWidget(tabs, 1);
  load();
}

namespace {
QString MetricName(const QString& key) {
  if (key == QLatin1String("aum")) return CustomerDetailDialog::tr("AUM");
  if (key == QLatin1String("avg_aum_3m")) return CustomerDetailDialog::tr("average AUM (3 months)");
  if (key == QLatin1String("commission_12m")) return CustomerDetailDialog::tr("commission (12 months)");
  if (key == QLatin1String("trades_90d")) return CustomerDetailDialog::tr("trades (90 days)");
  if (key == QLatin1String("days_since_last_trade")) return CustomerDetailDialog::tr("days since the last trade");
  if (key == QLatin1String("net_cash_flow_3m")) return CustomerDetailDialog::tr("net cash flow (3 months)");
  if (key == QLatin1String("days_since_last_interaction"))
    return CustomerDetailDialog::tr("days since the last contact");
  return key;
}
}  // namespace

void CustomerDetailDialog::loadTierHistory() {
  m_api.getTierHistory(m_id, this, [this](Result<QList<TierChangeInfo>> r) {
    m_tierHistory->clear();
    m_tierHistoryLoaded = true;
    if (!r.ok()) {
      new QTreeWidgetItem(m_tierHistory, {QString(), r.error.userMessage()});
      return;
    }
    for (const auto& c : r.value) {
      QStringList why;
      for (const auto& [key, value] : c.metrics)
        why << QStringLiteral("%1 %2").arg(MetricName(key), value.isEmpty() ? tr("never") : value);
      auto* item = new QTreeWidgetItem(
          m_tierHistory,
          {formatMinute(c.changeTime),
           QStringLiteral("%1 → %2").arg(c.fromTier.isEmpty() ? QStringLiteral("-") : c.fromTier, c.toTier),
           tr("%1 v%2%3").arg(c.policyCode).arg(c.policyVersion).arg(c.byRun ? tr(" (recompute)") : tr(" (new data)")),
           why.join(QStringLiteral("; "))});
      item->setToolTip(3, why.join(QLatin1Char('\n')));
    }
    for (int i = 0; i < 3; ++i) m_tierHistory->resizeColumnToContents(i);
  });
}

void CustomerDetailDialog::load() {
  if (m_tierHistoryShown) loadTierHistory();
  if (m_interactionsShown) m_interactions->load();
  m_busy->show();
  m_api.getCustomer(m_id, this, [this](Result<CustomerDetail> r) {
    m_busy->hide();
    if (!r.ok()) {
      m_message->setText(r.error.userMessage());
      m_message->show();
      return;
    }
    display(r.value);
  });
}

void CustomerDetailDialog::openForm(FormDialog* dialog) {
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &FormDialog::saved, this, [this] { load(); });
  dialog->open();
}

EditCustomerDialog* CustomerDetailDialog::openEdit() {
  if (!m_loaded) return nullptr;
  auto* dialog = new EditCustomerDialog(m_api, m_detail, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &EditCustomerDialog::saved, this, [this] { load(); });
  dialog->open();
  return dialog;
}

void CustomerDetailDialog::display(const CustomerDetail& d) {
  m_detail = d;
  Q_EMIT customerLoaded(d.summary);
  m_edit->setVisible(d.canEdit);
  m_edit->setEnabled(d.canEdit);
  setWindowTitle(d.summary.name);
  m_title->setText(d.summary.name);
  m_suitability->setCustomerName(d.summary.name);
  m_interactions->setClientName(d.summary.name);
  // Risk level with its expiry (regulatory.md section 1): an expired one is shown as such.
  QString risk = d.summary.riskLevel.isEmpty() ? QStringLiteral("-") : d.summary.riskLevel;
  if (d.riskExpireTime.isValid()) {
    const QString until = formatDay(d.riskExpireTime.toLocalTime().date());
    risk = d.riskExpireTime <= QDateTime::currentDateTimeUtc() ? tr("%1 (expired %2)").arg(risk, until)
                                                               : tr("%1 (until %2)").arg(risk, until);
  }
  m_badges->setText(tr("Tier %1 · Risk %2 · AUM %3 · %4")
                        .arg(d.summary.tier.isEmpty() ? QStringLiteral("-") : d.summary.tier, risk,
                             d.hasAum ? formatYuanWithUnit(d.aumMinor) : QStringLiteral("-"),
                             CustomerListModel::statusLabel(d.summary.status)) +
                    (d.summary.archived ? tr(" · Archived") : QString()));
  m_holdingsTab->show(d);
  m_values[QStringLiteral("KIND")]->setText(d.kind == QLatin1String("INSTITUTION") ? tr("Institution")
                                                                                   : tr("Individual"));
  m_values[QStringLiteral("GENDER")]->setText(d.gender == QLatin1String("M")   ? tr("Male")
                                              : d.gender == QLatin1String("F") ? tr("Female")
                                                                               : QString());
  m_values[QStringLiteral("BIRTH")]->setText(d.birthDate);
  m_values[QStringLiteral("ID_NUMBER")]->setText(d.summary.idNumberMasked);
  m_values[QStringLiteral("PHONE")]->setText(d.summary.phoneMasked);
  m_values[QStringLiteral("EMAIL")]->setText(d.email);
  m_values[QStringLiteral("ADDRESS")]->setText(d.address);
  m_values[QStringLiteral("OCCUPATION")]->setText(d.occupation);
  m_values[QStringLiteral("EMPLOYER")]->setText(d.employer);
  m_values[QStringLiteral("SOURCE")]->setText(d.source);
  m_values[QStringLiteral("OWNER")]->setText(d.ownerName);
  QStringList tags = d.manualTags;
  for (const auto& t : d.ruleTags) tags << tr("%1 (rule)").arg(t);
  m_values[QStringLiteral("TAGS")]->setText(tags.join(QStringLiteral(", ")));
  // Nothing recorded: say so, and nothing to reveal.
  for (auto it = m_values.begin(); it != m_values.end(); ++it) {
    const bool empty = it.value()->text().isEmpty();
    if (empty) it.value()->setText(tr("(not recorded)"));
    it.value()->setStyleSheet(empty ? QStringLiteral("color: #6b7280;") : QString());
    // Offered only to whom the server would show it (the owning manager,
    // compliance): a lead is not asked for a reason and then refused.
    if (auto* button = findChild<QPushButton*>(QStringLiteral("reveal_") + it.key())) {
      button->setVisible(d.canReveal);
      button->setEnabled(!empty);
    }
  }
  // An empty list says so instead of leaving a blank pane.
  auto fill = [](QListWidget* list, const QStringList& items, const QString& none) {
    list->clear();
    list->addItems(items);
    if (items.isEmpty()) {
      auto* item = new QListWidgetItem(none, list);
      item->setFlags(Qt::NoItemFlags);
      item->setForeground(QColor(0x6b, 0x72, 0x80));
    }
  };
  // What the user may change (the server's policy decides; it checks again).
  m_editTags->setVisible(d.canEdit);
  for (auto* b : m_recordButtons) b->setVisible(d.canEdit);
  m_withdrawConsent->setVisible(d.canEdit);
  m_withdrawConsent->setEnabled(false);
  // A stand-in is named by the client's own manager, or by a lead.
  m_delegate->setVisible(d.canEdit && (d.canTransfer || d.ownerUserId == m_user.id));
  m_archive->setVisible(d.canEdit);
  m_archive->setText(d.summary.archived ? tr("Restore...") : tr("Archive..."));
  fill(m_accounts, d.accounts, tr("No linked accounts yet."));
  fill(m_consents, d.consents, tr("No consent recorded: the client receives no marketing."));
  fill(m_relations, d.relations, tr("No household members or related parties recorded."));
  m_loaded = true;
}

void CustomerDetailDialog::askReveal(const QString& field) {
  m_pendingField = field;
  m_message->hide();
  m_revealPrompt->setText(tr("Reveal %1:")
                              .arg(field == QLatin1String("ID_NUMBER") ? tr("ID number")
                                   : field == QLatin1String("PHONE")   ? tr("mobile")
                                   : field == QLatin1String("EMAIL")   ? tr("e-mail")
                                                                       : tr("address")));
  m_reason->clear();
  m_revealPanel->show();
  m_reason->setFocus();
}

void CustomerDetailDialog::reveal() {
  const QString reason = m_reason->text().trimmed();
  if (reason.isEmpty()) {
    m_message->setText(tr("Say why you need to see it; the reason is recorded."));
    m_message->show();
    return;
  }
  const QString field = m_pendingField;
  m_revealConfirm->setEnabled(false);
  m_api.revealField(m_id, field, reason, this, [this, field](Result<QString> r) {
    m_revealConfirm->setEnabled(true);
    if (!r.ok()) {
      m_message->setText(r.error.userMessage());
      m_message->show();
      return;
    }
    m_revealPanel->hide();
    m_message->hide();  // an earlier "say why" or refusal no longer applies
    QLabel* label = m_values.value(field);
    const QString masked = label->text();
    label->setText(r.value);
    label->setStyleSheet(QStringLiteral("color: #92400e; font-weight: bold;"));
    // Shown briefly, then masked again.
    QTimer::singleShot(m_revealMs, label, [label, masked] {
      label->setText(masked);
      label->setStyleSheet(QString());
    });
  });
}

}  // namespace crm::desktop
