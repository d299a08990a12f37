#include "gui/tiering/tier_policy_form.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace crm::desktop {
namespace {

bool isLeaf(const QJsonValue& v) {
  const QJsonObject o = v.toObject();
  return v.isObject() && o.contains(QStringLiteral("metric")) && o.contains(QStringLiteral("op")) &&
         o.contains(QStringLiteral("value")) && o.size() == 3;
}

TierComparison leaf(const QJsonObject& o) {
  const QJsonValue value = o.value(QStringLiteral("value"));
  QString text = value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 0);
  return {o.value(QStringLiteral("metric")).toString(), o.value(QStringLiteral("op")).toString(), text};
}

void readCondition(const QJsonValue& c, TierForm& t) {
  const QJsonObject o = c.toObject();
  if (isLeaf(c)) {
    t.comparisons = {leaf(o)};
    return;
  }
  for (const auto& group : {QStringLiteral("all"), QStringLiteral("any")}) {
    if (o.size() != 1 || !o.value(group).isArray()) continue;
    QList<TierComparison> items;
    for (const auto& item : o.value(group).toArray()) {
      if (!isLeaf(item)) {
        t.advancedJson = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        return;
      }
      items << leaf(item.toObject());
    }
    t.any = group == QLatin1String("any");
    t.comparisons = items;
    return;
  }
  // Not a shape the form knows: kept as written (the server says what is wrong).
  t.advancedJson = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

QStringList tierMetrics() {
  return {QStringLiteral("aum"),
          QStringLiteral("avg_aum_3m"),
          QStringLiteral("commission_12m"),
          QStringLiteral("net_cash_flow_3m"),
          QStringLiteral("trades_90d"),
          QStringLiteral("days_since_last_trade"),
          QStringLiteral("days_since_last_interaction")};
}

bool tierMetricIsMoney(const QString& metric) {
  return metric == QLatin1String("aum") || metric == QLatin1String("avg_aum_3m") ||
         metric == QLatin1String("commission_12m") || metric == QLatin1String("net_cash_flow_3m");
}

QStringList tierOperators() {
  return {QStringLiteral(">="), QStringLiteral(">"), QStringLiteral("<="),
          QStringLiteral("<"),  QStringLiteral("="), QStringLiteral("!=")};
}

PolicyForm PolicyForm::fromJson(const QString& definitionJson) {
  PolicyForm form;
  const QJsonObject d = QJsonDocument::fromJson(definitionJson.toUtf8()).object();
  for (const auto& v : d.value(QStringLiteral("tiers")).toArray()) {
    const QJsonObject o = v.toObject();
    TierForm t;
    t.code = o.value(QStringLiteral("code")).toString();
    t.name = o.value(QStringLiteral("name")).toString();
    t.contactDays = o.value(QStringLiteral("contact_interval_days")).toInt(30);
    t.reviewDays = o.value(QStringLiteral("review_interval_days")).toInt(90);
    readCondition(o.value(QStringLiteral("condition")), t);
    form.tiers << t;
  }
  form.tags = d.value(QStringLiteral("tags")).toArray();
  return form;
}

QString PolicyForm::toJson() const {
  QJsonArray tiersOut;
  for (int i = 0; i < tiers.size(); ++i) {
    const TierForm& t = tiers.at(i);
    QJsonObject o{{QStringLiteral("code"), t.code},
                  {QStringLiteral("name"), t.name},
                  {QStringLiteral("contact_interval_days"), t.contactDays},
                  {QStringLiteral("review_interval_days"), t.reviewDays}};
    QJsonValue condition;
    if (i == tiers.size() - 1) {
      condition = QJsonObject{{QStringLiteral("all"), QJsonArray()}};
    } else if (!t.advancedJson.trimmed().isEmpty()) {
      const QJsonDocument doc = QJsonDocument::fromJson(t.advancedJson.toUtf8());
      // Unreadable text goes as a string: the server names the field.
      condition = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(t.advancedJson);
    } else {
      QJsonArray items;
      for (const auto& c : t.comparisons)
        items.append(QJsonObject{{QStringLiteral("metric"), c.metric},
                                 {QStringLiteral("op"), c.op},
                                 {QStringLiteral("value"), c.value.trimmed()}});
      condition = QJsonObject{{t.any ? QStringLiteral("any") : QStringLiteral("all"), items}};
    }
    o.insert(QStringLiteral("condition"), condition);
    tiersOut.append(o);
  }
  QJsonObject d{{QStringLiteral("tiers"), tiersOut}};
  if (!tags.isEmpty()) d.insert(QStringLiteral("tags"), tags);
  return QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
}

}  // namespace crm::desktop
