// A paragraph's inlines flattened into one UTF-8 string with style spans, the original's
// page starts and hard line breaks as offsets into it, and a map back to manuscript positions.
// Everything after this (break opportunities, hyphenation, shaping) works on offsets.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_position.h"
#include "layout/paragraph/text_style.h"
#include "model/document.h"

namespace galley::layout {

struct StyleSpan {
  uint32_t begin = 0, end = 0;
  StyleId style = 0;
};

struct PageAnchor {  // the original edition's page `page` begins at `offset`
  uint32_t offset = 0;
  model::PageStart page;
};

struct LanguageSpan {  // text in [begin, end) is in language `tag`, not the book's
  uint32_t begin = 0, end = 0;
  std::string tag;  // BCP 47
};

struct SourceAnchor {  // text from `offset` on came from `pos` (until the next anchor)
  uint32_t offset = 0;
  SourcePos pos;
};

struct StyledText {
  std::string text;
  std::vector<StyleSpan> spans;  // in order, covering text
  std::vector<PageAnchor> page_starts;
  std::vector<uint32_t> forced_breaks;  // a hard line break before this offset
  std::vector<SourceAnchor> sources;
  std::vector<LanguageSpan> languages;  // in order, not overlapping; the rest is the book's

  StyleId StyleAt(uint32_t offset) const;
  // The language of the text at `offset` when it is a passage's; empty in the book's own.
  std::string_view LanguageAt(uint32_t offset) const;
  // The manuscript position of the character at `offset` (exact when the inline it came from
  // lies on one source line, as CommonMark paragraphs in Galley manuscripts do).
  SourcePos PositionOf(uint32_t offset) const;
  // Just the line of PositionOf, without counting columns.
  int LineAt(uint32_t offset) const;
  // PositionOf each of `offsets` (ascending), counting columns once over the text between
  // them rather than from each anchor again: a line's range in a long paragraph costs its own
  // length, not the paragraph's.
  std::vector<SourcePos> PositionsOf(const std::vector<uint32_t>& offsets) const;
};

// How a paragraph's inline kinds map to styles: the base face and size, and what emphasis,
// strong and small caps change.
struct InlineStyler {
  std::array<const fonts::Font*, 3> fonts{};  // by Face
  // Optical sizes: text of small_up_to points or less (note references) in these faces.
  std::array<const fonts::Font*, 3> small_fonts{};  // by Face; null: `fonts`
  double small_up_to = 0;
  double size = 10;
  shaping::FeatureSet features;
  Face face = Face::kRegular;
  bool small_caps = false;     // the whole paragraph in small capitals (headings)
  double tracking = 0;         // the whole paragraph letter-spaced (headings)
  double small_caps_tracking = 0;
  bool underline_emphasis = false;
  MarkStyle citation_style = MarkStyle::kItalic;  // <cite>: a work's title
  MarkStyle foreign_style = MarkStyle::kItalic;   // <i lang>: a foreign word or name
};

StyledText FlattenInlines(const std::vector<model::Inline>& inlines, const InlineStyler& styler,
                          StyleTable* styles);

// Plain text in one style (ornaments, running heads, folios, the title page). `pos`, when
// known, is where the text stands in the manuscript (a front-matter value), for errors.
StyledText PlainStyledText(std::string text, StyleId style, SourcePos pos = {});

}  // namespace galley::layout
