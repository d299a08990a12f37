// A CrmApi with no server behind it (issue 24): each method answers what the
// test set in its on<Method> (on the GUI thread, after the call returns, as
// the real one does), or UNIMPLEMENTED when nothing was set, and the calls
// made are recorded in order. For fast model and dialog tests; the flow tests
// against the real in-process server stay.
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <grpcpp/support/status.h>

#include "api/crm_api.h"

namespace crm::desktop {

class FakeCrmApi : public CrmApi {
 public:
  QStringList calls;  // method names, in the order called
  int count(const QString& method) const { return static_cast<int>(calls.count(method)); }

  std::function<Result<LoginResult>()> onLogin;
  std::function<Result<UserInfo>()> onWhoAmI;
  std::function<Result<LoginResult>()> onChangePassword;
  std::function<Result<Empty>()> onLogout;
  std::function<Result<CustomerPage>()> onListCustomers;
  std::function<Result<qint64>()> onCountCustomers;
  std::function<Result<CustomerPage>()> onSearchCustomers;
  std::function<Result<CustomerDetail>()> onGetCustomer;
  std::function<Result<QString>()> onUpdateCustomer;
  std::function<Result<QString>()> onRevealField;
  std::function<Result<QuestionnaireInfo>()> onGetQuestionnaire;
  std::function<Result<AssessmentInfo>()> onSubmitAssessment;
  std::function<Result<SuitabilityProfileInfo>()> onGetSuitabilityProfile;
  std::function<Result<QList<ProductInfo>>()> onListProducts;
  std::function<Result<SuitabilityCheckInfo>()> onCheckSuitability;
  std::function<Result<EvidenceInfo>()> onRecordAcknowledgement;
  std::function<Result<EvidenceInfo>()> onRecordDualRecording;
  std::function<Result<SaleInfo>()> onRecordSale;
  std::function<Result<QList<TierPolicyInfo>>()> onListTierPolicies;
  std::function<Result<TierPolicyInfo>()> onGetTierPolicy;
  std::function<Result<TierPolicyInfo>()> onCreateTierPolicy;
  std::function<Result<TierPolicyInfo>()> onUpdateTierPolicy;
  std::function<Result<QList<PolicyProblemInfo>>()> onValidateTierPolicy;
  std::function<Result<TierPreviewInfo>()> onPreviewTierPolicy;
  std::function<Result<QString>()> onActivateTierPolicy;
  std::function<Result<QPair<qint64, qint64>>()> onRecomputeTiers;
  std::function<Result<QList<TierChangeInfo>>()> onGetTierHistory;
  std::function<Result<QList<UserInfo>>()> onListUsers;
  std::function<Result<QList<InteractionInfo>>()> onListInteractions;
  std::function<Result<InteractionInfo>()> onCreateInteraction;
  std::function<Result<InteractionInfo>()> onAmendInteraction;
  std::function<Result<AuditPage>()> onListAuditEvents;
  std::function<Result<ChainVerification>()> onVerifyAuditChain;
  std::function<Result<ExportSummary>()> onExportAuditEvents;
  std::function<Result<SuitabilityExceptionPage>()> onListSuitabilityExceptions;
  std::function<Result<SuitabilityExceptionInfo>()> onReviewException;
  std::function<Result<MessageChannels>()> onListMessageChannels;
  std::function<Result<OutboxMessageInfo>()> onSendClientMessage;
  std::function<Result<OutboxMessagePage>()> onListMessages;
  std::function<Result<LargeValueReportPage>()> onListLargeValueReports;
  std::function<Result<LargeValueReportInfo>()> onGetLargeValueReport;
  std::function<Result<LargeValueReportInfo>()> onAssignLargeValueReport;
  std::function<Result<LargeValueReportInfo>()> onCloseLargeValueReport;
  std::function<Result<WatchlistCasePage>()> onListWatchlistCases;
  std::function<Result<WatchlistCaseInfo>()> onAssignWatchlistCase;
  std::function<Result<WatchlistCaseInfo>()> onCloseWatchlistCase;
  std::function<Result<AmlRiskRatingPage>()> onListAmlRiskRatings;
  std::function<Result<AmlRiskRatingInfo>()> onSetAmlRiskRating;
  std::function<Result<CustomerSummary>()> onCreateCustomer;
  std::function<Result<Empty>()> onAddAccount;
  std::function<Result<Empty>()> onAddRelation;
  std::function<Result<ConsentInfo>()> onUpdateConsent;
  std::function<Result<QStringList>()> onUpdateTags;
  std::function<Result<int>()> onTransferCustomers;
  std::function<Result<Empty>()> onCreateDelegation;
  std::function<Result<Empty>()> onSetArchived;

