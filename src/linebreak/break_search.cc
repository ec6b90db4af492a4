#include "linebreak/break_search.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <utility>

#include "linebreak/total_fit.h"

namespace galley::linebreak {
namespace {

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

constexpr PassSettings kFirstPass{1, 0, false};

}  // namespace

BreakSearch::BreakSearch(const std::vector<Item>& items, BreakParams params)
    : points_(items.empty() ? std::vector<Breakpoint>() : FindBreakpoints(items)),
      params_(std::move(params)) {
  params_.looseness = 0;
}

// The search for the asked-for line count, after the pass's optimum (memo->optimum).
BreakSearch::PassOutcome BreakSearch::SearchLooseness(PassMemo* memo, PassSettings settings) {
  if (!memo->remaining) {
    memo->remaining = std::make_unique<RemainingDemerits>(points_, params_, settings);
  }
  const RemainingDemerits& remaining = *memo->remaining;
  PassOutcome optimum = memo->optimum;
  optimum.looseness_met = false;
  if (params_.line_widths.size() <= 1) {
    // No breaking has a line count outside [fewest, most]: do not search for one.
    int lines = static_cast<int>(optimum.result.lines.size());
    int wanted = std::clamp(lines + params_.looseness, remaining.FewestLines(),
                            std::max(remaining.FewestLines(), remaining.MostLines()));
    if (wanted == lines) {
      optimum.count_out_of_reach = lines + params_.looseness;  // outside [fewest, most]
      return optimum;
    }
  }
  size_t nodes = optimum.result.nodes;
  PassOutcome outcome = std::move(optimum);
  for (int round = 0; round <= kSlackRounds; ++round) {
    const TotalFit& fit = Round(memo, settings, round);
    int32_t final_node = fit.FinalFor(params_.looseness);
    nodes = std::max(nodes, fit.node_count());
    if (final_node < 0) break;  // the node limit
    int looseness = fit.LoosenessOf(final_node);
    outcome = PassOutcome{true, looseness == params_.looseness, -1, fit.WalkBack(final_node)};
    if (!outcome.looseness_met && fit.pruned() == 0) {
      outcome.count_out_of_reach =
          static_cast<long>(outcome.result.lines.size()) - looseness + params_.looseness;
    }
    // Met, or nothing was pruned (so no wider round can do better).
    if (outcome.looseness_met || fit.pruned() == 0) break;
  }
  outcome.result.nodes = nodes;
  return outcome;
}

// Round `round` of the looseness search (run on first use): the breaks kept apart by line
// count, pruned at the optimum plus a slack that grows with each round, none in the last.
const TotalFit& BreakSearch::Round(PassMemo* memo, PassSettings settings, int round) {
  while (memo->rounds.size() <= static_cast<size_t>(round)) {
    int index = static_cast<int>(memo->rounds.size());
    double slack = (params_.line_penalty + 100) * (params_.line_penalty + 100);
    for (int i = 0; i < index; ++i) slack *= kSlackGrowth;
    double ceiling = index == kSlackRounds ? std::numeric_limits<double>::infinity()
                                           : memo->optimum_demerits + slack;
    // Hyphen counts kept apart (max_paragraph_hyphens) multiply the keys a break can have.
    size_t counts = params_.max_paragraph_hyphens > 0
                        ? static_cast<size_t>(params_.max_paragraph_hyphens) + 1
                        : 1;
    size_t node_limit = std::max(kMinNodeLimit, kNodesPerBreakpoint * counts * points_.size());
    auto fit = std::make_unique<TotalFit>(points_, params_, settings, /*count_lines=*/true,
                                          SearchBound{memo->remaining.get(), ceiling, node_limit});
    fit->Run();
    memo->rounds.push_back(std::move(fit));
  }
  return *memo->rounds[static_cast<size_t>(round)];
}

// One pass: the optimum, kept apart by line count only while line widths vary (computed once
// per pass); then, with looseness, the search for the asked-for line count.
BreakSearch::PassOutcome BreakSearch::RunPass(int index, PassSettings settings) {
  PassMemo& memo = passes_[index];
  if (!memo.run) {
    memo.run = true;
    TotalFit fit(points_, params_, settings, /*count_lines=*/false);
    int32_t final_node = fit.Run();
    if (final_node < 0) {
      memo.optimum.result.nodes = fit.node_count();
    } else {
      memo.optimum = PassOutcome{true, true, -1, fit.WalkBack(final_node)};
      memo.optimum.result.nodes = fit.node_count();
      memo.optimum_demerits = fit.DemeritsOf(final_node);
    }
  }
  if (!memo.optimum.found || params_.looseness == 0) return memo.optimum;
  return SearchLooseness(&memo, settings);
}

BreakResult BreakSearch::Break(int looseness) {
  if (points_.empty()) return {};  // no items
  params_.looseness = looseness;
  return AfterFirstPass(RunPass(0, kFirstPass));
}

// The passes after the first, when the first did not settle it.
BreakResult BreakSearch::AfterFirstPass(PassOutcome first) {
  size_t nodes = 0;
  auto finish = [&nodes](PassOutcome&& outcome) {
    outcome.result.nodes = std::max(nodes, outcome.result.nodes);
    return std::move(outcome.result);
  };
  if (first.found && (first.looseness_met || params_.emergency_stretch <= 0)) {
    return finish(std::move(first));
  }
  nodes = first.result.nodes;
  if (params_.emergency_stretch > 0) {
    PassOutcome second = RunPass(1, {2, params_.emergency_stretch, false});
    if (second.found) return finish(std::move(second));
    nodes = std::max(nodes, second.result.nodes);
  }
  if (first.found) return finish(std::move(first));
  return finish(RunPass(2, {3, params_.emergency_stretch, true}));
}

std::optional<BreakResult> BreakSearch::BreakFitting(int looseness, size_t lines) {
  if (points_.empty()) return std::nullopt;
  params_.looseness = looseness;
  PassOutcome first = RunPass(0, kFirstPass);
  if (!first.found) return std::nullopt;
  bool later_passes = !first.looseness_met && params_.emergency_stretch > 0;
  if (later_passes && first.count_out_of_reach == static_cast<long>(lines)) return std::nullopt;
  BreakResult result = AfterFirstPass(std::move(first));
  if (result.lines.size() != lines || !LinesFit(result)) return std::nullopt;
  return result;
}

}  // namespace galley::linebreak
