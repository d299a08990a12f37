#include "gui/customers/send_message_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QUuid>
#include <QVBoxLayout>

namespace crm::desktop {
namespace {

QString consentLabel(const QString& consentChannel) {
  if (consentChannel == QLatin1String("SMS")) return SendMessageDialog::tr("SMS");
  if (consentChannel == QLatin1String("EMAIL")) return SendMessageDialog::tr("E-mail");
  if (consentChannel == QLatin1String("WECHAT")) return SendMessageDialog::tr("WeChat");
  return consentChannel;
}

QString masked(const QString& name) { return name.isEmpty() ? QString() : name.left(1) + QLatin1Char('*'); }

}  // namespace

QString SendMessageDialog::purposeLabel(const QString& purpose) {
  if (purpose == QLatin1String("MARKETING")) return tr("Marketing (needs the client's consent on the channel)");
  if (purpose == QLatin1String("SERVICE")) return tr("Service notice");
  return purpose;
}

SendMessageDialog::SendMessageDialog(CrmApi& api, const QString& customerId, const QString& clientName, QWidget* parent)
    : QDialog(parent), m_api(api), m_customerId(customerId), m_clientName(clientName) {
  setObjectName(QStringLiteral("sendMessageDialog"));
  setWindowTitle(tr("Send a message to %1").arg(clientName.isEmpty() ? tr("the client") : clientName));
  setMinimumWidth(520);
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout();
  m_channel = new QComboBox(this);
  m_channel->setObjectName(QStringLiteral("messageChannel"));
  form->addRow(tr("Channel:"), m_channel);
  m_language = new QComboBox(this);
  m_language->setObjectName(QStringLiteral("messageLanguage"));
  m_language->addItem(tr("Chinese"), QStringLiteral("zh_CN"));
  m_language->addItem(tr("English"), QStringLiteral("en"));
  form->addRow(tr("Language:"), m_language);
  m_template = new QComboBox(this);
  m_template->setObjectName(QStringLiteral("messageTemplate"));
  form->addRow(tr("Template:"), m_template);
  m_text = new QPlainTextEdit(this);
  m_text->setObjectName(QStringLiteral("messageText"));
  m_text->setPlaceholderText(tr("What the message says (fills {{text}} in the template)"));
  m_text->setMinimumHeight(80);
  form->addRow(tr("Text:"), m_text);
  m_preview = new QTextBrowser(this);
  m_preview->setObjectName(QStringLiteral("messagePreview"));
  m_preview->setMaximumHeight(90);
  form->addRow(tr("The client reads:"), m_preview);
  m_size = new QLabel(this);
  m_size->setObjectName(QStringLiteral("messageSize"));
  form->addRow(QString(), m_size);
  layout->addLayout(form);
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("sendMessageMessage"));
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
  layout->addWidget(m_message);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_send = buttons->button(QDialogButtonBox::Ok);
  m_send->setObjectName(QStringLiteral("sendMessageOk"));
  m_send->setText(tr("Send"));
  m_send->setEnabled(false);
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &SendMessageDialog::submit);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_language, &QComboBox::currentIndexChanged, this, [this] { fillTemplates(); });
  connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });
  connect(m_template, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });
  connect(m_text, &QPlainTextEdit::textChanged, this, [this] { updatePreview(); });

  m_message->setText(tr("Loading the channels..."));
  m_api.listMessageChannels(this, [this](Result<MessageChannels> r) {
    if (!r.ok()) {
      m_message->setText(r.error.userMessage());
      return;
    }
    m_catalog = r.value;
    m_loaded = true;
    m_message->clear();
    for (const auto& c : m_catalog.channels)
      m_channel->addItem(QStringLiteral("%1 (%2)").arg(consentLabel(c.consentChannel), c.name), c.name);
    if (m_catalog.channels.isEmpty())
      m_message->setText(tr("No channel reaches clients yet. An administrator configures them (admin guide)."));
    fillTemplates();
  });
}

void SendMessageDialog::fillTemplates() {
  const QString language = m_language->currentData().toString();
  const QString before = m_template->currentData().toString();
  m_template->blockSignals(true);
  m_template->clear();
  for (const auto& t : m_catalog.templates) {
    // Staff alerts are not sent to clients.
    if (t.language != language || t.code.startsWith(QLatin1String("staff.")) ||
        t.code.startsWith(QLatin1String("tier.")))
      continue;
    m_template->addItem(t.purpose == QLatin1String("MARKETING") ? tr("%1 (marketing: needs consent)").arg(t.subject)
                                                                : tr("%1 (service)").arg(t.subject),
                        t.code);
  }
  // Keep the choice across a language change; first time, the service
  // notice (marketing needs consent and is the rarer, deliberate choice).
  const int keep = m_template->findData(before.isEmpty() ? QStringLiteral("service.notice") : before);
  if (keep >= 0) m_template->setCurrentIndex(keep);
  m_template->blockSignals(false);
  updatePreview();
}

const MessageTemplateInfo* SendMessageDialog::currentTemplate() const {
  const QString code = m_template->currentData().toString();
  const QString language = m_language->currentData().toString();
  for (const auto& t : m_catalog.templates)
    if (t.code == code && t.language == language) return &t;
  return nullptr;
}

void SendMessageDialog::updatePreview() {
  const MessageTemplateInfo* t = currentTemplate();
  int maxBytes = 0;
  for (const auto& c : m_catalog.channels)
    if (c.name == m_channel->currentData().toString()) maxBytes = c.maxBytes;
  if (!t) {
    m_preview->clear();
    m_size->clear();
    m_send->setEnabled(false);
    return;
  }
  QString text = t->body;
  text.replace(QStringLiteral("{{client_name}}"), t->personalData ? m_clientName : masked(m_clientName));
  text.replace(QStringLiteral("{{text}}"), m_text->toPlainText().trimmed());
  m_preview->setPlainText(text);
  const int bytes = static_cast<int>(text.toUtf8().size());
  const bool fits = maxBytes == 0 || bytes <= maxBytes;
  m_size->setText(tr("%1 of %2 bytes the channel takes").arg(bytes).arg(maxBytes));
  m_size->setStyleSheet(fits ? QStringLiteral("color: #4b5563;") : QStringLiteral("color: #b91c1c;"));
  m_send->setEnabled(!m_busy && m_loaded && fits && !m_text->toPlainText().trimmed().isEmpty() &&
                     m_channel->count() > 0);
}

QString SendMessageDialog::message() const { return m_message->text(); }
QString SendMessageDialog::preview() const { return m_preview->toPlainText(); }

void SendMessageDialog::submit() {
  if (!m_send->isEnabled()) return;
  m_busy = true;  // one request at a time: edits while it runs do not re-enable Send
  m_send->setEnabled(false);
  m_message->clear();
  const QString channel = m_channel->currentData().toString();
  const QString code = m_template->currentData().toString();
  const QString language = m_language->currentData().toString();
  const QString text = m_text->toPlainText().trimmed();
  // A retry of the same message keeps its request id: the server queues it once.
  const QString content = channel + QLatin1Char('\n') + code + QLatin1Char('\n') + language + QLatin1Char('\n') + text;
  if (content != m_requestContent) {
    m_requestContent = content;
    m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
  }
  m_api.sendClientMessage(m_requestId, m_customerId, channel, code, language, text, this,
                          [this](Result<OutboxMessageInfo> r) {
                            m_busy = false;
                            updatePreview();
                            if (!r.ok()) {
                              m_message->setText(r.error.userMessage());  // what was typed stays
                              return;
                            }
                            Q_EMIT queued(r.value);
                            accept();
                          });
}

}  // namespace crm::desktop
