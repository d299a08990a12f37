#include "gui/customers/client_record_dialogs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

#include "api/customer_words.h"

namespace crm::desktop {

AddAccountDialog::AddAccountDialog(CrmApi& api, const QString& customerId, QWidget* parent)
    : FormDialog(QStringLiteral("addAccountDialog"), tr("Add account"), tr("Add"), parent),
      m_api(api),
      m_customerId(customerId) {
  m_kind = new QComboBox;
  for (const char* k : {"SECURITIES", "MARGIN", "FUTURES", "FUND", "BANK"})
    m_kind->addItem(accountKindText(QLatin1String(k)), QLatin1String(k));
  addField(QStringLiteral("kind"), tr("Type:"), m_kind);
  m_number = new QLineEdit;
  m_number->setPlaceholderText(tr("6 to 20 digits"));
  addField(QStringLiteral("number"), tr("Account number:"), m_number);
  m_openDate = new QDateEdit(QDate::currentDate());
  m_openDate->setCalendarPopup(true);
  m_openDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  m_openDate->setDateRange(QDate(1990, 1, 1), QDate::currentDate());
  addField(QStringLiteral("open_date"), tr("Opened on:"), m_openDate);
  addNote(tr("The number is stored encrypted and shown masked (first 6 and last 4 digits)."));
}

void AddAccountDialog::submit() {
  if (!begin()) return;
  m_api.addAccount(m_customerId, m_kind->currentData().toString(), m_number->text().trimmed(), m_openDate->date(), this,
                   [this](Result<Empty> r) { finish(r.error); });
}

AddRelationDialog::AddRelationDialog(CrmApi& api, const QString& customerId, QWidget* parent)
    : FormDialog(QStringLiteral("addRelationDialog"), tr("Add household member or related party"), tr("Add"), parent),
      m_api(api),
      m_customerId(customerId) {
  m_debounce = new QTimer(this);
  m_debounce->setSingleShot(true);
  m_debounce->setInterval(300);
  m_relation = new QComboBox;
  for (const char* r : {"SPOUSE", "CHILD", "PARENT", "SIBLING", "CONTROLLER", "BENEFICIAL_OWNER", "OTHER_RELATION"})
    m_relation->addItem(relationText(QLatin1String(r)), QLatin1String(r));
  addField(QStringLiteral("relation"), tr("Relation:"), m_relation);

  auto* who = new QWidget;
  auto* whoRow = new QHBoxLayout(who);
  whoRow->setContentsMargins(0, 0, 0, 0);
  m_isClient = new QRadioButton(tr("A client"), who);
  m_isClient->setObjectName(QStringLiteral("relatedIsClient"));
  m_isPerson = new QRadioButton(tr("A person who is not a client"), who);
  m_isPerson->setObjectName(QStringLiteral("relatedIsPerson"));
  m_isClient->setChecked(true);
  auto* group = new QButtonGroup(who);
  group->addButton(m_isClient);
  group->addButton(m_isPerson);
  whoRow->addWidget(m_isClient);
  whoRow->addWidget(m_isPerson);
  whoRow->addStretch();
  addField(QStringLiteral("who"), tr("Who:"), who);

  auto* clientBox = new QWidget;
  auto* clientCol = new QVBoxLayout(clientBox);
  clientCol->setContentsMargins(0, 0, 0, 0);
  m_search = new QLineEdit(clientBox);
  m_search->setObjectName(QStringLiteral("relatedSearch"));
  m_search->setPlaceholderText(tr("Search by name or its pinyin, or an exact ID number or mobile number"));
  m_found = new QComboBox(clientBox);
  m_found->setObjectName(QStringLiteral("relatedFound"));
  m_found->addItem(tr("Type to search your clients"), QString());
  // Enter searches at once; it never submits a match left from an earlier search.
  onEnter(m_search, [this] {
    m_debounce->stop();
    search();
  });
  clientCol->addWidget(m_search);
  clientCol->addWidget(m_found);
  addField(QStringLiteral("client"), tr("Client:"), clientBox, {QStringLiteral("related_customer_id")});
  m_name = new QLineEdit;
  m_name->setEnabled(false);
  addField(QStringLiteral("name"), tr("Name:"), m_name, {QStringLiteral("related_name")});
  connect(m_isClient, &QRadioButton::toggled, this, [this](bool client) {
    m_search->setEnabled(client);
    m_found->setEnabled(client);
    m_name->setEnabled(!client);
  });

  connect(m_search, &QLineEdit::textChanged, this, [this] {
    // What was found for the earlier text no longer applies.
    m_found->clear();
    m_found->addItem(tr("Type to search your clients"), QString());
    m_debounce->start();
  });
  connect(m_debounce, &QTimer::timeout, this, &AddRelationDialog::search);
}

void AddRelationDialog::search() {
  const QString q = m_search->text().trimmed();
  if (q.toUtf8().size() < 2) return;
  m_api.searchCustomers(q, this, [this, q](Result<CustomerPage> r) {
    if (q != m_search->text().trimmed()) return;  // typed on since
    m_found->clear();
    if (!r.ok()) {
      m_found->addItem(r.error.userMessage(), QString());
      return;
    }
    // The person chooses: nothing is picked for them.
    m_found->addItem(tr("Choose the client"), QString());
    int shown = 0;
    for (const auto& c : r.value.customers) {
      if (c.id == m_customerId) continue;
      m_found->addItem(QStringLiteral("%1  %2  %3").arg(c.name, c.phoneMasked, c.district).trimmed(), c.id);
      ++shown;
    }
    if (shown == 0) m_found->setItemText(0, tr("No client in your book matches"));
  });
}

void AddRelationDialog::submit() {
  const bool client = m_isClient->isChecked();
  clearErrors();
  if (client && m_found->currentData().toString().isEmpty()) {
    fail(QStringLiteral("client"), tr("Search for the client and choose them from the list."));
    return;
  }
  if (!begin()) return;
  m_api.addRelation(m_customerId, m_relation->currentData().toString(),
                    client ? m_found->currentData().toString() : QString(),
                    client ? QString() : m_name->text().trimmed(), this, [this](Result<Empty> r) { finish(r.error); });
}

ConsentDialog::ConsentDialog(CrmApi& api, const QString& customerId, const ConsentInfo* preset, QWidget* parent)
    : FormDialog(QStringLiteral("consentDialog"), preset ? tr("Withdraw consent") : tr("Record consent"), tr("Record"),
                 parent),
      m_api(api),
      m_customerId(customerId) {
  m_purpose = new QComboBox;
  m_purpose->addItem(consentPurposeText(QStringLiteral("MARKETING")), QStringLiteral("MARKETING"));
  m_purpose->addItem(consentPurposeText(QStringLiteral("DATA_SHARING")), QStringLiteral("DATA_SHARING"));
  addField(QStringLiteral("purpose"), tr("Purpose:"), m_purpose);
  m_channel = new QComboBox;
  addField(QStringLiteral("channel"), tr("Channel:"), m_channel);
  auto* decision = new QWidget;
  auto* row = new QHBoxLayout(decision);
  row->setContentsMargins(0, 0, 0, 0);
  m_grants = new QRadioButton(tr("The client agrees"), decision);
  m_grants->setObjectName(QStringLiteral("consentGrants"));
  m_withdraws = new QRadioButton(tr("The client withdraws"), decision);
  m_withdraws->setObjectName(QStringLiteral("consentWithdraws"));
  auto* group = new QButtonGroup(decision);
  group->addButton(m_grants);
  group->addButton(m_withdraws);
  row->addWidget(m_grants);
  row->addWidget(m_withdraws);
  row->addStretch();
  addField(QStringLiteral("granted"), tr("Decision:"), decision);
  m_method = new QComboBox;
  m_method->setEditable(true);
  m_method->addItems({QString(), tr("signed form"), tr("recorded phone call"), tr("online confirmation"),
                      tr("in person at the branch")});
  addField(QStringLiteral("method"), tr("How the client said so:"), m_method);
  addNote(tr("Marketing consent is given per channel; a withdrawal stops marketing on that channel at once."));
  connect(m_purpose, &QComboBox::currentIndexChanged, this, &ConsentDialog::fillChannels);
  fillChannels();
  m_grants->setChecked(true);
  if (preset) {
    m_purpose->setCurrentIndex(m_purpose->findData(preset->purpose));
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(preset->channel)));
    m_withdraws->setChecked(true);
  }
}

