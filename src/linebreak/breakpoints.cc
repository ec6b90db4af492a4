#include "linebreak/breakpoints.h"

namespace galley::linebreak {
namespace {

bool IsForced(const Item& item) {
  return item.type == ItemType::kPenalty && item.penalty <= -kInfinity;
}

void AddGlue(const Item& glue, Totals* totals) {
  totals->width += glue.width;
  totals->shrink += glue.shrink;
  if (glue.stretch >= kFillStretch) {
    ++totals->fills;
  } else {
    totals->stretch += glue.stretch;
  }
}

// Glue and penalties after a break vanish (the paper's rule for the start of a line), up to
// the first box or forced break. `totals` include the break item itself.
void SkipDiscardable(const std::vector<Item>& items, Totals totals, Breakpoint* point) {
  size_t i = point->item + 1;
  for (; i < items.size(); ++i) {
    const Item& item = items[i];
    if (item.type == ItemType::kBox || IsForced(item)) break;
    if (item.type == ItemType::kGlue) AddGlue(item, &totals);
  }
  point->after = totals;
  point->next_begin = i;
}

}  // namespace

std::vector<Breakpoint> FindBreakpoints(const std::vector<Item>& items) {
  std::vector<Breakpoint> points;
  Totals totals;
  for (size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    bool legal = false;
    Breakpoint point;
    point.item = i;
    point.before = totals;
    switch (item.type) {
      case ItemType::kBox:
        // A box may stretch and shrink too: glyph expansion, where a line's letters may be
        // set a little wider or narrower (pdfTeX's \pdfadjustspacing=2).
        totals.width += item.width;
        totals.stretch += item.stretch;
        totals.shrink += item.shrink;
        break;
      case ItemType::kGlue:
        legal = i > 0 && items[i - 1].type == ItemType::kBox;
        AddGlue(item, &totals);
        break;
      case ItemType::kPenalty:
        legal = item.penalty < kInfinity;
        point.before.width += item.width;
        point.penalty = item.penalty;
        point.flagged = item.flagged;
        point.forced = IsForced(item);
        break;
    }
    if (!legal) continue;
    SkipDiscardable(items, totals, &point);
    points.push_back(point);
  }
  if (items.empty() || !IsForced(items.back())) {
    Breakpoint end;
    end.item = items.size();
    end.before = totals;
    ++end.before.fills;
    end.after = end.before;
    end.next_begin = items.size();
    end.penalty = -kInfinity;
    end.forced = true;
    points.push_back(end);
  }
  return points;
}

}  // namespace galley::linebreak
