#include "clean/spelling_report.h"

#include "clean/vocabulary.h"
#include "clean/word_set.h"
#include "clean/words.h"

namespace galley {

std::vector<UnknownWord> FindUnknownWords(const std::vector<Block>& blocks,
                                          const SpellChecker& dictionary,
                                          const TitleWords& title_words) {
  std::vector<UnknownWord> unknown;
  StringMap<size_t> index;  // word → position in `unknown`
  StringMap<bool> known;
  for (const Block& block : blocks) {
    if (!HasText(block)) continue;
    const InlineText& text = block.text;
    for (const WordSpan& span : FindWords(text.text)) {
      std::string_view full = std::string_view(text.text).substr(span.offset, span.length);
      std::string_view word = WithoutPossessive(full);
      auto cached = known.find(word);
      if (cached == known.end()) {
        bool knows = title_words.Contains(full) || dictionary.Knows(word) ||
                     dictionary.Knows(full);
        cached = known.emplace(std::string(word), knows).first;
      }
      if (cached->second) continue;
      auto at = index.find(word);
      if (at == index.end()) {
        at = index.emplace(std::string(word), unknown.size()).first;
        unknown.push_back({std::string(word), {}});
      }
      std::vector<int>& lines = unknown[at->second].lines;
      int line = text.LineAt(span.offset);
      if (lines.empty() || lines.back() != line) lines.push_back(line);
    }
  }
  return unknown;
}

}  // namespace galley