void ConsentDialog::fillChannels() {
  m_channel->clear();
  if (m_purpose->currentData().toString() == QLatin1String("DATA_SHARING")) {
    m_channel->addItem(consentChannelText(QStringLiteral("CONSENT_ALL")), QStringLiteral("CONSENT_ALL"));
    return;
  }
  for (const char* c : {"CONSENT_SMS", "CONSENT_EMAIL", "CONSENT_PHONE", "CONSENT_WECHAT"})
    m_channel->addItem(consentChannelText(QLatin1String(c)), QLatin1String(c));
}

void ConsentDialog::submit() {
  if (!begin()) return;
  ConsentInfo c;
  c.purpose = m_purpose->currentData().toString();
  c.channel = m_channel->currentData().toString();
  c.granted = m_grants->isChecked();
  c.method = m_method->currentText().trimmed();
  m_api.updateConsent(m_customerId, c, this, [this](Result<ConsentInfo> r) { finish(r.error); });
}

TagsDialog::TagsDialog(CrmApi& api, const QString& customerId, const QStringList& manualTags,
                       const QStringList& ruleTags, QWidget* parent)
    : FormDialog(QStringLiteral("tagsDialog"), tr("Tags"), tr("Save"), parent),
      m_api(api),
      m_customerId(customerId),
      m_before(manualTags) {
  auto* box = new QWidget;
  auto* col = new QVBoxLayout(box);
  col->setContentsMargins(0, 0, 0, 0);
  m_tags = new QListWidget(box);
  m_tags->setObjectName(QStringLiteral("tagList"));
  m_tags->addItems(manualTags);
  m_tags->setMaximumHeight(140);
  auto* remove = new QPushButton(tr("Remove selected"), box);
  remove->setObjectName(QStringLiteral("removeTag"));
  remove->setEnabled(false);
  connect(m_tags, &QListWidget::currentRowChanged, remove, [remove](int row) { remove->setEnabled(row >= 0); });
  connect(remove, &QPushButton::clicked, this, [this] { delete m_tags->takeItem(m_tags->currentRow()); });
  col->addWidget(m_tags);
  col->addWidget(remove, 0, Qt::AlignLeft);
  addField(QStringLiteral("remove"), tr("Tags:"), box);
  auto* addBox = new QWidget;
  auto* addRow = new QHBoxLayout(addBox);
  addRow->setContentsMargins(0, 0, 0, 0);
  m_new = new QLineEdit(addBox);
  m_new->setObjectName(QStringLiteral("newTag"));
  m_new->setPlaceholderText(tr("A new tag, e.g. 高净值 or 退休规划"));
  auto* add = new QPushButton(tr("Add"), addBox);
  add->setObjectName(QStringLiteral("addTag"));
  addRow->addWidget(m_new, 1);
  addRow->addWidget(add);
  connect(add, &QPushButton::clicked, this, &TagsDialog::addTyped);
  onEnter(m_new, [this] { addTyped(); });  // Enter adds the tag; the dialog stays open
  addField(QStringLiteral("add"), tr("New tag:"), addBox);
  addNote(ruleTags.isEmpty()
              ? tr("The tier rules keep no tags on this client.")
              : tr("Kept by the tier rules (not edited here): %1").arg(ruleTags.join(QStringLiteral(", "))));
}

void TagsDialog::addTyped() {
  const QString tag = m_new->text().trimmed();
  if (tag.isEmpty()) return;
  if (m_tags->findItems(tag, Qt::MatchExactly).isEmpty()) m_tags->addItem(tag);
  m_new->clear();
}

void TagsDialog::submit() {
  addTyped();  // a tag typed but not yet added counts
  QStringList now;
  for (int i = 0; i < m_tags->count(); ++i) now << m_tags->item(i)->text();
  QStringList add, remove;
  for (const auto& t : now)
    if (!m_before.contains(t)) add << t;
  for (const auto& t : m_before)
    if (!now.contains(t)) remove << t;
  if (add.isEmpty() && remove.isEmpty()) {
    reject();  // nothing changed: nothing to save
    return;
  }
  if (!begin()) return;
  m_api.updateTags(m_customerId, add, remove, this, [this](Result<QStringList> r) { finish(r.error); });
}

}  // namespace crm::desktop
