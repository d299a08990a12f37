// CrmApi over gRPC with TLS (trusting the configured CA file). Calls run on a
// small private thread pool with a deadline each, never on the GUI thread.
#pragma once

#include <QMutex>
#include <QThreadPool>
#include <memory>

#include "api/crm_api.h"

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
  void listCustomers(const QString& pageToken, int pageSize, QObject* context,
                     std::function<void(Result<CustomerPage>)> done) override;
  void searchCustomers(const QString& query, QObject* context,
                       std::function<void(Result<CustomerPage>)> done) override;
  void getCustomer(const QString& id, QObject* context, std::function<void(Result<CustomerDetail>)> done) override;
  void revealField(const QString& id, const QString& field, const QString& reason, QObject* context,
                   std::function<void(Result<QString>)> done) override;
  void setAccessToken(const QString& token) override;

 private:
  QString token() const;
  template <typename T>
  void run(QObject* context, std::function<Result<T>()> work, std::function<void(Result<T>)> done);

  std::shared_ptr<grpc::Channel> m_channel;
  QString m_setupError;
  int m_deadlineMs;
  mutable QMutex m_mutex;
  QString m_token;
  QThreadPool m_pool;
};

}  // namespace crm::desktop
