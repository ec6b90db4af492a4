#include "clean/misplaced_hyphens.h"

#include <algorithm>
#include <array>

#include "clean/words.h"

namespace galley {
namespace {

constexpr size_t kMinPart = 3;
// A part the compound splits off that is not a particle has at least this many letters.
constexpr size_t kMinNewPart = 4;
// Compounds of more parts than this are not looked for (nor words longer than kLongest).
constexpr size_t kMostParts = 4;
constexpr size_t kLongest = 30;

bool IsParticle(std::u32string_view part) {
  static constexpr std::array<std::u32string_view, 8> kParticles = {U"in", U"of", U"to", U"at",
                                                                   U"by", U"on", U"up", U"de"};
  return std::find(kParticles.begin(), kParticles.end(), part) != kParticles.end();
}

class CompoundSearch {
 public:
  CompoundSearch(std::u32string_view letters, const SpellChecker& dictionary)
      : letters_(letters), dictionary_(dictionary) {}

  // The compounds of exactly `parts` parts.
  std::vector<std::string> Find(size_t parts) {
    found_.clear();
    Extend(0, parts, U"");
    return found_;
  }

 private:
  void Extend(size_t at, size_t parts_left, const std::u32string& so_far) {
    if (found_.size() > 1) return;  // two are already too many
    for (size_t end = at + 1; end <= letters_.size(); ++end) {
      bool last = end == letters_.size();
      if (last != (parts_left == 1)) continue;
      std::u32string_view part = letters_.substr(at, end - at);
      if ((part.size() < kMinPart && !IsParticle(part)) ||
          !dictionary_.Knows(FromCodePoints(part))) {
        continue;
      }
      std::u32string next = so_far.empty() ? std::u32string(part) : so_far + U"-" +
                                                                         std::u32string(part);
      if (last) {
        found_.push_back(FromCodePoints(next));
      } else {
        Extend(end, parts_left - 1, next);
      }
    }
  }

  std::u32string_view letters_;
  const SpellChecker& dictionary_;
  std::vector<std::string> found_;
};

std::vector<std::u32string> Parts(std::u32string_view word) {
  std::vector<std::u32string> parts(1);
  for (char32_t c : word) {
    if (c == '-') {
      parts.emplace_back();
    } else {
      parts.back().push_back(c);
    }
  }
  return parts;
}

// Whether `compound` splits off a particle `word` lacked, and no other new part is short.
bool RepairsAGluedParticle(std::u32string_view word, std::u32string_view compound) {
  std::vector<std::u32string> old_parts = Parts(word);
  bool particle = false;
  for (const std::u32string& part : Parts(compound)) {
    if (std::find(old_parts.begin(), old_parts.end(), part) != old_parts.end()) continue;
    if (IsParticle(part)) {
      particle = true;
    } else if (part.size() < kMinNewPart) {
      return false;
    }
  }
  return particle;
}

}  // namespace

WordGuess GuessMisplacedHyphen(std::string_view word, const SpellChecker& dictionary) {
  if (word.find('-') == std::string_view::npos || CaseOf(word) != WordCase::kLower ||
      dictionary.Knows(word)) {
    return WordGuess::None();
  }
  std::u32string letters;
  for (char32_t c : ToCodePoints(word)) {
    if (c != '-') letters.push_back(c);
  }
  if (letters.size() > kLongest) return WordGuess::None();
  CompoundSearch search(letters, dictionary);
  for (size_t parts = 2; parts <= kMostParts; ++parts) {
    std::vector<std::string> compounds = search.Find(parts);
    if (compounds.empty()) continue;
    if (compounds.size() > 1 || compounds[0] == word || !dictionary.Knows(compounds[0]) ||
        !RepairsAGluedParticle(ToCodePoints(word), ToCodePoints(compounds[0]))) {
      break;
    }
    return WordGuess::Replace(compounds[0], "the dictionary's compound");
  }
  return WordGuess::None();
}

}  // namespace galley
