#include "clean/spelling_report.h"

#include <map>

#include "clean/words.h"

namespace galley {
namespace {

// `word` without a possessive ’s ("Zinoviev’s" → "Zinoviev"), so that a name and its
// possessive are checked, and reported, as one word.
std::string_view WithoutPossessive(std::string_view word) {
  for (std::string_view possessive : {"\u2019s", "'s"}) {
    if (word.size() > possessive.size() && word.ends_with(possessive)) {
      return word.substr(0, word.size() - possessive.size());
    }
  }
  return word;
}

}  // namespace

std::vector<UnknownWord> FindUnknownWords(const std::vector<Block>& blocks,
                                          const SpellChecker& dictionary) {
  std::vector<UnknownWord> unknown;
  std::map<std::string, size_t, std::less<>> index;  // word → position in `unknown`
  std::map<std::string, bool, std::less<>> known;
  for (const Block& block : blocks) {
    if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kHeading) continue;
    const InlineText& text = block.text;
    for (const WordSpan& span : FindWords(text.text)) {
      std::string_view full = std::string_view(text.text).substr(span.offset, span.length);
      std::string word(WithoutPossessive(full));
      auto cached = known.find(word);
      if (cached == known.end()) {
        bool knows = dictionary.Knows(word) || dictionary.Knows(full);
        cached = known.emplace(word, knows).first;
      }
      if (cached->second) continue;
      auto [at, added] = index.emplace(word, unknown.size());
      if (added) unknown.push_back({word, {}});
      std::vector<int>& lines = unknown[at->second].lines;
      int line = text.LineAt(span.offset);
      if (lines.empty() || lines.back() != line) lines.push_back(line);
    }
  }
  return unknown;
}

}  // namespace galley
