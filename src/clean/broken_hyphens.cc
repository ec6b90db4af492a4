#include "clean/broken_hyphens.h"

#include <algorithm>

namespace galley {

WordGuess GuessBrokenHyphen(std::string_view word, const SpellChecker& dictionary) {
  size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || word.find('-', hyphen + 1) != std::string_view::npos ||
      dictionary.Knows(word)) {
    return WordGuess::None();
  }
  std::string joined = std::string(word.substr(0, hyphen)) + std::string(word.substr(hyphen + 1));
  if (dictionary.Knows(joined)) {
    return WordGuess::Replace(joined, "the dictionary has \"" + joined + "\"");
  }
  return WordGuess::Doubt(
      "a word hyphenated at a line's end, kept with its hyphen: the dictionary knows it "
      "neither with nor without; remove the hyphen with a correction if the word has none");
}

bool HasLineEndHyphen(const InlineText& text, const WordSpan& span) {
  std::string_view word = std::string_view(text.text).substr(span.offset, span.length);
  for (size_t at = word.find('-'); at != std::string_view::npos; at = word.find('-', at + 1)) {
    size_t after = span.offset + at + 1;
    auto mark = std::lower_bound(text.marks.begin(), text.marks.end(), after,
                                 [](const Mark& m, size_t offset) { return m.offset < offset; });
    for (; mark != text.marks.end() && mark->offset == after; ++mark) {
      if (mark->kind == MarkKind::kLineStart) return true;
    }
  }
  return false;
}

}  // namespace galley
