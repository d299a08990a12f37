#include "gui/compliance/messages_page.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "api/display_formats.h"

namespace crm::desktop {

QString MessagesPage::statusLabel(const QString& status) {
  if (status == QLatin1String("PENDING")) return tr("Waiting");
  if (status == QLatin1String("SENDING")) return tr("Sending");
  if (status == QLatin1String("SENT")) return tr("Sent");
  if (status == QLatin1String("DEAD")) return tr("Dead letter");
  if (status == QLatin1String("CANCELLED")) return tr("Cancelled");
  if (status == QLatin1String("SUPPRESSED")) return tr("Stopped (no consent)");
  return status;
}

MessagesPage::MessagesPage(CrmApi& api, QWidget* parent) : QWidget(parent), m_api(api) {
  setObjectName(QStringLiteral("messagesPage"));
  auto* layout = new QVBoxLayout(this);
  auto* title = new QLabel(tr("Messages"), this);
  title->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: 600;"));
  layout->addWidget(title);
  auto* bar = new QHBoxLayout();
  m_status = new QComboBox(this);
  m_status->setObjectName(QStringLiteral("messageStatusFilter"));
  m_status->addItem(tr("All messages"), QString());
  for (const char* s : {"DEAD", "PENDING", "SENDING", "SENT", "SUPPRESSED", "CANCELLED"})
    m_status->addItem(statusLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
  m_refresh = new QPushButton(tr("Refresh"), this);
  m_refresh->setObjectName(QStringLiteral("messagesRefresh"));
  m_more = new QPushButton(tr("Load more"), this);
  m_more->setObjectName(QStringLiteral("messagesMore"));
  m_more->setEnabled(false);
  m_info = new QLabel(this);
  m_info->setObjectName(QStringLiteral("messagesInfo"));
  m_info->setStyleSheet(QStringLiteral("color: #4b5563;"));
  bar->addWidget(new QLabel(tr("Status:"), this));
  bar->addWidget(m_status);
  bar->addWidget(m_refresh);
  bar->addWidget(m_more);
  bar->addStretch();
  bar->addWidget(m_info);
  layout->addLayout(bar);
  auto* hint = new QLabel(tr("Dead letters failed every try. An administrator requeues or cancels them with "
                             "crm-admin outbox retry|cancel (see the admin guide)."),
                          this);
  hint->setWordWrap(true);
  hint->setStyleSheet(QStringLiteral("color: #6b7280;"));
  layout->addWidget(hint);
  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("messageList"));
  m_list->setRootIsDecorated(false);
  m_list->setHeaderLabels({tr("Queued"), tr("Status"), tr("Channel"), tr("Template"), tr("Purpose"), tr("Tries"),
                           tr("Sent"), tr("Client"), tr("Last error")});
  m_list->header()->setStretchLastSection(true);
  m_list->setColumnWidth(0, 130);
  m_list->setColumnWidth(1, 120);
  m_list->setColumnWidth(3, 120);
  m_list->setColumnWidth(6, 130);
  m_list->setColumnWidth(7, 90);
  layout->addWidget(m_list, 1);
  connect(m_status, &QComboBox::currentIndexChanged, this, [this] { reload(); });
  connect(m_refresh, &QPushButton::clicked, this, [this] { reload(); });
  connect(m_more, &QPushButton::clicked, this, [this] { fetch(true); });
}

void MessagesPage::activate() {
  if (m_activated) return;
  m_activated = true;
  reload();
}

void MessagesPage::reload() {
  ++m_generation;  // answers to earlier requests are dropped
  m_list->clear();
  m_next.clear();
  fetch(false);
}

QString MessagesPage::statusText() const { return m_info->text(); }

void MessagesPage::fetch(bool more) {
  m_info->setText(tr("Loading..."));
  m_more->setEnabled(false);
  const int generation = m_generation;
  m_api.listMessages(QString(), m_status->currentData().toString(), more ? m_next : QString(), this,
                     [this, generation](Result<OutboxMessagePage> r) {
                       if (generation != m_generation) return;
                       if (!r.ok()) {
                         m_info->setText(r.error.userMessage());
                         return;
                       }
                       for (const auto& m : r.value.items) {
                         auto* row = new QTreeWidgetItem(
                             {formatMinute(m.createTime), statusLabel(m.status), m.channel, m.templateCode,
                              m.purpose == QLatin1String("MARKETING") ? tr("Marketing") : tr("Service"),
                              QString::number(m.attempts), m.sentTime.isValid() ? formatMinute(m.sentTime) : QString(),
                              m.customerId.isEmpty() ? tr("(staff)") : m.customerName, m.lastError});
                         row->setToolTip(7, m.customerId);
                         row->setToolTip(8, m.lastError);
                         if (m.status == QLatin1String("DEAD"))
                           for (int c = 0; c < 9; ++c) row->setForeground(c, QColor(QStringLiteral("#b91c1c")));
                         if (m.status == QLatin1String("SUPPRESSED"))
                           for (int c = 0; c < 9; ++c) row->setForeground(c, QColor(QStringLiteral("#9a3412")));
                         m_list->addTopLevelItem(row);
                       }
                       m_next = r.value.nextPageToken;
                       m_more->setEnabled(!m_next.isEmpty());
                       m_info->setText(tr("%n message(s)", nullptr, m_list->topLevelItemCount()));
                     });
}

}  // namespace crm::desktop
