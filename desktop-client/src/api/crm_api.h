// What the workstation asks of the server. Every call is asynchronous: it
// returns at once and delivers its result on the GUI thread to `context`'s
// callback (dropped if context was destroyed meanwhile). The GUI never talks
// to gRPC directly, so tests and the future offline mode can swap it.
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

#include "api/api_error.h"

namespace crm::desktop {

struct UserInfo {
  QString id;
  QString username;
  QString displayName;
  QString role;  // ACCOUNT_MANAGER, TEAM_LEAD, BRANCH_MANAGER, COMPLIANCE_OFFICER, ADMIN
  QString teamName;
  QString branchName;
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
  QString status;     // PROSPECT, ACTIVE, DORMANT, CLOSED
  QString tier;
  QString riskLevel;
  QString phoneMasked;
  QString idNumberMasked;
  QString district;
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
  QString ownerUserId;
  QString etag;
  QStringList accounts;   // "BANK 622202*********0123 (ACTIVE)"
  QStringList consents;   // "MARKETING / SMS: granted (signed form)"
  QStringList relations;  // "SPOUSE: 李娜"
};

struct CustomerPage {
  QList<CustomerSummary> customers;
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
  virtual void listCustomers(const QString& pageToken, int pageSize, QObject* context,
                             std::function<void(Result<CustomerPage>)> done) = 0;
  // Name fragment, or an exact ID number / phone.
  virtual void searchCustomers(const QString& query, QObject* context,
                               std::function<void(Result<CustomerPage>)> done) = 0;
  // The token used for later calls (set after a successful sign-in).
  virtual void getCustomer(const QString& id, QObject* context, std::function<void(Result<CustomerDetail>)> done) = 0;
  // field: ID_NUMBER, PHONE, EMAIL or ADDRESS. The server records the reason.
  virtual void revealField(const QString& id, const QString& field, const QString& reason, QObject* context,
                           std::function<void(Result<QString>)> done) = 0;
  virtual void setAccessToken(const QString& token) = 0;
};

}  // namespace crm::desktop
