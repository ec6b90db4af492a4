// Cuts one flow into pages with the page builder, on the template's baseline grid: every body
// line is one grid line, a heading takes whole grid lines, a scene break the lines the
// template gives it. Paragraph variants (a line longer or shorter) come from the typesetter;
// the ones the page builder chose replace the paragraphs' breaks, and every paragraph's lines
// are then set.
#pragma once

#include <vector>

#include "layout/pages/book_flow.h"
#include "layout/pages/page_builder.h"

namespace galley::layout {

struct FlowPage {
  BuiltPage page;         // parts index flow.entries
  double y_offset = 0;    // added to every part's y: the sink, or the drop of a foot-set flow
  bool opening = false;   // the flow's first page
  bool opens_with_heading = false;
};

// `first_page_is_verso`: whether the flow's first page will be a left-hand page.
Result<std::vector<FlowPage>> PaginateFlow(Flow* flow, Typesetter& typesetter,
                                           bool first_page_is_verso);

}  // namespace galley::layout
