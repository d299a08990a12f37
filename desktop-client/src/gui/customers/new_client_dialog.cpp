#include "gui/customers/new_client_dialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QUuid>
#include <algorithm>

namespace crm::desktop {

NewClientDialog::NewClientDialog(CrmApi& api, const UserInfo& user, QWidget* parent)
    : FormDialog(QStringLiteral("newClientDialog"), tr("New client"), tr("Create"), parent),
      m_api(api),
      m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
  m_kind = new QComboBox;
  m_kind->addItem(tr("Individual"), QStringLiteral("INDIVIDUAL"));
  m_kind->addItem(tr("Institution"), QStringLiteral("INSTITUTION"));
  addField(QStringLiteral("kind"), tr("Type:"), m_kind);
  addField(QStringLiteral("name"), tr("Name:"), line(QStringLiteral("name")));
  m_gender = new QComboBox;
  m_gender->addItem(tr("Not given"), QString());
  m_gender->addItem(tr("Male"), QStringLiteral("M"));
  m_gender->addItem(tr("Female"), QStringLiteral("F"));
  addField(QStringLiteral("gender"), tr("Gender:"), m_gender);
  addField(QStringLiteral("birth_date"), tr("Birth date:"),
           line(QStringLiteral("birth_date"), tr("YYYY-MM-DD (optional)")));
  m_idType = new QComboBox;
  m_idType->addItem(tr("No ID yet"), QString());
  m_idType->addItem(tr("Resident ID card"), QStringLiteral("PRC_ID_CARD"));
  m_idType->addItem(tr("Passport"), QStringLiteral("PASSPORT"));
  m_idType->addItem(tr("Hong Kong/Macao permit"), QStringLiteral("HK_MACAO_PERMIT"));
  m_idType->addItem(tr("Taiwan permit"), QStringLiteral("TAIWAN_PERMIT"));
  m_idType->addItem(tr("Business licence"), QStringLiteral("BUSINESS_LICENSE"));
  addField(QStringLiteral("id_type"), tr("ID type:"), m_idType);
  addField(QStringLiteral("id_number"), tr("ID number:"), line(QStringLiteral("id_number")));
  addField(QStringLiteral("phone"), tr("Mobile:"), line(QStringLiteral("phone")));
  addField(QStringLiteral("email"), tr("E-mail:"), line(QStringLiteral("email")));
  addField(QStringLiteral("address"), tr("Address:"), line(QStringLiteral("address")));
  addField(QStringLiteral("district"), tr("District:"), line(QStringLiteral("district"), tr("e.g. 浦东新区")));
  addField(QStringLiteral("occupation"), tr("Occupation:"), line(QStringLiteral("occupation")));
  addField(QStringLiteral("employer"), tr("Employer:"), line(QStringLiteral("employer")));
  // Where the client came from: the usual answers offered, anything typed kept.
  m_source = new QComboBox;
  m_source->setEditable(true);
  m_source->addItems(
      {QString(), tr("Branch walk-in"), tr("Referral"), tr("Event"), tr("Online sign-up"), tr("Bank partner")});
  addField(QStringLiteral("source"), tr("Source:"), m_source);
  // A lead or branch manager creates for one of their account managers.
  if (user.role == QLatin1String("TEAM_LEAD") || user.role == QLatin1String("BRANCH_MANAGER")) {
    m_owner = new QComboBox;
    m_owner->setObjectName(QStringLiteral("field_owner"));
    m_owner->addItem(tr("Choose an account manager"), QString());
    addField(QStringLiteral("owner"), tr("Account manager:"), m_owner, {QStringLiteral("owner_user_id")});
    const QString team = user.role == QLatin1String("TEAM_LEAD") ? user.teamId : QString();
    const QString branch = user.role == QLatin1String("BRANCH_MANAGER") ? user.branchId : QString();
    m_api.listUsers(team, branch, this, [this](Result<QList<UserInfo>> r) {
      if (!r.ok()) {
        setMessage(r.error.userMessage(), true);
        return;
      }
      auto users = r.value;
      std::sort(users.begin(), users.end(), [](const UserInfo& a, const UserInfo& b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
      });
      for (const auto& u : users)
        if (u.role == QLatin1String("ACCOUNT_MANAGER"))
          m_owner->addItem(u.displayName.isEmpty() ? u.username : u.displayName, u.id);
    });
  }
  addNote(
      tr("The client starts as a prospect. The ID number, mobile, e-mail and address are stored encrypted and "
         "shown masked."));
}

QLineEdit* NewClientDialog::line(const QString& key, const QString& placeholder) {
  auto* e = new QLineEdit;
  e->setPlaceholderText(placeholder);
  m_lines.insert(key, e);
  return e;
}

void NewClientDialog::submit() {
  auto text = [this](const char* key) { return m_lines.value(QLatin1String(key))->text().trimmed(); };
  // What can be told here without the server: a date that is not one, no
  // account manager chosen.
  clearErrors();
  const QString birth = text("birth_date");
  const QDate birthDate = QDate::fromString(birth, Qt::ISODate);
  bool ok = true;
  if (!birth.isEmpty() && !birthDate.isValid()) {
    fail(QStringLiteral("birth_date"), ApiError::fieldProblem({QStringLiteral("birth_date"), QString()}));
    ok = false;
  }
  if (m_owner && m_owner->currentData().toString().isEmpty()) {
    fail(QStringLiteral("owner"), tr("Choose the account manager who will serve this client."));
    ok = false;
  }
  if (!ok || !begin()) return;
  NewCustomerInput in;
  in.kind = m_kind->currentData().toString();
  in.name = text("name");
  in.gender = m_gender->currentData().toString();
  in.birthDate = birthDate;
  in.idType = m_idType->currentData().toString();
  in.idNumber = text("id_number");
  in.phone = text("phone");
  in.email = text("email");
  in.address = text("address");
  in.district = text("district");
  in.occupation = text("occupation");
  in.employer = text("employer");
  in.source = m_source->currentText().trimmed();
  if (m_owner) in.ownerUserId = m_owner->currentData().toString();
  m_api.createCustomer(m_requestId, in, this, [this](Result<CustomerSummary> r) {
    if (r.ok()) m_created = r.value;
    finish(r.error);
  });
}

}  // namespace crm::desktop
