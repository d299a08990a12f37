// The signed-in user and token, shared by every screen (no Widgets).
#pragma once

#include <QObject>

#include "api/crm_api.h"

namespace crm::desktop {

class Session : public QObject {
  Q_OBJECT

 public:
  explicit Session(CrmApi& api, QObject* parent = nullptr) : QObject(parent), m_api(api) {}

  bool isSignedIn() const { return !m_token.isEmpty(); }
  const UserInfo& user() const { return m_user; }
  CrmApi& api() { return m_api; }

  void start(const LoginResult& login);
  void updateUser(const UserInfo& user);
  void replaceToken(const QString& token);
  void end();

  // Role checks for what the UI shows; the server decides what is allowed.
  bool hasRole(const QString& role) const { return m_user.role == role; }

 Q_SIGNALS:
  void signedIn();
  void userChanged();
  void signedOut();

 private:
  CrmApi& m_api;
  QString m_token;
  UserInfo m_user;
};

}  // namespace crm::desktop
