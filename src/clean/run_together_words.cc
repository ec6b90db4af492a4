#include "clean/run_together_words.h"

#include <algorithm>

#include "clean/words.h"

namespace galley {
namespace {

// Parts shorter than this are not split off: two-letter words (of, to, in) would split
// ordinary unknown words into nonsense far too often.
constexpr size_t kMinPart = 3;

// Function words take a space, never a hyphen.
bool IsFunctionWord(std::string_view word) {
  static const std::string_view kWords[] = {
      "the", "and", "but", "for", "nor", "yet", "into", "onto", "with", "from", "that",
      "this", "was", "were", "are", "has", "had", "have", "not", "its", "our", "their",
      "they", "them", "you", "his", "her", "she", "him", "who", "which", "what", "when",
      "then", "than", "there", "been", "upon", "over", "also", "only", "all", "any", "can",
      "will", "would", "should", "could", "out", "off"};
  return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

bool IsLyAdverb(std::u32string_view word) {
  return word.size() >= 5 && word.substr(word.size() - 2) == U"ly";
}

bool HasNearSingleWordSuggestion(std::string_view word, const SpellChecker& dictionary) {
  std::u32string letters = ToCodePoints(word);
  for (const std::string& suggestion : dictionary.Suggest(word)) {
    if (suggestion.find_first_of(" -") != std::string::npos) continue;
    if (EditDistance(letters, ToCodePoints(suggestion)) <= 1) return true;
  }
  return false;
}

// The one way to split `word` into two known words, or an empty pair.
std::pair<std::u32string, std::u32string> UniqueSplit(std::u32string_view word,
                                                      const SpellChecker& dictionary) {
  std::pair<std::u32string, std::u32string> found;
  int count = 0;
  for (size_t i = kMinPart; i + kMinPart <= word.size(); ++i) {
    std::u32string left(word.substr(0, i));
    std::u32string right(word.substr(i));
    if (dictionary.Knows(FromCodePoints(left)) && dictionary.Knows(FromCodePoints(right))) {
      found = {left, right};
      ++count;
    }
  }
  if (count != 1) return {};
  return found;
}

}  // namespace

TextFix SplitRunTogetherWords(std::string_view text, const SpellChecker& dictionary) {
  std::vector<TextEdit> edits;
  for (const WordSpan& span : FindWords(text)) {
    std::string_view word = text.substr(span.offset, span.length);
    if (CaseOf(word) != WordCase::kLower || word.find_first_of("-'") != std::string_view::npos ||
        word.find("\u2019") != std::string_view::npos || dictionary.Knows(word)) {
      continue;
    }
    std::u32string letters = ToCodePoints(word);
    if (letters.size() < 2 * kMinPart) continue;
    auto [left, right] = UniqueSplit(letters, dictionary);
    if (left.empty() || HasNearSingleWordSuggestion(word, dictionary)) continue;
    std::string first = FromCodePoints(left);
    std::string second = FromCodePoints(right);
    bool spaced = IsLyAdverb(left) || IsFunctionWord(first) || IsFunctionWord(second);
    edits.push_back({span.offset, span.length, first + (spaced ? " " : "-") + second,
                     "\"" + first + "\" and \"" + second + "\" are dictionary words"});
  }
  return MakeTextFix(text, std::move(edits));
}

}  // namespace galley
