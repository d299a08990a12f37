// The client 360 view's interactions: a timeline (newest first) of calls,
// messages and meetings; "Add" records a new one, "Amend" corrects one with a
// reason (the original stays, marked as corrected: interactions are
// append-only).
#pragma once

#include <QDialog>
#include <QWidget>

#include "api/crm_api.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QTextBrowser;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace crm::desktop {
class SendMessageDialog;
}

namespace crm::desktop {

class InteractionDialog : public QDialog {
  Q_OBJECT

 public:
  // Adding: original is null. Amending: the record to correct.
  InteractionDialog(CrmApi& api, const QString& customerId, const InteractionInfo* original, QWidget* parent = nullptr);
  void setChannel(const QString& channel);
  void setSummary(const QString& summary);
  void setReason(const QString& reason);
  // invalid: no next step.
  void setNextAction(const QDate& day);
  // Sends it; the dialog closes when the server accepts, else shows why and
  // keeps what was typed.
  void submit();
  QString message() const;
  static QString channelLabel(const QString& channel);

 Q_SIGNALS:
  void saved(const InteractionInfo& info);

 private:
  void updateState();

  CrmApi& m_api;
  QString m_customerId;
  QString m_originalId;
  QString m_requestId, m_requestContent;  // the last attempt's, reused when the content is unchanged
  QComboBox* m_channel = nullptr;
  QDateTimeEdit* m_when = nullptr;
  QCheckBox* m_hasNext = nullptr;
  QDateEdit* m_next = nullptr;
  QPlainTextEdit* m_summary;
  QLineEdit* m_reason = nullptr;
  QLabel* m_message;
  QPushButton* m_ok;
};

class InteractionsTab : public QWidget {
  Q_OBJECT

 public:
  InteractionsTab(CrmApi& api, const QString& customerId, bool canWrite, QWidget* parent = nullptr);
  void load();
  bool isLoaded() const { return m_loaded; }
  const QList<InteractionInfo>& interactions() const { return m_items; }
  QTreeWidget* list() const { return m_list; }
  // The selected record in full (who, when, the whole note, its correction).
  QString detailText() const;
  // Opens the dialogs (non-modal, returned for tests); amend needs a selection.
  InteractionDialog* openAdd();
  InteractionDialog* openAmend();
  SendMessageDialog* openSend();
  // The client's name, for the message preview (masked there).
  void setClientName(const QString& name) { m_clientName = name; }

 private:
  void show(const QList<InteractionInfo>& items);
  void updateButtons();
  void showDetail();

  CrmApi& m_api;
  QString m_customerId;
  bool m_canWrite;
  bool m_loaded = false;
  QList<InteractionInfo> m_items;
  QTreeWidget* m_list;
  QTextBrowser* m_detail;
  QLabel* m_status;
  QPushButton* m_add;
  QPushButton* m_amend;
  QPushButton* m_send;
  QString m_clientName;
};

}  // namespace crm::desktop
