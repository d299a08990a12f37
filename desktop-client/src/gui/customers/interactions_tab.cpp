#include "gui/customers/interactions_tab.h"

#include "api/display_formats.h"
#include "gui/customers/send_message_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QUuid>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm::desktop {

QString InteractionDialog::channelLabel(const QString& channel) {
  if (channel == QLatin1String("CHANNEL_PHONE")) return tr("Phone");
  if (channel == QLatin1String("CHANNEL_SMS")) return tr("SMS");
  if (channel == QLatin1String("CHANNEL_EMAIL")) return tr("E-mail");
  if (channel == QLatin1String("CHANNEL_MEETING")) return tr("Meeting");
  if (channel == QLatin1String("CHANNEL_WECHAT")) return tr("WeChat");
  if (channel == QLatin1String("CHANNEL_WECOM")) return tr("WeCom");
  if (channel == QLatin1String("CHANNEL_OTHER")) return tr("Other");
  return channel;
}

InteractionDialog::InteractionDialog(CrmApi& api, const QString& customerId, const InteractionInfo* original,
                                     QWidget* parent)
    : QDialog(parent), m_api(api), m_customerId(customerId) {
  setObjectName(QStringLiteral("interactionDialog"));
  setWindowTitle(original ? tr("Correct an interaction") : tr("Add an interaction"));
  setMinimumWidth(480);
  auto* layout = new QVBoxLayout(this);
  auto* form = new QFormLayout();
  if (original) {
    m_originalId = original->id;
    auto* before = new QLabel(original->summary, this);
    before->setWordWrap(true);
    before->setStyleSheet(QStringLiteral("color: #6b7280;"));
    form->addRow(tr("Recorded:"), before);
  } else {
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("interactionChannel"));
    for (const char* c : {"CHANNEL_PHONE", "CHANNEL_MEETING", "CHANNEL_WECHAT", "CHANNEL_WECOM", "CHANNEL_SMS",
                          "CHANNEL_EMAIL", "CHANNEL_OTHER"})
      m_channel->addItem(channelLabel(QString::fromLatin1(c)), QString::fromLatin1(c));
    form->addRow(tr("Channel:"), m_channel);
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_when->setObjectName(QStringLiteral("interactionTime"));
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("When:"), m_when);
  }
  m_summary = new QPlainTextEdit(this);
  m_summary->setObjectName(QStringLiteral("interactionSummary"));
  m_summary->setPlaceholderText(tr("What was discussed, agreed or sent"));
  m_summary->setMinimumHeight(90);
  if (original) m_summary->setPlainText(original->summary);
  form->addRow(original ? tr("Corrected note:") : tr("Note:"), m_summary);
  if (!original) {
    // The agreed next step's day (optional): shown in the list and the detail.
    auto* nextRow = new QHBoxLayout;
    m_hasNext = new QCheckBox(tr("Agreed to follow up on"), this);
    m_hasNext->setObjectName(QStringLiteral("interactionHasNext"));
    m_next = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_next->setObjectName(QStringLiteral("interactionNext"));
    m_next->setCalendarPopup(true);
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_next->setDateRange(QDate::currentDate(), QDate::currentDate().addDays(365));
    m_next->setEnabled(false);
    connect(m_hasNext, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    nextRow->addWidget(m_hasNext);
    nextRow->addWidget(m_next);
    nextRow->addStretch();
    form->addRow(tr("Next step:"), nextRow);
  }
  if (original) {
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("amendReason"));
    m_reason->setPlaceholderText(tr("Why it is corrected (kept with the record)"));
    form->addRow(tr("Reason:"), m_reason);
    connect(m_reason, &QLineEdit::textChanged, this, &InteractionDialog::updateState);
  }
  layout->addLayout(form);
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("interactionMessage"));
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
  layout->addWidget(m_message);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  m_ok = buttons->button(QDialogButtonBox::Ok);
  m_ok->setText(original ? tr("Save correction") : tr("Save"));
  buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::submit);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(m_summary, &QPlainTextEdit::textChanged, this, &InteractionDialog::updateState);
  updateState();
}

void InteractionDialog::setChannel(const QString& channel) {
  if (m_channel) m_channel->setCurrentIndex(m_channel->findData(channel));
}
void InteractionDialog::setSummary(const QString& summary) { m_summary->setPlainText(summary); }
void InteractionDialog::setReason(const QString& reason) {
  if (m_reason) m_reason->setText(reason);
}
QString InteractionDialog::message() const { return m_message->text(); }
void InteractionDialog::setNextAction(const QDate& day) {
  if (!m_hasNext) return;
  m_hasNext->setChecked(day.isValid());
  if (day.isValid()) m_next->setDate(day);
}

