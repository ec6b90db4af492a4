// The characters of a text with their byte offsets, and the few character classes the
// typographic passes decide on. Classes come from ICU's Unicode properties (UAX #44), so that
// é, ß or Cyrillic letters count as letters like a–z do.
#pragma once

#include <string_view>
#include <vector>

namespace galley {

struct CodePoint {
  char32_t value = 0;
  size_t offset = 0;  // byte offset of its first byte in the text
  size_t length = 0;  // bytes
};

// The text decoded into code points (invalid bytes become U+FFFD, one byte each).
std::vector<CodePoint> DecodeCodePoints(std::string_view text);

// A letter, a digit or a combining mark: something a word is made of.
bool IsWordCharacter(char32_t c);

// White space (UAX #44 White_Space), including no-break spaces.
bool IsSpaceCharacter(char32_t c);

// Opening punctuation (general category Ps: ( [ {) or an opening curly quote.
bool IsOpeningPunctuation(char32_t c);

// Hyphen-minus, en dash or em dash.
bool IsDash(char32_t c);

}  // namespace galley
