#include "gui/settings/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace crm::desktop {

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent) : QDialog(parent), m_settings(settings) {
  setObjectName(QStringLiteral("settingsDialog"));
  setWindowTitle(tr("Settings"));
  setMinimumWidth(480);
  m_server = new QLineEdit(settings.serverAddress(), this);
  m_server->setObjectName(QStringLiteral("serverEdit"));
  m_ca = new QLineEdit(settings.caFile(), this);
  m_ca->setObjectName(QStringLiteral("caEdit"));
  m_ca->setPlaceholderText(tr("System trust store"));
  auto* browse = new QPushButton(tr("Browse..."), this);
  auto* caRow = new QHBoxLayout;
  caRow->addWidget(m_ca);
  caRow->addWidget(browse);
  m_language = new QComboBox(this);
  m_language->setObjectName(QStringLiteral("languageCombo"));
  m_language->addItem(tr("System default"), QString());
  m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
  m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
  m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));
  auto* form = new QFormLayout;
  form->addRow(tr("Server address:"), m_server);
  form->addRow(tr("CA certificate:"), caRow);
  form->addRow(tr("Language:"), m_language);
  auto* note = new QLabel(tr("A new language applies at once, from the sign-in window on."), this);
  note->setWordWrap(true);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(note);
  layout->addWidget(buttons);
  connect(browse, &QPushButton::clicked, this, [this] {
    QString path =
        QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ca->text(), tr("Certificates (*.crt *.pem)"));
    if (!path.isEmpty()) m_ca->setText(path);
  });
  connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::accept() {
  m_settings.setServerAddress(m_server->text().trimmed());
  m_settings.setCaFile(m_ca->text().trimmed());
  m_settings.setLanguage(m_language->currentData().toString());
  QDialog::accept();
}

}  // namespace crm::desktop
