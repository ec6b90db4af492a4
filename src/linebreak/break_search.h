// One paragraph broken with several loosenesses (the page builder's variants, a line or two
// longer or shorter): what does not depend on the looseness — the breakpoints, each pass's
// optimum and the bound the looseness search prunes with (remaining_demerits.h) — is computed
// once, on the first Break that needs it, and kept for the next. Breaking with looseness L
// gives exactly what BreakLines gives with params.looseness = L.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

#include "linebreak/breakpoints.h"
#include "linebreak/knuth_plass.h"
#include "linebreak/remaining_demerits.h"
#include "linebreak/total_fit.h"

namespace galley::linebreak {

class BreakSearch {
 public:
  // `params.looseness` is ignored: each Break gives its own. Copies what it needs of `items`.
  BreakSearch(const std::vector<Item>& items, BreakParams params);
  BreakSearch(const BreakSearch&) = delete;
  BreakSearch& operator=(const BreakSearch&) = delete;

  // TeX's passes (TeX §863, §873): first at the tolerance; then with emergency stretch if
  // nothing was feasible or the looseness was not met; finally, if still nothing, a pass that
  // cannot fail.
  BreakResult Break(int looseness);

  // Break(looseness) when it has exactly `lines` lines and every one fits (LinesFit); nothing
  // otherwise. Only a breaking the first pass could set has lines that all fit (a later pass
  // accepts more lines, never other ones, and the fallback's extra lines do not fit), so when
  // the first pass finds nothing, or its exhaustive looseness search shows that no breaking
  // with `lines` lines exists, the later passes are not run: their answer would be refused.
  std::optional<BreakResult> BreakFitting(int looseness, size_t lines);

 private:
  struct PassOutcome {
    bool found = false;
    bool looseness_met = false;
    // A line count the looseness search showed the pass cannot set: the one asked for, when
    // the search saw every count (no bound pruned it, no node limit stopped it) and did not
    // meet it. -1: none shown.
    long count_out_of_reach = -1;
    BreakResult result;
  };
  // What one pass gives with looseness 0, and once a looseness search needed them, its bound
  // and the search's rounds run so far (a round's run does not depend on the looseness, only
  // the final node chosen from it does).
  struct PassMemo {
    bool run = false;
    PassOutcome optimum;
    double optimum_demerits = 0;
    std::unique_ptr<RemainingDemerits> remaining;
    std::vector<std::unique_ptr<TotalFit>> rounds;
  };

  PassOutcome RunPass(int index, PassSettings settings);
  BreakResult AfterFirstPass(PassOutcome first);
  PassOutcome SearchLooseness(PassMemo* memo, PassSettings settings);
  const TotalFit& Round(PassMemo* memo, PassSettings settings, int round);

  std::vector<Breakpoint> points_;
  BreakParams params_;
  PassMemo passes_[3];
};

}  // namespace galley::linebreak
