// Words in running text, for the dictionary rules and the spelling report: runs of letters,
// joined by a hyphen or an apostrophe (' ’) between letters (brother-in-law, I've). A run
// glued to digits ("53A", "10th") is not a word. Case classes follow ICU (UAX #44).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace galley {

struct WordSpan {
  size_t offset = 0;  // bytes
  size_t length = 0;
};

std::vector<WordSpan> FindWords(std::string_view text);

enum class WordCase { kLower, kTitle, kUpper, kMixed };

// kLower: no upper-case letter; kTitle: one upper-case letter, the first; kUpper: two or more
// letters, all upper case; kMixed: anything else (McKay).
WordCase CaseOf(std::string_view word);

// The code points of `word` (for counting letters and comparing them).
std::u32string ToCodePoints(std::string_view word);
std::string FromCodePoints(std::u32string_view word);

// The Levenshtein distance between two words, in code points.
int EditDistance(std::u32string_view a, std::u32string_view b);

}  // namespace galley
