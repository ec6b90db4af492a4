// Repairing a short page from the two pages before it, where the page before alone cannot give
// the lines (page_builder.h says when).
#include <algorithm>
#include <cstdlib>

#include "layout/pages/page_builder_state.h"

namespace galley::layout::page_building {

namespace {

// The three pages of a trial: the two before the short page, and the short page.
struct ThreePages {
  std::vector<int> changes;
  PageFill first, second, page;
  double total = 0;
};

}  // namespace

// A page still short after the repair with the page before — dialogue whose paragraphs of a
// line or two have no variant a line longer or shorter, or a heading that must move on with
// its kept lines — may be filled from the page two back as well: a paragraph there a line
// longer pushes a line onto the page before, which pushes one onto this page. Both pages
// before must stay full (the first of them ends its own spread, balanced already, and keeps
// its depth so); a short verso before this recto must come out full with it. Every set of up
// to kMaxSpreadChanges variants of the three pages' paragraphs nearest this page is tried, and
// the cheapest kept if it lowers the three pages' cost; false if none does.
bool PageBuilder::RepairOverThreePages(std::vector<Cursor>* starts,
                                       std::vector<PageFill>* fills) {
  size_t current = fills->size() - 1;
  if (current < 2 || variants_ == nullptr) return false;
  PageFill& first = (*fills)[current - 2];
  PageFill& second = (*fills)[current - 1];
  PageFill& page = (*fills)[current];
  bool short_page = LinesShort(page, current) > 0;
  bool short_verso = LinesShort(second, current - 1) > 0 && IsVerso(current - 1);
  if (page.at_flow_end || first.rules_broken || second.rules_broken ||
      LinesShort(first, current - 2) > 0 || (!short_page && !short_verso) ||
      (LinesShort(second, current - 1) > 0 && !short_verso)) {
    return false;
  }
  Cursor first_start = (*starts)[current - 2];
  int last_block = std::min(page.overflow_block, static_cast<int>(blocks_.size()) - 1);
  std::vector<Change> changes =
      ChangesNear(first_start.block, last_block, first_start, (*starts)[current].block);
  ThreePages best{{}, first, second, page, first.cost + second.cost + page.cost};
  std::vector<int> chosen;
  TryChangeSets(changes, &chosen, [&](const std::vector<int>& set, double variant_cost) {
    PageFill new_first = Fill(first_start, CapacityOf(current - 2));
    if (new_first.rules_broken || new_first.cost > first.cost + kEpsilon ||
        LinesShort(new_first, current - 2) > 0) {
      return;
    }
    PageFill new_second = Fill(new_first.end, CapacityOf(current - 1));
    if (new_second.rules_broken || LinesShort(new_second, current - 1) > 0 ||
        (!short_verso && new_second.cost > second.cost + kEpsilon)) {
      return;
    }
    PageFill new_page = Fill(new_second.end, CapacityOf(current));
    if (short_verso && LinesShort(new_page, current) > 0) return;
    double total = new_first.cost + new_second.cost + new_page.cost + variant_cost;
    if (total < best.total - kEpsilon) best = {set, new_first, new_second, new_page, total};
  });
  if (best.changes.empty()) return false;
  for (int index : best.changes) {
    const Change& change = changes[static_cast<size_t>(index)];
    Apply(change.block, change.delta, change.variant);
  }
  first = best.first;
  second = best.second;
  page = best.page;
  (*starts)[current - 1] = first.end;
  (*starts)[current] = second.end;
  return true;
}

}  // namespace galley::layout::page_building
