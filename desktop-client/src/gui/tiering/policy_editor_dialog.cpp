#include "gui/tiering/policy_editor_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace crm::desktop {
namespace {

enum ConditionColumn { MetricColumn, OpColumn, ValueColumn };

}  // namespace

QString PolicyEditorDialog::metricLabel(const QString& metric) {
  if (metric == QLatin1String("aum")) return tr("Assets under management (yuan)");
  if (metric == QLatin1String("avg_aum_3m")) return tr("Average AUM, last 3 months (yuan)");
  if (metric == QLatin1String("commission_12m")) return tr("Commission, last 12 months (yuan)");
  if (metric == QLatin1String("net_cash_flow_3m")) return tr("Net cash flow, last 3 months (yuan)");
  if (metric == QLatin1String("trades_90d")) return tr("Trades in the last 90 days");
  if (metric == QLatin1String("days_since_last_trade")) return tr("Days since the last trade");
  if (metric == QLatin1String("days_since_last_interaction")) return tr("Days since the last contact");
  return metric;
}

PolicyEditorDialog::PolicyEditorDialog(CrmApi& api, const TierPolicyInfo& policy, QWidget* parent)
    : QDialog(parent), m_api(api), m_policy(policy), m_form(PolicyForm::fromJson(policy.definitionJson)) {
  setObjectName(QStringLiteral("policyEditor"));
  const bool draft = policy.status == QLatin1String("TIER_POLICY_DRAFT");
  setWindowTitle(draft ? tr("Edit %1 v%2 (draft)").arg(policy.code).arg(policy.version)
                       : tr("New draft of %1 from v%2").arg(policy.code).arg(policy.version));
  resize(900, 560);
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(
      draft ? tr("Tiers are tried from the top: a client gets the first tier whose condition holds, and the last tier "
                 "takes everyone else. Saving changes no client; activating the draft does.")
            : tr("This policy is not a draft. Your changes are saved as a new draft version, which you can preview "
                 "and activate."),
      this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* top = new QFormLayout();
  m_name = new QLineEdit(policy.name, this);
  m_name->setObjectName(QStringLiteral("policyName"));
  top->addRow(tr("Policy name:"), m_name);
  layout->addLayout(top);

  auto* body = new QHBoxLayout();
  // The tiers, in order.
  auto* left = new QVBoxLayout();
  m_tiers = new QListWidget(this);
  m_tiers->setObjectName(QStringLiteral("tierList"));
  m_tiers->setMaximumWidth(240);
  left->addWidget(new QLabel(tr("Tiers, best first:"), this));
  left->addWidget(m_tiers, 1);
  auto* tierButtons = new QHBoxLayout();
  auto* add = new QPushButton(tr("Add"), this);
  add->setObjectName(QStringLiteral("addTierButton"));
  m_remove = new QPushButton(tr("Remove"), this);
  m_remove->setObjectName(QStringLiteral("removeTierButton"));
  m_up = new QPushButton(tr("Up"), this);
  m_up->setObjectName(QStringLiteral("tierUpButton"));
  m_down = new QPushButton(tr("Down"), this);
  m_down->setObjectName(QStringLiteral("tierDownButton"));
  for (auto* b : {add, m_remove, m_up, m_down}) tierButtons->addWidget(b);
  left->addLayout(tierButtons);
  body->addLayout(left);

  // The selected tier.
  auto* tierBox = new QGroupBox(tr("Tier"), this);
  auto* tierLayout = new QVBoxLayout(tierBox);
  auto* fields = new QFormLayout();
  m_code = new QLineEdit(tierBox);
  m_code->setObjectName(QStringLiteral("tierCode"));
  m_code->setMaxLength(20);
  m_code->setPlaceholderText(tr("e.g. A"));
  m_tierName = new QLineEdit(tierBox);
  m_tierName->setObjectName(QStringLiteral("tierName"));
  m_contact = new QSpinBox(tierBox);
  m_contact->setObjectName(QStringLiteral("contactDays"));
  m_contact->setRange(1, 3660);
  m_contact->setSuffix(tr(" days"));
  m_review = new QSpinBox(tierBox);
  m_review->setObjectName(QStringLiteral("reviewDays"));
  m_review->setRange(1, 3660);
  m_review->setSuffix(tr(" days"));
  fields->addRow(tr("Code:"), m_code);
  fields->addRow(tr("Tier name:"), m_tierName);
  fields->addRow(tr("Contact at least every:"), m_contact);
  fields->addRow(tr("Review at least every:"), m_review);
  tierLayout->addLayout(fields);
  m_defaultNote = new QLabel(tr("The last tier is the default: every client no tier above matches."), tierBox);
  m_defaultNote->setStyleSheet(QStringLiteral("color: #4b5563;"));
  m_defaultNote->setWordWrap(true);
  tierLayout->addWidget(m_defaultNote);
  m_conditionBox = new QWidget(tierBox);
  auto* cond = new QVBoxLayout(m_conditionBox);
  cond->setContentsMargins(0, 0, 0, 0);
  auto* combineRow = new QHBoxLayout();
  m_combine = new QComboBox(m_conditionBox);
  m_combine->setObjectName(QStringLiteral("combineCombo"));
  m_combine->addItem(tr("all of these hold"), false);
  m_combine->addItem(tr("any of these holds"), true);
  combineRow->addWidget(new QLabel(tr("A client is in this tier when"), m_conditionBox));
  combineRow->addWidget(m_combine);
  combineRow->addStretch();
  cond->addLayout(combineRow);
  m_conditions = new QTableWidget(0, 3, m_conditionBox);
  m_conditions->setObjectName(QStringLiteral("conditionTable"));
  m_conditions->setHorizontalHeaderLabels({tr("Metric"), tr("Comparison"), tr("Value")});
  m_conditions->verticalHeader()->hide();
  m_conditions->horizontalHeader()->setSectionResizeMode(MetricColumn, QHeaderView::Stretch);
  m_conditions->setColumnWidth(OpColumn, 90);
  m_conditions->setColumnWidth(ValueColumn, 150);
  m_conditions->setSelectionBehavior(QAbstractItemView::SelectRows);
  cond->addWidget(m_conditions, 1);
  auto* condButtons = new QHBoxLayout();
  auto* addCond = new QPushButton(tr("Add comparison"), m_conditionBox);
  addCond->setObjectName(QStringLiteral("addComparisonButton"));
  auto* removeCond = new QPushButton(tr("Remove comparison"), m_conditionBox);
  removeCond->setObjectName(QStringLiteral("removeComparisonButton"));
  condButtons->addWidget(addCond);
  condButtons->addWidget(removeCond);
  condButtons->addStretch();
  cond->addLayout(condButtons);
  m_advanced = new QPlainTextEdit(m_conditionBox);
  m_advanced->setObjectName(QStringLiteral("advancedCondition"));
  m_advanced->setToolTip(tr("A nested condition, kept as written (JSON, see the administrator's guide)"));
  cond->addWidget(m_advanced, 1);
  tierLayout->addWidget(m_conditionBox, 1);
  body->addWidget(tierBox, 1);
  layout->addLayout(body, 1);

  m_problems = new QLabel(this);
  m_problems->setObjectName(QStringLiteral("policyProblems"));
  m_problems->setWordWrap(true);
  m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
  m_problems->hide();
  layout->addWidget(m_problems);
  auto* buttons = new QDialogButtonBox(this);
  m_checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
  m_checkButton->setObjectName(QStringLiteral("checkPolicyButton"));
  m_saveButton = buttons->addButton(draft ? tr("Save draft") : tr("Save as new draft"), QDialogButtonBox::AcceptRole);
  m_saveButton->setObjectName(QStringLiteral("savePolicyButton"));
  buttons->addButton(QDialogButtonBox::Cancel);
  layout->addWidget(buttons);

  connect(m_tiers, &QListWidget::currentRowChanged, this, [this](int row) {
    storeTier();
    loadTier(row);
  });
  connect(add, &QPushButton::clicked, this, [this] {
    storeTier();
    TierForm t;
    t.code = QStringLiteral("T%1").arg(m_form.tiers.size() + 1);
    t.name = tr("New tier");
    t.comparisons = {{QStringLiteral("aum"), QStringLiteral(">="), QStringLiteral("0.00")}};
    // Above the default (last) tier, which stays last.
    const int at = m_form.tiers.isEmpty() ? 0 : static_cast<int>(m_form.tiers.size()) - 1;
    m_form.tiers.insert(at, t);
    m_current = -1;
    refreshTierList();
    m_tiers->setCurrentRow(at);
  });
  connect(m_remove, &QPushButton::clicked, this, [this] {
    const int row = m_tiers->currentRow();
    if (row < 0 || m_form.tiers.size() <= 1) return;
    m_form.tiers.removeAt(row);
    m_current = -1;
    refreshTierList();
    m_tiers->setCurrentRow(qMin(row, static_cast<int>(m_form.tiers.size()) - 1));
  });
  auto move = [this](int delta) {
    storeTier();
    const int row = m_tiers->currentRow(), to = row + delta;
    if (row < 0 || to < 0 || to >= m_form.tiers.size()) return;
    m_form.tiers.swapItemsAt(row, to);
    m_current = -1;
    refreshTierList();
    m_tiers->setCurrentRow(to);
  };
  connect(m_up, &QPushButton::clicked, this, [move] { move(-1); });
  connect(m_down, &QPushButton::clicked, this, [move] { move(+1); });
  connect(addCond, &QPushButton::clicked, this, [this] {
    addComparisonRow({QStringLiteral("aum"), QStringLiteral(">="), QString()});
  });
  connect(removeCond, &QPushButton::clicked, this, [this] {
    const int row = m_conditions->currentRow();
    if (row >= 0) m_conditions->removeRow(row);
  });
  connect(m_code, &QLineEdit::textEdited, this, [this] {
    storeTier();
    refreshTierList();
  });
  connect(m_tierName, &QLineEdit::textEdited, this, [this] {
    storeTier();
    refreshTierList();
  });
  connect(m_checkButton, &QPushButton::clicked, this, [this] {
    check([this](bool ok) {
      if (ok) {
        m_problems->setStyleSheet(QStringLiteral("color: #166534;"));
        m_problems->setText(tr("The server finds no problem in this policy."));
        m_problems->show();
      }
    });
  });
  connect(m_saveButton, &QPushButton::clicked, this, &PolicyEditorDialog::save);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  refreshTierList();
  if (!m_form.tiers.isEmpty()) m_tiers->setCurrentRow(0);
  // What was opened, to tell an unchanged draft from an edited one.
  m_openedJson = m_form.toJson();
  m_openedName = m_name->text().trimmed();
}

const PolicyForm& PolicyEditorDialog::form() {
  storeTier();
  return m_form;
}

QString PolicyEditorDialog::problemsText() const { return m_problems->isVisible() ? m_problems->text() : QString(); }

void PolicyEditorDialog::refreshTierList() {
  QSignalBlocker block(m_tiers);
  const int row = m_tiers->currentRow();
  m_tiers->clear();
  for (int i = 0; i < m_form.tiers.size(); ++i) {
    const auto& t = m_form.tiers.at(i);
    QString label = t.name.isEmpty() ? t.code : QStringLiteral("%1  %2").arg(t.code, t.name);
    if (i == m_form.tiers.size() - 1) label += tr(" (default)");
    m_tiers->addItem(label);
  }
  if (row >= 0 && row < m_tiers->count()) m_tiers->setCurrentRow(row);
  m_remove->setEnabled(m_form.tiers.size() > 2);
}

void PolicyEditorDialog::addComparisonRow(const TierComparison& c) {
  const int row = m_conditions->rowCount();
  m_conditions->insertRow(row);
  auto* metric = new QComboBox(m_conditions);
  for (const auto& m : tierMetrics()) metric->addItem(metricLabel(m), m);
  metric->setCurrentIndex(qMax(0, metric->findData(c.metric)));
  auto* op = new QComboBox(m_conditions);
  for (const auto& o : tierOperators()) op->addItem(o, o);
  op->setCurrentIndex(qMax(0, op->findData(c.op)));
  auto* value = new QLineEdit(c.value, m_conditions);
  // The range the server accepts, beside the field (server/src/domain/tier_rules.cc).
  auto hint = [metric, value] {
    const QString m = metric->currentData().toString();
    QString range;
    if (m == QLatin1String("net_cash_flow_3m"))
      range = tr("e.g. -500000.00 or 500000.00 (yuan)");
    else if (tierMetricIsMoney(m))
      range = tr("e.g. 500000.00 (yuan, not negative)");
    else if (m == QLatin1String("trades_90d"))
      range = tr("0 to 100000");
    else
      range = tr("0 to 36500 days");
    value->setPlaceholderText(range);
    value->setToolTip(range);
  };
  hint();
  connect(metric, &QComboBox::currentIndexChanged, value, hint);
  m_conditions->setCellWidget(row, MetricColumn, metric);
  m_conditions->setCellWidget(row, OpColumn, op);
  m_conditions->setCellWidget(row, ValueColumn, value);
}

void PolicyEditorDialog::loadTier(int index) {
  m_current = index;
  const bool valid = index >= 0 && index < m_form.tiers.size();
  for (QWidget* w : std::initializer_list<QWidget*>{m_code, m_tierName, m_contact, m_review}) w->setEnabled(valid);
  m_up->setEnabled(valid && index > 0 && index < m_form.tiers.size() - 1);
  m_down->setEnabled(valid && index < m_form.tiers.size() - 2);
  m_conditions->setRowCount(0);
  if (!valid) return;
  const TierForm& t = m_form.tiers.at(index);
  m_code->setText(t.code);
  m_tierName->setText(t.name);
  m_contact->setValue(t.contactDays);
  m_review->setValue(t.reviewDays);
  const bool isDefault = index == m_form.tiers.size() - 1;
  m_defaultNote->setVisible(isDefault);
  m_conditionBox->setVisible(!isDefault);
  const bool advanced = !t.advancedJson.isEmpty();
  m_advanced->setVisible(advanced);
  m_conditions->setVisible(!advanced);
  m_combine->setEnabled(!advanced);
  m_advanced->setPlainText(t.advancedJson);
  m_combine->setCurrentIndex(t.any ? 1 : 0);
  for (const auto& c : t.comparisons) addComparisonRow(c);
}

void PolicyEditorDialog::storeTier() {
  if (m_current < 0 || m_current >= m_form.tiers.size()) return;
  TierForm& t = m_form.tiers[m_current];
  t.code = m_code->text().trimmed().toUpper();
  t.name = m_tierName->text().trimmed();
  t.contactDays = m_contact->value();
  t.reviewDays = m_review->value();
  t.any = m_combine->currentData().toBool();
  if (!t.advancedJson.isEmpty()) {
    t.advancedJson = m_advanced->toPlainText().trimmed();
    return;
  }
  t.comparisons.clear();
  for (int row = 0; row < m_conditions->rowCount(); ++row) {
    auto* metric = qobject_cast<QComboBox*>(m_conditions->cellWidget(row, MetricColumn));
    auto* op = qobject_cast<QComboBox*>(m_conditions->cellWidget(row, OpColumn));
    auto* value = qobject_cast<QLineEdit*>(m_conditions->cellWidget(row, ValueColumn));
    if (metric && op && value)
      t.comparisons << TierComparison{metric->currentData().toString(), op->currentData().toString(),
                                      value->text().trimmed()};
  }
}

QString PolicyEditorDialog::describeProblem(const PolicyProblemInfo& p) const {
  static const QRegularExpression kPath(QStringLiteral(
      R"(^definition\.tiers\[(\d+)\](?:\.(code|name|contact_interval_days|review_interval_days|condition))?)"
      R"((?:.*\[(\d+)\]\.(metric|op|value))?)"));
  QString where;
  const auto m = kPath.match(p.field);
  if (m.hasMatch()) {
    const int tier = m.captured(1).toInt();
    const QString code = tier < m_form.tiers.size() ? m_form.tiers.at(tier).code : QString();
    where = tr("Tier %1 (%2)").arg(tier + 1).arg(code);
    const QString field = m.captured(2);
    if (field == QLatin1String("code"))
      where += tr(", code");
    else if (field == QLatin1String("name"))
      where += tr(", name");
    else if (field == QLatin1String("contact_interval_days"))
      where += tr(", contact interval");
    else if (field == QLatin1String("review_interval_days"))
      where += tr(", review interval");
    if (!m.captured(3).isEmpty()) {
      where += tr(", comparison %1").arg(m.captured(3).toInt() + 1);
      const QString part = m.captured(4);
      if (part == QLatin1String("metric"))
        where += tr(" (metric)");
      else if (part == QLatin1String("op"))
        where += tr(" (comparison)");
      else if (part == QLatin1String("value"))
        where += tr(" (value)");
    } else if (field == QLatin1String("condition")) {
      where += tr(", condition");
    }
  } else if (p.field == QLatin1String("definition.tiers")) {
    where = tr("Tiers");
  } else if (p.field == QLatin1String("name")) {
    where = tr("Policy name");
  } else {
    where = p.field;
  }
  // The server words its checks in English; the common ones in the UI language.
  const QString d = p.description;
  QString what = d;
  if (d == QLatin1String("is required"))
    what = tr("is required");
  else if (d.startsWith(QLatin1String("is required (at most")))
    what = tr("is required (at most 200 characters)");
  else if (d == QLatin1String("must be 1 to 3660 days"))
    what = tr("must be 1 to 3660 days");
  else if (d == QLatin1String("1 to 20 of A-Z, 0-9, _"))
    what = tr("use 1 to 20 capital letters, digits or _");
  else if (d == QLatin1String("is used by another tier"))
    what = tr("is used by another tier");
  else if (d == QLatin1String("between 2 and 20 tiers"))
    what = tr("a policy has 2 to 20 tiers");
  else if (d.startsWith(QLatin1String("must be an amount in yuan")))
    what = tr("must be an amount in yuan with at most 2 decimals, e.g. 500000.00");
  else if (d == QLatin1String("must be a whole number"))
    what = tr("must be a whole number");
  else if (d.startsWith(QLatin1String("must be one of >=")))
    what = tr("choose a comparison");
  else if (d.startsWith(QLatin1String("unknown metric")))
    what = tr("choose a metric");
  return QStringLiteral("%1: %2").arg(where, what);
}

void PolicyEditorDialog::showProblems(const QList<PolicyProblemInfo>& problems) {
  QStringList lines;
  for (const auto& p : problems) lines << describeProblem(p);
  m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
  m_problems->setText(lines.join(QLatin1Char('\n')));
  m_problems->setVisible(!lines.isEmpty());
  // Take the user to the first tier with a problem.
  static const QRegularExpression kTier(QStringLiteral(R"(^definition\.tiers\[(\d+)\])"));
  for (const auto& p : problems) {
    const auto m = kTier.match(p.field);
    if (m.hasMatch() && m.captured(1).toInt() < m_tiers->count()) {
      m_tiers->setCurrentRow(m.captured(1).toInt());
      break;
    }
  }
}

void PolicyEditorDialog::check(std::function<void(bool ok)> then) {
  storeTier();
  m_problems->hide();
  if (m_name->text().trimmed().isEmpty()) {
    showProblems({{QStringLiteral("name"), QStringLiteral("is required")}});
    then(false);
    return;
  }
  m_busy = true;
  m_checkButton->setEnabled(false);
  m_saveButton->setEnabled(false);
  m_api.validateTierPolicy(m_form.toJson(), this, [this, then](Result<QList<PolicyProblemInfo>> r) {
    m_busy = false;
    m_checkButton->setEnabled(true);
    m_saveButton->setEnabled(true);
    if (!r.ok()) {
      m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
      m_problems->setText(r.error.userMessage());
      m_problems->show();
      then(false);
      return;
    }
    showProblems(r.value);
    then(r.value.isEmpty());
  });
}

void PolicyEditorDialog::save() {
  if (m_busy) return;
  storeTier();
  // Enter (or Save) on what was opened saves nothing: no new version or
  // etag for an unchanged draft.
  if (m_form.toJson() == m_openedJson && m_name->text().trimmed() == m_openedName) {
    m_problems->setStyleSheet(QStringLiteral("color: #4b5563;"));
    m_problems->setText(tr("Nothing has changed, so there is nothing to save."));
    m_problems->show();
    return;
  }
  check([this](bool ok) {
    if (!ok) return;
    m_busy = true;
    m_saveButton->setEnabled(false);
    auto done = [this](Result<TierPolicyInfo> r) {
      m_busy = false;
      m_saveButton->setEnabled(true);
      if (!r.ok()) {
        // E.g. someone else saved the draft meanwhile: say so, keep the edits.
        m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_problems->setText(r.error.userMessage());
        m_problems->show();
        return;
      }
      Q_EMIT saved(r.value);
      accept();
    };
    const QString json = m_form.toJson();
    if (m_policy.status == QLatin1String("TIER_POLICY_DRAFT"))
      m_api.updateTierPolicy(m_policy.id, m_policy.etag, m_name->text().trimmed(), json, this, done);
    else
      m_api.createTierPolicy(m_policy.code, m_name->text().trimmed(), json, this, done);
  });
}

}  // namespace crm::desktop
