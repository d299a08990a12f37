#include "core/settings.h"

namespace crm::desktop {

Settings::Settings() : m_settings(QStringLiteral("SecuritiesCRM"), QStringLiteral("workstation")) {}

QString Settings::serverAddress() const {
  return m_settings.value(QStringLiteral("server/address"), QStringLiteral("127.0.0.1:50051")).toString();
}
void Settings::setServerAddress(const QString& address) {
  m_settings.setValue(QStringLiteral("server/address"), address);
}
QString Settings::caFile() const { return m_settings.value(QStringLiteral("server/caFile")).toString(); }
void Settings::setCaFile(const QString& path) { m_settings.setValue(QStringLiteral("server/caFile"), path); }
QString Settings::language() const { return m_settings.value(QStringLiteral("ui/language")).toString(); }
void Settings::setLanguage(const QString& language) { m_settings.setValue(QStringLiteral("ui/language"), language); }
QString Settings::lastUser() const { return m_settings.value(QStringLiteral("session/lastUser")).toString(); }
void Settings::setLastUser(const QString& user) { m_settings.setValue(QStringLiteral("session/lastUser"), user); }

}  // namespace crm::desktop
