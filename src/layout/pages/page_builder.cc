#include "layout/pages/page_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace galley::layout {

namespace {

constexpr double kEpsilon = 1e-6;
constexpr int kRepairCandidates = 4;  // paragraphs tried a line longer or shorter per round
// Rounds of repair per page: each may change one more paragraph, so a page two lines short
// (a scene break or a heading that cannot move, with paragraphs set tight by expansion) can
// still be filled by two paragraphs a line longer each rather than one two lines longer.
constexpr int kRepairRounds = 2;
constexpr int kShortParagraphLines = 3;
// A paragraph may be set this many lines longer or shorter than its best breaking: two, so
// that a heading which must move down a page can take two lines from one paragraph.
constexpr int kMaxDelta = 2;
// Paragraphs changed at once on a short page and the page before it: a page four lines short
// before a heading may need two paragraphs a line longer and one two lines longer.
constexpr size_t kMaxSpreadChanges = 3;
constexpr size_t kMaxSpreadCandidates = 12;  // at most 298 sets of up to three

// A position in the flow: before unit `line` of block `block`.
struct Cursor {
  int block = 0;
  int line = 0;
  friend bool operator==(const Cursor&, const Cursor&) = default;
};

// A paragraph's variant the page builder may choose: `delta` lines from its best breaking.
struct Change {
  int block = 0;
  int delta = 0;
  LineVariant variant;
};

struct PageFill {
  Cursor end;
  double depth = 0;
  double cost = 0;
  bool at_flow_end = false;
  bool rules_broken = false;
  int overflow_block = -1;  // the block whose unit did not fit; -1 at the flow's end
};

// A set of changes (indices into a list of Change) and the two pages it gives.
struct SpreadTrial {
  std::vector<int> changes;
  PageFill before, page;
  double total = 0;
  // Mending a short verso: only a set that leaves both pages of the spread full will do (one
  // that shortens the recto instead leaves the spread uneven).
  bool fill_both = false;
};

class PageBuilder {
 public:
  PageBuilder(std::vector<FlowBlock> blocks, const PageBuildParams& params,
              VariantSource* variants)
      : blocks_(std::move(blocks)),
        params_(params),
        variants_(variants),
        deltas_(blocks_.size(), 0),
        variant_costs_(blocks_.size(), 0),
        changed_for_page_(blocks_.size(), -1) {}

  PageBuildResult Run();

 private:
  int Units(int block) const {
    const FlowBlock& b = blocks_[block];
    return b.kind == FlowKind::kParagraph ? b.line_count : 1;
  }
  bool AtEnd(Cursor c) const { return c.block >= static_cast<int>(blocks_.size()); }
  Cursor Next(Cursor c) const {
    return c.line + 1 < Units(c.block) ? Cursor{c.block, c.line + 1} : Cursor{c.block + 1, 0};
  }
  double UnitHeight(Cursor c, bool at_top) const;
  bool Hyphenated(Cursor c) const;
  bool BreakLegal(Cursor last, Cursor next, int lines_after_heading) const;
  double CostOf(const PageFill& fill, double capacity, bool hyphen_end) const;

  PageFill Fill(Cursor start, double capacity) const;
  PageFill FillWithRepair(Cursor start, double capacity);
  bool RepairOnce(Cursor start, double capacity, PageFill* fill);
  std::optional<LineVariant> TryVariant(int block, int step, Cursor start, int* delta);
  std::vector<Change> ChangesOf(int block, Cursor start);
  void Apply(int block, int delta, const LineVariant& variant);
  bool RepairAcrossPages(std::vector<Cursor>* starts, std::vector<PageFill>* fills);
  void TryChangeSets(const std::vector<Change>& changes, Cursor before_start, size_t current,
                     std::vector<int>* chosen, SpreadTrial* best);
  bool VariantKeepsEarlierBreak(Cursor start, int block, int line_count) const;
  BuiltPage Place(Cursor start, const PageFill& fill) const;
  bool IsVerso(size_t page_index) const {
    return (page_index % 2 == 0) == params_.first_page_is_verso;
  }
  double CapacityOf(size_t page_index) const {
    return page_index == 0 ? params_.first_page_height : params_.page_height;
  }
  void BalanceSpread(std::vector<Cursor>* starts, std::vector<PageFill>* fills);

