// Joining consecutive glyph runs that continue one line into one run, so that Cairo draws a
// line with one call. Cairo's cost is per call: a 740-page book set one run per word took
// 3.3 s to render here, one run per line 1.2 s.
//
// A gap wider than a tenth of an em between the runs becomes a space glyph with a space in the
// text (the same threshold poppler's pdftotext uses to see a word break), so copied text and
// screen readers get their word spaces; a narrower gap is added to the last glyph's advance.
// Glyph positions do not change.
#pragma once

#include <optional>

#include "fonts/font.h"
#include "frames/page_frame.h"

namespace galley::render {

// Most lines are one run already (layout sets one run per style), so a line borrows its first
// run from the frame and copies it only when a second run joins.
struct LineRun {
  const frames::GlyphRunItem* first = nullptr;  // the frame's run; must outlive the LineRun
  std::optional<frames::GlyphRunItem> joined;   // first and the runs joined to it
  double end = 0;  // where the pen is after the last glyph's advance

  const frames::GlyphRunItem& run() const { return joined ? *joined : *first; }
};

// A line of one run, borrowing `run`.
LineRun StartLine(const frames::GlyphRunItem& run);

// Appends `next` to `line` when it continues it: same font, size, horizontal scale and colour,
// same baseline, starting at or after the end of `line`'s last advance, both with glyphs and
// text. Returns false, leaving `line` as it was, otherwise. `font` is the line's loaded font
// (for its space glyph).
bool ContinueLine(LineRun& line, const frames::GlyphRunItem& next, const fonts::Font& font);

}  // namespace galley::render
