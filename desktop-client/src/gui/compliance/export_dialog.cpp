#include "gui/compliance/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace crm::desktop {

ExportDialog::ExportDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("exportDialog"));
  setWindowTitle(tr("Export audit events"));
  setMinimumWidth(520);
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("The events matching the current filter are exported. The export and its reason "
                              "are recorded in the audit trail."),
                           this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* form = new QFormLayout();
  m_reason = new QLineEdit(this);
  m_reason->setObjectName(QStringLiteral("exportReason"));
  m_reason->setPlaceholderText(tr("e.g. regulator request 2026-17"));
  form->addRow(tr("Reason:"), m_reason);
  m_format = new QComboBox(this);
  m_format->setObjectName(QStringLiteral("exportFormat"));
  m_format->addItem(tr("CSV (spreadsheets)"), QStringLiteral("CSV"));
  m_format->addItem(tr("JSON Lines"), QStringLiteral("JSON_LINES"));
  form->addRow(tr("Format:"), m_format);
  auto* pathRow = new QHBoxLayout();
  m_path = new QLineEdit(this);
  m_path->setObjectName(QStringLiteral("exportPath"));
  auto* browse = new QPushButton(tr("Browse..."), this);
  pathRow->addWidget(m_path, 1);
  pathRow->addWidget(browse);
  form->addRow(tr("Save to:"), pathRow);
  layout->addLayout(form);
  m_hint = new QLabel(this);
  m_hint->setStyleSheet(QStringLiteral("color: #6b7280;"));
  layout->addWidget(m_hint);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_ok = buttons->button(QDialogButtonBox::Ok);
  m_ok->setText(tr("Export"));
  m_ok->setObjectName(QStringLiteral("exportOk"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons);

  const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  m_path->setText(QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(QStringLiteral("audit-export.csv")));
  connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
    // Keep the extension in step with the format.
    QFileInfo info(m_path->text());
    const QString ext = format() == QLatin1String("CSV") ? QStringLiteral("csv") : QStringLiteral("jsonl");
    m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + ext));
  });
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the export as"), m_path->text());
    if (!path.isEmpty()) m_path->setText(path);
  });
  connect(m_reason, &QLineEdit::textChanged, this, &ExportDialog::updateState);
  connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  updateState();
}

QString ExportDialog::reason() const { return m_reason->text().trimmed(); }
QString ExportDialog::format() const { return m_format->currentData().toString(); }
QString ExportDialog::filePath() const { return m_path->text().trimmed(); }
void ExportDialog::setFilePath(const QString& path) { m_path->setText(path); }

void ExportDialog::updateState() {
  const bool hasReason = !reason().isEmpty();
  const bool hasPath = !filePath().isEmpty();
  m_ok->setEnabled(hasReason && hasPath);
  m_hint->setText(!hasReason ? tr("A reason is required.")
                  : !hasPath ? tr("Choose where to save the file.")
                             : QString());
}

}  // namespace crm::desktop
