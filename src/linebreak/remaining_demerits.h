// A lower bound on what the rest of a paragraph costs from each breakpoint: the dynamic
// programme run backwards, from the paragraph's end, with the same lines and costs as a pass
// (pass_rules.h) but without the limit on consecutive hyphens — a relaxation, so it never
// exceeds the true remainder. It is exact whenever that limit is not what decides.
//
// The looseness search uses it as branch-and-bound: a break whose demerits so far plus this
// bound exceed the cost of a known paragraph cannot be on a better one, so it need not be
// kept for every line count that reaches it (which is what made a 100,000-word paragraph take
// minutes and gigabytes). It also gives the fewest and most lines any breaking can have, so a
// line count out of reach is not searched for at all.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "linebreak/breakpoints.h"
#include "linebreak/knuth_plass.h"
#include "linebreak/pass_rules.h"

namespace galley::linebreak {

class RemainingDemerits {
 public:
  // Lines are measured at the last of `params.line_widths` (the width every line after the
  // first few has), so the bound holds for breaks after which that width applies.
  RemainingDemerits(const std::vector<Breakpoint>& points, const BreakParams& params,
                    PassSettings settings);

  // The least the lines after a break at `point` can cost when the line ending there has
  // fitness `fitness`; +infinity when no accepted line leads on from it to the end.
  double AtLeast(int32_t point, Fitness fitness) const {
    return bound_[static_cast<size_t>(point)][static_cast<size_t>(fitness)];
  }

  // The fewest and most lines a breaking of the whole paragraph can have (from its start, at
  // the same width); fewest > most when there is none.
  int FewestLines() const { return fewest_start_; }
  int MostLines() const { return most_start_; }

 private:
  std::vector<std::array<double, 4>> bound_;
  std::vector<int> fewest_, most_;  // lines from each break to the end
  int fewest_start_ = 0, most_start_ = -1;
};

}  // namespace galley::linebreak
