// Set lines and plain runs as frame text lines: the one place where what the paragraph part set
// (glyph runs relative to a line, its ratio and flags) becomes a positioned, labelled mark on a
// page.
#pragma once

#include "frames/page_frame.h"
#include "layout/paragraph/line_setter.h"
#include "layout/pages/typesetter.h"

namespace galley::layout {

// Adds `set` to `frame` as the text line `line` (whose role, paragraph, index, first/last
// flags and source the caller gave), its left end at `x` on `baseline`; its underlines follow
// it as rules. The set line's runs and text are moved out.
void AddSetLine(SetLine* set, frames::TextLineItem line, double x, double baseline,
                frames::PageFrame* frame);

// A line of one run set with Typesetter::SetPlain (furniture, labels, contents numbers).
frames::TextLineItem PlainLine(frames::GlyphRunItem run, frames::Role role, int paragraph = 0);

// `text` in `style` at its natural width, its left end at (x, baseline), as a line of `role`.
Result<frames::TextLineItem> SetPlainLine(Typesetter& setter, std::string_view text,
                                          StyleId style, double x, double baseline,
                                          frames::Role role, int paragraph = 0);

}  // namespace galley::layout
