#include "linebreak/total_fit.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "linebreak/line_fit.h"

namespace galley::linebreak {

TotalFit::TotalFit(const std::vector<Breakpoint>& points, const BreakParams& params,
                   PassSettings settings, bool count_lines, SearchBound bound)
    : points_(points),
      params_(params),
      settings_(settings),
      count_lines_(count_lines),
      looseness_(count_lines ? params.looseness : 0),
      bound_(bound) {}

double TotalFit::WidthOfLine(int line) const {
  const std::vector<double>& widths = params_.line_widths;
  if (widths.empty()) return 0;
  return widths[std::min(static_cast<size_t>(line), widths.size() - 1)];
}

const Totals& TotalFit::AfterOf(const Node& node) const {
  static constexpr Totals kStart{};
  return node.point < 0 ? kStart : points_[static_cast<size_t>(node.point)].after;
}

int32_t TotalFit::Run() {
  nodes_.clear();
  active_.clear();
  best_ = -1;
  nodes_.push_back(Node{});
  active_.push_back({0, 0, Totals{}});
  for (size_t point = 0; point < points_.size() && !active_.empty(); ++point) {
    TryLinesTo(point);
    if (nodes_.size() > bound_.node_limit) {
      exhausted_ = true;
      return -1;
    }
  }
  for (const Active& active : active_) {
    if (best_ < 0 || nodes_[active.node].demerits < nodes_[best_].demerits) best_ = active.node;
  }
  if (best_ >= 0) best_line_ = nodes_[best_].line;
  return ChooseFinal(looseness_);
}

int32_t TotalFit::FinalFor(int looseness) const {
  return exhausted_ ? -1 : ChooseFinal(looseness);
}

// The paper's main loop for one breakpoint: every active node either gives a line ending here
// or, once that line would be overfull, is deactivated — no later line from it can fit either.
// A forced break deactivates every node.
void TotalFit::TryLinesTo(size_t point) {
  const Breakpoint& to = points_[point];
  pending_.clear();
  size_t kept = 0;
  for (const Active& active : active_) {
    double ratio = AdjustmentRatio(active.after, to, WidthOfLine(active.line),
                                   settings_.extra_stretch, params_.box_stretch_first);
    bool overfull = IsOverfull(ratio);
    if (overfull) {
      // TeX's final pass makes the same "artificial" break (TeX §854) so that text is never lost.
      if (settings_.fallback) ConsiderLine(active.node, point, ratio, true);
      continue;
    }
    if (Accepts(params_, settings_, ratio)) ConsiderLine(active.node, point, ratio, false);
    if (!to.forced) active_[kept++] = active;
  }
  active_.resize(kept);
  ActivatePending(point);
}

void TotalFit::ConsiderLine(int32_t from_index, size_t point, double ratio, bool overfull) {
  const Node& from = nodes_[from_index];
  const Breakpoint& to = points_[point];
  bool is_final = point + 1 == points_.size();
  bool hyphenated = to.flagged && !to.forced && !is_final;
  int hyphen_run = hyphenated ? from.hyphen_run + 1 : 0;
  int limit = params_.max_consecutive_hyphens;
  if (limit > 0 && hyphen_run > limit && !overfull) return;
  LineCost cost = CostOfLine(params_, from.fitness, from.flagged, to, is_final, ratio, overfull);
  double total = from.demerits + cost.demerits;
  if (hyphenated && HoldsUnhyphenatedItem(from, to)) total += params_.margin_note_hyphen_demerits;
  // Hyphens past the paragraph's allowance: once it is used up, every further one costs the
  // same, so counts above it need not be kept apart.
  int allowance = params_.max_paragraph_hyphens;
  int hyphen_count = 0;
  if (allowance > 0) {
    if (hyphenated && from.hyphen_count >= allowance) total += params_.excess_hyphen_demerits;
    hyphen_count = std::min(from.hyphen_count + (hyphenated ? 1 : 0), allowance);
  }

  // Breaks with the same key have the same future, so only the best survives. The line count
  // matters only while line widths still vary, or always when looseness asks for a count.
  int line = from.line + 1;
  int last_width = std::max(static_cast<int>(params_.line_widths.size()) - 1, 0);
  int line_key = count_lines_ ? line : std::min(line, last_width);
  int run_key = limit > 0 ? hyphen_run : 0;
  PendingBreak candidate{line_key, run_key, hyphen_count, cost.fitness, total, from_index,
                         overfull};
  for (PendingBreak& pending : pending_) {
    if (pending.line_key == line_key && pending.hyphen_run == run_key &&
        pending.hyphen_count == hyphen_count && pending.fitness == cost.fitness) {
      // "<=": of equal ways in, the later predecessor wins, as in TeX §855.
      if (total <= pending.demerits) pending = candidate;
      return;
    }
  }
  pending_.push_back(candidate);
}

// Whether the line from `from` to `to` holds an item of params_.unhyphenated_line_items.
bool TotalFit::HoldsUnhyphenatedItem(const Node& from, const Breakpoint& to) const {
  const std::vector<size_t>& items = params_.unhyphenated_line_items;
  if (items.empty()) return false;
  size_t begin = from.point < 0 ? 0 : points_[static_cast<size_t>(from.point)].next_begin;
  auto first = std::lower_bound(items.begin(), items.end(), begin);
  return first != items.end() && *first < to.item;
}

// Creates the new active nodes for a breakpoint. A fitness class whose demerits exceed the
// best class's by more than fitness_demerits can never lead to a better paragraph, so it is
// dropped (TeX §836: "minimal_demerits[fit_class] <= minimum_demerits + adj_demerits").
void TotalFit::ActivatePending(size_t point) {
  for (const PendingBreak& pending : pending_) {
    double best = pending.demerits;
    for (const PendingBreak& other : pending_) {
      if (other.line_key == pending.line_key && other.hyphen_run == pending.hyphen_run &&
          other.hyphen_count == pending.hyphen_count) {
        best = std::min(best, other.demerits);
      }
    }
    if (pending.demerits > best + params_.fitness_demerits) continue;
    if (Dominated(pending)) continue;
    const Breakpoint& at = points_[point];
    Node node;
    node.point = static_cast<int32_t>(point);
    node.previous = pending.previous;
    node.line = nodes_[pending.previous].line + 1;
    node.fitness = pending.fitness;
    node.hyphen_run = static_cast<int16_t>(pending.hyphen_run);
    node.hyphen_count = static_cast<int16_t>(pending.hyphen_count);
    node.flagged = at.flagged;
    node.overfull = pending.overfull;
    node.demerits = pending.demerits;
    if (!WithinBound(node)) {
      ++pruned_;
      continue;
    }
    active_.push_back({static_cast<int32_t>(nodes_.size()), node.line, at.after});
    nodes_.push_back(node);
  }
}

// Whether another way into this breakpoint with the same line key, no longer a run of hyphens
// and no more of the paragraph's hyphens, in another key, costs strictly less — by more than
// fitness_demerits if its fitness differs. Every way on from this one is then dearer from
// there too (a longer run allows fewer hyphens next, one more hyphen past the allowance only
// adds demerits, and fitness changes the next line's demerits by at most fitness_demerits),
// so it can never be on the best paragraph and is not kept as an active node. The same rule
// within one key is TeX's (the fitness_demerits test in ActivatePending).
bool TotalFit::Dominated(const PendingBreak& pending) const {
  for (const PendingBreak& other : pending_) {
    if (other.line_key != pending.line_key || other.hyphen_run > pending.hyphen_run ||
        other.hyphen_count > pending.hyphen_count) {
      continue;
    }
    if (other.hyphen_run == pending.hyphen_run && other.hyphen_count == pending.hyphen_count) {
      continue;
    }
    double margin = other.fitness == pending.fitness ? 0 : params_.fitness_demerits;
    if (other.demerits + margin < pending.demerits) return true;
  }
  return false;
}

// Whether a break can still be on a paragraph that costs no more than the bound's ceiling.
// The remaining bound is measured at the last line width, so breaks before it applies are
// always kept (they are few: the lines of a hanging indentation).
bool TotalFit::WithinBound(const Node& node) const {
  if (bound_.remaining == nullptr) return true;
  if (static_cast<size_t>(node.line) + 1 < params_.line_widths.size()) return true;
  return node.demerits + bound_.remaining->AtLeast(node.point, node.fitness) <= bound_.ceiling;
}

// The fewest demerits win; with looseness, the line count closest to the optimum's plus
// looseness wins first (TeX §875).
int32_t TotalFit::ChooseFinal(int looseness) const {
  if (best_ < 0 || looseness == 0) return best_;
  int chosen_diff = 0;
  int32_t chosen = best_;
  for (const Active& active : active_) {
    const Node& node = nodes_[active.node];
    int diff = node.line - best_line_;
    bool closer = (diff < chosen_diff && looseness <= diff) ||
                  (diff > chosen_diff && looseness >= diff);
    if (closer || (diff == chosen_diff && node.demerits < nodes_[chosen].demerits)) {
      chosen = active.node;
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
    double ratio = AdjustmentRatio(AfterOf(from), to, WidthOfLine(from.line), 0,
                                   params_.box_stretch_first);
    line.underfull = !node.overfull && ratio > params_.tolerance;
    line.too_tight = !node.overfull && ratio < -params_.tolerance;
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

}  // namespace galley::linebreak
