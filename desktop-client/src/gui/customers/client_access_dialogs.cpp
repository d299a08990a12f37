#include "gui/customers/client_access_dialogs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <algorithm>

namespace crm::desktop {
namespace {

QString userLabel(const UserInfo& u) { return u.displayName.isEmpty() ? u.username : u.displayName; }

// The account managers among users, by name.
QList<UserInfo> accountManagers(QList<UserInfo> users) {
  users.erase(std::remove_if(users.begin(), users.end(),
                             [](const UserInfo& u) { return u.role != QLatin1String("ACCOUNT_MANAGER"); }),
              users.end());
  std::sort(users.begin(), users.end(),
            [](const UserInfo& a, const UserInfo& b) { return userLabel(a).localeAwareCompare(userLabel(b)) < 0; });
  return users;
}

QLineEdit* reasonEdit(const QString& placeholder) {
  auto* e = new QLineEdit;
  e->setObjectName(QStringLiteral("field_reason"));
  e->setPlaceholderText(placeholder);
  return e;
}

}  // namespace

DelegationDialog::DelegationDialog(CrmApi& api, const CustomerDetail& client, QWidget* parent)
    : FormDialog(QStringLiteral("delegationDialog"), tr("Stand-in for %1").arg(client.summary.name), tr("Delegate"),
                 parent),
      m_api(api),
      m_customerId(client.summary.id) {
  m_delegate = new QComboBox;
  m_delegate->addItem(tr("Choose an account manager"), QString());
  addField(QStringLiteral("delegate"), tr("Stand-in:"), m_delegate, {QStringLiteral("delegate_user_id")});
  m_until = new QDateEdit(QDate::currentDate().addDays(14));
  m_until->setObjectName(QStringLiteral("field_until"));
  m_until->setCalendarPopup(true);
  m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  // Ends at the end of that day; the server allows at most 90 days ahead.
  m_until->setDateRange(QDate::currentDate(), QDate::currentDate().addDays(89));
  addField(QStringLiteral("until"), tr("Until (inclusive):"), m_until, {QStringLiteral("expire_time")});
  m_reason = reasonEdit(tr("e.g. annual leave 1-14 March (recorded)"));
  addField(QStringLiteral("reason"), tr("Reason:"), m_reason);
  addNote(tr("The stand-in may serve this client until the end of that day; then the access ends by itself."));
  const QString owner = client.ownerUserId;
  m_api.listUsers(QString(), client.branchId, this, [this, owner](Result<QList<UserInfo>> r) {
    if (!r.ok()) {
      setMessage(r.error.userMessage(), true);
      return;
    }
    for (const auto& u : accountManagers(r.value))
      if (u.id != owner) m_delegate->addItem(userLabel(u), u.id);
  });
}

void DelegationDialog::submit() {
  clearErrors();
  if (m_delegate->currentData().toString().isEmpty()) {
    fail(QStringLiteral("delegate"), tr("Choose who stands in."));
    return;
  }
  if (!begin()) return;
  const QDateTime until(m_until->date(), QTime(23, 59, 59));
  m_api.createDelegation(m_customerId, m_delegate->currentData().toString(), until, m_reason->text().trimmed(), this,
                         [this](Result<Empty> r) { finish(r.error); });
}

ArchiveDialog::ArchiveDialog(CrmApi& api, const QString& customerId, const QString& name, bool archive, QWidget* parent)
    : FormDialog(QStringLiteral("archiveDialog"), archive ? tr("Archive %1").arg(name) : tr("Restore %1").arg(name),
                 archive ? tr("Archive") : tr("Restore"), parent),
      m_api(api),
      m_customerId(customerId),
      m_archive(archive) {
  m_reason = reasonEdit(archive ? tr("e.g. account closed, duplicate record (recorded)")
                                : tr("e.g. the client came back (recorded)"));
  addField(QStringLiteral("reason"), tr("Reason:"), m_reason);
  addNote(archive ? tr("An archived client leaves the lists but keeps every record; tick \"Show archived\" in the "
                       "client list to find and restore them.")
                  : tr("The client returns to the lists of whoever serves them."));
}

void ArchiveDialog::submit() {
  if (!begin()) return;
  m_api.setArchived(m_customerId, m_archive, m_reason->text().trimmed(), this,
                    [this](Result<Empty> r) { finish(r.error); });
}

TransferDialog::TransferDialog(CrmApi& api, const UserInfo& user, const QList<CustomerSummary>& selected,
                               QWidget* parent)
    : FormDialog(QStringLiteral("transferDialog"), tr("Transfer clients"), tr("Transfer"), parent),
      m_api(api),
      m_selected(selected) {
  m_from = new QComboBox;
  m_from->addItem(tr("Choose an account manager"), QString());
  addField(QStringLiteral("from"), tr("From:"), m_from, {QStringLiteral("from_user_id")});
  auto* which = new QWidget;
  auto* col = new QVBoxLayout(which);
  col->setContentsMargins(0, 0, 0, 0);
  m_onlySelected = new QRadioButton(which);
  m_onlySelected->setObjectName(QStringLiteral("transferSelected"));
  m_all = new QRadioButton(tr("Every client of this account manager"), which);
  m_all->setObjectName(QStringLiteral("transferAll"));
  auto* group = new QButtonGroup(which);
  group->addButton(m_onlySelected);
  group->addButton(m_all);
  col->addWidget(m_onlySelected);
  col->addWidget(m_all);
  addField(QStringLiteral("clients"), tr("Clients:"), which, {QStringLiteral("customer_ids")});
  m_to = new QComboBox;
  m_to->addItem(tr("Choose an account manager"), QString());
  addField(QStringLiteral("to"), tr("To:"), m_to, {QStringLiteral("to_user_id")});
  m_reason = reasonEdit(tr("e.g. 王磊 left the firm (recorded)"));
  addField(QStringLiteral("reason"), tr("Reason:"), m_reason);
  addNote(tr("The clients' history stays with them; the new account manager sees them at once."));
  connect(m_from, &QComboBox::currentIndexChanged, this, &TransferDialog::updateChoices);
  // The selection's owner is the likely "from".
  QString selectedOwner = selected.isEmpty() ? QString() : selected.first().ownerUserId;
  for (const auto& c : selected)
    if (c.ownerUserId != selectedOwner) selectedOwner.clear();
  const QString team = user.role == QLatin1String("TEAM_LEAD") ? user.teamId : QString();
  const QString branch = user.role == QLatin1String("BRANCH_MANAGER") ? user.branchId : QString();
  m_api.listUsers(team, branch, this, [this, selectedOwner](Result<QList<UserInfo>> r) {
    if (!r.ok()) {
      setMessage(r.error.userMessage(), true);
      return;
    }
    for (const auto& u : accountManagers(r.value)) {
      m_from->addItem(userLabel(u), u.id);
      m_to->addItem(userLabel(u), u.id);
    }
    m_from->setCurrentIndex(qMax(0, m_from->findData(selectedOwner)));
  });
  updateChoices();
}

// "The selected clients" is offered when every selected client belongs to
// the manager chosen in From.
void TransferDialog::updateChoices() {
  const QString from = m_from->currentData().toString();
  int ofFrom = 0;
  for (const auto& c : m_selected)
    if (c.ownerUserId == from) ++ofFrom;
  const bool usable = !m_selected.isEmpty() && ofFrom == m_selected.size();
  m_onlySelected->setText(
      m_selected.isEmpty() ? tr("The clients selected in the list (none selected)")
                           : tr("The %n client(s) selected in the list", nullptr, static_cast<int>(m_selected.size())));
  m_onlySelected->setEnabled(usable);
  if (usable)
    m_onlySelected->setChecked(true);
  else
    m_all->setChecked(true);
}

void TransferDialog::submit() {
  clearErrors();
  const QString from = m_from->currentData().toString(), to = m_to->currentData().toString();
  bool ok = true;
  if (from.isEmpty()) {
    fail(QStringLiteral("from"), tr("Choose whose clients move."));
    ok = false;
  }
  if (to.isEmpty()) {
    fail(QStringLiteral("to"), tr("Choose who takes them over."));
    ok = false;
  } else if (to == from) {
    fail(QStringLiteral("to"), tr("Choose a different account manager."));
    ok = false;
  }
  if (!ok || !begin()) return;
  m_transferred = 0;
  // What was checked is what is sent: the choices stay as they are until done.
  setInputsEnabled(false);
  if (m_onlySelected->isChecked()) {
    QStringList ids;
    for (const auto& c : m_selected) ids << c.id;
    transferBatch(from, to, ids, 0);
    return;
  }
  setMessage(tr("Finding the clients..."), false);
  collect(from, to, QString(), {});
}

void TransferDialog::setInputsEnabled(bool enabled) {
  for (QWidget* w : std::initializer_list<QWidget*>{m_from, m_to, m_onlySelected, m_all, m_reason})
    w->setEnabled(enabled);
  if (enabled) updateChoices();
}

void TransferDialog::transferEnded(const ApiError& error) {
  setInputsEnabled(true);
  finish(error);
}

// Every client of the manager (archived ones too), page by page.
void TransferDialog::collect(const QString& from, const QString& to, const QString& pageToken, QStringList ids) {
  CustomerFilter f;
  f.ownerUserId = from;
  f.includeArchived = true;
  m_api.listCustomers(f, pageToken, 500, this, [this, from, to, ids](Result<CustomerPage> r) mutable {
    if (!r.ok()) {
      transferEnded(r.error);
      return;
    }
    for (const auto& c : r.value.customers) ids << c.id;
    if (!r.value.nextPageToken.isEmpty()) {
      collect(from, to, r.value.nextPageToken, ids);
      return;
    }
    if (ids.isEmpty()) {
      transferEnded(ApiError());
      return;
    }
    transferBatch(from, to, ids, 0);
  });
}

void TransferDialog::transferBatch(const QString& from, const QString& to, QStringList ids, int sent) {
  const QStringList batch = ids.mid(sent, 1000);
  setMessage(tr("Transferring %1 of %2 clients...").arg(sent + batch.size()).arg(ids.size()), false);
  m_api.transferCustomers(
      batch, from, to, m_reason->text().trimmed(), this, [this, from, to, ids, sent, batch](Result<int> r) {
        if (!r.ok()) {
          transferEnded(r.error);
          if (sent > 0)
            setMessage(tr("%1 clients were transferred before this problem: %2").arg(sent).arg(message()), true);
          return;
        }
        m_transferred += r.value;
        if (sent + batch.size() < ids.size()) {
          transferBatch(from, to, ids, sent + static_cast<int>(batch.size()));
          return;
        }
        transferEnded(ApiError());
      });
}

}  // namespace crm::desktop
