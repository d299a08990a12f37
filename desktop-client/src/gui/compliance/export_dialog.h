// Asks what an audit export needs: why (required, recorded with the export),
// the format and where to save it.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crm::desktop {

class ExportDialog : public QDialog {
  Q_OBJECT

 public:
  explicit ExportDialog(QWidget* parent = nullptr);
  QString reason() const;
  QString format() const;  // CSV or JSON_LINES
  QString filePath() const;
  void setFilePath(const QString& path);

 private:
  void updateState();

  QLineEdit* m_reason;
  QComboBox* m_format;
  QLineEdit* m_path;
  QLabel* m_hint;
  QPushButton* m_ok;
};

}  // namespace crm::desktop
