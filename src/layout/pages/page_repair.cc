// Repairing short pages with paragraph variants: a page's own paragraphs a line or two longer
// or shorter, then sets of them over the page and the one before (page_builder.h says why).
#include <algorithm>
#include <cstdlib>

#include "layout/pages/page_builder_state.h"

namespace galley::layout::page_building {

// A variant of the block the page starts inside keeps the previous page's break legal only
// if enough of its lines still follow the lines left behind there.
bool PageBuilder::VariantKeepsEarlierBreak(Cursor start, int block, int line_count) const {
  if (block != start.block || start.line == 0) return true;
  return line_count - start.line >= params_.widow_lines;
}

PageFill PageBuilder::FillWithRepair(Cursor start, double capacity) {
  PageFill fill = Fill(start, capacity);
  for (int round = 0; round < kRepairRounds; ++round) {
    if (fill.at_flow_end || fill.cost <= 0 || variants_ == nullptr) break;
    if (!RepairOnce(start, capacity, &fill)) break;
  }
  return fill;
}

// The variant of paragraph `block` `step` lines from its present breaking (*delta is then
// its line count relative to its best breaking), or nullopt when there is none, it was
// changed for an earlier page, or it would undo the break before `start`.
std::optional<LineVariant> PageBuilder::TryVariant(int block, int step, Cursor start,
                                                   int* delta) {
  if (changed_for_page_[block] >= 0 && changed_for_page_[block] != page_) return std::nullopt;
  *delta = deltas_[block] + step;
  if (*delta == 0 || *delta < -kMaxDelta || *delta > kMaxDelta) return std::nullopt;
  std::optional<LineVariant> variant = variants_->Variant(block, *delta);
  if (variant && !VariantKeepsEarlierBreak(start, block, variant->line_count)) return std::nullopt;
  return variant;
}

// The variants of paragraph `block` a line or two from its present breaking. Two lines are
// asked for only where one line in that direction exists: a paragraph that cannot take a line
// more rarely takes two, and each question costs a line-breaking pass.
std::vector<Change> PageBuilder::ChangesOf(int block, Cursor start) {
  std::vector<Change> changes;
  for (int direction : {+1, -1}) {
    int delta = 0;
    std::optional<LineVariant> one = TryVariant(block, direction, start, &delta);
    if (!one) continue;
    changes.push_back({block, delta, std::move(*one)});
    std::optional<LineVariant> two = TryVariant(block, 2 * direction, start, &delta);
    if (two) changes.push_back({block, delta, std::move(*two)});
  }
  return changes;
}

void PageBuilder::Apply(int block, int delta, const LineVariant& variant) {
  blocks_[block].line_count = variant.line_count;
  blocks_[block].hyphenated = variant.hyphenated;
  deltas_[block] = delta;
  variant_costs_[block] = variant.cost;
  changed_for_page_[block] = page_;
}

// Tries the paragraphs nearest the page's foot a line or two longer or shorter and keeps the
// one change that lowers the page's cost most; false if none does.
bool PageBuilder::RepairOnce(Cursor start, double capacity, PageFill* fill) {
  PageFill best = *fill;
  double best_total = fill->cost;
  int chosen_block = -1, chosen_delta = 0;
  std::optional<LineVariant> chosen;
  // The paragraphs nearest the page's foot first, and only a few: each try costs a
  // line-breaking pass, and a change near the break disturbs the fewest lines.
  int last_block = std::min(fill->overflow_block, static_cast<int>(blocks_.size()) - 1);
  int tried = 0;
  for (int block = last_block; block >= start.block && tried < kRepairCandidates; --block) {
    if (blocks_[block].kind != FlowKind::kParagraph) continue;
    // Paragraphs of a line or two are tried but not counted: they are cheap to break again
    // and rarely have a variant, and dialogue would otherwise use up every try.
    if (blocks_[block].line_count >= kShortParagraphLines) ++tried;
    for (Change& change : ChangesOf(block, start)) {
      int delta = change.delta;
      std::optional<LineVariant> variant = std::move(change.variant);
      FlowBlock saved = blocks_[block];
      blocks_[block].line_count = variant->line_count;
      blocks_[block].hyphenated = variant->hyphenated;
      PageFill trial = Fill(start, capacity);
      blocks_[block] = std::move(saved);
      double total = trial.cost + variant->cost - variant_costs_[block];
      if (total < best_total - kEpsilon) {
        best = trial;
        best_total = total;
        chosen_block = block;
        chosen_delta = delta;
        chosen = std::move(variant);
      }
    }
  }
  if (chosen_block < 0) return false;
  Apply(chosen_block, chosen_delta, *chosen);
  *fill = best;
  return true;
}

// A page still short after its own repair (a heading that must move to the next page, with
// paragraphs set too evenly to take up the lines) is filled from the page before as well:
// paragraphs there a line or two longer push lines across the break, shorter ones pull the
// heading up. Often one change is not enough — a line pushed across would leave an orphan —
// so every set of up to kMaxSpreadChanges changes is tried. The page before must stay as full
// as it was. Keeps the cheapest set if it lowers the two pages' cost; false if none does.
bool PageBuilder::RepairAcrossPages(std::vector<Cursor>* starts, std::vector<PageFill>* fills) {
  size_t current = fills->size() - 1;
  if (current == 0 || variants_ == nullptr) return false;
  PageFill& before = (*fills)[current - 1];
  PageFill& page = fills->back();
  // Something to mend: this page short, or the verso facing it (which the spread's balancing
  // would otherwise make this page as short as). A short page before that is not this page's
  // facing page was balanced with its own facing page, and stays as it is.
  bool short_page = page.cost >= params_.short_line_cost;
  bool short_before = before.cost >= params_.short_line_cost;
  bool facing = IsVerso(current - 1);
  if (page.at_flow_end || before.rules_broken || (!short_page && !(facing && short_before)) ||
      (short_before && !facing)) {
    return false;
  }
  Cursor before_start = (*starts)[current - 1];
  int last_block = std::min(page.overflow_block, static_cast<int>(blocks_.size()) - 1);
  std::vector<Change> changes =
      ChangesNear(before_start.block, last_block, before_start, (*starts)[current].block);
  SpreadTrial best{{}, before, page, before.cost + page.cost, short_before};
  std::vector<int> chosen;
  TryChangeSets(changes, &chosen, [&](const std::vector<int>& set, double variant_cost) {
    PageFill new_before = Fill(before_start, CapacityOf(current - 1));
    PageFill new_page = Fill(new_before.end, CapacityOf(current));
    double total = new_before.cost + new_page.cost + variant_cost;
    bool fills = !best.fill_both || (new_before.cost < params_.short_line_cost &&
                                     new_page.cost < params_.short_line_cost);
    if (!new_before.rules_broken && new_before.cost <= best.before.cost + kEpsilon && fills &&
        total < best.total - kEpsilon) {
      best = {set, new_before, new_page, total, best.fill_both};
    }
  });
  if (best.changes.empty()) return false;
  for (int index : best.changes) {
    const Change& change = changes[static_cast<size_t>(index)];
    Apply(change.block, change.delta, change.variant);
  }
  before = best.before;
  page = best.page;
  starts->back() = before.end;
  return true;
}

// The variants of the paragraphs from `first_block` to `last_block`, at most
// kMaxSpreadCandidates of them, those nearest `middle_block` (the short page's first), so that
// the sets tried stay few on pages of many short paragraphs. In block order.
std::vector<Change> PageBuilder::ChangesNear(int first_block, int last_block, Cursor window_start,
                                             int middle_block) {
  std::vector<Change> changes;
  for (int block = first_block; block <= last_block; ++block) {
    if (blocks_[block].kind != FlowKind::kParagraph) continue;
    for (Change& change : ChangesOf(block, window_start)) changes.push_back(std::move(change));
  }
  if (changes.size() > kMaxSpreadCandidates) {
    std::stable_sort(changes.begin(), changes.end(),
                     [middle_block](const Change& a, const Change& b) {
                       return std::abs(a.block - middle_block) < std::abs(b.block - middle_block);
                     });
    changes.resize(kMaxSpreadCandidates);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.block < b.block; });
  }
  return changes;
}

