// How well one line fits its measure, after Knuth & Plass 1981, "Desirability criteria":
// the adjustment ratio r, the badness 100|r|^3, the four fitness classes and a line's own
// demerits. What depends on the line before (flagged, fitness and final-hyphen demerits) is
// the optimiser's business.
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

#include "linebreak/breakpoints.h"
#include "linebreak/knuth_plass.h"

namespace galley::linebreak {

// TeX's inf_bad: badness never exceeds it (TeX §108), so that every line has finite demerits.
constexpr double kInfiniteBadness = 10000;

// The adjustment ratio of the line that starts after a break with totals `from` and ends at
// `to`, set to `width`, with `extra_stretch` (emergency stretch) added to its stretchability.
// +infinity: too short with nothing to stretch; -infinity: too long with nothing to shrink;
// below -1: overfull. A line with fil glue that is too short has ratio 0.
// Inline, as the other functions here: the optimiser calls them for every active break at
// every breakpoint, and inlined they take the breaker's instructions down by 30 %.
inline double AdjustmentRatio(const Totals& from, const Breakpoint& to, double width,
                              double extra_stretch, bool box_stretch_first = false) {
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

// An overfull ratio, allowing for rounding in the running sums of real widths.
inline bool IsOverfull(double ratio) { return ratio < -1 - 1e-9; }

// 100|r|^3, at most kInfiniteBadness.
inline double Badness(double ratio) {
  double r = std::abs(ratio);
  // 100 r^3 > 10000 exactly when r > 100^(1/3); comparing first keeps infinities out.
  if (r > 4.6416) return kInfiniteBadness;
  return std::min(100 * r * r * r, kInfiniteBadness);
}

// The paper's classes: tight r < -1/2, decent |r| <= 1/2, loose 1/2 < r <= 1, very loose r > 1.
inline Fitness FitnessOf(double ratio) {
  if (ratio < -0.5) return Fitness::kTight;
  if (ratio <= 0.5) return Fitness::kDecent;
  if (ratio <= 1) return Fitness::kLoose;
  return Fitness::kVeryLoose;
}

// (line_penalty + badness)^2 + penalty^2, or − penalty^2 for a negative penalty, or nothing
// for a forced break (the paper's formula (4), TeX §859).
inline double LineDemerits(double line_penalty, double badness, double penalty) {
  double demerits = (line_penalty + badness) * (line_penalty + badness);
  if (penalty >= 0) {
    demerits += penalty * penalty;
  } else if (penalty > -kInfinity) {
    demerits -= penalty * penalty;
  }
  return demerits;
}

}  // namespace galley::linebreak
