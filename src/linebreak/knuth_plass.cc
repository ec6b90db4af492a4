#include "linebreak/knuth_plass.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <utility>

#include "linebreak/breakpoints.h"
#include "linebreak/line_fit.h"

namespace galley::linebreak {
namespace {

// Pass 3 adds this to an overfull line's demerits, so that the fewest overfull lines win over
// any amount of ordinary demerits (a line has at most (line_penalty + 10000)^2 + 10000^2).
constexpr double kOverfullDemerits = 1e12;

struct PassSettings {
  int pass = 1;
  double extra_stretch = 0;  // emergency stretch
  bool fallback = false;     // pass 3: accept underfull lines and each node's first overfull line
};

// A feasible break: the best way found to reach a breakpoint with a given line count, fitness
// class and hyphen run (the paper's active/passive nodes).
struct Node {
  int32_t point = -1;     // breakpoint index; -1 for the paragraph's start
  int32_t previous = -1;  // node index of the break before, -1 at the start
  int line = 0;           // lines that end at or before this break
  Fitness fitness = Fitness::kDecent;
  int hyphen_run = 0;     // consecutive hyphenated lines ending here
  bool flagged = false;
  bool overfull = false;  // the line that ends here
  double demerits = 0;    // total, from the paragraph's start
  Totals after;           // copied from the breakpoint: the loop reads it for every line
};

// The best line found so far into the current breakpoint for one node key.
struct PendingBreak {
  int line_key = 0;
  int hyphen_run = 0;
  Fitness fitness = Fitness::kDecent;
  double demerits = 0;
  int32_t previous = -1;
  bool overfull = false;
};

class TotalFit {
 public:
  TotalFit(const std::vector<Breakpoint>& points, const BreakParams& params,
           PassSettings settings)
      : points_(points), params_(params), settings_(settings) {}

  // Runs the dynamic programme; returns the chosen final node or -1 when nothing is feasible.
  int32_t Run();
  // The lines from the start to `final_node`.
  BreakResult WalkBack(int32_t final_node) const;
  // How many lines `final_node` has more than the optimum (TeX's actual_looseness).
  int LoosenessOf(int32_t final_node) const { return nodes_[final_node].line - best_line_; }

 private:
  double WidthOfLine(int line) const;
  void TryLinesTo(size_t point);
  void ConsiderLine(int32_t from, size_t point, double ratio, bool overfull);
  void ActivatePending(size_t point);
  int32_t ChooseFinal();

