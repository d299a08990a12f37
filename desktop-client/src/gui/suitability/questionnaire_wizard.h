// The risk tolerance questionnaire as a wizard (regulatory.md section 1): one
// page per question in the UI language, then the answers go to the server,
// which scores them and answers with the level and its expiry.
#pragma once

#include <QMap>
#include <QWizard>

#include "api/crm_api.h"

class QButtonGroup;
class QLabel;

namespace crm::desktop {

class QuestionnaireWizard : public QWizard {
  Q_OBJECT

 public:
  QuestionnaireWizard(CrmApi& api, const QString& customerId, const QString& customerName, QWidget* parent = nullptr);
  bool isLoaded() const { return m_loaded; }
  // Test seam: picks an option as the user would.
  bool choose(const QString& questionId, const QString& optionId);
  const QuestionnaireInfo& questionnaire() const { return m_questionnaire; }
  // The submitted result (level empty until the server answered).
  const AssessmentInfo& result() const { return m_result; }
  QString resultText() const;

 Q_SIGNALS:
  void assessed(const AssessmentInfo& assessment);

 private:
  friend class QuestionnaireResultPage;
  void build(const QuestionnaireInfo& q);
  void submit();

  CrmApi& m_api;
  QString m_customerId;
  bool m_loaded = false;
  bool m_submitting = false;
  QuestionnaireInfo m_questionnaire;
  AssessmentInfo m_result;
  QMap<QString, QButtonGroup*> m_groups;  // by question id
  QLabel* m_intro;
  class QuestionnaireResultPage* m_resultPage = nullptr;
};

}  // namespace crm::desktop
