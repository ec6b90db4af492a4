// Saddle-stitch imposition order. A booklet is sheets folded once and nested; each sheet side
// carries two pages, and the page numbers on a side add up to the padded page count + 1.
// For 8 pages (2 sheets, 4 sides): [8|1] [2|7] [6|3] [4|5] — outer sheet front, its back,
// inner sheet front, its back. A printer prints the sides in this order, duplex, flipping on
// the short edge.
#pragma once

#include <vector>

namespace galley::render {

struct BookletSide {
  int left = -1;  // 0-based page index, or -1 for a blank page added as padding
  int right = -1;
};

// The sides for `page_count` pages, padded with blanks to a multiple of four (0 pages: none).
std::vector<BookletSide> BookletSides(int page_count);

}  // namespace galley::render
