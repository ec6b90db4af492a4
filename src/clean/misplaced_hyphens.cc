#include "clean/misplaced_hyphens.h"

#include <algorithm>

#include "clean/words.h"

namespace galley {
namespace {

std::string WithoutHyphens(std::string_view word) {
  std::string out(word);
  out.erase(std::remove(out.begin(), out.end(), '-'), out.end());
  return out;
}

}  // namespace

TextFix FixMisplacedHyphens(std::string_view text, const SpellChecker& dictionary) {
  std::vector<TextEdit> edits;
  for (const WordSpan& span : FindWords(text)) {
    std::string_view word = text.substr(span.offset, span.length);
    if (word.find('-') == std::string_view::npos || dictionary.Knows(word)) continue;
    std::string letters = WithoutHyphens(word);
    std::vector<std::string> matches;
    for (const std::string& suggestion : dictionary.Suggest(word)) {
      if (suggestion.find('-') == std::string::npos || suggestion.find(' ') != std::string::npos ||
          suggestion == word || WithoutHyphens(suggestion) != letters) {
        continue;
      }
      if (std::find(matches.begin(), matches.end(), suggestion) == matches.end()) {
        matches.push_back(suggestion);
      }
    }
    if (matches.size() != 1) continue;
    edits.push_back({span.offset, span.length, matches[0], "the dictionary's compound"});
  }
  return MakeTextFix(text, std::move(edits));
}

}  // namespace galley
