// The suitability tab of the client 360 view: investor class, the current
// risk level and its expiry, the history of assessments, checks and sales,
// and (for the roles that serve the client) a new assessment or a product check.
#pragma once

#include <QWidget>

#include "api/crm_api.h"

class QLabel;
class QPushButton;
class QTreeWidget;

namespace crm::desktop {

class QuestionnaireWizard;
class SuitabilityCheckDialog;

class SuitabilityTab : public QWidget {
  Q_OBJECT

 public:
  SuitabilityTab(CrmApi& api, const QString& customerId, bool canSell, QWidget* parent = nullptr);
  void setCustomerName(const QString& name) { m_name = name; }
  void reload();
  bool isLoaded() const { return m_loaded; }
  const SuitabilityProfileInfo& profile() const { return m_profile; }
  QString standingText() const;
  // Open the dialogs (also the buttons' actions); returned for tests.
  QuestionnaireWizard* openAssessment();
  SuitabilityCheckDialog* openCheck();

 Q_SIGNALS:
  // A new assessment or a sale changed what the client's header shows (risk
  // level and its expiry, status).
  void clientChanged();

 private:
  void display();

  CrmApi& m_api;
  QString m_id;
  QString m_name;
  bool m_loaded = false;
  SuitabilityProfileInfo m_profile;
  QLabel* m_standing;
  QLabel* m_message;
  QPushButton* m_assess;
  QPushButton* m_check;
  QTreeWidget* m_history;
};

}  // namespace crm::desktop