  const std::vector<Breakpoint>& points_;
  const BreakParams& params_;
  PassSettings settings_;
  std::vector<Node> nodes_;
  std::vector<int32_t> active_;  // indices into nodes_, in breakpoint order
  std::vector<PendingBreak> pending_;
  int best_line_ = 0;  // line count of the fewest-demerits final node
};

double TotalFit::WidthOfLine(int line) const {
  const std::vector<double>& widths = params_.line_widths;
  if (widths.empty()) return 0;
  return widths[std::min(static_cast<size_t>(line), widths.size() - 1)];
}

int32_t TotalFit::Run() {
  nodes_.clear();
  active_.clear();
  nodes_.push_back(Node{});
  active_.push_back(0);
  for (size_t point = 0; point < points_.size() && !active_.empty(); ++point) {
    TryLinesTo(point);
  }
  return ChooseFinal();
}

// The paper's main loop for one breakpoint: every active node either gives a line ending here
// or, once that line would be overfull, is deactivated — no later line from it can fit either.
// A forced break deactivates every node.
void TotalFit::TryLinesTo(size_t point) {
  const Breakpoint& to = points_[point];
  pending_.clear();
  size_t kept = 0;
  for (int32_t index : active_) {
    const Node& from = nodes_[index];
    double ratio = AdjustmentRatio(from.after, to, WidthOfLine(from.line),
                                   settings_.extra_stretch);
    bool overfull = IsOverfull(ratio);
    if (overfull) {
      // TeX's final pass makes the same "artificial" break (TeX §854) so that text is never lost.
      if (settings_.fallback) ConsiderLine(index, point, ratio, true);
      continue;
    }
    if (ratio <= params_.tolerance || settings_.fallback) ConsiderLine(index, point, ratio, false);
    if (!to.forced) active_[kept++] = index;
  }
  active_.resize(kept);
  ActivatePending(point);
}

void TotalFit::ConsiderLine(int32_t from_index, size_t point, double ratio, bool overfull) {
  const Node& from = nodes_[from_index];
  const Breakpoint& to = points_[point];
  bool is_final = point + 1 == points_.size();
  int hyphen_run = to.flagged && !to.forced ? from.hyphen_run + 1 : 0;
  int limit = params_.max_consecutive_hyphens;
  if (limit > 0 && hyphen_run > limit && !overfull) return;

  Fitness fitness = overfull ? Fitness::kTight : FitnessOf(ratio);
  double badness = overfull ? kInfiniteBadness : Badness(ratio);
  double demerits = LineDemerits(params_.line_penalty, badness, to.penalty);
  if (is_final) {
    if (from.flagged) demerits += params_.final_hyphen_demerits;
  } else if (to.flagged && from.flagged) {
    demerits += params_.flagged_demerits;
  }
  if (std::abs(static_cast<int>(fitness) - static_cast<int>(from.fitness)) > 1) {
    demerits += params_.fitness_demerits;
  }
  if (overfull) demerits += kOverfullDemerits;
  double total = from.demerits + demerits;

  // Breaks with the same key have the same future, so only the best survives. The line count
  // matters only while line widths still vary, or always when looseness asks for a count.
  int line = from.line + 1;
  int last_width = std::max(static_cast<int>(params_.line_widths.size()) - 1, 0);
  int line_key = params_.looseness != 0 ? line : std::min(line, last_width);
  int run_key = limit > 0 ? hyphen_run : 0;
  for (PendingBreak& pending : pending_) {
    if (pending.line_key == line_key && pending.hyphen_run == run_key &&
        pending.fitness == fitness) {
      // "<=": of equal ways in, the later predecessor wins, as in TeX §855.
      if (total <= pending.demerits) {
        pending = {line_key, run_key, fitness, total, from_index, overfull};
      }
      return;
    }
  }
  pending_.push_back({line_key, run_key, fitness, total, from_index, overfull});
}

// Creates the new active nodes for a breakpoint. A fitness class whose demerits exceed the
// best class's by more than fitness_demerits can never lead to a better paragraph, so it is
// dropped (TeX §836: "minimal_demerits[fit_class] <= minimum_demerits + adj_demerits").
void TotalFit::ActivatePending(size_t point) {
  for (const PendingBreak& pending : pending_) {
    double best = pending.demerits;
    for (const PendingBreak& other : pending_) {
      if (other.line_key == pending.line_key && other.hyphen_run == pending.hyphen_run) {
        best = std::min(best, other.demerits);
      }
    }
    if (pending.demerits > best + params_.fitness_demerits) continue;
    const Breakpoint& at = points_[point];
    Node node;
    node.point = static_cast<int32_t>(point);
    node.previous = pending.previous;
    node.line = nodes_[pending.previous].line + 1;
    node.fitness = pending.fitness;
    node.hyphen_run = pending.hyphen_run;
    node.flagged = at.flagged;
    node.overfull = pending.overfull;
    node.demerits = pending.demerits;
    node.after = at.after;
    active_.push_back(static_cast<int32_t>(nodes_.size()));
    nodes_.push_back(node);
  }
}

// The fewest demerits win; with looseness, the line count closest to the optimum's plus
// looseness wins first (TeX §875).
int32_t TotalFit::ChooseFinal() {
  int32_t best = -1;
  for (int32_t index : active_) {
    if (best < 0 || nodes_[index].demerits < nodes_[best].demerits) best = index;
  }
  if (best < 0) return best;
  best_line_ = nodes_[best].line;
  if (params_.looseness == 0) return best;
  int best_line = best_line_;
  int chosen_diff = 0;
  int32_t chosen = best;
  for (int32_t index : active_) {
    int diff = nodes_[index].line - best_line;
    bool closer = (diff < chosen_diff && params_.looseness <= diff) ||
                  (diff > chosen_diff && params_.looseness >= diff);
    if (closer || (diff == chosen_diff && nodes_[index].demerits < nodes_[chosen].demerits)) {
      chosen = index;
      chosen_diff = diff;
    }
  }
  return chosen;
}

BreakResult TotalFit::WalkBack(int32_t final_node) const {
  BreakResult result;
  result.pass = settings_.pass;
  result.demerits = nodes_[final_node].demerits;
  for (int32_t index = final_node; nodes_[index].previous >= 0; index = nodes_[index].previous) {
    const Node& node = nodes_[index];
    const Node& from = nodes_[node.previous];
    const Breakpoint& to = points_[node.point];
    Line line;
    line.begin = from.point < 0 ? 0 : points_[from.point].next_begin;
    line.end = to.item;
    line.fitness = node.fitness;
    line.hyphenated = to.flagged && static_cast<size_t>(node.point) + 1 != points_.size();
    line.overfull = node.overfull;
    // The ratio for the line's real glue: emergency stretch was only a way to choose breaks.
    double ratio = AdjustmentRatio(from.after, to, WidthOfLine(from.line), 0);
    line.underfull = !node.overfull && ratio > params_.tolerance;
    if (node.overfull) {
      line.ratio = ratio == -std::numeric_limits<double>::infinity() ? 0 : -1;
    } else {
      line.ratio = ratio == std::numeric_limits<double>::infinity() ? 0 : ratio;
    }
    result.lines.push_back(line);
  }
  std::reverse(result.lines.begin(), result.lines.end());
  return result;
}

struct PassOutcome {
  bool found = false;
  bool looseness_met = false;
  BreakResult result;
};

PassOutcome RunPass(const std::vector<Breakpoint>& points, const BreakParams& params,
                    PassSettings settings) {
  TotalFit fit(points, params, settings);
  PassOutcome outcome;
  int32_t final_node = fit.Run();
  if (final_node < 0) return outcome;
  outcome.found = true;
  outcome.looseness_met = fit.LoosenessOf(final_node) == params.looseness;
  outcome.result = fit.WalkBack(final_node);
  return outcome;
}

}  // namespace

// TeX's passes (TeX §863, §873): first at `tolerance`; then with emergency stretch if nothing
// was feasible or looseness was not met; finally, if still nothing, a pass that cannot fail.
BreakResult BreakLines(const std::vector<Item>& items, const BreakParams& params) {
  if (items.empty()) return {};
  std::vector<Breakpoint> points = FindBreakpoints(items);
  PassOutcome first = RunPass(points, params, {1, 0, false});
  if (first.found && (first.looseness_met || params.emergency_stretch <= 0)) {
    return std::move(first.result);
  }
  if (params.emergency_stretch > 0) {
    PassOutcome second = RunPass(points, params, {2, params.emergency_stretch, false});
    if (second.found) return std::move(second.result);
  }
  if (first.found) return std::move(first.result);
  return std::move(RunPass(points, params, {3, params.emergency_stretch, true}).result);
}

}  // namespace galley::linebreak
