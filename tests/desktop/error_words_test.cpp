// Issue 24: every reason the server can send (crm.v1.ErrorReason) and every
// field problem (crm.v1.FieldProblem) has its words in both languages, and
// what the user reads comes from the codes, never from the server's English.
// No server: statuses are built the way rpc/error_mapping.cc builds them.
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>

#include <grpcpp/support/status.h>

#include "api/api_error.h"
#include "crm/v1/common.pb.h"
#include "google/rpc/error_details.pb.h"
#include "google/rpc/status.pb.h"

using crm::desktop::ApiError;
using crm::desktop::FieldProblem;

namespace {

// A status as the server sends it: ErrorInfo, BadRequest and FieldProblems,
// with English text the workstation must not show.
grpc::Status ServerStatus(
    const std::string& reason, grpc::StatusCode code,
    const std::vector<std::tuple<std::string, crm::v1::FieldProblem::Value, int64_t>>& fields = {}) {
  google::rpc::Status details;
  details.set_code(code);
  details.set_message("ENGLISH MESSAGE TEXT");
  google::rpc::ErrorInfo info;
  info.set_reason(reason);
  info.set_domain("crm.v1");
  (*info.mutable_metadata())["missing_steps"] = "ACKNOWLEDGEMENT, DUAL_RECORDING";
  (*info.mutable_metadata())["retry_after_seconds"] = "30";
  details.add_details()->PackFrom(info);
  if (!fields.empty()) {
    google::rpc::BadRequest bad;
    crm::v1::FieldProblems problems;
    for (const auto& [field, problem, limit] : fields) {
      auto* v = bad.add_field_violations();
      v->set_field(field);
      v->set_description("ENGLISH DESCRIPTION");
      auto* p = problems.add_entries();
      p->set_field(field);
      p->set_problem(problem);
      p->set_limit(limit);
    }
    details.add_details()->PackFrom(bad);
    details.add_details()->PackFrom(problems);
  }
  return grpc::Status(code, details.message(), details.SerializeAsString());
}

bool HasChinese(const QString& s) { return s.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]"))); }
// English words inside a Chinese sentence (SHA-256 is a name, not a word).
bool HasEnglishWord(QString s) {
  s.remove(QStringLiteral("SHA-256"));
  return s.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}")));
}

}  // namespace

class ErrorWordsTest : public QObject {
  Q_OBJECT

 private:
  QTranslator m_zh;

  void chinese(bool on) {
    if (on)
      QCoreApplication::installTranslator(&m_zh);
    else
      QCoreApplication::removeTranslator(&m_zh);
  }

 private Q_SLOTS:
  void initTestCase() { QVERIFY(m_zh.load(QStringLiteral(":/i18n/crm_zh_CN.qm"))); }

  void everyReasonHasWordsInBothLanguages() {
    const auto* enumeration = crm::v1::ErrorReason::Value_descriptor();
    QVERIFY(enumeration->value_count() > 30);
    for (int i = 0; i < enumeration->value_count(); ++i) {
      const auto* value = enumeration->value(i);
      if (value->number() == crm::v1::ErrorReason::ERROR_REASON_UNSPECIFIED) continue;
      // A deliberately unrelated status code: the words follow the reason.
      const auto status =
          ServerStatus(value->name(), grpc::StatusCode::UNKNOWN, {{"reason", crm::v1::FieldProblem::REQUIRED, 0}});
      chinese(false);
      const QString en = ApiError::fromStatus(status).reasonMessage();
      chinese(true);
      const QString zh = ApiError::fromStatus(status).userMessage();
      chinese(false);
      const QString name = QString::fromStdString(value->name());
      QVERIFY2(!en.isEmpty(), qPrintable(name + QStringLiteral(": no English words")));
      QVERIFY2(!en.contains(QStringLiteral("ENGLISH")), qPrintable(name + QStringLiteral(": shows the server's text")));
      QVERIFY2(HasChinese(zh) && !HasEnglishWord(zh), qPrintable(name + QStringLiteral(": ") + zh));
    }
  }

