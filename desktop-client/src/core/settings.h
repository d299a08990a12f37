// Workstation settings (no Widgets): server address, CA file, language.
#pragma once

#include <QSettings>
#include <QString>

namespace crm::desktop {

class Settings {
 public:
  Settings();
  QString serverAddress() const;
  void setServerAddress(const QString& address);
  QString caFile() const;
  void setCaFile(const QString& path);
  // "" follows the system locale; otherwise "zh_CN" or "en".
  QString language() const;
  void setLanguage(const QString& language);
  QString lastUser() const;
  void setLastUser(const QString& user);

 private:
  mutable QSettings m_settings;
};

}  // namespace crm::desktop
