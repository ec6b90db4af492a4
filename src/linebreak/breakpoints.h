// The legal breakpoints of an item list, each with the running totals the optimiser needs
// (Knuth & Plass 1981, "The algorithm itself": the sums Σw, Σy, Σz). With the totals up to a
// break ("before") and from the start of the line that follows it ("after"), a line's natural
// width, stretch and shrink between any two breakpoints cost two subtractions — minikin's
// preBreak/postBreak prefix sums.
#pragma once

#include <cstddef>
#include <vector>

#include "linebreak/item.h"

namespace galley::linebreak {

// Sums over a prefix of the item list. Infinite (fil) stretch is counted, not added, so that
// finite sums stay exact.
struct Totals {
  double width = 0;
  double stretch = 0;
  double shrink = 0;
  int fills = 0;
  // The part of stretch and shrink that boxes contribute (glyph expansion), for breakers that
  // let it act before the glue (BreakParams::box_stretch_first).
  double box_stretch = 0;
  double box_shrink = 0;
};

struct Breakpoint {
  size_t item = 0;          // index of the glue or penalty; items.size() for an implied end
  // Totals of the items before the break, plus a penalty's width, less what the line's last
  // box or hyphen may hang into the right margin (Item::hang_right).
  Totals before;
  // Totals up to the first item kept on the next line, plus what that item may hang into the
  // left margin (Item::hang_left), so the next line measures that much less.
  Totals after;
  size_t next_begin = 0;    // that item's index: glue and penalties after a break are discarded
  double penalty = 0;       // 0 for glue
  bool flagged = false;
  bool forced = false;      // penalty <= -kInfinity: every line must end here
};

// Legal breakpoints in order: glue right after a box (§"Formulating the problem", rule (a))
// and penalties below kInfinity (rule (b)). The last breakpoint is the paragraph's end: the
// final forced penalty, or an implied one at items.size() with fil glue before it when the list
// doesn't end in a forced break.
std::vector<Breakpoint> FindBreakpoints(const std::vector<Item>& items);

}  // namespace galley::linebreak
