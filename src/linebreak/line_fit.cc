#include "linebreak/line_fit.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace galley::linebreak {

double AdjustmentRatio(const Totals& from, const Breakpoint& to, double width,
                       double extra_stretch, bool box_stretch_first) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double natural = to.before.width - from.width;
  double shortfall = width - natural;
  if (shortfall > 0) {
    if (to.before.fills > from.fills) return 0;
    double stretch = to.before.stretch - from.stretch + extra_stretch;
    if (box_stretch_first) {
      double boxes = to.before.box_stretch - from.box_stretch;
      if (shortfall <= boxes) return 0;
      shortfall -= boxes;
      stretch -= boxes;
    }
    return stretch > 0 ? shortfall / stretch : kInf;
  }
  if (shortfall < 0) {
    double shrink = to.before.shrink - from.shrink;
    if (box_stretch_first) {
      double boxes = to.before.box_shrink - from.box_shrink;
      if (-shortfall <= boxes) return 0;
      shortfall += boxes;
      shrink -= boxes;
    }
    return shrink > 0 ? shortfall / shrink : -kInf;
  }
  return 0;
}

double Badness(double ratio) {
  double r = std::abs(ratio);
  // 100 r^3 > 10000 exactly when r > 100^(1/3); comparing first keeps infinities out.
  if (r > 4.6416) return kInfiniteBadness;
  return std::min(100 * r * r * r, kInfiniteBadness);
}

Fitness FitnessOf(double ratio) {
  if (ratio < -0.5) return Fitness::kTight;
  if (ratio <= 0.5) return Fitness::kDecent;
  if (ratio <= 1) return Fitness::kLoose;
  return Fitness::kVeryLoose;
}

double LineDemerits(double line_penalty, double badness, double penalty) {
  double demerits = (line_penalty + badness) * (line_penalty + badness);
  if (penalty >= 0) {
    demerits += penalty * penalty;
  } else if (penalty > -kInfinity) {
    demerits -= penalty * penalty;
  }
  return demerits;
}

}  // namespace galley::linebreak
