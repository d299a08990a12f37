// Errors from the server, classified once for the whole workstation. What the
// user reads comes from the typed codes only (crm.v1.ErrorReason in
// ErrorInfo.reason, crm.v1.FieldProblem per field), worded in the UI language
// in api/error_words.cpp; the server's English text is never read to decide
// what to show.
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace grpc {
class Status;
}

namespace crm::desktop {

struct FieldProblem {
  QString field;
  QString description;  // the server's English, for logs only
  int problem = 0;      // crm::v1::FieldProblem::Value (0: not given)
  qint64 limit = 0;     // its bound, where it has one
};

class ApiError {
  Q_DECLARE_TR_FUNCTIONS(ApiError)

 public:
  enum class Kind {
    None,
    InvalidCredentials,
    AccountLocked,
    AccountDisabled,
    SessionEnded,  // expired or revoked: sign in again
    PasswordExpired,
    PasswordPolicy,
    Validation,
    PermissionDenied,
    NotFound,
    Conflict,
    Refused,      // a business rule refused it (e.g. a sale without its evidence)
    Unreachable,  // network, TLS or server down
    Busy,
    Timeout,
    Cancelled,  // the user stopped it
    Internal,
  };

  ApiError() = default;
  static ApiError fromStatus(const grpc::Status& status);

  bool isError() const { return m_kind != Kind::None; }
  Kind kind() const { return m_kind; }
  QString reason() const { return m_reason; }
  int reasonCode() const { return m_reasonCode; }  // crm::v1::ErrorReason::Value
  int retryAfterSeconds() const { return m_retryAfter; }
  const QList<FieldProblem>& fields() const { return m_fields; }
  QString serverMessage() const { return m_serverMessage; }
  QString metadata(const QString& key) const { return m_metadata.value(key); }
  // A plain sentence for the user, in the UI language.
  QString userMessage() const;
  // One field violation in the UI language (the server words them in English
  // for logs and API users): the client's own fields have their sentence,
  // any other is "field: problem", both translated.
  static QString fieldMessage(const FieldProblem& problem);
  // The same without the field's name, for showing beside the field.
  static QString fieldProblem(const FieldProblem& problem);
  // A field's name / a field problem (crm.v1.FieldProblem) in the UI language.
  static QString fieldLabel(const QString& path);
  static QString problemText(const FieldProblem& problem);
  // The sentence for a reason (crm.v1.ErrorReason) in the UI language; every
  // reason has one (api/error_words.cpp; a test checks both languages).
  QString reasonMessage() const;

 private:
  static QString ownFieldMessage(const FieldProblem& problem);
  Kind m_kind = Kind::None;
  QString m_reason;
  int m_reasonCode = 0;
  QString m_serverMessage;
  int m_retryAfter = 0;
  QList<FieldProblem> m_fields;
  QMap<QString, QString> m_metadata;
};

}  // namespace crm::desktop