void InteractionDialog::updateState() {
  const bool hasText = !m_summary->toPlainText().trimmed().isEmpty();
  const bool hasReason = !m_reason || !m_reason->text().trimmed().isEmpty();
  m_ok->setEnabled(hasText && hasReason);
}

void InteractionDialog::submit() {
  if (!m_ok->isEnabled()) return;
  m_ok->setEnabled(false);
  m_message->clear();
  auto finish = [this](Result<InteractionInfo> r) {
    updateState();
    if (!r.ok()) {
      m_message->setText(r.error.userMessage());  // what was typed stays
      return;
    }
    Q_EMIT saved(r.value);
    accept();
  };
  const QString summary = m_summary->toPlainText().trimmed();
  if (m_originalId.isEmpty()) {
    // A retry of the same note (after a timeout, say) keeps its request id, so
    // the server records it once; an edited note is a new request.
    const QDate next = m_hasNext->isChecked() ? m_next->date() : QDate();
    const QString content = m_channel->currentData().toString() + QLatin1Char('\n') +
                            m_when->dateTime().toString(Qt::ISODate) + QLatin1Char('\n') + next.toString(Qt::ISODate) +
                            QLatin1Char('\n') + summary;
    if (content != m_requestContent) {
      m_requestContent = content;
      m_requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    m_api.createInteraction(m_customerId, m_channel->currentData().toString(), m_when->dateTime(), summary, next,
                            m_requestId, this, finish);
  } else {
    m_api.amendInteraction(m_originalId, summary, m_reason->text().trimmed(), this, finish);
  }
}

InteractionsTab::InteractionsTab(CrmApi& api, const QString& customerId, bool canWrite, QWidget* parent)
    : QWidget(parent), m_api(api), m_customerId(customerId), m_canWrite(canWrite) {
  setObjectName(QStringLiteral("interactionsTab"));
  auto* layout = new QVBoxLayout(this);
  auto* bar = new QHBoxLayout();
  m_add = new QPushButton(tr("Add..."), this);
  m_add->setObjectName(QStringLiteral("addInteractionButton"));
  m_amend = new QPushButton(tr("Correct..."), this);
  m_amend->setObjectName(QStringLiteral("amendInteractionButton"));
  m_status = new QLabel(this);
  m_status->setStyleSheet(QStringLiteral("color: #4b5563;"));
  m_send = new QPushButton(tr("Send message..."), this);
  m_send->setObjectName(QStringLiteral("sendMessageButton"));
  m_send->setToolTip(tr("A templated SMS or e-mail through the firm's channels; the outcome shows here."));
  bar->addWidget(m_add);
  bar->addWidget(m_amend);
  bar->addWidget(m_send);
  bar->addStretch();
  bar->addWidget(m_status);
  m_add->setVisible(canWrite);
  m_amend->setVisible(canWrite);
  m_send->setVisible(canWrite);
  layout->addLayout(bar);
  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("interactionList"));
  m_list->setRootIsDecorated(false);
  m_list->setHeaderLabels({tr("When"), tr("Channel"), tr("By"), tr("Note"), tr("Next step")});
  m_list->header()->setStretchLastSection(false);
  m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
  m_list->setColumnWidth(0, 130);
  m_list->setColumnWidth(1, 70);
  m_list->setColumnWidth(2, 110);
  m_list->setColumnWidth(4, 90);
  m_list->setWordWrap(true);
  layout->addWidget(m_list, 3);
  // The selected record in full: a long or corrected note is read here.
  m_detail = new QTextBrowser(this);
  m_detail->setObjectName(QStringLiteral("interactionDetail"));
  m_detail->setPlaceholderText(tr("Select a record to read it in full."));
  m_detail->setMaximumHeight(130);
  layout->addWidget(m_detail, 1);
  connect(m_list, &QTreeWidget::currentItemChanged, this, &InteractionsTab::showDetail);
  connect(m_add, &QPushButton::clicked, this, [this] { openAdd(); });
  connect(m_amend, &QPushButton::clicked, this, [this] { openAmend(); });
  connect(m_send, &QPushButton::clicked, this, [this] { openSend(); });
  connect(m_list, &QTreeWidget::currentItemChanged, this, &InteractionsTab::updateButtons);
  updateButtons();
}

void InteractionsTab::load() {
  m_status->setText(tr("Loading..."));
  m_api.listInteractions(m_customerId, this, [this](Result<QList<InteractionInfo>> r) {
    if (!r.ok()) {
      m_status->setText(r.error.userMessage());
      return;
    }
    show(r.value);
    m_loaded = true;
  });
}

