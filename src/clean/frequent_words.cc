#include "clean/frequent_words.h"

#include <vector>

#include "clean/words.h"

namespace galley {
namespace {

bool DiffersInOneLetter(std::u32string_view a, std::u32string_view b) {
  if (a.size() != b.size()) return false;
  int differences = 0;
  for (size_t i = 0; i < a.size(); ++i) differences += a[i] != b[i] ? 1 : 0;
  return differences == 1;
}

std::vector<const std::pair<const std::string, int>*> FrequentNear(std::string_view word,
                                                                   const WordCounts& counts) {
  std::u32string letters = ToCodePoints(word);
  std::vector<const std::pair<const std::string, int>*> near;
  for (const auto& entry : counts) {
    if (entry.second >= kFrequentWordCount &&
        DiffersInOneLetter(letters, ToCodePoints(entry.first))) {
      near.push_back(&entry);
    }
  }
  return near;
}

}  // namespace

void CountWords(std::string_view text, WordCounts* counts) {
  for (const WordSpan& span : FindWords(text)) {
    ++(*counts)[std::string(text.substr(span.offset, span.length))];
  }
}

TextFix FixFrequentWordMisreadings(std::string_view text, const WordCounts& counts,
                                   const SpellChecker& dictionary) {
  std::vector<TextEdit> edits;
  std::vector<TextDoubt> doubts;
  for (const WordSpan& span : FindWords(text)) {
    std::string_view word = text.substr(span.offset, span.length);
    if (CaseOf(word) != WordCase::kTitle) continue;
    auto own = counts.find(word);
    if (own != counts.end() && own->second >= kFrequentWordCount) continue;
    if (dictionary.Knows(word)) continue;
    auto near = FrequentNear(word, counts);
    if (near.size() == 1) {
      edits.push_back({span.offset, span.length, near[0]->first,
                       "\"" + near[0]->first + "\" occurs " + std::to_string(near[0]->second) +
                           " times"});
    } else if (near.size() > 1) {
      doubts.push_back({span.offset, "one letter away from several frequent words, e.g. \"" +
                                         near[0]->first + "\" and \"" + near[1]->first + "\""});
    }
  }
  return MakeTextFix(text, std::move(edits), std::move(doubts));
}

}  // namespace galley