  void login(const QString& /*username*/, const QString& /*password*/, QObject* context,
             std::function<void(Result<LoginResult>)> done) override {
    answer("login", context, onLogin, std::move(done));
  }
  void whoAmI(QObject* context, std::function<void(Result<UserInfo>)> done) override {
    answer("whoAmI", context, onWhoAmI, std::move(done));
  }
  void changePassword(const QString& /*current*/, const QString& /*next*/, QObject* context,
                      std::function<void(Result<LoginResult>)> done) override {
    answer("changePassword", context, onChangePassword, std::move(done));
  }
  void logout(QObject* context, std::function<void(Result<Empty>)> done) override {
    answer("logout", context, onLogout, std::move(done));
  }
  void listCustomers(const CustomerFilter& /*filter*/, const QString& /*pageToken*/, int /*pageSize*/, QObject* context,
                     std::function<void(Result<CustomerPage>)> done) override {
    answer("listCustomers", context, onListCustomers, std::move(done));
  }
  void countCustomers(const CustomerFilter& /*filter*/, QObject* context,
                      std::function<void(Result<qint64>)> done) override {
    answer("countCustomers", context, onCountCustomers, std::move(done));
  }
  void searchCustomers(const QString& /*query*/, QObject* context,
                       std::function<void(Result<CustomerPage>)> done) override {
    answer("searchCustomers", context, onSearchCustomers, std::move(done));
  }
  void getCustomer(const QString& /*id*/, QObject* context, std::function<void(Result<CustomerDetail>)> done) override {
    answer("getCustomer", context, onGetCustomer, std::move(done));
  }
  void updateCustomer(const QString& /*id*/, const QString& /*etag*/, const QList<QPair<QString, QString>>& /*fields*/,
                      QObject* context, std::function<void(Result<QString>)> done) override {
    answer("updateCustomer", context, onUpdateCustomer, std::move(done));
  }
  void revealField(const QString& /*id*/, const QString& /*field*/, const QString& /*reason*/, QObject* context,
                   std::function<void(Result<QString>)> done) override {
    answer("revealField", context, onRevealField, std::move(done));
  }
  void getQuestionnaire(int /*version*/, QObject* context,
                        std::function<void(Result<QuestionnaireInfo>)> done) override {
    answer("getQuestionnaire", context, onGetQuestionnaire, std::move(done));
  }
  void submitAssessment(const QString& /*customerId*/, int /*version*/,
                        const QList<QPair<QString, QString>>& /*answers*/, QObject* context,
                        std::function<void(Result<AssessmentInfo>)> done) override {
    answer("submitAssessment", context, onSubmitAssessment, std::move(done));
  }
  void getSuitabilityProfile(const QString& /*customerId*/, QObject* context,
                             std::function<void(Result<SuitabilityProfileInfo>)> done) override {
    answer("getSuitabilityProfile", context, onGetSuitabilityProfile, std::move(done));
  }
  void listProducts(QObject* context, std::function<void(Result<QList<ProductInfo>>)> done) override {
    answer("listProducts", context, onListProducts, std::move(done));
  }
  void checkSuitability(const QString& /*customerId*/, const QString& /*productId*/, const QString& /*intent*/,
                        const QString& /*channel*/, QObject* context,
                        std::function<void(Result<SuitabilityCheckInfo>)> done) override {
    answer("checkSuitability", context, onCheckSuitability, std::move(done));
  }
  void recordAcknowledgement(const QString& /*checkId*/, const QString& /*kind*/, const QString& /*reference*/,
                             const QString& /*sha256*/, const QByteArray& /*content*/, const QDateTime& /*confirmTime*/,
                             QObject* context, std::function<void(Result<EvidenceInfo>)> done) override {
    answer("recordAcknowledgement", context, onRecordAcknowledgement, std::move(done));
  }
  void recordDualRecording(const QString& /*checkId*/, const QString& /*reference*/, const QString& /*sha256*/,
                           int /*durationSeconds*/, const QString& /*recordedBy*/, QObject* context,
                           std::function<void(Result<EvidenceInfo>)> done) override {
    answer("recordDualRecording", context, onRecordDualRecording, std::move(done));
  }
  void recordSale(const QString& /*requestId*/, const QString& /*checkId*/, qint64 /*amountMinor*/, QObject* context,
                  std::function<void(Result<SaleInfo>)> done) override {
    answer("recordSale", context, onRecordSale, std::move(done));
  }
  void listTierPolicies(QObject* context, std::function<void(Result<QList<TierPolicyInfo>>)> done) override {
    answer("listTierPolicies", context, onListTierPolicies, std::move(done));
  }
  void getTierPolicy(const QString& /*id*/, QObject* context,
                     std::function<void(Result<TierPolicyInfo>)> done) override {
    answer("getTierPolicy", context, onGetTierPolicy, std::move(done));
  }
  void createTierPolicy(const QString& /*code*/, const QString& /*name*/, const QString& /*definitionJson*/,
                        QObject* context, std::function<void(Result<TierPolicyInfo>)> done) override {
    answer("createTierPolicy", context, onCreateTierPolicy, std::move(done));
  }
  void updateTierPolicy(const QString& /*id*/, const QString& /*etag*/, const QString& /*name*/,
                        const QString& /*definitionJson*/, QObject* context,
                        std::function<void(Result<TierPolicyInfo>)> done) override {
    answer("updateTierPolicy", context, onUpdateTierPolicy, std::move(done));
  }
  void validateTierPolicy(const QString& /*definitionJson*/, QObject* context,
                          std::function<void(Result<QList<PolicyProblemInfo>>)> done) override {
    answer("validateTierPolicy", context, onValidateTierPolicy, std::move(done));
  }
  void previewTierPolicy(const QString& /*id*/, QObject* context,
                         std::function<void(Result<TierPreviewInfo>)> done) override {
    answer("previewTierPolicy", context, onPreviewTierPolicy, std::move(done));
  }
  void activateTierPolicy(const QString& /*id*/, const QString& /*etag*/, const QString& /*reason*/, QObject* context,
                          std::function<void(Result<QString>)> done) override {
    answer("activateTierPolicy", context, onActivateTierPolicy, std::move(done));
  }
  std::shared_ptr<CallCanceller> recomputeTiers(
      const QString& /*reason*/, QObject* context,
      std::function<void(qint64 total, qint64 processed, qint64 changed)> /*progress*/,
      std::function<void(Result<QPair<qint64, qint64>>)> done) override {
    answer("recomputeTiers", context, onRecomputeTiers, std::move(done));
    return nullptr;
  }
  void getTierHistory(const QString& /*customerId*/, QObject* context,
                      std::function<void(Result<QList<TierChangeInfo>>)> done) override {
    answer("getTierHistory", context, onGetTierHistory, std::move(done));
  }
  void listUsers(const QString& /*teamId*/, const QString& /*branchId*/, QObject* context,
                 std::function<void(Result<QList<UserInfo>>)> done) override {
    answer("listUsers", context, onListUsers, std::move(done));
  }
  void listInteractions(const QString& /*customerId*/, QObject* context,
                        std::function<void(Result<QList<InteractionInfo>>)> done) override {
    answer("listInteractions", context, onListInteractions, std::move(done));
  }
  void createInteraction(const QString& /*customerId*/, const QString& /*channel*/, const QDateTime& /*occurTime*/,
                         const QString& /*summary*/, const QDate& /*nextAction*/, const QString& /*requestId*/,
                         QObject* context, std::function<void(Result<InteractionInfo>)> done) override {
    answer("createInteraction", context, onCreateInteraction, std::move(done));
  }
  void amendInteraction(const QString& /*interactionId*/, const QString& /*summary*/, const QString& /*reason*/,
                        QObject* context, std::function<void(Result<InteractionInfo>)> done) override {
    answer("amendInteraction", context, onAmendInteraction, std::move(done));
  }
  void listAuditEvents(const AuditQuery& /*query*/, const QString& /*pageToken*/, int /*pageSize*/, QObject* context,
                       std::function<void(Result<AuditPage>)> done) override {
    answer("listAuditEvents", context, onListAuditEvents, std::move(done));
  }
  void verifyAuditChain(qint64 /*fromSequence*/, qint64 /*toSequence*/, QObject* context,
                        std::function<void(Result<ChainVerification>)> done) override {
    answer("verifyAuditChain", context, onVerifyAuditChain, std::move(done));
  }
  std::shared_ptr<CallCanceller> exportAuditEvents(const AuditQuery& /*query*/, const QString& /*format*/,
                                                   const QString& /*reason*/, const QString& /*filePath*/,
                                                   QObject* context,
                                                   std::function<void(qint64 exported, qint64 total)> /*progress*/,
                                                   std::function<void(Result<ExportSummary>)> done) override {
    answer("exportAuditEvents", context, onExportAuditEvents, std::move(done));
    return nullptr;
  }
  void listSuitabilityExceptions(const QString& /*kind*/, const QString& /*pageToken*/, bool /*unreviewedOnly*/,
                                 QObject* context,
                                 std::function<void(Result<SuitabilityExceptionPage>)> done) override {
    answer("listSuitabilityExceptions", context, onListSuitabilityExceptions, std::move(done));
  }
  void reviewException(const SuitabilityExceptionInfo& /*exception*/, const QString& /*note*/, QObject* context,
                       std::function<void(Result<SuitabilityExceptionInfo>)> done) override {
    answer("reviewException", context, onReviewException, std::move(done));
  }
  void listMessageChannels(QObject* context, std::function<void(Result<MessageChannels>)> done) override {
    answer("listMessageChannels", context, onListMessageChannels, std::move(done));
  }
  void sendClientMessage(const QString& /*requestId*/, const QString& /*customerId*/, const QString& /*channel*/,
                         const QString& /*templateCode*/, const QString& /*language*/, const QString& /*text*/,
                         QObject* context, std::function<void(Result<OutboxMessageInfo>)> done) override {
    answer("sendClientMessage", context, onSendClientMessage, std::move(done));
  }
  void listMessages(const QString& /*customerId*/, const QString& /*status*/, const QString& /*pageToken*/,
                    QObject* context, std::function<void(Result<OutboxMessagePage>)> done) override {
    answer("listMessages", context, onListMessages, std::move(done));
  }
  void listLargeValueReports(const QString& /*status*/, bool /*overdueOnly*/, const QString& /*pageToken*/,
                             QObject* context, std::function<void(Result<LargeValueReportPage>)> done) override {
    answer("listLargeValueReports", context, onListLargeValueReports, std::move(done));
  }
  void getLargeValueReport(qint64 /*id*/, QObject* context,
                           std::function<void(Result<LargeValueReportInfo>)> done) override {
    answer("getLargeValueReport", context, onGetLargeValueReport, std::move(done));
  }
  void assignLargeValueReport(qint64 /*id*/, int /*version*/, QObject* context,
                              std::function<void(Result<LargeValueReportInfo>)> done) override {
    answer("assignLargeValueReport", context, onAssignLargeValueReport, std::move(done));
  }
  void closeLargeValueReport(qint64 /*id*/, int /*version*/, const QString& /*status*/, const QString& /*reason*/,
                             QObject* context, std::function<void(Result<LargeValueReportInfo>)> done) override {
    answer("closeLargeValueReport", context, onCloseLargeValueReport, std::move(done));
  }
  void listWatchlistCases(const QString& /*status*/, const QString& /*pageToken*/, QObject* context,
                          std::function<void(Result<WatchlistCasePage>)> done) override {
    answer("listWatchlistCases", context, onListWatchlistCases, std::move(done));
  }
  void assignWatchlistCase(qint64 /*id*/, int /*version*/, QObject* context,
                           std::function<void(Result<WatchlistCaseInfo>)> done) override {
    answer("assignWatchlistCase", context, onAssignWatchlistCase, std::move(done));
  }
  void closeWatchlistCase(qint64 /*id*/, int /*version*/, const QString& /*status*/, const QString& /*reason*/,
                          QObject* context, std::function<void(Result<WatchlistCaseInfo>)> done) override {
    answer("closeWatchlistCase", context, onCloseWatchlistCase, std::move(done));
  }
  void listAmlRiskRatings(bool /*dueOnly*/, const QString& /*pageToken*/, QObject* context,
                          std::function<void(Result<AmlRiskRatingPage>)> done) override {
    answer("listAmlRiskRatings", context, onListAmlRiskRatings, std::move(done));
  }
  void setAmlRiskRating(const QString& /*customerId*/, const QString& /*rating*/, const QString& /*reason*/,
                        int /*version*/, QObject* context,
                        std::function<void(Result<AmlRiskRatingInfo>)> done) override {
    answer("setAmlRiskRating", context, onSetAmlRiskRating, std::move(done));
  }
  void createCustomer(const QString& /*requestId*/, const NewCustomerInput& /*input*/, QObject* context,
                      std::function<void(Result<CustomerSummary>)> done) override {
    answer("createCustomer", context, onCreateCustomer, std::move(done));
  }
  void addAccount(const QString& /*customerId*/, const QString& /*kind*/, const QString& /*number*/,
                  const QDate& /*openDate*/, QObject* context, std::function<void(Result<Empty>)> done) override {
    answer("addAccount", context, onAddAccount, std::move(done));
  }
  void addRelation(const QString& /*customerId*/, const QString& /*relation*/, const QString& /*relatedCustomerId*/,
                   const QString& /*relatedName*/, QObject* context, std::function<void(Result<Empty>)> done) override {
    answer("addRelation", context, onAddRelation, std::move(done));
  }
  void updateConsent(const QString& /*customerId*/, const ConsentInfo& /*consent*/, QObject* context,
                     std::function<void(Result<ConsentInfo>)> done) override {
    answer("updateConsent", context, onUpdateConsent, std::move(done));
  }
  void updateTags(const QString& /*customerId*/, const QStringList& /*add*/, const QStringList& /*remove*/,
                  QObject* context, std::function<void(Result<QStringList>)> done) override {
    answer("updateTags", context, onUpdateTags, std::move(done));
  }
  void transferCustomers(const QStringList& /*customerIds*/, const QString& /*fromUserId*/, const QString& /*toUserId*/,
                         const QString& /*reason*/, QObject* context, std::function<void(Result<int>)> done) override {
    answer("transferCustomers", context, onTransferCustomers, std::move(done));
  }
  void createDelegation(const QString& /*customerId*/, const QString& /*delegateUserId*/,
                        const QDateTime& /*expireTime*/, const QString& /*reason*/, QObject* context,
                        std::function<void(Result<Empty>)> done) override {
    answer("createDelegation", context, onCreateDelegation, std::move(done));
  }
  void setArchived(const QString& /*customerId*/, bool /*archived*/, const QString& /*reason*/, QObject* context,
                   std::function<void(Result<Empty>)> done) override {
    answer("setArchived", context, onSetArchived, std::move(done));
  }
  void setAccessToken(const QString& token) override { accessToken = token; }
  void setSessionEndedHandler(std::function<void()> handler) override { sessionEnded = std::move(handler); }

  QString accessToken;
  std::function<void()> sessionEnded;

 private:
  template <typename T>
  void answer(const char* method, QObject* context, const std::function<Result<T>()>& fn,
              std::function<void(Result<T>)> done) {
    calls << QString::fromLatin1(method);
    Result<T> r;
    if (fn)
      r = fn();
    else
      r.error = ApiError::fromStatus(grpc::Status(grpc::StatusCode::UNIMPLEMENTED, method));
    QTimer::singleShot(0, context, [r = std::move(r), done = std::move(done)] { done(r); });
  }
};

}  // namespace crm::desktop
