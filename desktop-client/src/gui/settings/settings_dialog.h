// Server address, CA file and language.
#pragma once

#include <QDialog>

#include "core/settings.h"

class QComboBox;
class QLineEdit;

namespace crm::desktop {

class SettingsDialog : public QDialog {
  Q_OBJECT

 public:
  SettingsDialog(Settings& settings, QWidget* parent = nullptr);
  void accept() override;

 private:
  Settings& m_settings;
  QLineEdit* m_server;
  QLineEdit* m_ca;
  QComboBox* m_language;
};

}  // namespace crm::desktop
