#include "clean/frequent_words.h"

#include <algorithm>

#include "clean/words.h"

namespace galley {
namespace {

// Shorter words are left alone (see the header).
constexpr size_t kShortestWord = 5;

}  // namespace

FrequentWords::FrequentWords(const Vocabulary& vocabulary) : vocabulary_(vocabulary) {
  for (const auto& [word, count] : vocabulary.counts()) {
    if (count < kFrequentWordCount || CaseOf(word) != WordCase::kTitle) continue;
    std::u32string letters = ToCodePoints(word);
    if (letters.size() < kShortestWord) continue;
    for (size_t i = 0; i < letters.size(); ++i) {
      std::u32string key = letters;
      key[i] = 0;
      by_blanked_letter_[key].push_back(word);
    }
  }
  for (auto& [key, words] : by_blanked_letter_) std::sort(words.begin(), words.end());
}

WordGuess FrequentWords::Guess(std::string_view word, const SpellChecker& dictionary) const {
  if (CaseOf(word) != WordCase::kTitle || vocabulary_.Count(word) >= kFrequentWordCount) {
    return WordGuess::None();
  }
  std::u32string letters = ToCodePoints(word);
  if (letters.size() < kShortestWord) return WordGuess::None();
  if (letters.back() == 's' && vocabulary_.Occurs(word.substr(0, word.size() - 1))) {
    return WordGuess::None();  // a plural of a word the text holds
  }
  std::vector<std::string> near;
  for (size_t i = 0; i < letters.size(); ++i) {
    std::u32string key = letters;
    key[i] = 0;
    auto found = by_blanked_letter_.find(key);
    if (found == by_blanked_letter_.end()) continue;
    for (const std::string& other : found->second) {
      if (other != word && std::find(near.begin(), near.end(), other) == near.end()) {
        near.push_back(other);
      }
    }
  }
  if (near.empty() || dictionary.Knows(word)) return WordGuess::None();
  if (near.size() > 1) {
    std::sort(near.begin(), near.end());
    return WordGuess::Doubt("one letter away from several frequent words, e.g. \"" + near[0] +
                            "\" and \"" + near[1] + "\"");
  }
  return WordGuess::Replace(near[0], "\"" + near[0] + "\" occurs " +
                                         std::to_string(vocabulary_.Count(near[0])) + " times");
}

}  // namespace galley
