// The breaker's input: Knuth & Plass's boxes, glue and penalties ("Breaking Paragraphs into
// Lines", Software—Practice and Experience 11, 1981, §2). Widths are in any unit the caller
// chooses (points for the typesetter, the paper's units in tests); the breaker never sees fonts.
#pragma once

#include <cstdint>
#include <limits>

namespace galley::linebreak {

enum class ItemType : uint8_t { kBox, kGlue, kPenalty };

// A penalty of kInfinity forbids a break; -kInfinity forces one.
constexpr double kInfinity = 10000;

// Glue whose stretch is at least this is infinitely stretchable (TeX's "fil"): a line that
// contains it is set at its natural width with ratio 0, like the paper's finishing glue
// (0, ∞, 0). Any finite stretch on the same line is then left unused, as in TeX.
constexpr double kFillStretch = kInfinity;

struct Item {
  ItemType type = ItemType::kBox;
  double width = 0;
  double stretch = 0;   // glue; a box's only if it may be expanded (glyph expansion)
  double shrink = 0;    // glue; a box's only if it may be condensed
  double penalty = 0;   // penalty only
  bool flagged = false; // penalty only: a hyphenated break
  int32_t tag = -1;     // the caller's back-reference (e.g. which shaped fragment); opaque here
  // Character protrusion: how far a box may hang into the left margin when it begins a line,
  // and a box (or a penalty's added hyphen) into the right margin when it ends one. A line's
  // natural width is reduced by both (pdfTeX's \pdfprotrudechars=2, counted by the breaker).
  float hang_left = 0;
  float hang_right = 0;

  static Item Box(double width, int32_t tag = -1) { return {ItemType::kBox, width, 0, 0, 0, false, tag}; }
  static Item Glue(double width, double stretch, double shrink, int32_t tag = -1) {
    return {ItemType::kGlue, width, stretch, shrink, 0, false, tag};
  }
  static Item FillGlue(int32_t tag = -1) { return Glue(0, kFillStretch, 0, tag); }
  static Item Penalty(double width, double penalty, bool flagged, int32_t tag = -1) {
    return {ItemType::kPenalty, width, 0, 0, penalty, flagged, tag};
  }
};

}  // namespace galley::linebreak