// Extends `chosen` (indices into `changes`, one per block, ascending) by each later change in
// turn, setting each set's variants in the blocks while `trial` looks at them.
void PageBuilder::TryChangeSets(const std::vector<Change>& changes, std::vector<int>* chosen,
                                const ChangeSetTrial& trial) {
  int from = chosen->empty() ? 0 : chosen->back() + 1;
  for (int index = from; index < static_cast<int>(changes.size()); ++index) {
    const Change& change = changes[static_cast<size_t>(index)];
    if (!chosen->empty() && changes[static_cast<size_t>(chosen->back())].block == change.block) {
      continue;  // one variant per paragraph (changes are grouped by block)
    }
    chosen->push_back(index);
    std::vector<FlowBlock> saved;
    double cost = 0;
    for (int i : *chosen) {
      const Change& c = changes[static_cast<size_t>(i)];
      saved.push_back(blocks_[c.block]);
      blocks_[c.block].line_count = c.variant.line_count;
      blocks_[c.block].hyphenated = c.variant.hyphenated;
      cost += c.variant.cost - variant_costs_[c.block];
    }
    trial(*chosen, cost);
    for (size_t i = 0; i < chosen->size(); ++i) {
      blocks_[changes[static_cast<size_t>((*chosen)[i])].block] = std::move(saved[i]);
    }
    if (chosen->size() < kMaxSpreadChanges) TryChangeSets(changes, chosen, trial);
    chosen->pop_back();
  }
}

}  // namespace galley::layout::page_building
