#include "layout/pages/page_builder.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "layout/pages/page_builder_state.h"

namespace galley::layout {

namespace page_building {

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

int PageBuilder::LinesShort(const PageFill& fill, size_t page_index) const {
  double missing = CapacityOf(page_index) - fill.depth;
  if (fill.at_flow_end || missing <= kEpsilon) return 0;
  return static_cast<int>(std::ceil(missing / params_.line_height - kEpsilon));
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
    // The page before may give only some of the lines: pages further back are then tried for
    // the rest (RepairOverEarlierPages does nothing where no page is short any more).
    RepairAcrossPages(&starts, &fills);
    for (size_t span = 2; span <= kMaxRepairSpan; ++span) {
      if (RepairOverEarlierPages(&starts, &fills, span)) break;
    }
    if (params_.balance_spreads) BalanceSpread(&starts, &fills);
    c = fills.back().end;
  }
  PageBuildResult result;
  for (size_t i = 0; i < fills.size(); ++i) result.pages.push_back(Place(starts[i], fills[i]));
  result.deltas = deltas_;
  return result;
}

}  // namespace page_building

PageBuildResult BuildPages(std::vector<FlowBlock> blocks, const PageBuildParams& params,
                           VariantSource* variants) {
  return page_building::PageBuilder(std::move(blocks), params, variants).Run();
}

}  // namespace galley::layout
