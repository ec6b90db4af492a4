#include "linebreak/knuth_plass.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "linebreak/breakpoints.h"
#include "linebreak/pass_rules.h"
#include "linebreak/remaining_demerits.h"
#include "linebreak/total_fit.h"

namespace galley::linebreak {
namespace {

struct PassOutcome {
  bool found = false;
  bool looseness_met = false;
  BreakResult result;
};

// The looseness search keeps breaks apart by line count, but only those that can still be on a
// paragraph costing at most the optimum plus a slack (branch-and-bound, remaining_demerits.h).
// A line more or less costs about one loose line's demerits, so the first slack is that; each
// round that does not find the asked-for count widens it, and the last has none. Every round
// stops at this many nodes per breakpoint (at least kMinNodeLimit): a paragraph for which no
// round within that finds the count gets the closest count found so far — a documented bound
// instead of the words × lines nodes of an unbounded search.
constexpr size_t kNodesPerBreakpoint = 16;
constexpr size_t kMinNodeLimit = size_t{1} << 16;
constexpr int kSlackRounds = 3;
constexpr double kSlackGrowth = 32;

PassOutcome OutcomeOf(const TotalFit& fit, int32_t final_node, int looseness) {
  PassOutcome outcome{true, fit.LoosenessOf(final_node) == looseness, fit.WalkBack(final_node)};
  outcome.result.nodes = fit.node_count();
  return outcome;
}

PassOutcome SearchLooseness(const std::vector<Breakpoint>& points, const BreakParams& params,
                            PassSettings settings, double optimum_demerits,
                            PassOutcome optimum) {
  RemainingDemerits remaining(points, params, settings);
  if (params.line_widths.size() <= 1) {
    // No breaking has a line count outside [fewest, most]: do not search for one.
    int lines = static_cast<int>(optimum.result.lines.size());
    int wanted = std::clamp(lines + params.looseness, remaining.FewestLines(),
                            std::max(remaining.FewestLines(), remaining.MostLines()));
    if (wanted == lines) return optimum;
  }
  // Hyphen counts kept apart (max_paragraph_hyphens) multiply the keys a break can have.
  size_t counts = params.max_paragraph_hyphens > 0
                      ? static_cast<size_t>(params.max_paragraph_hyphens) + 1
                      : 1;
  size_t node_limit = std::max(kMinNodeLimit, kNodesPerBreakpoint * counts * points.size());
  double slack = (params.line_penalty + 100) * (params.line_penalty + 100);
  size_t nodes = optimum.result.nodes;
  PassOutcome outcome = std::move(optimum);
  for (int round = 0; round <= kSlackRounds; ++round) {
    double ceiling = round == kSlackRounds ? std::numeric_limits<double>::infinity()
                                           : optimum_demerits + slack;
    TotalFit fit(points, params, settings, /*count_lines=*/true,
                 {&remaining, ceiling, node_limit});
    int32_t final_node = fit.Run();
    nodes = std::max(nodes, fit.node_count());
    if (final_node < 0) break;  // the node limit
    outcome = OutcomeOf(fit, final_node, params.looseness);
    // Met, or nothing was pruned (so no wider round can do better).
    if (outcome.looseness_met || fit.pruned() == 0) break;
    slack *= kSlackGrowth;
  }
  outcome.result.nodes = nodes;
  return outcome;
}

// One pass: the optimum, kept apart by line count only while line widths vary; then, with
// looseness, the search for the asked-for line count.
PassOutcome RunPass(const std::vector<Breakpoint>& points, const BreakParams& params,
                    PassSettings settings) {
  TotalFit fit(points, params, settings, /*count_lines=*/false);
  int32_t final_node = fit.Run();
  if (final_node < 0) {
    PassOutcome none;
    none.result.nodes = fit.node_count();
    return none;
  }
  PassOutcome optimum = OutcomeOf(fit, final_node, 0);
  if (params.looseness == 0) return optimum;
  optimum.looseness_met = false;
  return SearchLooseness(points, params, settings, fit.DemeritsOf(final_node),
                         std::move(optimum));
}

}  // namespace

// TeX's passes (TeX §863, §873): first at `tolerance`; then with emergency stretch if nothing
// was feasible or looseness was not met; finally, if still nothing, a pass that cannot fail.
BreakResult BreakLines(const std::vector<Item>& items, const BreakParams& params) {
  if (items.empty()) return {};
  std::vector<Breakpoint> points = FindBreakpoints(items);
  size_t nodes = 0;
  auto finish = [&nodes](PassOutcome&& outcome) {
    outcome.result.nodes = std::max(nodes, outcome.result.nodes);
    return std::move(outcome.result);
  };
  PassOutcome first = RunPass(points, params, {1, 0, false});
  if (first.found && (first.looseness_met || params.emergency_stretch <= 0)) {
    return finish(std::move(first));
  }
  nodes = first.result.nodes;
  if (params.emergency_stretch > 0) {
    PassOutcome second = RunPass(points, params, {2, params.emergency_stretch, false});
    if (second.found) return finish(std::move(second));
    nodes = std::max(nodes, second.result.nodes);
  }
  if (first.found) return finish(std::move(first));
  return finish(RunPass(points, params, {3, params.emergency_stretch, true}));
}

}  // namespace galley::linebreak
