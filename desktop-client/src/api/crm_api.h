// What the workstation asks of the server. Every call is asynchronous: it
// returns at once and delivers its result on the GUI thread to `context`'s
// callback (dropped if context was destroyed meanwhile). The GUI never talks
// to gRPC directly, so tests and the future offline mode can swap it.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

#include "api/api_error.h"

namespace crm::desktop {

struct UserInfo {
  QString id;
  QString username;
  QString displayName;
  QString role;  // ACCOUNT_MANAGER, TEAM_LEAD, BRANCH_MANAGER, COMPLIANCE_OFFICER, ADMIN
  QString teamName;
  QString branchName;
  QString teamId;
  QString branchId;
};

struct LoginResult {
  QString accessToken;
  QDateTime expireTime;
  int idleTimeoutSeconds = 0;
  UserInfo user;
  bool passwordChangeRequired = false;
};

template <typename T>
struct Result {
  T value{};
  ApiError error;
  bool ok() const { return !error.isError(); }
};

struct Empty {};

// A client row as lists show it: sensitive fields already masked by the server.
struct CustomerSummary {
  QString id;
  QString name;
  QString status;  // PROSPECT, ACTIVE, DORMANT, CLOSED
  QString tier;
  QString riskLevel;
  QString phoneMasked;
  QString idNumberMasked;
  QString district;
  QString ownerUserId;
  bool archived = false;
  bool hasAum = false;  // from the client's metrics (lists ask for them)
  qint64 aumMinor = 0;
  QDate lastContact;  // invalid: never contacted (or not known yet)
};

// The consent in force for one purpose and channel.
struct ConsentInfo {
  QString purpose;  // MARKETING, DATA_SHARING
  QString channel;  // CONSENT_SMS, CONSENT_EMAIL, CONSENT_PHONE, CONSENT_WECHAT, CONSENT_ALL
  bool granted = false;
  QString method;
  QDateTime recordTime;
};

// A new client (a prospect) as typed; sensitive values in plain text, sent
// over TLS and stored encrypted by the server.
struct NewCustomerInput {
  QString kind = QStringLiteral("INDIVIDUAL");  // INDIVIDUAL, INSTITUTION
  QString name, gender;                         // gender: M, F or empty
  QDate birthDate;                              // invalid: not given
  QString idType;  // PRC_ID_CARD, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, BUSINESS_LICENSE or empty
  QString idNumber, phone, email, address, district, occupation, employer, source;
  QString ownerUserId;  // empty: the caller
};

struct HoldingInfo {
  QString productCode, productName, currency;
  qint64 marketValueMinor = 0;
  QDate asOf;
};

// A futures account's latest margin snapshot (from the clearing system).
struct FuturesMarginInfo {
  QString accountMask, currency, snapshotTime;  // HH:MM:SS
  QDate tradingDay;
  qint64 balanceMinor = 0, availableMinor = 0, marginMinor = 0;
  int ratioBp = -1;             // balance / margin in use; -1: no margin in use
  bool belowThreshold = false;  // under the firm's margin-call line
};

// The 360 view of one client, every sensitive value masked by the server.
struct CustomerDetail {
  CustomerSummary summary;
  QString kind;
  QString gender;
  QString birthDate;  // YYYY-MM-DD or empty
  QString email;      // masked
  QString address;    // masked down to the district
  QString occupation;
  QString employer, source;
  QString ownerUserId, teamId, branchId;
  QString ownerName;  // the account manager's display name
  QString etag;
  QStringList manualTags;                  // set by people (UpdateTags)
  QStringList ruleTags;                    // kept by the tier rules
  QDateTime riskExpireTime;                // invalid when never assessed
  QString investorClass;                   // ORDINARY, PROFESSIONAL
  QStringList accounts;                    // "BANK 622202*********0123 (ACTIVE)"
  QStringList consents;                    // "MARKETING / SMS: granted (signed form)"
  QList<ConsentInfo> consentRecords;       // the same, as codes (for withdrawing one)
  QStringList relations;                   // "SPOUSE: 李娜"
  QList<HoldingInfo> holdings;             // largest first
  QList<FuturesMarginInfo> futuresMargin;  // each futures account's latest snapshot
  bool hasActivity = false;                // the trade and cash-flow summary exists
  int trades90d = 0;
  QDate lastTradeDate;  // invalid: never traded
  qint64 commission12mMinor = 0, netCashFlow3mMinor = 0;
  bool hasCash = false;  // a cash balance was loaded
  qint64 cashMinor = 0;
  QDate cashDate;
  bool hasAum = false;
  qint64 aumMinor = 0;  // the latest, in fen
  QDate aumDate;
  QList<QPair<QDate, qint64>> aumHistory;  // daily, last 12 months, oldest first
  // What the signed-in user may do with this client (the server's policy).
  bool canEdit = false, canReveal = false, canTransfer = false;
};

// "My clients" filters; empty fields do not filter (the server adds the scope).
struct CustomerFilter {
  QString status;     // PROSPECT, ACTIVE, DORMANT, CLOSED
  QString tier;       // A, B, C, D
  QString riskLevel;  // C1_LOWEST, C1..C5
  QString tag;
  QString ownerUserId;  // one account manager's clients (within the caller's scope)
  bool includeArchived = false;
  QString orderBy;  // "name" (default), "status", "tier", "risk_level", ... optionally " desc"
  bool operator==(const CustomerFilter&) const = default;
};

struct CustomerPage {
  QList<CustomerSummary> customers;
  QString nextPageToken;
  bool partial = false;  // a search matched more than the server reads: some of the matches
};

// Suitability (regulatory.md section 1). Codes stay as the server sends them
// (C1_LOWEST.., R1..R5, ALLOW.., RISK_MISMATCH..); the GUI words them.
struct QuestionOption {
  QString id, text, textEn;
  int score = 0;
};
struct Question {
  QString id, text, textEn;
  QList<QuestionOption> options;
};
struct QuestionnaireInfo {
  int version = 0;
  QString title, titleEn;
  QList<Question> questions;
};

struct AssessmentInfo {
  QString id;
  QString level;  // C1_LOWEST, C1..C5
  int score = 0;
  bool forcedLowest = false;
  bool expired = false;
  int questionnaireVersion = 0;
  QDateTime assessTime, expireTime;
};

struct ProductInfo {
  QString id, code, name, type, currency;
  int risk = 0;  // 1..5
  qint64 minInvestmentMinor = 0;
};

struct EvidenceInfo {
  QString kind, reference, sha256;
  QDateTime createTime;
};

struct SuitabilityCheckInfo {
  QString id, customerId, productId, productCode, productName;
  QString intent, channel, decision;  // ALLOW, REQUIRE_ACKNOWLEDGEMENT, DENY
  QStringList reasons, requiredSteps, missingSteps;
  QString clientLevel, investorClass;
  int productRisk = 0;
  bool specialCare = false, mismatch = false;
  QDateTime checkTime, validUntil;
  QList<EvidenceInfo> evidence;
};

struct SaleInfo {
  QString id, checkId, productId, currency;
  qint64 amountMinor = 0;
  bool specialCare = false, mismatch = false;
  QDateTime saleTime;
};

struct SuitabilityProfileInfo {
  QString investorClass;  // ORDINARY, PROFESSIONAL
  bool hasAssessment = false;
  AssessmentInfo current;
  QList<AssessmentInfo> assessments;
  QList<SuitabilityCheckInfo> checks;
  QList<SaleInfo> sales;
};

// One change of a client's tier (product.md section 2), with what decided it.
struct TierChangeInfo {
  QString policyCode;
  int policyVersion = 0;
  QString fromTier, toTier;
  QDateTime changeTime;
  bool byRun = false;                      // a recompute run (else the client's own data changed)
  QList<QPair<QString, QString>> metrics;  // name -> value as shown (money in yuan; "" for never)
};

// Tiering (product.md section 2).
struct TierPolicyInfo {
  QString id, code, name, status, etag;  // status: TIER_POLICY_DRAFT, TIER_POLICY_ACTIVE, TIER_POLICY_RETIRED
  int version = 0;
  QStringList tiers;             // codes, in the order the rules are tried (the default last)
  QStringList ranked;            // codes, best first: the shortest contact interval first, then as listed
  QString createdBy, updatedBy;  // user ids ("" for the shipped policies); neither may activate
  QString definitionJson;        // only from getTierPolicy and the save calls
};
// A problem the server found in a policy definition: where (e.g.
// "definition.tiers[1].condition.all[0].value") and what.
struct PolicyProblemInfo {
  QString field, description;
};
struct TierTransitionInfo {
  QString fromTier, toTier;  // "" = no tier yet
  qint64 count = 0;
};
struct TierPreviewInfo {
  QList<QPair<QString, qint64>> before, after;  // tier -> clients
  QList<TierTransitionInfo> transitions;        // including unchanged
  qint64 clients = 0, changing = 0;
};

// A contact with the client (append-only; a correction is a new record that
// amends the earlier one).
struct InteractionInfo {
  QString id, customerId, channel;  // CHANNEL_PHONE, CHANNEL_SMS, ...
  QDateTime occurTime, createTime;
  QString authorUserId, summary;
  QString amendsId, amendReason;  // set on an amendment
  QString amendedById;            // set on a record a later one amends
  QString authorName;             // the author's display name
  QDate nextActionDate;           // the agreed next step (invalid: none)
};

// Messages through the server's outbox (issue 27): the channels that reach
// clients, the templates, and each message with its outcome.
struct MessageChannelInfo {
  QString name, kind;      // kind: webhook, wecom_robot, dingtalk_robot, smtp
  QString consentChannel;  // SMS, EMAIL, WECHAT
  int maxBytes = 0;
};
struct MessageTemplateInfo {
  QString code, language, purpose, subject, body;  // purpose: SERVICE, MARKETING; body with {{variables}}
  bool personalData = false;
};
struct MessageChannels {
  QList<MessageChannelInfo> channels;
  QList<MessageTemplateInfo> templates;
};
struct OutboxMessageInfo {
  qint64 id = 0;
  QString channel, customerId, customerName, templateCode, language, purpose, status, lastError, source;
  int attempts = 0;
  QDateTime createTime, sentTime, nextAttemptTime;
};
struct OutboxMessagePage {
  QList<OutboxMessageInfo> items;
  QString nextPageToken;
};

// Anti-money-laundering (issue 26): large-value transaction reports the
// ingest raises, worked by compliance.
struct LargeValueReportInfo {
  qint64 id = 0;
  QString ruleCode, ruleDescription, customerId, customerName, day, direction, currency, dueDate, status, assigneeId,
      assigneeName, closeReason;
  qint64 totalMinor = 0;
  int flowCount = 0;
  bool dueEstimated = false, overdue = false;
  int version = 0;
  QDateTime createTime, closeTime;
  QStringList flowRefs;  // getLargeValueReport only
};
struct LargeValueReportPage {
  QList<LargeValueReportInfo> items;
  QString nextPageToken;
};
// PEP and sanctions screening: a hit is a case compliance confirms or clears.
struct WatchlistCaseInfo {
  qint64 id = 0;
  QString customerId, customerName, listKind, entryRef, entryName, matchedName, category, country, trigger, status,
      assigneeId, assigneeName, closeReason;
  int listVersion = 0, version = 0;
  QDateTime createTime, closeTime;
};
struct WatchlistInfo {
  QString listKind, source;
  int version = 0, entries = 0;
  QDateTime loadTime;
};
struct AmlRiskRatingInfo {
  QString customerId, customerName, rating, reason, ratedByName, nextReview;
  QDateTime ratedTime;
  bool overdue = false;
  int version = 0;
};
struct AmlRiskRatingPage {
  QList<AmlRiskRatingInfo> items;
  QString nextPageToken;
};
struct WatchlistCasePage {
  QList<WatchlistCaseInfo> items;
  QString nextPageToken;
  QList<WatchlistInfo> lists;  // the lists in force
};

// Compliance (product.md section 4): the audit trail and its checks.
struct AuditEventInfo {
  qint64 sequence = 0;
  QDateTime time;
  QString actorUserId, actorUsername, actorRole, sessionId, clientAddress, requestId;
  QString action, targetType, targetId, reason;
  QString outcome;  // OK, DENIED, ERROR
  QString detailsJson, prevHashHex, hashHex;
  QString targetLabel;       // the client's name or the user's, when the target is one
  QString actorDisplayName;  // "Display Name (username)"
};
// Empty fields do not filter; action may be a prefix ending in "." ("auth.").
struct AuditQuery {
  QString actorUserId, targetType, targetId, action;
  QString outcome;       // empty, OK, DENIED or ERROR
  QDateTime start, end;  // invalid: open
};
struct AuditPage {
  QList<AuditEventInfo> events;
  QString nextPageToken;
  qint64 totalSize = 0;
};
struct ChainVerification {
  bool intact = false;
  qint64 eventsChecked = 0, checkpointsChecked = 0, firstSequence = 0, lastSequence = 0, firstBadSequence = 0;
  QString problem;  // NONE, ALTERED, MISSING, INSERTED, REORDERED, TRUNCATED, CHECKPOINT_INVALID
  QString detail;
};
struct ExportSummary {
  qint64 exported = 0;
  qint64 bytes = 0;
};
// Lets the caller stop a long call (an export) from the GUI thread.
class CallCanceller {
 public:
  virtual ~CallCanceller() = default;
  virtual void cancel() = 0;
};
// One row of the suitability exceptions list (regulatory.md section 1).
struct SuitabilityExceptionInfo {
  QString kind;  // MISMATCH_SALE, SPECIAL_CARE_SALE, ASSESSMENT_EXPIRING, HOLDING_ABOVE_LEVEL
  QString customerId, customerName, level, productCode, saleId, currency;
  int productRisk = 0;
  QDateTime time;  // sale time, assessment expiry, or the holdings snapshot's date
  qint64 amountMinor = 0;
  QString ownerUserId, ownerName;
  QString reviewKey;  // names the exception for reviewException
  bool reviewed = false;
  QString reviewNote, reviewerName;
  QDateTime reviewTime;
};
struct SuitabilityExceptionPage {
  QList<SuitabilityExceptionInfo> items;
  QString nextPageToken;
};

class CrmApi {
 public:
  virtual ~CrmApi() = default;
  virtual void login(const QString& username, const QString& password, QObject* context,
                     std::function<void(Result<LoginResult>)> done) = 0;
  virtual void whoAmI(QObject* context, std::function<void(Result<UserInfo>)> done) = 0;
  virtual void changePassword(const QString& current, const QString& next, QObject* context,
                              std::function<void(Result<LoginResult>)> done) = 0;
  virtual void logout(QObject* context, std::function<void(Result<Empty>)> done) = 0;
  virtual void listCustomers(const CustomerFilter& filter, const QString& pageToken, int pageSize, QObject* context,
                             std::function<void(Result<CustomerPage>)> done) = 0;
  // How many clients the filter matches within the caller's scope.
  virtual void countCustomers(const CustomerFilter& filter, QObject* context,
                              std::function<void(Result<qint64>)> done) = 0;
  // Name fragment, or an exact ID number / phone.
  virtual void searchCustomers(const QString& query, QObject* context,
                               std::function<void(Result<CustomerPage>)> done) = 0;
  // The token used for later calls (set after a successful sign-in).
  virtual void getCustomer(const QString& id, QObject* context, std::function<void(Result<CustomerDetail>)> done) = 0;
  // Changes the named fields (name, occupation, employer, email, phone,
  // address) of the version read (etag). Answers the new etag; a stale etag
  // fails with Kind::Conflict, bad input with Kind::Validation naming fields
  // as "customer.<field>", and nothing is changed.
  virtual void updateCustomer(const QString& id, const QString& etag, const QList<QPair<QString, QString>>& fields,
                              QObject* context, std::function<void(Result<QString>)> done) = 0;
  // field: ID_NUMBER, PHONE, EMAIL or ADDRESS. The server records the reason.
  virtual void revealField(const QString& id, const QString& field, const QString& reason, QObject* context,
                           std::function<void(Result<QString>)> done) = 0;
  // Suitability. version 0: the questionnaire in force.
  virtual void getQuestionnaire(int version, QObject* context, std::function<void(Result<QuestionnaireInfo>)> done) = 0;
  // answers: question id -> option id.
  virtual void submitAssessment(const QString& customerId, int version, const QList<QPair<QString, QString>>& answers,
                                QObject* context, std::function<void(Result<AssessmentInfo>)> done) = 0;
  virtual void getSuitabilityProfile(const QString& customerId, QObject* context,
                                     std::function<void(Result<SuitabilityProfileInfo>)> done) = 0;
  virtual void listProducts(QObject* context, std::function<void(Result<QList<ProductInfo>>)> done) = 0;
  // intent: RECOMMEND, CLIENT_REQUEST, CAMPAIGN; channel: BRANCH, ONLINE.
  virtual void checkSuitability(const QString& customerId, const QString& productId, const QString& intent,
                                const QString& channel, QObject* context,
                                std::function<void(Result<SuitabilityCheckInfo>)> done) = 0;
  // The signed warning (or online confirmation); the content is sent so the
  // server can verify the SHA-256 computed here.
  virtual void recordAcknowledgement(const QString& checkId, const QString& kind, const QString& reference,
                                     const QString& sha256, const QByteArray& content, const QDateTime& confirmTime,
                                     QObject* context, std::function<void(Result<EvidenceInfo>)> done) = 0;
  virtual void recordDualRecording(const QString& checkId, const QString& reference, const QString& sha256,
                                   int durationSeconds, const QString& recordedBy, QObject* context,
                                   std::function<void(Result<EvidenceInfo>)> done) = 0;
  virtual void recordSale(const QString& requestId, const QString& checkId, qint64 amountMinor, QObject* context,
                          std::function<void(Result<SaleInfo>)> done) = 0;
  virtual void listTierPolicies(QObject* context, std::function<void(Result<QList<TierPolicyInfo>>)> done) = 0;
  virtual void getTierPolicy(const QString& id, QObject* context, std::function<void(Result<TierPolicyInfo>)> done) = 0;
  // A new draft (the next version of code) / an edit of a draft (etag as read).
  virtual void createTierPolicy(const QString& code, const QString& name, const QString& definitionJson,
                                QObject* context, std::function<void(Result<TierPolicyInfo>)> done) = 0;
  virtual void updateTierPolicy(const QString& id, const QString& etag, const QString& name,
                                const QString& definitionJson, QObject* context,
                                std::function<void(Result<TierPolicyInfo>)> done) = 0;
  // The problems the server finds in a definition (none: it can be saved).
  virtual void validateTierPolicy(const QString& definitionJson, QObject* context,
                                  std::function<void(Result<QList<PolicyProblemInfo>>)> done) = 0;
  // What applying the policy now would do, without changing anything.
  virtual void previewTierPolicy(const QString& id, QObject* context,
                                 std::function<void(Result<TierPreviewInfo>)> done) = 0;
  // Activates a draft (the reason is recorded); answers the recompute run it
  // started.
  virtual void activateTierPolicy(const QString& id, const QString& etag, const QString& reason, QObject* context,
                                  std::function<void(Result<QString>)> done) = 0;
  // Recomputes every client's tier now, reporting progress (total,
  // processed, changed) on the GUI thread; done answers the final counts.
  virtual std::shared_ptr<CallCanceller> recomputeTiers(
      const QString& reason, QObject* context,
      std::function<void(qint64 total, qint64 processed, qint64 changed)> progress,
      std::function<void(Result<QPair<qint64, qint64>>)> done) = 0;
  virtual void getTierHistory(const QString& customerId, QObject* context,
                              std::function<void(Result<QList<TierChangeInfo>>)> done) = 0;
  // Users of a team or branch (both empty: everyone the org tree holds).
  virtual void listUsers(const QString& teamId, const QString& branchId, QObject* context,
                         std::function<void(Result<QList<UserInfo>>)> done) = 0;
  // Newest first (one page of up to 200).
  virtual void listInteractions(const QString& customerId, QObject* context,
                                std::function<void(Result<QList<InteractionInfo>>)> done) = 0;
  // occurTime invalid: now. requestId (optional): the same id with the same
  // content makes a retry return the interaction first recorded.
  // nextAction invalid: no next step agreed.
  virtual void createInteraction(const QString& customerId, const QString& channel, const QDateTime& occurTime,
                                 const QString& summary, const QDate& nextAction, const QString& requestId,
                                 QObject* context, std::function<void(Result<InteractionInfo>)> done) = 0;
  virtual void amendInteraction(const QString& interactionId, const QString& summary, const QString& reason,
                                QObject* context, std::function<void(Result<InteractionInfo>)> done) = 0;
  // Compliance officers only (the server refuses everyone else).
  virtual void listAuditEvents(const AuditQuery& query, const QString& pageToken, int pageSize, QObject* context,
                               std::function<void(Result<AuditPage>)> done) = 0;
  // from/to 0: the whole chain.
  virtual void verifyAuditChain(qint64 fromSequence, qint64 toSequence, QObject* context,
                                std::function<void(Result<ChainVerification>)> done) = 0;
  // Streams the matching events into filePath (format CSV or JSON_LINES),
  // reporting progress on the GUI thread; the reason is recorded with the
  // export. A cancelled or failed export removes the partial file.
  virtual std::shared_ptr<CallCanceller> exportAuditEvents(const AuditQuery& query, const QString& format,
                                                           const QString& reason, const QString& filePath,
                                                           QObject* context,
                                                           std::function<void(qint64 exported, qint64 total)> progress,
                                                           std::function<void(Result<ExportSummary>)> done) = 0;
  virtual void listSuitabilityExceptions(const QString& kind, const QString& pageToken, bool unreviewedOnly,
                                         QObject* context,
                                         std::function<void(Result<SuitabilityExceptionPage>)> done) = 0;
  // Compliance marks an exception reviewed with a note (recorded); answers
  // the review as stored (reviewer, time).
  virtual void reviewException(const SuitabilityExceptionInfo& exception, const QString& note, QObject* context,
                               std::function<void(Result<SuitabilityExceptionInfo>)> done) = 0;
  // Changing a client's record (crm.v1.CustomerService). Bad input fails
  // with Kind::Validation naming the fields; nothing is changed.
  // requestId: the same id makes a retry return the client first created.
  virtual void createCustomer(const QString& requestId, const NewCustomerInput& input, QObject* context,
                              std::function<void(Result<CustomerSummary>)> done) = 0;
  // kind: SECURITIES, MARGIN, FUTURES, FUND, BANK; openDate invalid: not given.
  virtual void addAccount(const QString& customerId, const QString& kind, const QString& number, const QDate& openDate,
                          QObject* context, std::function<void(Result<Empty>)> done) = 0;
  // relation: SPOUSE, CHILD, PARENT, SIBLING, CONTROLLER, BENEFICIAL_OWNER,
  // OTHER_RELATION; one of relatedCustomerId (a client) and relatedName.
  virtual void addRelation(const QString& customerId, const QString& relation, const QString& relatedCustomerId,
                           const QString& relatedName, QObject* context, std::function<void(Result<Empty>)> done) = 0;
  virtual void updateConsent(const QString& customerId, const ConsentInfo& consent, QObject* context,
                             std::function<void(Result<ConsentInfo>)> done) = 0;
  // Answers the manual tags after the change.
  virtual void updateTags(const QString& customerId, const QStringList& add, const QStringList& remove,
                          QObject* context, std::function<void(Result<QStringList>)> done) = 0;
  // All or nothing; answers how many moved.
  virtual void transferCustomers(const QStringList& customerIds, const QString& fromUserId, const QString& toUserId,
                                 const QString& reason, QObject* context, std::function<void(Result<int>)> done) = 0;
  virtual void createDelegation(const QString& customerId, const QString& delegateUserId, const QDateTime& expireTime,
                                const QString& reason, QObject* context, std::function<void(Result<Empty>)> done) = 0;
  // Archives (archived true) or restores a client, with the reason on record.
  virtual void setArchived(const QString& customerId, bool archived, const QString& reason, QObject* context,
                           std::function<void(Result<Empty>)> done) = 0;
  virtual void listMessageChannels(QObject* context, std::function<void(Result<MessageChannels>)> done) = 0;
  // requestId: the same for a retry of the same message (the server queues it once).
  virtual void sendClientMessage(const QString& requestId, const QString& customerId, const QString& channel,
                                 const QString& templateCode, const QString& language, const QString& text,
                                 QObject* context, std::function<void(Result<OutboxMessageInfo>)> done) = 0;
  // customerId empty: every client's (compliance). status empty: any.
  virtual void listMessages(const QString& customerId, const QString& status, const QString& pageToken,
                            QObject* context, std::function<void(Result<OutboxMessagePage>)> done) = 0;
  // status: "" any, OPEN, FILED, DISMISSED; by due date.
  virtual void listLargeValueReports(const QString& status, bool overdueOnly, const QString& pageToken,
                                     QObject* context, std::function<void(Result<LargeValueReportPage>)> done) = 0;
  virtual void getLargeValueReport(qint64 id, QObject* context,
                                   std::function<void(Result<LargeValueReportInfo>)> done) = 0;
  // To the caller.
  virtual void assignLargeValueReport(qint64 id, int version, QObject* context,
                                      std::function<void(Result<LargeValueReportInfo>)> done) = 0;
  // status FILED (reason: the filing reference) or DISMISSED.
  virtual void closeLargeValueReport(qint64 id, int version, const QString& status, const QString& reason,
                                     QObject* context, std::function<void(Result<LargeValueReportInfo>)> done) = 0;
  // Watch-list cases; status "" any, OPEN, CONFIRMED, CLEARED.
  virtual void listWatchlistCases(const QString& status, const QString& pageToken, QObject* context,
                                  std::function<void(Result<WatchlistCasePage>)> done) = 0;
  // To the caller.
  virtual void assignWatchlistCase(qint64 id, int version, QObject* context,
                                   std::function<void(Result<WatchlistCaseInfo>)> done) = 0;
  // status CONFIRMED or CLEARED, with the reason.
  virtual void closeWatchlistCase(qint64 id, int version, const QString& status, const QString& reason,
                                  QObject* context, std::function<void(Result<WatchlistCaseInfo>)> done) = 0;
  // AML risk ratings by review date; dueOnly: review date today or earlier.
  virtual void listAmlRiskRatings(bool dueOnly, const QString& pageToken, QObject* context,
                                  std::function<void(Result<AmlRiskRatingPage>)> done) = 0;
  // rating LOW, MEDIUM, HIGH; version: the one read (0: unrated).
  virtual void setAmlRiskRating(const QString& customerId, const QString& rating, const QString& reason, int version,
                                QObject* context, std::function<void(Result<AmlRiskRatingInfo>)> done) = 0;
  virtual void setAccessToken(const QString& token) = 0;
  // Called on the GUI thread after any call fails because the session ended
  // (expired or revoked), once that call's own callback has run.
  virtual void setSessionEndedHandler(std::function<void()> handler) = 0;
};

}  // namespace crm::desktop
