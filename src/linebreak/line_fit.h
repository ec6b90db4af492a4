// How well one line fits its measure, after Knuth & Plass 1981, "Desirability criteria":
// the adjustment ratio r, the badness 100|r|^3, the four fitness classes and a line's own
// demerits. What depends on the line before (flagged, fitness and final-hyphen demerits) is
// the optimiser's business.
#pragma once

#include "linebreak/breakpoints.h"
#include "linebreak/knuth_plass.h"

namespace galley::linebreak {

// TeX's inf_bad: badness never exceeds it (TeX §108), so that every line has finite demerits.
constexpr double kInfiniteBadness = 10000;

// The adjustment ratio of the line that starts after a break with totals `from` and ends at
// `to`, set to `width`, with `extra_stretch` (emergency stretch) added to its stretchability.
// +infinity: too short with nothing to stretch; -infinity: too long with nothing to shrink;
// below -1: overfull. A line with fil glue that is too short has ratio 0.
double AdjustmentRatio(const Totals& from, const Breakpoint& to, double width,
                       double extra_stretch, bool box_stretch_first = false);

// An overfull ratio, allowing for rounding in the running sums of real widths.
inline bool IsOverfull(double ratio) { return ratio < -1 - 1e-9; }

// 100|r|^3, at most kInfiniteBadness.
double Badness(double ratio);

// The paper's classes: tight r < -1/2, decent |r| <= 1/2, loose 1/2 < r <= 1, very loose r > 1.
Fitness FitnessOf(double ratio);

// (line_penalty + badness)^2 + penalty^2, or − penalty^2 for a negative penalty, or nothing
// for a forced break (the paper's formula (4), TeX §859).
double LineDemerits(double line_penalty, double badness, double penalty);

}  // namespace galley::linebreak
