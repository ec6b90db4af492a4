#include "clean/run_together_words.h"

#include <algorithm>
#include <array>

#include "clean/words.h"

namespace galley {
namespace {

// Parts shorter than this are not split off: two-letter words (of, to, in) would split
// ordinary unknown words into nonsense far too often.
constexpr size_t kMinPart = 3;
// A part that stands beside a hyphen, or beside a function word, is at least this long.
constexpr size_t kMinContentPart = 4;

template <size_t N>
bool IsOneOf(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Function words take a space, never a hyphen.
bool IsFunctionWord(std::string_view word) {
  static constexpr std::array<std::string_view, 51> kWords = {
      "the", "and", "but", "for", "nor", "yet", "into", "onto", "with", "from", "that",
      "this", "was", "were", "are", "has", "had", "have", "not", "its", "our", "their",
      "they", "them", "you", "his", "her", "she", "him", "who", "which", "what", "when",
      "then", "than", "there", "been", "upon", "over", "also", "only", "all", "any", "can",
      "will", "would", "should", "could", "out", "off", "very"};
  return IsOneOf(word, kWords);
}

// Suffixes and combining forms that make new words from any noun or adjective; hunspell lists
// them as words of their own, so a derived word looks like two.
bool IsDerivingSuffix(std::string_view part) {
  static constexpr std::array<std::string_view, 17> kSuffixes = {
      "like", "less", "ness", "nesses", "wise", "ward", "wards", "ship", "hood", "fold",
      "most", "able", "ably", "some", "ment", "ments", "women"};
  return IsOneOf(part, kSuffixes);
}

bool IsDerivingPrefix(std::string_view part) {
  static constexpr std::array<std::string_view, 15> kPrefixes = {
      "semi", "anti", "counter", "over", "under", "super", "inter", "multi", "ultra",
      "fore", "mini", "pseudo", "quasi", "hyper", "sub"};
  return IsOneOf(part, kPrefixes);
}

bool IsLyAdverb(std::u32string_view word) {
  return word.size() >= 5 && word.substr(word.size() - 2) == U"ly";
}

// Whether the dictionary knows a word one edit away that English spelling variants and
// misreadings produce: a letter dropped (modelled/modeled, colour/color), two swapped
// (centre/center), or a vowel or s/z/c/k for another (realise/realize, grey/gray).
bool HasNearSingleWord(std::u32string_view letters, const SpellChecker& dictionary) {
  std::u32string candidate;
  auto known = [&] { return dictionary.Knows(FromCodePoints(candidate)); };
  for (size_t i = 0; i < letters.size(); ++i) {
    candidate = std::u32string(letters.substr(0, i)) + std::u32string(letters.substr(i + 1));
    if (known()) return true;
    if (i + 1 < letters.size()) {
      candidate = letters;
      std::swap(candidate[i], candidate[i + 1]);
      if (known()) return true;
    }
    for (char32_t c : std::u32string_view(U"aeiouyszck")) {
      if (c == letters[i]) continue;
      candidate = letters;
      candidate[i] = c;
      if (known()) return true;
    }
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

WordGuess GuessRunTogether(std::string_view word, const SpellChecker& dictionary) {
  if (CaseOf(word) != WordCase::kLower || word.find_first_of("-'") != std::string_view::npos ||
      word.find("\u2019") != std::string_view::npos) {
    return WordGuess::None();
  }
  std::u32string letters = ToCodePoints(word);
  if (letters.size() < 2 * kMinPart || dictionary.Knows(word)) return WordGuess::None();
  auto [left, right] = UniqueSplit(letters, dictionary);
  if (left.empty()) return WordGuess::None();
  std::string first = FromCodePoints(left);
  std::string second = FromCodePoints(right);
  bool adverb = IsLyAdverb(left);
  bool function_first = IsFunctionWord(first);
  bool function_second = IsFunctionWord(second);
  if (adverb) {
    // "audaciouslywon": the adverb and whatever it modifies.
  } else if (function_first || function_second) {
    if ((!function_first && left.size() < kMinContentPart) ||
        (!function_second && right.size() < kMinContentPart) ||
        (IsDerivingPrefix(first) && !function_second)) {
      return WordGuess::None();
    }
  } else if (left.size() < kMinContentPart || right.size() < kMinContentPart ||
             IsDerivingSuffix(second) || IsDerivingPrefix(first)) {
    return WordGuess::None();
  }
  if (HasNearSingleWord(letters, dictionary)) return WordGuess::None();
  std::string note = "\"" + first + "\" and \"" + second + "\" are dictionary words";
  if (adverb || function_first || function_second) {
    return WordGuess::Replace(first + " " + second, std::move(note));
  }
  return WordGuess::Propose(first + "-" + second, std::move(note),
                            "a closed compound the dictionary lacks is likelier than a lost hyphen");
}

}  // namespace galley
