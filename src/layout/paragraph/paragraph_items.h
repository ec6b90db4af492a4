// Turns a paragraph's styled text into Knuth–Plass items (Knuth & Plass 1981, §2):
//  - words are boxes, shaped through the word cache, one per style within a word;
//  - spaces are glue whose width is the font's own space and whose stretch and shrink are
//    fractions of it (TeX's cmr10 proportions, 1/2 and 1/3; docs/templates.md says why);
//  - UAX #14 break opportunities without a space are penalties: flagged after a written
//    hyphen, forbidden inside number ranges ("28–29");
//  - a spaced dash never begins a line (the glue before it is made unbreakable);
//  - a no-break space is glue that cannot break;
//  - hyphenation points of the letters of each word (apostrophes, brackets and digits split
//    words and are never fed to the hyphenator) become flagged penalties whose width is the
//    reshaped fragment-with-hyphen minus the fragment, so ligatures and kerning are right;
//    proper nouns and compounds that already have a hyphen may be left whole (ItemOptions).
// Ragged lines use the paper's ragged-right glue (§ "Ragged right"): each space becomes
// glue(0, R, 0) penalty(0) glue(space, -R, 0), so the breaker evens the line ends.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "layout/paragraph/hyphenation_set.h"
#include "layout/paragraph/line_break_finder.h"
#include "layout/paragraph/protrusion_table.h"
#include "layout/paragraph/styled_shaper.h"
#include "layout/paragraph/styled_text.h"
#include "layout/paragraph/word_context.h"
#include "linebreak/item.h"

namespace galley::layout {

// Item tags (linebreak::Item::tag): boxes carry a fragment index, or kNoTag for an indent;
// glue carries the byte offset of its space character, or kNoTag for glue that is not a
// space; penalties carry kDiscretionary when breaking there adds a hyphen.
constexpr int32_t kNoTag = -1;
constexpr int32_t kPlainBreak = 0;
constexpr int32_t kDiscretionary = 1;

struct Fragment {  // the text of one box: part of a word in one style
  uint32_t begin = 0, end = 0;
  StyleId style = 0;
  // The whole piece (word in one style) the fragment is part of, shaped: the line setter
  // uses it directly when a line shows the piece unbroken.
  uint32_t piece_begin = 0, piece_end = 0;
  const shaping::ShapedRun* piece_run = nullptr;
};

struct ParagraphItems {
  std::vector<linebreak::Item> items;
  std::vector<Fragment> fragments;
  bool with_hyphenation = false;
  // The boxes where an original page begins (StyledText::page_starts), ascending: the line
  // holding one carries a margin page number and should not end in a hyphen, or text
  // extraction reads the number into the broken word ("philo- 5 / sophes").
  std::vector<size_t> margin_note_items;
};

struct ItemOptions {
  bool justify = true;
  double first_indent = 0;   // points
  double space_width = 1;    // x the font's space
  double space_stretch = 0.5;
  double space_shrink = 1.0 / 3;
  double ragged_stretch = 20;  // points, R above
  // Justified text: the fraction by which a word's glyphs may be set wider or narrower, for
  // the breaker to count (docs/templates.md, space.expansion-in-breaking). Word boxes then
  // carry it as stretch and shrink (pdfTeX's \pdfadjustspacing=2). 0: the breaker chooses
  // lines by their word spaces, and expansion only evens the lines chosen.
  double expansion = 0;
  bool hyphenate = false;
  int hyphen_min_letters = 5;  // left_min + right_min: shorter words are not looked up
  // Whether to hyphenate a capitalised word that does not begin a sentence (a proper noun,
  // which patterns made from common words break badly) and a word already written with a
  // hyphen (word_context.h says why careful typesetters leave both whole).
  ProperNouns proper_nouns = ProperNouns::kHyphenate;
  bool hyphenate_compounds = true;
  double hyphen_penalty = 50;
  double explicit_hyphen_penalty = 50;
  // Justified text: character protrusion tables by face, for the breaker to count what each
  // word may hang into the margins (Item::hang_left, hang_right); null: none.
  const ProtrusionTables* protrusion = nullptr;
  bool tie_last_words = false;  // keep the last two words together, the last one unbroken
  // Without the tie: the last word is still not broken (a fragment alone on the last line).
  bool keep_last_word_whole = false;
  bool centered = false;        // balance the lines (no fill at the end)
};

class ItemBuilder {
 public:
  // `hyphenation` may be null when no paragraph is hyphenated. `file` names the manuscript
  // in errors.
  ItemBuilder(StyledShaper* shaper, LineBreakFinder* finder, HyphenationSet* hyphenation,
              std::string file)
      : shaper_(shaper), finder_(finder), hyphenation_(hyphenation), file_(std::move(file)) {}

  // Errors: a character the style's font has no glyph for, at its manuscript position; a
  // passage language's patterns that cannot be read.
  Result<ParagraphItems> Build(const StyledText& text, const ItemOptions& options);

 private:
  Status AddSection(uint32_t begin, uint32_t end);
  void MarkMarginNotes(ParagraphItems* out) const;
  void KeepLastWords(size_t from, bool tie);
  Status AddSegment(uint32_t begin, uint32_t end, bool section_end);
  linebreak::Item WordBox(double width, int32_t fragment) const;
  const ProtrusionTable* ProtrusionFor(StyleId style) const;
  Status AddWord(uint32_t begin, uint32_t end);
  Status AddPieces(uint32_t begin, uint32_t end);
  Status AddPiece(uint32_t begin, uint32_t end, StyleId style);
  void AddSpace(uint32_t offset, bool breakable = true);
  void AddBreakWithoutSpace(uint32_t content_end, uint32_t next);
  Status HyphenPoints(uint32_t begin, uint32_t end, std::vector<uint32_t>* points);
  bool MayHyphenateWordAt(uint32_t offset, std::string_view language) const;
  Error MissingGlyph(uint32_t offset, StyleId style) const;
  double SpaceWidth(StyleId style);

  StyledShaper* shaper_;
  LineBreakFinder* finder_;
  HyphenationSet* hyphenation_;
  std::string file_;

  // Per Build call.
  const StyledText* text_ = nullptr;
  const ItemOptions* options_ = nullptr;
  ParagraphItems* out_ = nullptr;
  bool after_box_ = false;
  std::vector<uint32_t> opportunities_;
  std::vector<uint32_t> points_;
  std::string scratch_;
  std::vector<double> space_widths_;  // by style; < 0 until shaped
};

}  // namespace galley::layout
