#include "api/money.h"

#include <QLocale>

namespace crm::desktop {

QString formatYuan(qint64 fen) {
  const bool negative = fen < 0;
  const qint64 abs = negative ? -fen : fen;
  return (negative ? QStringLiteral("-") : QString()) + QLocale().toString(abs / 100) + QLocale().decimalPoint() +
         QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace crm::desktop
