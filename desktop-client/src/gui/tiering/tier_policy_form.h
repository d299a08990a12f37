// A tier policy's definition (see crm/v1/tiering.proto) as the rule editor
// edits it: an ordered list of tiers, each with a one-level condition ("all
// of" or "any of" a list of comparisons). A deeper condition written by hand
// is kept as JSON text for that tier; rule tags are carried through as they
// are. No Widgets here, so the conversion is tested on its own.
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm::desktop {

struct TierComparison {
  QString metric;  // aum, avg_aum_3m, ... (tiering.proto)
  QString op;      // >=, >, <=, <, =, !=
  QString value;   // yuan with up to 2 decimals, or a whole number
  bool operator==(const TierComparison&) const = default;
};

struct TierForm {
  QString code, name;
  int contactDays = 30, reviewDays = 90;
  bool any = false;  // "any of" instead of "all of"
  QList<TierComparison> comparisons;
  QString advancedJson;  // not empty: the condition, kept as written
  bool operator==(const TierForm&) const = default;
};

struct PolicyForm {
  QList<TierForm> tiers;
  QJsonArray tags;  // rule tags, unchanged

  // Empty or unreadable text gives an empty form.
  static PolicyForm fromJson(const QString& definitionJson);
  // The last tier is the default: its condition is always {"all": []}.
  QString toJson() const;
};

// The metrics a comparison may use, in the order the editor lists them.
QStringList tierMetrics();
bool tierMetricIsMoney(const QString& metric);
QStringList tierOperators();

}  // namespace crm::desktop