  std::vector<FlowBlock> blocks_;
  const PageBuildParams& params_;
  VariantSource* variants_;
  std::vector<int> deltas_;
  std::vector<double> variant_costs_;
  // Per block: the page whose repair changed it (-1: unchanged). A paragraph changed for an
  // earlier page keeps that breaking; one changed for this page may change again.
  std::vector<int> changed_for_page_;
  int page_ = 0;  // the page being filled
};

double PageBuilder::UnitHeight(Cursor c, bool at_top) const {
  const FlowBlock& b = blocks_[c.block];
  double space = c.line == 0 && !at_top ? b.space_before : 0;
  return space + (b.kind == FlowKind::kParagraph ? b.line_height : b.height);
}

bool PageBuilder::Hyphenated(Cursor c) const {
  const FlowBlock& b = blocks_[c.block];
  return b.kind == FlowKind::kParagraph && c.line < static_cast<int>(b.hyphenated.size()) &&
         b.hyphenated[c.line];
}

// Whether a page may end after unit `last`, the next page beginning with unit `next`.
bool PageBuilder::BreakLegal(Cursor last, Cursor next, int lines_after_heading) const {
  if (AtEnd(next)) return true;
  const FlowBlock& before = blocks_[last.block];
  const FlowBlock& after = blocks_[next.block];
  if (before.kind == FlowKind::kHeading) return false;
  if (before.kind == FlowKind::kSceneBreak || after.kind == FlowKind::kSceneBreak) return false;
  if (after.kind == FlowKind::kParagraph && next.line > 0) {
    if (next.line < params_.orphan_lines) return false;
    if (after.line_count - next.line < params_.widow_lines) return false;
  }
  if (lines_after_heading >= 0 && lines_after_heading < params_.heading_keep_lines) return false;
  return true;
}

double PageBuilder::CostOf(const PageFill& fill, double capacity, bool hyphen_end) const {
  if (fill.at_flow_end) return 0;
  double cost = 0;
  double missing = capacity - fill.depth;
  if (missing > kEpsilon) {
    cost += params_.short_line_cost * std::ceil(missing / params_.line_height - kEpsilon);
  }
  if (hyphen_end) cost += params_.hyphen_end_cost;
  return cost;
}

// The cheapest legal page from `start` within `capacity`; at least one unit is always placed.
PageFill PageBuilder::Fill(Cursor start, double capacity) const {
  PageFill best;
  bool found = false;
  double y = 0;
  bool at_top = true;
  int lines_after_heading = -1;
  Cursor c = start;
  int overflow_block = -1;
  while (!AtEnd(c)) {
    double height = UnitHeight(c, at_top);
    if (!at_top && y + height > capacity + kEpsilon) {
      overflow_block = c.block;
      break;
    }
    y += height;
    at_top = false;
    FlowKind kind = blocks_[c.block].kind;
    if (kind == FlowKind::kHeading) {
      lines_after_heading = 0;
    } else if (kind == FlowKind::kParagraph && lines_after_heading >= 0) {
      ++lines_after_heading;
    }
    Cursor next = Next(c);
    if (BreakLegal(c, next, lines_after_heading)) {
      PageFill candidate;
      candidate.end = next;
      candidate.depth = y;
      candidate.at_flow_end = AtEnd(next);
      candidate.cost = CostOf(candidate, capacity, Hyphenated(c));
      if (!found || candidate.cost <= best.cost) {
        best = candidate;
        found = true;
      }
    }
    c = next;
  }
  if (!found) {  // nothing legal fits: break where the room ends rather than lose text
    best.end = c;
    best.depth = y;
    best.at_flow_end = AtEnd(c);
    best.rules_broken = !best.at_flow_end;
    best.cost = CostOf(best, capacity, false) + params_.short_line_cost * 100;
  }
  best.overflow_block = best.at_flow_end ? -1 : std::max(overflow_block, best.end.block);
  return best;
}

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
  std::vector<Change> changes;
  int last_block = std::min(page.overflow_block, static_cast<int>(blocks_.size()) - 1);
  for (int block = before_start.block; block <= last_block; ++block) {
    if (blocks_[block].kind != FlowKind::kParagraph) continue;
    for (Change& change : ChangesOf(block, before_start)) changes.push_back(std::move(change));
  }
  // The changes nearest the break between the pages, at most kMaxSpreadCandidates of them,
  // so that the sets tried stay few on pages of many short paragraphs.
  if (changes.size() > kMaxSpreadCandidates) {
    int middle = (*starts)[current].block;
    std::stable_sort(changes.begin(), changes.end(), [middle](const Change& a, const Change& b) {
      return std::abs(a.block - middle) < std::abs(b.block - middle);
    });
    changes.resize(kMaxSpreadCandidates);
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.block < b.block; });
  }
  SpreadTrial best{{}, before, page, before.cost + page.cost, short_before};
  std::vector<int> chosen;
  TryChangeSets(changes, before_start, current, &chosen, &best);
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

