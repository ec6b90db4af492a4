// Sets the lines the breaker chose: each line's words are reshaped whole from the word cache
// (a word broken by hyphenation is shaped as the fragment plus its hyphen, and the rest as a
// word of its own), the glue is set from the line's real widths, and the result is glyph
// runs positioned relative to the line's left end and baseline, ready for a page frame.
#pragma once

#include <string>
#include <vector>

#include "frames/page_frame.h"
#include "layout/paragraph/paragraph_items.h"
#include "layout/paragraph/protrusion_table.h"
#include "linebreak/knuth_plass.h"

namespace galley::layout {

// How a justified line's adjustment is shared between its word spaces and its glyphs
// (expansion and letter spacing); docs/linebreak.md, "Expansion", says why glyphs go first.
enum class ExpansionSharing {
  // Each takes the same fraction of what it can take at ratio ±1.
  kProportional,
  // The glyphs take all of it up to their limit, the word spaces only the rest and the
  // rounding to a step (pdfTeX's hpack: font_expand_ratio = excess / font stretch).
  kGlyphsFirst,
};

struct LineFormat {
  double measure = 0;
  bool justify = true;
  bool centered = false;
  double tolerance = 1;  // lines looser than this are reported underfull
  // A justified line's adjustment is shared between its word spaces, glyph expansion and
  // letter spacing as `sharing` says; expansion and letter spacing never go beyond what they
  // can take at ratio ±1, the word spaces take any rest (docs/templates.md).
  //
  // Glyph expansion: how much the glyphs may be set wider or narrower, as a fraction of
  // their width; the scale is rounded to `expansion_step`. With `expansion_in_breaking` the
  // breaker counts expansion as the words' stretch and shrink (ItemOptions::expansion), and
  // so does the underfull test here; otherwise it chooses lines by their word spaces alone.
  double expansion = 0;
  double expansion_step = 0.005;
  bool expansion_in_breaking = false;
  ExpansionSharing sharing = ExpansionSharing::kProportional;
  // Letter spacing added to (or taken from) each glyph at ratio ±1, in points. The breaker
  // does not count it: it only evens the word spaces of the lines chosen.
  double letter_spacing = 0;
  // Justified lines: character protrusion by face (the same tables the breaker counted);
  // a line's first and last characters hang into the margins by their amounts. Null: none.
  const ProtrusionTables* protrusion = nullptr;
};

// The default step of expansion scales (0.5 %). Cairo makes a scaled font for each scale a
// face is drawn at, and loads every glyph it draws again for it: ±3 % in these steps is 13 of
// them. Steps of 0.1 % made the pamphlet 4 ms slower (61 scaled fonts) for no gain in
// evenness (spacing-stats spread 0.117 either way): the word spaces take the rounding, at most
// 0.25 % of the line's glyphs (0.06 pt a space on a 112 mm line).
constexpr double kExpansionStep = 0.005;

// How one justified line is set: its word spaces' ratio, the letter spacing added to each
// glyph and the glyphs' horizontal scale.
struct LineAdjustment {
  double space_ratio = 0;
  double letter = 0;  // points
  double scale = 1;
};

// Shares `room` (the measure less the line's natural width; negative when it must shrink)
// between word spaces with `space_stretch` and `space_shrink`, letter spacing over
// `glyph_gaps` glyphs and expansion of `text_width` points of glyphs, as LineFormat says.
// Word spaces shrink at most to ratio -1; the line is then overfull.
LineAdjustment ShareAdjustment(double room, double space_stretch, double space_shrink,
                               double glyph_gaps, double text_width, const LineFormat& format);

struct SetLine {
  std::vector<frames::GlyphRunItem> runs;  // x from the line's left end, y from its baseline
  std::vector<frames::RuleItem> rules;      // underlines, in the same coordinates
  double width = 0;                // the line's set width
  double ratio = 0;                // the ratio the word spaces were set at
  double scale = 1;                // the glyph expansion applied (GlyphRunItem::horizontal_scale)
  double hang_left = 0, hang_right = 0;  // how far it reaches into the margins (protrusion)
  bool hyphenated = false;         // ends with a hyphen the breaker added or chose
  bool hyphen_added = false;       // that hyphen is not in the text (a hyphenation point)
  bool read_whole = false;         // page makeup gave its last run the word's rest (page_turn_words.h)
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
            const LineAdjustment& adjustment, SetLine* out);

  const shaping::Glyph& SpaceGlyph(StyleId style, std::string_view space);
  Hang LineHang(const StyledText& text, const std::vector<Element>& elements,
                const LineFormat& format);

  StyledShaper* shaper_;
  std::vector<const shaping::Glyph*> space_glyphs_;  // by style, for U+0020
};

}  // namespace galley::layout