  void everyFieldProblemHasWordsInBothLanguages() {
    const auto* enumeration = crm::v1::FieldProblem::Value_descriptor();
    for (int i = 0; i < enumeration->value_count(); ++i) {
      const auto* value = enumeration->value(i);
      if (value->number() == crm::v1::FieldProblem::FIELD_PROBLEM_UNSPECIFIED) continue;
      const FieldProblem p{QStringLiteral("summary"), QStringLiteral("ENGLISH DESCRIPTION"), value->number(), 7};
      chinese(false);
      const QString en = ApiError::problemText(p);
      chinese(true);
      const QString zh = ApiError::problemText(p);
      chinese(false);
      const QString name = QString::fromStdString(value->name());
      QVERIFY2(!en.isEmpty() && !en.contains(QStringLiteral("ENGLISH")), qPrintable(name));
      // Only INVALID may share the generic words.
      if (value->number() != crm::v1::FieldProblem::INVALID)
        QVERIFY2(en != QStringLiteral("not valid"), qPrintable(name + QStringLiteral(": no words of its own")));
      QVERIFY2(HasChinese(zh) && !HasEnglishWord(zh), qPrintable(name + QStringLiteral(": ") + zh));
    }
  }

  // The bound comes with the code: "at most 200 characters", in Chinese too.
  void boundsAndFieldsAreWordedFromTheCodes() {
    const auto status = ServerStatus(
        "VALIDATION_FAILED", grpc::StatusCode::INVALID_ARGUMENT,
        {{"summary", crm::v1::FieldProblem::TOO_LONG, 4000}, {"customer.name", crm::v1::FieldProblem::REQUIRED, 0}});
    const ApiError e = ApiError::fromStatus(status);
    QCOMPARE(e.kind(), ApiError::Kind::Validation);
    QCOMPARE(e.fields().size(), 2);
    QCOMPARE(e.fields()[0].limit, 4000);
    QCOMPARE(
        e.userMessage(),
        QStringLiteral("Please correct: What was discussed: too long (at most 4000 characters); A name is required.."));
    chinese(true);
    const QString zh = ApiError::fromStatus(status).userMessage();
    chinese(false);
    QVERIFY2(zh.contains(QStringLiteral("4000")) && HasChinese(zh) && !HasEnglishWord(zh), qPrintable(zh));
  }

  // The password policy's problems, each with its bound, and no English.
  void passwordPolicyInChinese() {
    const auto status = ServerStatus("PASSWORD_POLICY", grpc::StatusCode::INVALID_ARGUMENT,
                                     {{"new_password", crm::v1::FieldProblem::TOO_SHORT, 12},
                                      {"new_password", crm::v1::FieldProblem::PASSWORD_CHARACTER_CLASSES, 3},
                                      {"new_password", crm::v1::FieldProblem::PASSWORD_RECENTLY_USED, 5}});
    chinese(true);
    const QString zh = ApiError::fromStatus(status).userMessage();
    chinese(false);
    QVERIFY2(zh.startsWith(QStringLiteral("新密码不符合密码策略")) && zh.contains(QStringLiteral("12")) &&
                 zh.contains(QStringLiteral("5")) && !HasEnglishWord(zh),
             qPrintable(zh));
  }

  // A status with no reason (the transport's own: the server is down) is
  // worded by its code; a reason this workstation does not know yet falls
  // back the same way, never to the server's text.
  void withoutAKnownReasonTheCodeDecides() {
    QCOMPARE(ApiError::fromStatus(grpc::Status(grpc::StatusCode::UNAVAILABLE, "ENGLISH")).kind(),
             ApiError::Kind::Unreachable);
    const ApiError future =
        ApiError::fromStatus(ServerStatus("A_REASON_FROM_THE_FUTURE", grpc::StatusCode::FAILED_PRECONDITION));
    QCOMPARE(future.kind(), ApiError::Kind::Refused);
    QCOMPARE(future.userMessage(), QStringLiteral("The request was refused by a business rule."));
    QCOMPARE(ApiError::fromStatus(ServerStatus("BUSY", grpc::StatusCode::UNAVAILABLE)).kind(), ApiError::Kind::Busy);
    QCOMPARE(ApiError::fromStatus(ServerStatus("ETAG_MISMATCH", grpc::StatusCode::ABORTED)).kind(),
             ApiError::Kind::Conflict);
  }
};

QTEST_GUILESS_MAIN(ErrorWordsTest)
#include "error_words_test.moc"
