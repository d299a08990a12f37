#include "gui/common/form_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm::desktop {

FormDialog::FormDialog(const QString& objectName, const QString& title, const QString& okText, QWidget* parent)
    : QDialog(parent) {
  setObjectName(objectName);
  setWindowTitle(title);
  setMinimumWidth(460);
  m_layout = new QVBoxLayout(this);
  m_form = new QFormLayout();
  m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  m_layout->addLayout(m_form);
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("formMessage"));
  m_message->setWordWrap(true);
  m_message->hide();
  m_layout->addWidget(m_message);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_ok = buttons->button(QDialogButtonBox::Ok);
  m_ok->setText(okText);
  m_ok->setObjectName(QStringLiteral("formOk"));
  m_ok->setDefault(true);  // Enter submits, also after an error (never Cancel)
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("formCancel"));
  m_layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::addField(const QString& key, const QString& label, QWidget* field, const QStringList& serverFields) {
  auto* box = new QWidget(this);
  auto* col = new QVBoxLayout(box);
  col->setContentsMargins(0, 0, 0, 0);
  col->setSpacing(2);
  field->setParent(box);
  if (field->objectName().isEmpty()) field->setObjectName(QStringLiteral("field_%1").arg(key));
  auto* error = new QLabel(box);
  error->setObjectName(QStringLiteral("error_%1").arg(key));
  error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
  error->setWordWrap(true);
  error->hide();
  col->addWidget(field);
  col->addWidget(error);
  m_form->addRow(label, box);
  m_errors.insert(key, error);
  m_fields.insert(key, field);
  m_keyOf.insert(key, key);
  for (const auto& name : serverFields) m_keyOf.insert(name, key);
}

namespace {
// Takes Enter from a line edit before the dialog's default button sees it.
class EnterFilter : public QObject {
 public:
  EnterFilter(QObject* parent, std::function<void()> action) : QObject(parent), m_action(std::move(action)) {}
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (event->type() == QEvent::KeyPress) {
      const int key = static_cast<QKeyEvent*>(event)->key();
      if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        m_action();
        return true;
      }
    }
    return QObject::eventFilter(watched, event);
  }

 private:
  std::function<void()> m_action;
};
}  // namespace

void FormDialog::onEnter(QLineEdit* edit, std::function<void()> action) {
  edit->installEventFilter(new EnterFilter(edit, std::move(action)));
}

void FormDialog::addWidget(QWidget* w) { m_form->addRow(w); }

void FormDialog::addNote(const QString& text) {
  auto* note = new QLabel(text, this);
  note->setWordWrap(true);
  note->setStyleSheet(QStringLiteral("color: #6b7280;"));
  m_form->addRow(note);
}

QString FormDialog::fieldError(const QString& key) const {
  auto* l = m_errors.value(key);
  return l && !l->isHidden() ? l->text() : QString();
}

QString FormDialog::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void FormDialog::setMessage(const QString& text, bool error) {
  m_message->setStyleSheet(error ? QStringLiteral("color: #b91c1c;") : QStringLiteral("color: #374151;"));
  m_message->setText(text);
  m_message->setVisible(!text.isEmpty());
}

void FormDialog::clearErrors() {
  for (auto* l : m_errors) {
    l->clear();
    l->hide();
  }
  setMessage(QString(), false);
}

bool FormDialog::begin() {
  if (m_busy) return false;
  clearErrors();
  m_busy = true;
  m_ok->setEnabled(false);
  return true;
}

void FormDialog::fail(const QString& key, const QString& text) {
  if (auto* l = m_errors.value(key)) {
    l->setText(text);
    l->show();
  }
  setMessage(tr("Please correct the fields marked in red. Nothing was saved."), true);
  focusFirstError();
}

// The first field in the form with an error takes the focus, so the person
// can correct it at once (and Enter submits again rather than cancelling).
void FormDialog::focusFirstError() {
  for (int row = 0; row < m_form->rowCount(); ++row) {
    auto* item = m_form->itemAt(row, QFormLayout::FieldRole);
    if (!item || !item->widget()) continue;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
      if (it.value()->parentWidget() != item->widget() || m_errors.value(it.key())->isHidden()) continue;
      it.value()->setFocus(Qt::OtherFocusReason);
      return;
    }
  }
  m_ok->setFocus(Qt::OtherFocusReason);
}

void FormDialog::finish(const ApiError& error) {
  m_busy = false;
  m_ok->setEnabled(true);
  if (!error.isError()) {
    Q_EMIT saved();
    accept();
    return;
  }
  bool placed = false;
  for (const auto& f : error.fields()) {
    QString name = f.field;
    if (name.startsWith(QLatin1String("customer."))) name = name.mid(9);
    const QString key = m_keyOf.value(name);
    auto* l = m_errors.value(key);
    if (!l) continue;
    // The client's own fields have a sentence of their own; any other field
    // shows what is wrong with it.
    QString text = ApiError::fieldProblem(f);
    if (!text.isEmpty()) text[0] = text[0].toUpper();
    l->setText(l->isHidden() ? text : l->text() + QLatin1Char('\n') + text);
    l->show();
    placed = true;
  }
  setMessage(placed ? tr("Please correct the fields marked in red. Nothing was saved.") : error.userMessage(), true);
  focusFirstError();
}

}  // namespace crm::desktop
