#include "api/display_formats.h"

#include <QCoreApplication>

#include "api/money.h"

namespace crm::desktop {

QString formatDay(const QDate& day) { return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString(); }

QString formatMinute(const QDateTime& t) {
  return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString formatYuanWithUnit(qint64 fen) { return QCoreApplication::translate("Money", "%1 yuan").arg(formatYuan(fen)); }

}  // namespace crm::desktop
