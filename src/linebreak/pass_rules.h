// What one pass of the optimiser accepts and what each line costs in it (Knuth & Plass 1981,
// formula (4) and the extra demerits; TeX §859). Shared by the forward dynamic programme
// (total_fit.h) and the backward bound on what is left to pay (remaining_demerits.h), so that
// the two cannot disagree about a line.
#pragma once

#include <cstdlib>

#include "linebreak/breakpoints.h"
#include "linebreak/knuth_plass.h"
#include "linebreak/line_fit.h"

namespace galley::linebreak {

// Pass 3 adds this to an overfull line's demerits, so that the fewest overfull lines win over
// any amount of ordinary demerits (a line has at most (line_penalty + 10000)^2 + 10000^2).
constexpr double kOverfullDemerits = 1e12;

struct PassSettings {
  int pass = 1;
  double extra_stretch = 0;  // emergency stretch
  bool fallback = false;     // pass 3: accept underfull lines and each node's first overfull line
};

// What a line from one break to the next is, given the line before it.
struct LineCost {
  Fitness fitness = Fitness::kDecent;
  double demerits = 0;
};

// The cost of the line that ends at `to` with adjustment ratio `ratio`, after a line of
// fitness `before` that ended at a break flagged `flagged_before`. `is_final`: `to` ends the
// paragraph. `overfull` lines (pass 3 only) count as tight, with infinite badness. Inline, like
// line_fit.h: both programmes call it for every line they try (the bound four times a line).
inline LineCost CostOfLine(const BreakParams& params, Fitness before, bool flagged_before,
                           const Breakpoint& to, bool is_final, double ratio, bool overfull) {
  LineCost cost;
  cost.fitness = overfull ? Fitness::kTight : FitnessOf(ratio);
  double badness = overfull ? kInfiniteBadness : Badness(ratio);
  cost.demerits = LineDemerits(params.line_penalty, badness, to.penalty);
  if (is_final) {
    if (flagged_before) cost.demerits += params.final_hyphen_demerits;
  } else if (to.flagged && flagged_before) {
    cost.demerits += params.flagged_demerits;
  }
  if (std::abs(static_cast<int>(cost.fitness) - static_cast<int>(before)) > 1) {
    cost.demerits += params.fitness_demerits;
  }
  if (overfull) cost.demerits += kOverfullDemerits;
  return cost;
}

// Whether a pass sets a line of this ratio at all (overfull lines are the caller's business:
// they end the search from their start in every pass). The tolerance bounds shrinking as well
// as stretching, as TeX's does (§851–855 compare either badness with the threshold): with a
// tolerance under 1 a line's spaces may shrink no further than they may stretch, so a tight
// line is not the price of avoiding a loose one. (At TeX's 1.26 shrinking is bounded at -1
// anyway, as lines that shrink more are overfull.)
inline bool Accepts(const BreakParams& params, const PassSettings& settings, double ratio) {
  return (ratio <= params.tolerance && ratio >= -params.tolerance) || settings.fallback;
}

}  // namespace galley::linebreak
