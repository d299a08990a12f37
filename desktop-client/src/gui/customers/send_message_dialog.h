// Sending a templated message to a client through the server's outbox
// (issue 27): a channel the administrator configured (SMS, e-mail, ...), a
// template in the chosen language (service notice or marketing), the text,
// and a preview as the client will read it (their name masked unless the
// template may carry it), with the channel's limit in bytes. The server
// checks marketing consent and the address; the outcome later shows on the
// client's timeline.
#pragma once

#include <QDialog>

#include "api/crm_api.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace crm::desktop {

class SendMessageDialog : public QDialog {
  Q_OBJECT
 public:
  SendMessageDialog(CrmApi& api, const QString& customerId, const QString& clientName, QWidget* parent = nullptr);

  QString message() const;
  QString preview() const;
  QComboBox* channelBox() const { return m_channel; }
  QComboBox* templateBox() const { return m_template; }
  QPlainTextEdit* textEdit() const { return m_text; }
  QPushButton* sendButton() const { return m_send; }
  bool isLoaded() const { return m_loaded; }
  static QString purposeLabel(const QString& purpose);

 Q_SIGNALS:
  void queued(const OutboxMessageInfo& message);

 private:
  void fillTemplates();
  void updatePreview();
  void submit();
  const MessageTemplateInfo* currentTemplate() const;

  CrmApi& m_api;
  QString m_customerId, m_clientName;
  QString m_requestId, m_requestContent;
  MessageChannels m_catalog;
  bool m_loaded = false;
  bool m_busy = false;  // a send is under way
  QComboBox* m_channel;
  QComboBox* m_language;
  QComboBox* m_template;
  QPlainTextEdit* m_text;
  QTextBrowser* m_preview;
  QLabel* m_size;
  QLabel* m_message;
  QPushButton* m_send;
};

}  // namespace crm::desktop
