// CrmApi over gRPC with TLS (trusting the configured CA file). Calls run on a
// small private thread pool with a deadline each, never on the GUI thread.
#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <memory>

#include "api/crm_api.h"
#include "api/grpc_support.h"

namespace grpc {
class Channel;
}

namespace crm::desktop {

class GrpcCrmApi final : public CrmApi {
 public:
  // caFile empty: the system trust store.
  GrpcCrmApi(const QString& address, const QString& caFile, int deadlineMs = 15000);
  ~GrpcCrmApi() override;

  // Empty when the channel could be set up; else why (e.g. unreadable CA file).
  QString setupError() const { return m_setupError; }

  void login(const QString& username, const QString& password, QObject* context,
             std::function<void(Result<LoginResult>)> done) override;
  void whoAmI(QObject* context, std::function<void(Result<UserInfo>)> done) override;
  void changePassword(const QString& current, const QString& next, QObject* context,
                      std::function<void(Result<LoginResult>)> done) override;
  void logout(QObject* context, std::function<void(Result<Empty>)> done) override;
  void listCustomers(const CustomerFilter& filter, const QString& pageToken, int pageSize, QObject* context,
                     std::function<void(Result<CustomerPage>)> done) override;
  void countCustomers(const CustomerFilter& filter, QObject* context,
                      std::function<void(Result<qint64>)> done) override;
  void searchCustomers(const QString& query, QObject* context, std::function<void(Result<CustomerPage>)> done) override;
  void getCustomer(const QString& id, QObject* context, std::function<void(Result<CustomerDetail>)> done) override;
  void updateCustomer(const QString& id, const QString& etag, const QList<QPair<QString, QString>>& fields,
                      QObject* context, std::function<void(Result<QString>)> done) override;
  void revealField(const QString& id, const QString& field, const QString& reason, QObject* context,
                   std::function<void(Result<QString>)> done) override;
  // grpc_crm_api_suitability.cpp
  void getQuestionnaire(int version, QObject* context, std::function<void(Result<QuestionnaireInfo>)> done) override;
  void submitAssessment(const QString& customerId, int version, const QList<QPair<QString, QString>>& answers,
                        QObject* context, std::function<void(Result<AssessmentInfo>)> done) override;
  void getSuitabilityProfile(const QString& customerId, QObject* context,
                             std::function<void(Result<SuitabilityProfileInfo>)> done) override;
  void listProducts(QObject* context, std::function<void(Result<QList<ProductInfo>>)> done) override;
  void checkSuitability(const QString& customerId, const QString& productId, const QString& intent,
                        const QString& channel, QObject* context,
                        std::function<void(Result<SuitabilityCheckInfo>)> done) override;
  void recordAcknowledgement(const QString& checkId, const QString& kind, const QString& reference,
                             const QString& sha256, const QByteArray& content, const QDateTime& confirmTime,
                             QObject* context, std::function<void(Result<EvidenceInfo>)> done) override;
  void recordDualRecording(const QString& checkId, const QString& reference, const QString& sha256, int durationSeconds,
                           const QString& recordedBy, QObject* context,
                           std::function<void(Result<EvidenceInfo>)> done) override;
  void recordSale(const QString& requestId, const QString& checkId, qint64 amountMinor, QObject* context,
                  std::function<void(Result<SaleInfo>)> done) override;
  // grpc_crm_api_tiering.cpp
  void listTierPolicies(QObject* context, std::function<void(Result<QList<TierPolicyInfo>>)> done) override;
  void getTierPolicy(const QString& id, QObject* context, std::function<void(Result<TierPolicyInfo>)> done) override;
  void createTierPolicy(const QString& code, const QString& name, const QString& definitionJson, QObject* context,
                        std::function<void(Result<TierPolicyInfo>)> done) override;
  void updateTierPolicy(const QString& id, const QString& etag, const QString& name, const QString& definitionJson,
                        QObject* context, std::function<void(Result<TierPolicyInfo>)> done) override;
  void validateTierPolicy(const QString& definitionJson, QObject* context,
                          std::function<void(Result<QList<PolicyProblemInfo>>)> done) override;
  void previewTierPolicy(const QString& id, QObject* context,
                         std::function<void(Result<TierPreviewInfo>)> done) override;
  void activateTierPolicy(const QString& id, const QString& etag, const QString& reason, QObject* context,
                          std::function<void(Result<QString>)> done) override;
  std::shared_ptr<CallCanceller> recomputeTiers(const QString& reason, QObject* context,
                                                std::function<void(qint64, qint64, qint64)> progress,
                                                std::function<void(Result<QPair<qint64, qint64>>)> done) override;
  void getTierHistory(const QString& customerId, QObject* context,
                      std::function<void(Result<QList<TierChangeInfo>>)> done) override;
  // grpc_crm_api_interactions.cpp
  void listUsers(const QString& teamId, const QString& branchId, QObject* context,
                 std::function<void(Result<QList<UserInfo>>)> done) override;
  void listInteractions(const QString& customerId, QObject* context,
                        std::function<void(Result<QList<InteractionInfo>>)> done) override;
  void createInteraction(const QString& customerId, const QString& channel, const QDateTime& occurTime,
                         const QString& summary, const QDate& nextAction, const QString& requestId, QObject* context,
                         std::function<void(Result<InteractionInfo>)> done) override;
  void amendInteraction(const QString& interactionId, const QString& summary, const QString& reason, QObject* context,
                        std::function<void(Result<InteractionInfo>)> done) override;
  // grpc_crm_api_compliance.cpp
  void listAuditEvents(const AuditQuery& query, const QString& pageToken, int pageSize, QObject* context,
                       std::function<void(Result<AuditPage>)> done) override;
  void verifyAuditChain(qint64 fromSequence, qint64 toSequence, QObject* context,
                        std::function<void(Result<ChainVerification>)> done) override;
  std::shared_ptr<CallCanceller> exportAuditEvents(const AuditQuery& query, const QString& format,
                                                   const QString& reason, const QString& filePath, QObject* context,
                                                   std::function<void(qint64 exported, qint64 total)> progress,
                                                   std::function<void(Result<ExportSummary>)> done) override;
  void listMessageChannels(QObject* context, std::function<void(Result<MessageChannels>)> done) override;
  void sendClientMessage(const QString& requestId, const QString& customerId, const QString& channel,
                         const QString& templateCode, const QString& language, const QString& text, QObject* context,
                         std::function<void(Result<OutboxMessageInfo>)> done) override;
  void listMessages(const QString& customerId, const QString& status, const QString& pageToken, QObject* context,
                    std::function<void(Result<OutboxMessagePage>)> done) override;
  void listLargeValueReports(const QString& status, bool overdueOnly, const QString& pageToken, QObject* context,
                             std::function<void(Result<LargeValueReportPage>)> done) override;
  void getLargeValueReport(qint64 id, QObject* context,
                           std::function<void(Result<LargeValueReportInfo>)> done) override;
  void assignLargeValueReport(qint64 id, int version, QObject* context,
                              std::function<void(Result<LargeValueReportInfo>)> done) override;
  void closeLargeValueReport(qint64 id, int version, const QString& status, const QString& reason, QObject* context,
                             std::function<void(Result<LargeValueReportInfo>)> done) override;
  void listWatchlistCases(const QString& status, const QString& pageToken, QObject* context,
                          std::function<void(Result<WatchlistCasePage>)> done) override;
  void assignWatchlistCase(qint64 id, int version, QObject* context,
                           std::function<void(Result<WatchlistCaseInfo>)> done) override;
  void closeWatchlistCase(qint64 id, int version, const QString& status, const QString& reason, QObject* context,
                          std::function<void(Result<WatchlistCaseInfo>)> done) override;
  void listAmlRiskRatings(bool dueOnly, const QString& pageToken, QObject* context,
                          std::function<void(Result<AmlRiskRatingPage>)> done) override;
  void setAmlRiskRating(const QString& customerId, const QString& rating, const QString& reason, int version,
                        QObject* context, std::function<void(Result<AmlRiskRatingInfo>)> done) override;
  void listSuitabilityExceptions(const QString& kind, const QString& pageToken, bool unreviewedOnly, QObject* context,
                                 std::function<void(Result<SuitabilityExceptionPage>)> done) override;
  void reviewException(const SuitabilityExceptionInfo& exception, const QString& note, QObject* context,
                       std::function<void(Result<SuitabilityExceptionInfo>)> done) override;
  // grpc_crm_api_records.cpp
  void createCustomer(const QString& requestId, const NewCustomerInput& input, QObject* context,
                      std::function<void(Result<CustomerSummary>)> done) override;
  void addAccount(const QString& customerId, const QString& kind, const QString& number, const QDate& openDate,
                  QObject* context, std::function<void(Result<Empty>)> done) override;
  void addRelation(const QString& customerId, const QString& relation, const QString& relatedCustomerId,
                   const QString& relatedName, QObject* context, std::function<void(Result<Empty>)> done) override;
  void updateConsent(const QString& customerId, const ConsentInfo& consent, QObject* context,
                     std::function<void(Result<ConsentInfo>)> done) override;
  void updateTags(const QString& customerId, const QStringList& add, const QStringList& remove, QObject* context,
                  std::function<void(Result<QStringList>)> done) override;
  void transferCustomers(const QStringList& customerIds, const QString& fromUserId, const QString& toUserId,
                         const QString& reason, QObject* context, std::function<void(Result<int>)> done) override;
  void createDelegation(const QString& customerId, const QString& delegateUserId, const QDateTime& expireTime,
                        const QString& reason, QObject* context, std::function<void(Result<Empty>)> done) override;
  void setArchived(const QString& customerId, bool archived, const QString& reason, QObject* context,
                   std::function<void(Result<Empty>)> done) override;
  void setAccessToken(const QString& token) override;
  void setSessionEndedHandler(std::function<void()> handler) override { *m_sessionEnded = std::move(handler); }

