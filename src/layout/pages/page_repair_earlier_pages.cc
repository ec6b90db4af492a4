// Repairing a short page from several pages before it, where the page before alone cannot give
// the lines (page_builder.h says when).
#include <algorithm>
#include <cstdlib>

#include "layout/pages/page_builder_state.h"

namespace galley::layout::page_building {

namespace {

// The pages of a trial, the short page last.
struct WindowTrial {
  std::vector<int> changes;
  std::vector<PageFill> pages;
  double total = 0;
};

}  // namespace

// A page still short after the repair with the page before — dialogue whose paragraphs of a
// line or two have no variant a line longer or shorter, or a heading that must move on with
// its kept lines — may be filled from `span` pages back: a paragraph there a line longer
// pushes a line over every break between it and this page. The pages before must stay full
// (the first of them may end a spread balanced already, and keeps its depth so); a short verso
// just before this recto must come out full with it. Every set of up to kMaxSpreadChanges
// variants of the window's paragraphs nearest this page is tried, and the cheapest kept if it
// lowers the window's cost; false if none does.
bool PageBuilder::RepairOverEarlierPages(std::vector<Cursor>* starts,
                                         std::vector<PageFill>* fills, size_t span) {
  size_t current = fills->size() - 1;
  if (current < span || variants_ == nullptr) return false;
  size_t first = current - span;
  const PageFill& page = (*fills)[current];
  bool short_page = LinesShort(page, current) > 0;
  bool short_verso = LinesShort((*fills)[current - 1], current - 1) > 0 && IsVerso(current - 1);
  if (page.at_flow_end || (!short_page && !short_verso)) return false;
  WindowTrial best;
  for (size_t i = first; i <= current; ++i) {
    const PageFill& fill = (*fills)[i];
    bool may_be_short = i == current || (i + 1 == current && short_verso);
    if (i < current && fill.rules_broken) return false;
    if (!may_be_short && LinesShort(fill, i) > 0) return false;
    best.pages.push_back(fill);
    best.total += fill.cost;
  }
  Cursor window_start = (*starts)[first];
  int last_block = std::min(page.overflow_block, static_cast<int>(blocks_.size()) - 1);
  std::vector<Change> changes =
      ChangesNear(window_start.block, last_block, window_start, (*starts)[current].block);
  std::vector<PageFill> trial_pages;
  std::vector<int> chosen;
  TryChangeSets(changes, &chosen, [&](const std::vector<int>& set, double variant_cost) {
    trial_pages.clear();
    double total = variant_cost;
    Cursor start = window_start;
    for (size_t i = first; i <= current; ++i) {
      PageFill fill = Fill(start, CapacityOf(i));
      const PageFill& old = (*fills)[i];
      bool must_fill = i < current || short_verso;
      bool must_not_cost_more = i + 1 < current || (i + 1 == current && !short_verso);
      if (i < current && fill.rules_broken) return;
      if (must_fill && LinesShort(fill, i) > 0) return;
      if (must_not_cost_more && fill.cost > old.cost + kEpsilon) return;
      total += fill.cost;
      start = fill.end;
      trial_pages.push_back(fill);
    }
    if (total < best.total - kEpsilon) best = {set, trial_pages, total};
  });
  if (best.changes.empty()) return false;
  for (int index : best.changes) {
    const Change& change = changes[static_cast<size_t>(index)];
    Apply(change.block, change.delta, change.variant);
  }
  for (size_t i = first; i <= current; ++i) {
    (*fills)[i] = best.pages[i - first];
    if (i > first) (*starts)[i] = (*fills)[i - 1].end;
  }
  return true;
}

}  // namespace galley::layout::page_building
