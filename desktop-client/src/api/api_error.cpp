#include "api/api_error.h"

#include <QRegularExpression>

#include "api/suitability_words.h"

#include <grpcpp/support/error_details.h>
#include <grpcpp/support/status.h>

#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

namespace crm::desktop {

ApiError ApiError::fromStatus(const grpc::Status& status) {
  ApiError e;
  if (status.ok()) return e;
  e.m_serverMessage = QString::fromStdString(status.error_message());
  google::rpc::Status details;
  if (grpc::ExtractErrorDetails(status, &details).ok()) {
    for (const auto& any : details.details()) {
      google::rpc::ErrorInfo info;
      google::rpc::BadRequest bad;
      google::rpc::RetryInfo retry;
      if (any.UnpackTo(&info)) {
        e.m_reason = QString::fromStdString(info.reason());
        for (const auto& [k, v] : info.metadata()) e.m_metadata.insert(QString::fromStdString(k), QString::fromStdString(v));
        auto it = info.metadata().find("retry_after_seconds");
        if (it != info.metadata().end()) e.m_retryAfter = QString::fromStdString(it->second).toInt();
      } else if (any.UnpackTo(&bad)) {
        for (const auto& v : bad.field_violations())
          e.m_fields.append({QString::fromStdString(v.field()), QString::fromStdString(v.description())});
      } else if (any.UnpackTo(&retry)) {
        e.m_retryAfter = static_cast<int>(retry.retry_delay().seconds());
      }
    }
  }
  const QString& r = e.m_reason;
  switch (status.error_code()) {
    case grpc::StatusCode::UNAUTHENTICATED:
      if (r == QLatin1String("ACCOUNT_LOCKED")) e.m_kind = Kind::AccountLocked;
      else if (r == QLatin1String("ACCOUNT_DISABLED")) e.m_kind = Kind::AccountDisabled;
      else if (r == QLatin1String("INVALID_CREDENTIALS")) e.m_kind = Kind::InvalidCredentials;
      else e.m_kind = Kind::SessionEnded;
      break;
    case grpc::StatusCode::INVALID_ARGUMENT:
      e.m_kind = r == QLatin1String("PASSWORD_POLICY")          ? Kind::PasswordPolicy
                 : r == QLatin1String("EVIDENCE_HASH_MISMATCH") ? Kind::Refused
                                                                : Kind::Validation;
      break;
    case grpc::StatusCode::FAILED_PRECONDITION:
      e.m_kind = r == QLatin1String("PASSWORD_EXPIRED") ? Kind::PasswordExpired : Kind::Refused;
      break;
    case grpc::StatusCode::PERMISSION_DENIED: e.m_kind = Kind::PermissionDenied; break;
    case grpc::StatusCode::NOT_FOUND: e.m_kind = Kind::NotFound; break;
    case grpc::StatusCode::ABORTED:
    case grpc::StatusCode::ALREADY_EXISTS: e.m_kind = Kind::Conflict; break;
    case grpc::StatusCode::UNAVAILABLE:
      e.m_kind = r == QLatin1String("BUSY") ? Kind::Busy : Kind::Unreachable;
      break;
    case grpc::StatusCode::DEADLINE_EXCEEDED: e.m_kind = Kind::Timeout; break;
    case grpc::StatusCode::CANCELLED: e.m_kind = Kind::Cancelled; break;
    default: e.m_kind = Kind::Internal; break;
  }
  return e;
}

QString ApiError::fieldMessage(const FieldProblem& p) {
  QString field = p.field;
  if (field.startsWith(QLatin1String("customer."))) field = field.mid(9);
  const QString own = ownFieldMessage(field, p.description);
  if (!own.isEmpty()) return own;
  // Any other field: its name and what is wrong, both in the UI language (the
  // server words its checks in English for logs and API users).
  return tr("%1: %2").arg(fieldLabel(field), problemText(p.description));
}

QString ApiError::fieldProblem(const FieldProblem& p) {
  QString field = p.field;
  if (field.startsWith(QLatin1String("customer."))) field = field.mid(9);
  const QString own = ownFieldMessage(field, p.description);
  return own.isEmpty() ? problemText(p.description) : own;
}

// The client's own fields, each with its sentence ("" for any other field).
QString ApiError::ownFieldMessage(const QString& field, const QString& d) {
  if (field == QLatin1String("phone")) return tr("Enter a valid mainland mobile number (11 digits starting with 1).");
  if (field == QLatin1String("email")) return tr("Enter a valid e-mail address.");
  if (field == QLatin1String("id_number"))
    return tr("Enter a valid ID number (an 18-digit resident ID needs its correct check digit).");
  if (field == QLatin1String("birth_date")) return tr("Enter a real date in the past (YYYY-MM-DD).");
  if (field == QLatin1String("name"))
    return d.startsWith(QLatin1String("is required")) ? tr("A name is required.") : tr("The name is too long (at most 200 characters).");
  if (field == QLatin1String("address")) return tr("The address is too long (at most 500 characters).");
  return {};
}

QString ApiError::fieldLabel(const QString& path) {
  const QString f = path.section(QLatin1Char('.'), -1);
  if (f == QLatin1String("reason")) return tr("Reason");
  if (f == QLatin1String("summary")) return tr("What was discussed");
  if (f == QLatin1String("occur_time")) return tr("When");
  if (f == QLatin1String("channel")) return tr("Channel");
  if (f == QLatin1String("amount_minor") || f == QLatin1String("amount")) return tr("Amount");
  if (f == QLatin1String("product_id") || f == QLatin1String("code")) return tr("Product");
  if (f == QLatin1String("intent")) return tr("Who proposes it");
  if (f == QLatin1String("query")) return tr("Search");
  if (f == QLatin1String("add") || f == QLatin1String("tag")) return tr("Tag");
  if (f == QLatin1String("expire_time")) return tr("Until");
  if (f == QLatin1String("method")) return tr("How the client gave it");
  if (f == QLatin1String("purpose")) return tr("Purpose");
  if (f == QLatin1String("document_reference") || f == QLatin1String("media_reference") ||
      f == QLatin1String("documents"))
    return tr("Document");
  if (f == QLatin1String("duration_seconds")) return tr("Duration");
  if (f == QLatin1String("confirm_time")) return tr("Confirmed at");
  if (f == QLatin1String("answers")) return tr("Answers");
  if (f == QLatin1String("number")) return tr("Account number");
  if (f == QLatin1String("open_date")) return tr("Opening date");
  if (f == QLatin1String("name") || f == QLatin1String("display_name")) return tr("Name");
  if (f == QLatin1String("format")) return tr("Format");
  if (f == QLatin1String("start_time")) return tr("From");
  if (f == QLatin1String("end_time")) return tr("To");
  if (f == QLatin1String("action")) return tr("Action");
  if (f == QLatin1String("password") || f == QLatin1String("current_password")) return tr("Password");
  if (f == QLatin1String("new_password")) return tr("New password");
  if (f == QLatin1String("investing_years")) return tr("Years of investing");
  if (f == QLatin1String("relevant_work_years")) return tr("Years of relevant work");
  if (f == QLatin1String("sha256")) return tr("File fingerprint");
  if (f == QLatin1String("min_investment_minor")) return tr("Minimum investment");
  if (f == QLatin1String("net_assets_minor")) return tr("Net assets");
  if (f == QLatin1String("financial_assets_minor")) return tr("Financial assets");
  if (f == QLatin1String("average_income_3y_minor")) return tr("Average income (3 years)");
  if (f == QLatin1String("aum_min_minor")) return tr("Assets from");
  if (f == QLatin1String("aum_max_minor")) return tr("Assets up to");
  if (f == QLatin1String("request_id")) return tr("Request");
  if (f == QLatin1String("kind")) return tr("Type");
  if (f == QLatin1String("relation")) return tr("Relation");
  if (f == QLatin1String("related_customer_id")) return tr("Related client");
  if (f == QLatin1String("related_name")) return tr("Related person");
  if (f == QLatin1String("to_user_id")) return tr("New account manager");
  if (f == QLatin1String("from_user_id")) return tr("Current account manager");
  if (f == QLatin1String("delegate_user_id")) return tr("Stand-in");
  if (f == QLatin1String("customer_ids")) return tr("Clients");
  if (f == QLatin1String("remove")) return tr("Tag");
  if (f == QLatin1String("id_type")) return tr("ID type");
  if (f == QLatin1String("district")) return tr("District");
  if (f == QLatin1String("occupation")) return tr("Occupation");
  if (f == QLatin1String("employer")) return tr("Employer");
  if (f == QLatin1String("source")) return tr("Source");
  if (f == QLatin1String("gender")) return tr("Gender");
  if (f == QLatin1String("owner_user_id")) return tr("Account manager");
  return tr("Field %1").arg(f);
}

// The password policy's checks (server/src/domain/password_policy.cc and the
// history check), each in the UI language: no English inside a Chinese message.
QString ApiError::passwordProblemText(const QString& d) {
  static const QRegularExpression kMin(QStringLiteral("^must be at least (\\d+) characters"));
  static const QRegularExpression kMix(QStringLiteral("^must mix at least (\\d+) of"));
  static const QRegularExpression kHistory(QStringLiteral("^must differ from the last (\\d+) passwords"));
  if (auto m = kMin.match(d); m.hasMatch()) return tr("at least %1 characters").arg(m.captured(1));
  if (d.startsWith(QLatin1String("must be at most"))) return tr("at most 256 characters");
  if (auto m = kMix.match(d); m.hasMatch())
    return tr("at least %1 of: lower-case letters, upper-case letters, digits, symbols").arg(m.captured(1));
  if (d == QLatin1String("must not contain the user name")) return tr("must not contain the user name");
  if (auto m = kHistory.match(d); m.hasMatch())
    return tr("different from your last %1 passwords").arg(m.captured(1));
  return problemText(d);
}

QString ApiError::problemText(const QString& d) {
  static const QRegularExpression kAtMost(QStringLiteral("^must be at most (\\d+) characters"));
  const auto m = kAtMost.match(d);
  if (m.hasMatch()) return tr("too long (at most %1 characters)").arg(m.captured(1));
  if (d.startsWith(QLatin1String("is required"))) return tr("required");
  if (d == QLatin1String("must be in the future")) return tr("must be in the future");
  if (d == QLatin1String("must not be in the future") || d == QLatin1String("is in the future"))
    return tr("cannot be in the future");
  if (d == QLatin1String("must be positive")) return tr("must be more than zero");
  // Money ranges (server/src/domain/money.h): at most 10^15 fen.
  if (d.startsWith(QLatin1String("must be between 1 and 1,000,000,000,000,000 fen")))
    return tr("must be more than zero and at most 10 trillion yuan");
  if (d.startsWith(QLatin1String("must be between 0 and 1,000,000,000,000,000 fen")))
    return tr("must not be negative and at most 10 trillion yuan");
  if (d.startsWith(QLatin1String("would take the client's holding")))
    return tr("would take the client's holding of this product above 10 trillion yuan");
  if (d == QLatin1String("is not a valid date")) return tr("not a valid date");
  if (d == QLatin1String("must be after start_time")) return tr("must be after the start");
  if (d == QLatin1String("must be at most 90 days ahead")) return tr("at most 90 days ahead");
  if (d == QLatin1String("answer every question")) return tr("answer every question");
  if (d == QLatin1String("attach the client's signed written request")) return tr("attach the client's signed written request");
  if (d.startsWith(QLatin1String("must be at least"))) return tr("too short");
  // Client records (accounts, household, consents, tags, ownership).
  if (d == QLatin1String("must be 6-20 digits")) return tr("must be 6 to 20 digits");
  if (d == QLatin1String("is already linked to a client")) return tr("this account is already linked to a client");
  if (d == QLatin1String("give either a related client or a related person's name"))
    return tr("choose a client or type a person's name (one of the two)");
  if (d == QLatin1String("no such client in your scope")) return tr("no such client in your book");
  if (d == QLatin1String("cannot be the client itself")) return tr("cannot be the client itself");
  if (d == QLatin1String("must be an active account manager")) return tr("must be an active account manager");
  if (d == QLatin1String("must be another active account manager"))
    return tr("must be another active account manager than the client's own");
  if (d == QLatin1String("is outside your team or branch")) return tr("is outside your team or branch");
  if (d == QLatin1String("must differ from from_user_id")) return tr("must differ from the current account manager");
  if (d == QLatin1String("say how the client gave or withdrew it")) return tr("say how the client gave or withdrew it");
  if (d == QLatin1String("marketing consent is given per channel")) return tr("marketing consent is given per channel");
  if (d == QLatin1String("data sharing uses ALL")) return tr("data sharing covers all channels");
  if (d == QLatin1String("tags are 1 to 60 characters")) return tr("tags are 1 to 60 characters");
  if (d == QLatin1String("name a tag to add or remove")) return tr("name a tag to add or remove");
  if (d.endsWith(QLatin1String("cannot be transferred from this manager")))
    return tr("some of these clients are not this manager's (or not in your scope); nothing was transferred");
  if (d == QLatin1String("at most 1000 clients per transfer")) return tr("at most 1000 clients at a time");
  if (d.startsWith(QLatin1String("choose ")) || d.startsWith(QLatin1String("must be one of")))
    return tr("choose one of the values offered");
  return tr("not valid");
}

QString ApiError::userMessage() const {
  switch (m_kind) {
    case Kind::None: return {};
    case Kind::InvalidCredentials: return tr("Wrong user name or password.");
    case Kind::AccountLocked:
      return tr("Too many failed sign-ins. The account is locked; try again in %n second(s).", nullptr,
                qMax(1, m_retryAfter));
    case Kind::AccountDisabled: return tr("This account has been locked by an administrator.");
    case Kind::SessionEnded: return tr("Your session has ended. Please sign in again.");
    case Kind::PasswordExpired: return tr("Your password has expired. Please choose a new one.");
    case Kind::PasswordPolicy: {
      QStringList parts;
      for (const auto& f : m_fields) parts << passwordProblemText(f.description);
      return tr("The new password does not meet the policy: %1.").arg(parts.join(tr("; ")));
    }
    case Kind::Validation: {
      QStringList parts;
      for (const auto& f : m_fields) parts << fieldMessage(f);
      return parts.isEmpty() ? tr("Some input is not valid.") : tr("Please correct: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    case Kind::PermissionDenied: return tr("You do not have permission to do this.");
    case Kind::NotFound: return tr("The record was not found.");
    case Kind::Conflict:
      if (m_reason == QLatin1String("REQUEST_ID_REUSED"))
        return tr("This request was already sent with different content, so it was not applied again. Close the "
                  "form and start again.");
      return tr("Someone else changed this at the same time. Reload and try again.");
    case Kind::Refused: return refusalMessage(m_reason, m_metadata.value(QStringLiteral("missing_steps")));
    case Kind::Unreachable: return tr("Cannot reach the server. Check the server address and your network.");
    case Kind::Busy: return tr("The server is busy. Please try again in a moment.");
    case Kind::Timeout: return tr("The server took too long to answer. Please try again.");
    case Kind::Cancelled: return tr("Cancelled.");
    case Kind::Internal: return tr("Something went wrong on the server. Please try again or contact support.");
  }
  return {};
}

}  // namespace crm::desktop