 private:
  // Runs fn(stub, context) for the suitability service off the GUI thread.
  template <typename T, typename Fn>
  void suitabilityCall(QObject* context, Fn fn, std::function<void(Result<T>)> done);
  QString token() const;
  template <typename T>
  void run(QObject* context, std::function<Result<T>()> work, std::function<void(Result<T>)> done);
  // One unary call off the GUI thread with the session token and a deadline
  // (0: the default): call(channel, clientContext) returns the Result.
  template <typename T, typename Call>
  void unary(QObject* context, Call call, std::function<void(Result<T>)> done, int deadlineMs = 0);

  std::shared_ptr<grpc::Channel> m_channel;
  QString m_setupError;
  int m_deadlineMs;
  mutable QMutex m_mutex;
  QString m_token;
  QThreadPool m_pool;
  std::shared_ptr<std::function<void()>> m_sessionEnded = std::make_shared<std::function<void()>>();
};

template <typename T>
void GrpcCrmApi::run(QObject* context, std::function<Result<T>()> work, std::function<void(Result<T>)> done) {
  QPointer<QObject> guard(context);
  m_pool.start([guard, work = std::move(work), done = std::move(done), ended = m_sessionEnded]() {
    Result<T> result = work();
    // Deliver on the GUI thread; the guard is checked there, where deletion happens.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [guard, done, result, ended]() {
          if (guard) done(result);
          if (result.error.kind() == ApiError::Kind::SessionEnded && *ended) (*ended)();
        },
        Qt::QueuedConnection);
  });
}

template <typename T, typename Call>
void GrpcCrmApi::unary(QObject* context, Call call, std::function<void(Result<T>)> done, int deadlineMs) {
  auto channel = m_channel;
  const int deadline = deadlineMs > 0 ? deadlineMs : m_deadlineMs;
  std::string tok = token().toStdString();
  run<T>(
      context,
      [channel, deadline, tok, call]() {
        auto ctx = makeContext(tok, deadline);
        return call(channel, ctx.get());
      },
      std::move(done));
}

}  // namespace crm::desktop
