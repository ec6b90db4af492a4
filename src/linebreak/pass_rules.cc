#include "linebreak/pass_rules.h"

#include <cstdlib>

#include "linebreak/line_fit.h"

namespace galley::linebreak {

LineCost CostOfLine(const BreakParams& params, Fitness before, bool flagged_before,
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

}  // namespace galley::linebreak