void InteractionsTab::show(const QList<InteractionInfo>& items) {
  m_items = items;
  m_list->clear();
  m_detail->clear();  // the record it showed may have been corrected since
  for (int i = 0; i < items.size(); ++i) {
    const InteractionInfo& it = items.at(i);
    QString note = it.summary;
    if (!it.amendsId.isEmpty()) note = tr("Correction: %1 (reason: %2)").arg(it.summary, it.amendReason);
    auto* row =
        new QTreeWidgetItem({formatMinute(it.occurTime), InteractionDialog::channelLabel(it.channel), it.authorName,
                             note, it.nextActionDate.isValid() ? it.nextActionDate.toString(Qt::ISODate) : QString()});
    row->setData(0, Qt::UserRole, i);
    row->setToolTip(3, note);
    if (!it.amendedById.isEmpty()) {
      // Superseded by a correction: kept, but shown as such (in full on hover
      // and in the detail below).
      row->setText(3, tr("%1 (corrected later)").arg(it.summary));
      row->setToolTip(3, it.summary);
      QFont f = row->font(3);
      f.setItalic(true);
      for (int c = 0; c < 5; ++c) {
        row->setFont(c, f);
        row->setForeground(c, QColor(QStringLiteral("#9ca3af")));
      }
    }
    m_list->addTopLevelItem(row);
  }
  m_status->setText(items.isEmpty() ? tr("No interactions recorded yet.")
                                    : tr("%n interaction(s)", nullptr, static_cast<int>(items.size())));
  updateButtons();
}

QString InteractionsTab::detailText() const { return m_detail->toPlainText(); }

void InteractionsTab::showDetail() {
  const QTreeWidgetItem* current = m_list->currentItem();
  if (!current) {
    m_detail->clear();
    return;
  }
  const InteractionInfo& it = m_items.at(current->data(0, Qt::UserRole).toInt());
  QStringList lines;
  lines << tr("%1 · %2 · by %3")
               .arg(formatMinute(it.occurTime), InteractionDialog::channelLabel(it.channel),
                    it.authorName.isEmpty() ? tr("unknown") : it.authorName);
  lines << it.summary;
  if (it.nextActionDate.isValid()) lines << tr("Next step on %1").arg(it.nextActionDate.toString(Qt::ISODate));
  if (!it.amendsId.isEmpty()) lines << tr("This corrects an earlier record; reason: %1").arg(it.amendReason);
  if (!it.amendedById.isEmpty()) {
    for (const auto& later : m_items)
      if (later.id == it.amendedById)
        lines << tr("Corrected on %1 by %2: %3").arg(formatMinute(later.createTime), later.authorName, later.summary);
  }
  m_detail->setPlainText(lines.join(QLatin1Char('\n')));
}

void InteractionsTab::updateButtons() {
  const QTreeWidgetItem* current = m_list->currentItem();
  bool amendable = false;
  if (current) {
    const InteractionInfo& it = m_items.at(current->data(0, Qt::UserRole).toInt());
    amendable = it.amendedById.isEmpty();
  }
  m_amend->setEnabled(m_canWrite && amendable);
}

InteractionDialog* InteractionsTab::openAdd() {
  auto* dialog = new InteractionDialog(m_api, m_customerId, nullptr, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &InteractionDialog::saved, this, [this] { load(); });
  dialog->open();
  return dialog;
}

InteractionDialog* InteractionsTab::openAmend() {
  const QTreeWidgetItem* current = m_list->currentItem();
  if (!current) return nullptr;
  const InteractionInfo it = m_items.at(current->data(0, Qt::UserRole).toInt());
  if (!it.amendedById.isEmpty()) return nullptr;
  auto* dialog = new InteractionDialog(m_api, m_customerId, &it, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &InteractionDialog::saved, this, [this] { load(); });
  dialog->open();
  return dialog;
}

SendMessageDialog* InteractionsTab::openSend() {
  auto* dialog = new SendMessageDialog(m_api, m_customerId, m_clientName, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &SendMessageDialog::queued, this, [this] {
    m_status->setText(tr("Message queued: it leaves within seconds; its outcome is recorded here."));
    // The delivery is recorded on the timeline once sent (within a second or
    // two; later when the channel is retrying).
    QTimer::singleShot(2000, this, [this] { load(); });
    QTimer::singleShot(8000, this, [this] { load(); });
  });
  dialog->open();
  return dialog;
}

}  // namespace crm::desktop
