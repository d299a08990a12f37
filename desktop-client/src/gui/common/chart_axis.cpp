#include "gui/common/chart_axis.h"

#include <QValueAxis>
#include <cmath>

namespace crm::desktop {

NiceRange niceRange(double lo, double hi, int maxTicks) {
  if (hi < lo) std::swap(lo, hi);
  if (hi - lo < 1e-9) {  // one value: a range around it
    hi = lo + (lo == 0 ? 1 : std::abs(lo) * 0.1);
    lo = lo - (lo == 0 ? 0 : std::abs(lo) * 0.1);
  }
  const int intervals = std::max(1, maxTicks - 1);
  const double raw = (hi - lo) / intervals;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  NiceRange r;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    r.step = m * magnitude;
    r.min = std::floor(lo / r.step) * r.step;
    r.max = std::ceil(hi / r.step) * r.step;
    if ((r.max - r.min) / r.step <= intervals + 1e-9) break;
  }
  r.ticks = static_cast<int>(std::lround((r.max - r.min) / r.step)) + 1;
  return r;
}

void setNiceRange(QValueAxis* axis, double lo, double hi, int maxTicks) {
  const NiceRange r = niceRange(lo, hi, maxTicks);
  axis->setRange(r.min, r.max);
  axis->setTickCount(r.ticks);
  const int decimals = r.step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(r.step) - 1e-9));
  axis->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
}

}  // namespace crm::desktop
