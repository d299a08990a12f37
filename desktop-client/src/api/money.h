// Money for display: fen (integer minor units) to "12,345.67" in the UI
// locale, with integer arithmetic only (money is never a floating-point
// number).
#pragma once

#include <QString>

namespace crm::desktop {

QString formatYuan(qint64 fen);

}  // namespace crm::desktop
