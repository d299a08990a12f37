#include "core/session.h"

namespace crm::desktop {

void Session::start(const LoginResult& login) {
  m_token = login.accessToken;
  m_user = login.user;
  m_api.setAccessToken(m_token);
  Q_EMIT signedIn();
}

void Session::updateUser(const UserInfo& user) {
  m_user = user;
  Q_EMIT userChanged();
}

void Session::replaceToken(const QString& token) {
  m_token = token;
  m_api.setAccessToken(token);
}

void Session::end() {
  m_token.fill(QChar(u'\0'));
  m_token.clear();
  m_api.setAccessToken(QString());
  m_user = UserInfo{};
  Q_EMIT signedOut();
}

}  // namespace crm::desktop