// Extends `chosen` (indices into `changes`, one per block, ascending) by each later change in
// turn, keeping in *best the cheapest pair of pages any set gives.
void PageBuilder::TryChangeSets(const std::vector<Change>& changes, Cursor before_start,
                                size_t current, std::vector<int>* chosen, SpreadTrial* best) {
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
    PageFill before = Fill(before_start, CapacityOf(current - 1));
    PageFill page = Fill(before.end, CapacityOf(current));
    for (size_t i = 0; i < chosen->size(); ++i) {
      blocks_[changes[static_cast<size_t>((*chosen)[i])].block] = std::move(saved[i]);
    }
    double total = before.cost + page.cost + cost;
    bool fills = !best->fill_both || (before.cost < params_.short_line_cost &&
                                      page.cost < params_.short_line_cost);
    if (!before.rules_broken && before.cost <= best->before.cost + kEpsilon && fills &&
        total < best->total - kEpsilon) {
      *best = {*chosen, before, page, total, best->fill_both};
    }
    if (chosen->size() < kMaxSpreadChanges) TryChangeSets(changes, before_start, current, chosen, best);
    chosen->pop_back();
  }
}

BuiltPage PageBuilder::Place(Cursor start, const PageFill& fill) const {
  BuiltPage page;
  page.rules_broken = fill.rules_broken;
  double y = 0;
  bool at_top = true;
  for (Cursor c = start; !(c == fill.end) && !AtEnd(c); c = Next(c)) {
    double height = UnitHeight(c, at_top);
    double space = c.line == 0 && !at_top ? blocks_[c.block].space_before : 0;
    if (page.parts.empty() || page.parts.back().block != c.block) {
      page.parts.push_back(PagePart{c.block, c.line, c.line, y + space});
    }
    page.parts.back().end_line = c.line + 1;
    y += height;
    at_top = false;
  }
  page.depth = y;
  return page;
}

// Facing pages should end at the same depth. When they differ and neither ends the flow,
// both are refilled to the shorter depth; kept only if both then reach it exactly.
void PageBuilder::BalanceSpread(std::vector<Cursor>* starts, std::vector<PageFill>* fills) {
  size_t recto = fills->size() - 1;
  if (recto == 0 || IsVerso(recto) || (*fills)[recto].at_flow_end) return;
  PageFill& left = (*fills)[recto - 1];
  PageFill& right = (*fills)[recto];
  if (std::abs(left.depth - right.depth) < kEpsilon) return;
  double target = std::min(left.depth, right.depth);
  PageFill new_left = Fill((*starts)[recto - 1], std::min(target, CapacityOf(recto - 1)));
  auto reaches = [target](const PageFill& fill) {
    return !fill.at_flow_end && !fill.rules_broken && std::abs(fill.depth - target) <= kEpsilon;
  };
  if (!reaches(new_left)) return;
  PageFill new_right = Fill(new_left.end, target);
  if (!reaches(new_right)) return;
  left = new_left;
  right = new_right;
  (*starts)[recto] = new_left.end;
}

PageBuildResult PageBuilder::Run() {
  std::vector<Cursor> starts;
  std::vector<PageFill> fills;
  Cursor c;
  while (!AtEnd(c)) {
    size_t index = fills.size();
    page_ = static_cast<int>(index);
    starts.push_back(c);
    fills.push_back(FillWithRepair(c, CapacityOf(index)));
    RepairAcrossPages(&starts, &fills);
    if (params_.balance_spreads) BalanceSpread(&starts, &fills);
    c = fills.back().end;
  }
  PageBuildResult result;
  for (size_t i = 0; i < fills.size(); ++i) result.pages.push_back(Place(starts[i], fills[i]));
  result.deltas = deltas_;
  return result;
}

}  // namespace

PageBuildResult BuildPages(std::vector<FlowBlock> blocks, const PageBuildParams& params,
                           VariantSource* variants) {
  return PageBuilder(std::move(blocks), params, variants).Run();
}

}  // namespace galley::layout
