// A small form dialog that talks to the server: fields in a form, each with
// its error shown beside it (the server's field violations are placed by the
// field names it reports), a message line, and OK/Cancel. Subclasses build
// their fields and implement submit(); they call begin() before the call and
// finish() with its error. Like Edit, nothing is closed or lost on an error.
#pragma once

#include <QDialog>
#include <QMap>
#include <functional>

#include "api/api_error.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace crm::desktop {

class FormDialog : public QDialog {
  Q_OBJECT

 public:
  FormDialog(const QString& objectName, const QString& title, const QString& okText, QWidget* parent = nullptr);
  // The error shown beside a field ("" when none) and the message line.
  QString fieldError(const QString& key) const;
  QString message() const;
  QPushButton* okButton() const { return m_ok; }

 Q_SIGNALS:
  // The server accepted the change (emitted before the dialog closes).
  void saved();

 protected:
  // Adds a labelled row; serverFields are the names the server uses for it
  // (the key itself is always one; a "customer." prefix is ignored).
  void addField(const QString& key, const QString& label, QWidget* field, const QStringList& serverFields = {});
  void addWidget(QWidget* w);
  void addNote(const QString& text);
  // Enter in this line edit runs action instead of submitting the form (a
  // search box, a "new tag" box).
  void onEnter(QLineEdit* edit, std::function<void()> action);
  virtual void submit() = 0;
  void clearErrors();
  // Clears the errors and disables OK while the call runs; false when one
  // already runs.
  bool begin();
  // The call finished: on success emits saved() and closes; else shows the
  // errors beside their fields (or in the message line) and stays open.
  void finish(const ApiError& error);
  // A check made here before calling the server.
  void fail(const QString& key, const QString& text);
  void setMessage(const QString& text, bool error);
  QFormLayout* form() const { return m_form; }

 private:
  QFormLayout* m_form;
  QVBoxLayout* m_layout;
  QMap<QString, QLabel*> m_errors;
  QMap<QString, QWidget*> m_fields;
  void focusFirstError();
  QMap<QString, QString> m_keyOf;  // server field name -> key
  QLabel* m_message;
  QPushButton* m_ok;
  bool m_busy = false;
};

}  // namespace crm::desktop
