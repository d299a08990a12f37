// Round axis ticks for the workstation's charts: 0, 50, 100 ... instead of
// 1698, 1644 ... (issue 25 item 7). The doubles place pixels only; figures
// shown as text elsewhere come from integers.
#pragma once

class QValueAxis;

namespace crm::desktop {

struct NiceRange {
  double min = 0, max = 1, step = 1;
  int ticks = 2;  // min, min + step, ... max
};

// The smallest range around [lo, hi] whose ends are multiples of a round step
// (1, 2, 2.5 or 5 times a power of ten) with at most maxTicks ticks.
NiceRange niceRange(double lo, double hi, int maxTicks = 6);

// Applies niceRange to the axis, with labels of as many decimals as the step needs.
void setNiceRange(QValueAxis* axis, double lo, double hi, int maxTicks = 6);

}  // namespace crm::desktop
