// Style changes inside paragraphs whose words did not change: a word made italic, a phrase
// set in small capitals, an underline taken off. The paragraph comparison sees the same words
// (at most re-broken or set at another ratio); here each paragraph's text is read as spans of
// one style from its glyph runs, and the spans not in regular type are compared.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "frames/page_frame.h"

namespace galley::proof {

struct StyledSpan {
  std::string style;  // "italic", "bold", "small caps", "underlined", or several joined by " "
  std::string text;   // the words, joined across line breaks
  friend bool operator==(const StyledSpan&, const StyledSpan&) = default;
};

// The paragraph's spans not in regular type, in reading order.
std::vector<StyledSpan> StyledSpans(const std::vector<const frames::TextLineItem*>& lines);

// A paragraph to compare: its id on each side, and the caller's index for it.
struct StylePair {
  int before = 0, after = 0;  // TextLineItem::paragraph
  size_t change = 0;
};

struct StyleChange {
  size_t change = 0;                  // StylePair::change
  std::vector<StyledSpan> now;        // spans only after
  std::vector<StyledSpan> no_longer;  // spans only before
};

std::vector<StyleChange> CompareStyles(const frames::DocumentFrames& before,
                                       const frames::DocumentFrames& after,
                                       const std::vector<StylePair>& pairs);

}  // namespace galley::proof
