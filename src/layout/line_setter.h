// Sets the lines the breaker chose: each line's words are reshaped whole from the word cache
// (a word broken by hyphenation is shaped as the fragment plus its hyphen, and the rest as a
// word of its own), the glue is set from the line's real widths, and the result is glyph
// runs positioned relative to the line's left end and baseline, ready for a page frame.
#pragma once

#include <string>
#include <vector>

#include "layout/page_frame.h"
#include "layout/paragraph_items.h"
#include "linebreak/knuth_plass.h"

namespace galley::layout {

struct LineFormat {
  double measure = 0;
  bool justify = true;
  bool centered = false;
  double tolerance = 1;  // lines looser than this are reported underfull
  // Letter spacing justification may add to (or take from) each glyph at ratio ±1, in
  // points. The breaker chooses lines by their word spaces alone; setting then shares each
  // line's adjustment between word spaces and letters in proportion to their capacity, so
  // word spaces vary less (docs/templates.md, space.letter-spacing).
  double letter_spacing = 0;
};

struct SetLine {
  std::vector<GlyphRunItem> runs;  // x from the line's left end, y from its baseline
  std::vector<RuleItem> rules;     // underlines, in the same coordinates
  double width = 0;                // the line's set width
  double ratio = 0;                // the adjustment ratio actually applied
  bool hyphenated = false;         // ends with a hyphen the breaker added or chose
  bool overfull = false;           // sticks out of the measure
  bool underfull = false;          // looser than the tolerance
  bool last = false;               // the paragraph's last line (or one before a hard break)
  int words = 0;                   // text elements separated by spaces
  uint32_t begin = 0, end = 0;     // the paragraph text it shows
  std::string text;                // as printed, with any added hyphen
};

class LineSetter {
 public:
  explicit LineSetter(StyledShaper* shaper) : shaper_(shaper) {}

  std::vector<SetLine> Set(const StyledText& text, const ParagraphItems& items,
                           const linebreak::BreakResult& breaks, const LineFormat& format);

 private:
  struct Element;
  SetLine SetOne(const StyledText& text, const ParagraphItems& items,
                 const linebreak::Line& line, const LineFormat& format);
  void Emit(const StyledText& text, const std::vector<Element>& elements, double x,
            double letter, SetLine* out);

  const shaping::Glyph& SpaceGlyph(StyleId style, std::string_view space);

  StyledShaper* shaper_;
  std::vector<const shaping::Glyph*> space_glyphs_;  // by style, for U+0020
};

}  // namespace galley::layout
