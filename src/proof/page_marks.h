// Where the HTML report marks a change on a page image (html_report.h): the lines of a page
// that the same page on the other side does not have — a line whose text, role or style
// differs — outlined, and in them the words the change added (on the after page) or removed
// (on the before page) marked. Boxes are in points on the page, as frames place things, so
// the report can lay them over an image of any resolution.
#pragma once

#include <vector>

#include "proof/comparison.h"

namespace galley::proof {

struct MarkBox {
  enum class Kind { kLine, kWord };
  Kind kind = Kind::kLine;
  double x = 0, y = 0, width = 0, height = 0;  // top-left corner and size, points
};

// The marks for physical page `page` (1-based) of the after side (`after`) or the before side.
// Needs the comparison's frames; a page a side does not have has none.
std::vector<MarkBox> ChangedMarks(const Comparison& comparison, bool after, int page);

}  // namespace galley::proof
