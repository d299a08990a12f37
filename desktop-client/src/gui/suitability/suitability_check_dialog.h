// Checks a product for a client (regulatory.md section 1) and, when the
// server allows it, records the sale: the decision in plain language with its
// reasons, the evidence the mismatch path needs (signed risk warning, dual
// recording or online confirmation; SHA-256 computed here, off the UI
// thread), and the sale only once the server has everything.
#pragma once

#include <QDialog>
#include <QMap>

#include "api/crm_api.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace crm::desktop {

class SuitabilityCheckDialog : public QDialog {
  Q_OBJECT

 public:
  SuitabilityCheckDialog(CrmApi& api, const QString& customerId, const QString& customerName,
                         QWidget* parent = nullptr);

  // Test seams: what the user does with the widgets.
  bool productsLoaded() const { return m_productsLoaded; }
  bool selectProduct(const QString& code);
  void setIntent(const QString& intent);  // RECOMMEND, CLIENT_REQUEST, CAMPAIGN
  void runCheck();
  // Hashes the file (off the UI thread), then records it for the current check.
  void attachEvidence(const QString& step, const QString& path);
  void setAmountText(const QString& yuan);
  void recordSale();

  const SuitabilityCheckInfo& check() const { return m_check; }
  bool hasCheck() const { return !m_check.id.isEmpty(); }
  bool saleEnabled() const;
  const SaleInfo& sale() const { return m_sale; }
  QString messageText() const;

  // "12345.67" yuan -> 1234567 fen, exactly; -1 when not a valid amount.
  static qint64 parseYuan(const QString& text);
  // 1234567 fen -> "12,345.67" in the UI locale.
  static QString formatMoney(qint64 minor);

 Q_SIGNALS:
  void saleRecorded(const SaleInfo& sale);
  void checked(const SuitabilityCheckInfo& check);
  void evidenceRecorded(const QString& step);

 private:
  void showCheck();
  void showMessage(const QString& text, bool error);
  void updateSaleButton();
  void recordEvidence(const QString& step, const QString& path, const QString& sha256, const QByteArray& content);

  CrmApi& m_api;
  QString m_customerId;
  bool m_productsLoaded = false;
  QList<ProductInfo> m_products;
  SuitabilityCheckInfo m_check;
  SaleInfo m_sale;
  bool m_busy = false;
  QString m_saleRequestId, m_saleRequestCheck;  // reused for a retry of the same sale
  qint64 m_saleRequestFen = 0;
  QComboBox* m_product;
  QComboBox* m_intent;
  QComboBox* m_channel;
  QPushButton* m_checkButton;
  QLabel* m_decision;
  QLabel* m_reasons;
  QGroupBox* m_evidenceBox;
  QMap<QString, QWidget*> m_stepRows;   // by step code
  QMap<QString, QLabel*> m_stepStatus;  // by step code
  QSpinBox* m_duration;
  QLineEdit* m_recordedBy;
  QLineEdit* m_amount;
  QPushButton* m_saleButton;
  QLabel* m_message;
};

}  // namespace crm::desktop
