#include "gui/suitability/questionnaire_wizard.h"

#include "api/display_formats.h"

#include <QButtonGroup>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "api/suitability_words.h"

namespace crm::desktop {
namespace {

bool chinese() { return QLocale().language() == QLocale::Chinese; }

class IntroPage : public QWizardPage {
 public:
  explicit IntroPage(const bool* loaded) : m_loaded(loaded) {}
  bool isComplete() const override { return *m_loaded; }
  void changed() { Q_EMIT completeChanged(); }

 private:
  const bool* m_loaded;
};

class QuestionPage : public QWizardPage {
 public:
  explicit QuestionPage(QButtonGroup* group) : m_group(group) {
    connect(group, &QButtonGroup::idClicked, this, [this] { Q_EMIT completeChanged(); });
  }
  bool isComplete() const override { return m_group->checkedId() >= 0; }

 private:
  QButtonGroup* m_group;
};

}  // namespace

// The last page: submits on entry, shows the level or what went wrong.
class QuestionnaireResultPage : public QWizardPage {
 public:
  explicit QuestionnaireResultPage(QuestionnaireWizard* wizard) : m_wizard(wizard) {
    setTitle(QuestionnaireWizard::tr("Result"));
    auto* layout = new QVBoxLayout(this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("assessmentResult"));
    m_text->setWordWrap(true);
    // When the answers could not be submitted (the server unreachable, say)
    // they are still here: send them again.
    m_again = new QPushButton(QuestionnaireWizard::tr("Submit again"), this);
    m_again->setObjectName(QStringLiteral("submitAgainButton"));
    m_again->hide();
    connect(m_again, &QPushButton::clicked, this, [this] { m_wizard->submit(); });
    layout->addWidget(m_busy);
    layout->addWidget(m_text);
    layout->addWidget(m_again, 0, Qt::AlignLeft);
    layout->addStretch();
  }
  void initializePage() override { m_wizard->submit(); }
  bool isComplete() const override { return !m_wizard->m_result.level.isEmpty(); }
  void showBusy(bool busy) { m_busy->setVisible(busy); }
  void showText(const QString& text, bool error) {
    m_again->setVisible(error);
    m_text->setText(text);
    m_text->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("font-size: 15px;"));
    Q_EMIT completeChanged();
  }

 private:
  QuestionnaireWizard* m_wizard;
  QProgressBar* m_busy;
  QLabel* m_text;
  QPushButton* m_again;
};

QuestionnaireWizard::QuestionnaireWizard(CrmApi& api, const QString& customerId, const QString& customerName,
                                         QWidget* parent)
    : QWizard(parent), m_api(api), m_customerId(customerId) {
  setObjectName(QStringLiteral("questionnaireWizard"));
  setWindowTitle(tr("Risk assessment: %1").arg(customerName));
  setWizardStyle(QWizard::ModernStyle);
  setOption(QWizard::NoBackButtonOnLastPage);
  resize(620, 460);
  auto* intro = new IntroPage(&m_loaded);
  intro->setTitle(tr("Risk tolerance questionnaire"));
  auto* layout = new QVBoxLayout(intro);
  m_intro = new QLabel(tr("Loading the questionnaire..."), intro);
  m_intro->setWordWrap(true);
  layout->addWidget(m_intro);
  addPage(intro);
  m_api.getQuestionnaire(0, this, [this, intro](Result<QuestionnaireInfo> r) {
    if (!r.ok()) {
      m_intro->setText(r.error.userMessage());
      m_intro->setStyleSheet(QStringLiteral("color: #b3261e;"));
      return;
    }
    build(r.value);
    intro->changed();
    // QWizard lays out its buttons when it enters a page: the intro was
    // entered as the only (so final) page, with Finish and no Next. Enter it
    // again now that the questions follow it.
    if (currentId() == startId()) restart();
  });
}

void QuestionnaireWizard::build(const QuestionnaireInfo& q) {
  m_questionnaire = q;
  const bool zh = chinese();
  page(0)->setTitle(zh || q.titleEn.isEmpty() ? q.title : q.titleEn);
  m_intro->setText(
      tr("Go through the %n question(s) with the client and choose the answer the client gives. "
         "The server scores the answers; the result is the client's risk level for the validity "
         "period set by compliance.",
         nullptr, q.questions.size()));
  int index = 0;
  for (const auto& question : q.questions) {
    auto* group = new QButtonGroup(this);
    auto* p = new QuestionPage(group);
    p->setTitle(tr("Question %1 of %2").arg(++index).arg(q.questions.size()));
    p->setSubTitle(zh || question.textEn.isEmpty() ? question.text : question.textEn);
    auto* layout = new QVBoxLayout(p);
    int id = 0;
    for (const auto& o : question.options) {
      auto* radio = new QRadioButton(zh || o.textEn.isEmpty() ? o.text : o.textEn, p);
      radio->setObjectName(QStringLiteral("option_%1_%2").arg(question.id, o.id));
      group->addButton(radio, id++);
      layout->addWidget(radio);
    }
    layout->addStretch();
    m_groups.insert(question.id, group);
    addPage(p);
  }
  m_resultPage = new QuestionnaireResultPage(this);
  addPage(m_resultPage);
  m_loaded = true;
}

bool QuestionnaireWizard::choose(const QString& questionId, const QString& optionId) {
  for (const auto& question : m_questionnaire.questions) {
    if (question.id != questionId) continue;
    for (int i = 0; i < question.options.size(); ++i) {
      if (question.options[i].id != optionId) continue;
      m_groups[questionId]->button(i)->click();
      return true;
    }
  }
  return false;
}

void QuestionnaireWizard::submit() {
  if (m_submitting || !m_result.level.isEmpty()) return;
  QList<QPair<QString, QString>> answers;
  for (const auto& question : m_questionnaire.questions) {
    const int chosen = m_groups[question.id]->checkedId();
    if (chosen >= 0) answers.append({question.id, question.options[chosen].id});
  }
  m_submitting = true;
  m_resultPage->showBusy(true);
  m_resultPage->showText(tr("Scoring the answers..."), false);
  m_api.submitAssessment(m_customerId, m_questionnaire.version, answers, this, [this](Result<AssessmentInfo> r) {
    m_submitting = false;
    m_resultPage->showBusy(false);
    if (!r.ok()) {
      m_resultPage->showText(r.error.userMessage(), true);
      return;
    }
    m_result = r.value;
    m_resultPage->showText(resultText(), false);
    Q_EMIT assessed(m_result);
  });
}

QString QuestionnaireWizard::resultText() const {
  if (m_result.level.isEmpty()) return {};
  QString text = tr("Risk level: %1 (score %2). Valid until %3.")
                     .arg(levelText(m_result.level))
                     .arg(m_result.score)
                     .arg(formatDay(m_result.expireTime.toLocalTime().date()));
  if (m_result.forcedLowest)
    text +=
        QLatin1Char('\n') + tr("The client cannot accept any loss: only the lowest-risk (R1) products are suitable.");
  return text;
}

}  // namespace crm::desktop
