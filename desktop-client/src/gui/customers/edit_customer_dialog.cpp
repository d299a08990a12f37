#include "gui/customers/edit_customer_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm::desktop {
namespace {
// Shown in clear and edited in place.
bool isPlain(const QString& field) { return field == QLatin1String("name") || field == QLatin1String("occupation"); }
}  // namespace

EditCustomerDialog::EditCustomerDialog(CrmApi& api, const CustomerDetail& current, QWidget* parent)
    : QDialog(parent), m_api(api) {
  setObjectName(QStringLiteral("editCustomerDialog"));
  setWindowTitle(tr("Edit client"));
  setMinimumWidth(520);
  auto* layout = new QVBoxLayout(this);
  m_conflict = new QWidget(this);
  m_conflict->setObjectName(QStringLiteral("conflictPanel"));
  m_conflict->setStyleSheet(QStringLiteral("background: #fef3c7; border-radius: 4px;"));
  auto* conflictRow = new QHBoxLayout(m_conflict);
  auto* conflictText = new QLabel(
      tr("Someone else saved this client after you opened it. Reload the latest version; what you typed stays."),
      m_conflict);
  conflictText->setWordWrap(true);
  auto* reload = new QPushButton(tr("Reload"), m_conflict);
  reload->setObjectName(QStringLiteral("reloadButton"));
  conflictRow->addWidget(conflictText, 1);
  conflictRow->addWidget(reload);
  m_conflict->hide();
  layout->addWidget(m_conflict);
  connect(reload, &QPushButton::clicked, this, &EditCustomerDialog::reloadLatest);

  auto* form = new QFormLayout();
  const QList<QPair<QString, QString>> fields{{QStringLiteral("name"), tr("Name:")},
                                              {QStringLiteral("occupation"), tr("Occupation:")},
                                              {QStringLiteral("phone"), tr("Mobile:")},
                                              {QStringLiteral("email"), tr("E-mail:")},
                                              {QStringLiteral("address"), tr("Address:")}};
  for (const auto& [field, label] : fields) {
    auto* box = new QWidget(this);
    auto* col = new QVBoxLayout(box);
    col->setContentsMargins(0, 0, 0, 0);
    col->setSpacing(2);
    auto* edit = new QLineEdit(box);
    edit->setObjectName(QStringLiteral("edit_%1").arg(field));
    auto* error = new QLabel(box);
    error->setObjectName(QStringLiteral("error_%1").arg(field));
    error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    error->setWordWrap(true);
    error->hide();
    col->addWidget(edit);
    col->addWidget(error);
    form->addRow(label, box);
    m_edits.insert(field, edit);
    m_errors.insert(field, error);
  }
  layout->addLayout(form);
  auto* hint = new QLabel(tr("Masked fields stay as they are unless you type a new value."), this);
  hint->setStyleSheet(QStringLiteral("color: #6b7280;"));
  hint->setWordWrap(true);
  layout->addWidget(hint);
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("editMessage"));
  m_message->setWordWrap(true);
  layout->addWidget(m_message);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_ok = buttons->button(QDialogButtonBox::Ok);
  m_ok->setText(tr("Save"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &EditCustomerDialog::save);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  setBase(current, false);
}

void EditCustomerDialog::setBase(const CustomerDetail& d, bool keepTyped) {
  const CustomerDetail old = m_base;
  m_base = d;
  const QMap<QString, QString> plain{{QStringLiteral("name"), d.summary.name},
                                     {QStringLiteral("occupation"), d.occupation}};
  const QMap<QString, QString> oldPlain{{QStringLiteral("name"), old.summary.name},
                                        {QStringLiteral("occupation"), old.occupation}};
  for (auto it = plain.begin(); it != plain.end(); ++it) {
    QLineEdit* edit = m_edits.value(it.key());
    // A field the user did not touch follows the latest version.
    if (!keepTyped || edit->text() == oldPlain.value(it.key())) edit->setText(it.value());
  }
  auto unchanged = [](const QString& masked) {
    return masked.isEmpty() ? tr("not on record") : tr("unchanged (%1)").arg(masked);
  };
  m_edits.value(QStringLiteral("phone"))->setPlaceholderText(unchanged(d.summary.phoneMasked));
  m_edits.value(QStringLiteral("email"))->setPlaceholderText(unchanged(d.email));
  m_edits.value(QStringLiteral("address"))->setPlaceholderText(unchanged(d.address));
}

void EditCustomerDialog::setField(const QString& field, const QString& value) {
  if (auto* e = m_edits.value(field)) e->setText(value);
}
QString EditCustomerDialog::fieldText(const QString& field) const {
  auto* e = m_edits.value(field);
  return e ? e->text() : QString();
}
QString EditCustomerDialog::fieldError(const QString& field) const {
  auto* l = m_errors.value(field);
  return l && l->isVisibleTo(this) ? l->text() : QString();
}
QString EditCustomerDialog::message() const { return m_message->text(); }
bool EditCustomerDialog::conflictShown() const { return m_conflict->isVisibleTo(this); }

QList<QPair<QString, QString>> EditCustomerDialog::changes() const {
  QList<QPair<QString, QString>> out;
  for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
    const QString text = it.value()->text().trimmed();
    if (isPlain(it.key())) {
      const QString before = it.key() == QLatin1String("name") ? m_base.summary.name : m_base.occupation;
      if (text != before) out.append({it.key(), text});
    } else if (!text.isEmpty()) {
      out.append({it.key(), text});
    }
  }
  return out;
}

void EditCustomerDialog::clearErrors() {
  for (auto* l : m_errors) {
    l->clear();
    l->hide();
  }
  m_message->clear();
  m_message->setStyleSheet(QString());
}

void EditCustomerDialog::save() {
  if (m_busy) return;
  clearErrors();
  const auto fields = changes();
  if (fields.isEmpty()) {
    m_message->setText(tr("Nothing changed."));
    return;
  }
  m_busy = true;
  m_ok->setEnabled(false);
  m_api.updateCustomer(m_base.summary.id, m_base.etag, fields, this, [this](Result<QString> r) {
    m_busy = false;
    m_ok->setEnabled(true);
    if (r.ok()) {
      m_conflict->hide();
      Q_EMIT saved();
      accept();
      return;
    }
    if (r.error.kind() == ApiError::Kind::Conflict) {
      m_conflict->show();
      return;
    }
    bool placed = false;
    for (const auto& f : r.error.fields()) {
      QString key = f.field;
      if (key.startsWith(QLatin1String("customer."))) key = key.mid(9);
      if (auto* l = m_errors.value(key)) {
        l->setText(ApiError::fieldMessage(f));
        l->show();
        placed = true;
      }
    }
    m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_message->setText(placed ? tr("Please correct the fields marked in red. Nothing was saved.")
                              : r.error.userMessage());
  });
}

void EditCustomerDialog::reloadLatest() {
  m_api.getCustomer(m_base.summary.id, this, [this](Result<CustomerDetail> r) {
    if (!r.ok()) {
      m_message->setText(r.error.userMessage());
      return;
    }
    setBase(r.value, true);
    m_conflict->hide();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Reloaded the latest version. Your changes are kept: check them and save again."));
  });
}

}  // namespace crm::desktop
