// One format per kind of value, the same in every screen and both languages
// (issue 25 item 13): days as 2026-12-03, moments as 2026-12-03 14:05 in the
// workstation's time zone, money with its unit in running text
// ("1,000,000.00 元" / "1,000,000.00 yuan").
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace crm::desktop {

QString formatDay(const QDate& day);
// A moment shown in local time ("" when invalid).
QString formatMinute(const QDateTime& t);
// formatYuan with the unit, for sentences and badges (tables put the unit in
// the column header instead).
QString formatYuanWithUnit(qint64 fen);

}  // namespace crm::desktop
