// Words for everything the server says in codes: each error reason
// (crm.v1.ErrorReason) and each field problem (crm.v1.FieldProblem), in the UI
// language. The switches name every value, so a new code does not compile
// until it has its words; tests/desktop check both languages.
#include <QStringList>

#include "api/api_error.h"
#include "api/suitability_words.h"
#include "crm/v1/common.pb.h"

namespace crm::desktop {

namespace {
using R = crm::v1::ErrorReason;
using P = crm::v1::FieldProblem;

QString stripCustomer(QString field) {
  if (field.startsWith(QLatin1String("customer."))) field = field.mid(9);
  return field;
}
}  // namespace

QString ApiError::fieldMessage(const FieldProblem& p) {
  const QString own = ownFieldMessage(p);
  if (!own.isEmpty()) return own;
  // Any other field: its name and what is wrong, both in the UI language.
  return tr("%1: %2").arg(fieldLabel(stripCustomer(p.field)), problemText(p));
}

QString ApiError::fieldProblem(const FieldProblem& p) {
  const QString own = ownFieldMessage(p);
  return own.isEmpty() ? problemText(p) : own;
}

// The client's own fields, each with its sentence ("" for any other field).
QString ApiError::ownFieldMessage(const FieldProblem& p) {
  const QString field = stripCustomer(p.field);
  if (field == QLatin1String("phone")) return tr("Enter a valid mainland mobile number (11 digits starting with 1).");
  if (field == QLatin1String("email")) return tr("Enter a valid e-mail address.");
  if (field == QLatin1String("id_number"))
    return tr("Enter a valid ID number (an 18-digit resident ID needs its correct check digit).");
  if (field == QLatin1String("birth_date")) return tr("Enter a real date in the past (YYYY-MM-DD).");
  if (field == QLatin1String("name"))
    return p.problem == P::REQUIRED ? tr("A name is required.") : tr("The name is too long (at most 200 characters).");
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

QString ApiError::problemText(const FieldProblem& p) {
  const auto limit = p.limit;
  switch (static_cast<P::Value>(p.problem)) {
    case P::REQUIRED: return tr("required");
    case P::TOO_LONG: return tr("too long (at most %1 characters)").arg(limit);
    case P::TOO_SHORT: return tr("at least %1 characters").arg(limit);
    case P::TOO_MANY: return tr("at most %1 at a time").arg(limit);
    case P::NOT_ONE_OF: return tr("choose one of the values offered");
    case P::INVALID_DATE: return tr("not a valid date");
    case P::MUST_BE_FUTURE: return tr("must be in the future");
    case P::MUST_NOT_BE_FUTURE: return tr("cannot be in the future");
    case P::TOO_FAR_AHEAD: return tr("at most %n day(s) ahead", nullptr, static_cast<int>(limit));
    case P::RANGE_REVERSED: return tr("must come after the start of the range");
    case P::MUST_BE_POSITIVE: return tr("must be more than zero");
    case P::MONEY_OUT_OF_RANGE:
      return limit > 0 ? tr("must be more than zero and at most 10 trillion yuan")
                       : tr("must not be negative and at most 10 trillion yuan");
    case P::HOLDING_TOO_LARGE: return tr("would take the client's holding of this product above 10 trillion yuan");
    case P::PHONE_FORMAT: return tr("not a valid mainland mobile number (11 digits starting with 1)");
    case P::EMAIL_FORMAT: return tr("not a valid e-mail address");
    case P::ID_NUMBER_FORMAT: return tr("not a valid ID number");
    case P::ACCOUNT_NUMBER_FORMAT: return tr("must be 6 to 20 digits");
    case P::ACCOUNT_ALREADY_LINKED: return tr("this account is already linked to a client");
    case P::CLIENT_OR_PERSON: return tr("choose a client or type a person's name (one of the two)");
    case P::CLIENT_NOT_IN_SCOPE: return tr("no such client in your book");
    case P::SELF_REFERENCE: return tr("cannot be the client itself");
    case P::NOT_ACTIVE_MANAGER: return tr("must be an active account manager");
    case P::SAME_MANAGER: return tr("must be another active account manager than the client's own");
    case P::OUTSIDE_TEAM_OR_BRANCH: return tr("is outside your team or branch");
    case P::SAME_AS_CURRENT_MANAGER: return tr("must differ from the current account manager");
    case P::NOT_TRANSFERABLE:
      return tr("%n of these clients are not this manager's (or not in your scope); nothing was transferred", nullptr,
                static_cast<int>(limit));
    case P::CONSENT_METHOD_REQUIRED: return tr("say how the client gave or withdrew it");
    case P::CONSENT_PER_CHANNEL: return tr("marketing consent is given per channel");
    case P::CONSENT_ALL_CHANNELS: return tr("data sharing covers all channels");
    case P::TAG_LENGTH: return tr("tags are 1 to 60 characters");
    case P::TAG_REQUIRED: return tr("name a tag to add or remove");
    case P::UNANSWERED_QUESTIONS: return tr("answer every question");
    case P::SIGNED_REQUEST_REQUIRED: return tr("attach the client's signed written request");
    case P::PASSWORD_CHARACTER_CLASSES:
      return tr("at least %1 of: lower-case letters, upper-case letters, digits, symbols").arg(limit);
    case P::PASSWORD_CONTAINS_USER_NAME: return tr("must not contain the user name");
    case P::PASSWORD_RECENTLY_USED: return tr("different from your last %1 passwords").arg(limit);
    case P::INVALID:
    case P::FIELD_PROBLEM_UNSPECIFIED:
    case crm::v1::FieldProblem_Value_FieldProblem_Value_INT_MIN_SENTINEL_DO_NOT_USE_:
    case crm::v1::FieldProblem_Value_FieldProblem_Value_INT_MAX_SENTINEL_DO_NOT_USE_: break;
  }
  return tr("not valid");
}

QString ApiError::reasonMessage() const {
  switch (static_cast<R::Value>(m_reasonCode)) {
    case R::VALIDATION_FAILED:
    case R::POLICY_INVALID: {
      QStringList parts;
      for (const auto& f : m_fields) parts << fieldMessage(f);
      return parts.isEmpty() ? tr("Some input is not valid.")
                             : tr("Please correct: %1.").arg(parts.join(QStringLiteral("; ")));
    }
    case R::PASSWORD_POLICY: {
      QStringList parts;
      for (const auto& f : m_fields) parts << problemText(f);
      return tr("The new password does not meet the policy: %1.").arg(parts.join(tr("; ")));
    }
    case R::NOT_FOUND: return tr("The record was not found.");
    case R::ALREADY_EXISTS: return tr("This record already exists.");
    case R::PERMISSION_DENIED: return tr("You do not have permission to do this.");
    case R::INVALID_CREDENTIALS: return tr("Wrong user name or password.");
    case R::ACCOUNT_LOCKED:
      return tr("Too many failed sign-ins. The account is locked; try again in %n second(s).", nullptr,
                qMax(1, m_retryAfter));
    case R::ACCOUNT_DISABLED: return tr("This account has been locked by an administrator.");
    case R::SESSION_MISSING:
    case R::SESSION_EXPIRED:
    case R::SESSION_REVOKED: return tr("Your session has ended. Please sign in again.");
    case R::PASSWORD_EXPIRED: return tr("Your password has expired. Please choose a new one.");
    case R::ETAG_MISMATCH:
    case R::CONFLICT: return tr("Someone else changed this at the same time. Reload and try again.");
    case R::REQUEST_ID_REUSED:
      return tr(
          "This request was already sent with different content, so it was not applied again. Close the "
          "form and start again.");
    case R::REFERENCE_MISSING: return tr("Something this refers to no longer exists. Reload and try again.");
    case R::BUSY: return tr("The server is busy. Please try again in a moment.");
    case R::UNAVAILABLE: return tr("The server cannot reach its database. Please try again in a moment.");
    case R::DEADLINE_EXCEEDED: return tr("The server took too long to answer. Please try again.");
    case R::CANCELLED: return tr("Cancelled.");
    case R::INTERNAL: return tr("Something went wrong on the server. Please try again or contact support.");
    case R::ACCOUNT_EXISTS: return tr("This account number is already linked to a client.");
    case R::NOT_TRANSFERABLE: {
      const qint64 n = m_fields.isEmpty() ? 0 : m_fields.first().limit;
      return tr("%n of these clients are not this manager's (or not in your scope); nothing was transferred.", nullptr,
                static_cast<int>(qMax<qint64>(1, n)));
    }
    case R::QUESTIONNAIRE_INVALID:
      return tr("The questionnaire's score bands do not cover this score; ask compliance.");
    case R::PRODUCT_EXISTS: return tr("A product with this code is already in the catalogue.");
    case R::EVIDENCE_HASH_MISMATCH:
      return tr("The file changed: its fingerprint (SHA-256) does not match. Nothing was recorded.");
    case R::EVIDENCE_MISSING: {
      QStringList steps;
      for (const auto& s :
           m_metadata.value(QStringLiteral("missing_steps")).split(QStringLiteral(", "), Qt::SkipEmptyParts))
        steps << stepText(s);
      return tr("The sale cannot be recorded yet. Still missing: %1.").arg(steps.join(tr(", ")));
    }
    case R::CHECK_DENIED: return tr("This check refused the sale; no document can change that.");
    case R::CHECK_EXPIRED: return tr("The check is too old. Run the check again.");
    case R::CHECK_ALREADY_USED: return tr("A sale was already recorded on this check. Run a new check.");
    case R::APPLICATION_THRESHOLDS_NOT_MET:
      return tr("The evidence does not meet the thresholds for a professional investor.");
    case R::NOT_A_DRAFT: return tr("Only a draft can be changed or activated. Create a new version instead.");
    case R::FOUR_EYES_REQUIRED: return tr("You wrote or last changed this policy: a second person must activate it.");
    case R::NO_ACTIVE_POLICY: return tr("No tier policy is active yet.");
    case R::RECOMPUTE_ENDED: return tr("A newer tier policy took over before the recompute finished. Run it again.");
    case R::RETENTION: return tr("These events are still within the retention period and must stay in the live trail.");
    case R::NOT_OLDEST: return tr("Archive the older months first.");
    case R::CHAIN_BROKEN: return tr("The audit chain is broken. Investigate before archiving.");
    case R::NO_MARKETING_CONSENT:
      return tr(
          "The client has not agreed to marketing on this channel. Record their consent first, or send a "
          "service notice.");
    case R::NO_CONTACT_ADDRESS: return tr("The client has no phone number or e-mail address for this channel.");
    case R::MESSAGE_STATE: return tr("The message's status does not allow this any more.");
    case R::REPORT_CLOSED: return tr("This report has already been filed or dismissed.");
    case R::INTEGRATION_REFUSED: return tr("The system's certificate is not accepted (unknown, revoked or expired).");
    case R::CASE_CLOSED: return tr("This case has already been confirmed or cleared.");
    case R::ERROR_REASON_UNSPECIFIED:
    case crm::v1::ErrorReason_Value_ErrorReason_Value_INT_MIN_SENTINEL_DO_NOT_USE_:
    case crm::v1::ErrorReason_Value_ErrorReason_Value_INT_MAX_SENTINEL_DO_NOT_USE_: break;
  }
  return {};
}

QString ApiError::userMessage() const {
  if (m_kind == Kind::None) return {};
  const QString byReason = reasonMessage();
  if (!byReason.isEmpty()) return byReason;
  // No reason (the transport's own errors) or one newer than this workstation.
  switch (m_kind) {
    case Kind::None: return {};
    case Kind::Unreachable: return tr("Cannot reach the server. Check the server address and your network.");
    case Kind::Timeout: return tr("The server took too long to answer. Please try again.");
    case Kind::Cancelled: return tr("Cancelled.");
    case Kind::SessionEnded: return tr("Your session has ended. Please sign in again.");
    case Kind::PermissionDenied: return tr("You do not have permission to do this.");
    case Kind::NotFound: return tr("The record was not found.");
    case Kind::Conflict: return tr("Someone else changed this at the same time. Reload and try again.");
    case Kind::Validation: return tr("Some input is not valid.");
    case Kind::Refused: return tr("The request was refused by a business rule.");
    case Kind::Busy: return tr("The server is busy. Please try again in a moment.");
    case Kind::InvalidCredentials:
    case Kind::AccountLocked:
    case Kind::AccountDisabled:
    case Kind::PasswordExpired:
    case Kind::PasswordPolicy:
    case Kind::Internal: break;
  }
  return tr("Something went wrong on the server. Please try again or contact support.");
}

}  // namespace crm::desktop
