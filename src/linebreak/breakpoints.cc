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

// Margin kerning: the line that ends here may hang its last box (or the hyphen a
// discretionary adds) into the right margin, and the line after it its first box into the
// left, so both lines are measured that much shorter.
void Protrude(const std::vector<Item>& items, Breakpoint* point) {
  const Item& at = items[point->item];
  if (at.type == ItemType::kPenalty && at.width != 0) {
    point->before.width -= at.hang_right;
  } else if (point->item > 0 && items[point->item - 1].type == ItemType::kBox) {
    point->before.width -= items[point->item - 1].hang_right;
  }
  if (point->next_begin < items.size() && items[point->next_begin].type == ItemType::kBox) {
    point->after.width += items[point->next_begin].hang_left;
  }
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
        totals.box_stretch += item.stretch;
        totals.box_shrink += item.shrink;
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
    Protrude(items, &point);
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
