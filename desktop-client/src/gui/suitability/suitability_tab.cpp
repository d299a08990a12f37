#include "gui/suitability/suitability_tab.h"

#include "api/display_formats.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "api/suitability_words.h"
#include "gui/suitability/questionnaire_wizard.h"
#include "gui/suitability/suitability_check_dialog.h"

namespace crm::desktop {
namespace {
QString day(const QDateTime& t) { return formatDay(t.toLocalTime().date()); }
QString minute(const QDateTime& t) { return formatMinute(t); }
}  // namespace

SuitabilityTab::SuitabilityTab(CrmApi& api, const QString& customerId, bool canSell, QWidget* parent)
    : QWidget(parent), m_api(api), m_id(customerId) {
  m_standing = new QLabel(this);
  m_standing->setObjectName(QStringLiteral("suitabilityStanding"));
  m_standing->setWordWrap(true);
  m_message = new QLabel(this);
  m_message->setWordWrap(true);
  m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_message->hide();
  m_assess = new QPushButton(tr("New risk assessment..."), this);
  m_assess->setObjectName(QStringLiteral("newAssessmentButton"));
  m_check = new QPushButton(tr("Check a product..."), this);
  m_check->setObjectName(QStringLiteral("checkProductButton"));
  m_assess->setVisible(canSell);
  m_check->setVisible(canSell);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_assess);
  buttons->addWidget(m_check);
  buttons->addStretch();
  m_history = new QTreeWidget(this);
  m_history->setObjectName(QStringLiteral("suitabilityHistory"));
  m_history->setColumnCount(3);
  m_history->setHeaderLabels({tr("When"), tr("What"), tr("Detail")});
  m_history->header()->setSectionResizeMode(2, QHeaderView::Stretch);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_standing);
  layout->addLayout(buttons);
  layout->addWidget(m_message);
  layout->addWidget(m_history, 1);
  connect(m_assess, &QPushButton::clicked, this, [this] { openAssessment(); });
  connect(m_check, &QPushButton::clicked, this, [this] { openCheck(); });
  // Loaded when first shown (CustomerDetailDialog).
}

void SuitabilityTab::reload() {
  m_api.getSuitabilityProfile(m_id, this, [this](Result<SuitabilityProfileInfo> r) {
    if (!r.ok()) {
      m_message->setText(r.error.userMessage());
      m_message->show();
      return;
    }
    m_message->hide();
    m_profile = r.value;
    m_loaded = true;
    display();
  });
}

QString SuitabilityTab::standingText() const { return m_standing->text(); }

void SuitabilityTab::display() {
  const auto& p = m_profile;
  QString standing = investorClassText(p.investorClass) + QStringLiteral(" · ");
  bool warn = false;
  if (!p.hasAssessment) {
    standing += tr("Risk level: not assessed");
    warn = p.investorClass != QLatin1String("PROFESSIONAL");
  } else if (p.current.expired) {
    standing += tr("Risk level %1, expired on %2").arg(levelText(p.current.level), day(p.current.expireTime));
    warn = p.investorClass != QLatin1String("PROFESSIONAL");
  } else {
    standing += tr("Risk level %1, valid until %2").arg(levelText(p.current.level), day(p.current.expireTime));
  }
  m_standing->setText(standing);
  m_standing->setStyleSheet(warn ? QStringLiteral("color: #b3261e; font-weight: bold;")
                                 : QStringLiteral("font-weight: bold;"));

  m_history->clear();
  auto* assessments = new QTreeWidgetItem(m_history, {tr("Assessments (%1)").arg(p.assessments.size())});
  for (const auto& a : p.assessments)
    new QTreeWidgetItem(assessments, {day(a.assessTime), levelText(a.level),
                                      tr("score %1, questionnaire v%2, valid until %3%4")
                                          .arg(a.score)
                                          .arg(a.questionnaireVersion)
                                          .arg(day(a.expireTime), a.expired ? tr(" (expired)") : QString())});
  auto* checks = new QTreeWidgetItem(m_history, {tr("Checks (%1)").arg(p.checks.size())});
  for (const auto& c : p.checks) {
    QStringList reasons;
    for (const auto& r : c.reasons) reasons << reasonText(r);
    auto* item = new QTreeWidgetItem(
        checks,
        {minute(c.checkTime), QStringLiteral("%1 %2").arg(c.productCode, c.productName), decisionText(c.decision)});
    item->setToolTip(2, reasons.join(QLatin1Char('\n')));
  }
  auto* sales = new QTreeWidgetItem(m_history, {tr("Sales (%1)").arg(p.sales.size())});
  for (const auto& s : p.sales) {
    QStringList flags;
    if (s.mismatch) flags << tr("at the client's request, above level");
    if (s.specialCare) flags << tr("special care");
    new QTreeWidgetItem(
        sales, {minute(s.saleTime), SuitabilityCheckDialog::formatMoney(s.amountMinor) + QLatin1Char(' ') + s.currency,
                flags.join(QStringLiteral(" · "))});
  }
  m_history->expandAll();
  m_history->resizeColumnToContents(0);
  m_history->resizeColumnToContents(1);
}

QuestionnaireWizard* SuitabilityTab::openAssessment() {
  auto* wizard = new QuestionnaireWizard(m_api, m_id, m_name, this);
  wizard->setAttribute(Qt::WA_DeleteOnClose);
  connect(wizard, &QuestionnaireWizard::assessed, this, [this] {
    reload();
    Q_EMIT clientChanged();
  });
  wizard->show();
  return wizard;
}

SuitabilityCheckDialog* SuitabilityTab::openCheck() {
  auto* dialog = new SuitabilityCheckDialog(m_api, m_id, m_name, this);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &SuitabilityCheckDialog::checked, this, [this] { reload(); });
  connect(dialog, &SuitabilityCheckDialog::saleRecorded, this, [this] {
    reload();
    Q_EMIT clientChanged();
  });
  dialog->show();
  return dialog;
}

}  // namespace crm::desktop
