// Misreadings of a text's frequent words: an unknown capitalised word of five letters or more
// that differs in exactly one letter from a capitalised word occurring at least five times in
// the same text becomes that word ("Eronstadt" → "Kronstadt" in a pamphlet about Kronstadt).
// Names are what a general dictionary lacks and what a text repeats, so the text itself is the
// better dictionary.
//
// Only substitutions count, not an added or dropped letter: those would turn inflections of
// a frequent name (Bolsheviks, Zinoviev's) into the name; for the same reason a plural whose
// singular the text holds (Kurágins beside Kurágin) is left alone. A word that is itself
// frequent is never a misreading; a word one letter from two frequent words is a doubt. Short
// words are left alone: too many real words lie one letter from each other.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "clean/spell_checker.h"
#include "clean/vocabulary.h"
#include "clean/word_guess.h"

namespace galley {

// A word occurring this often is frequent (five: fewer lets a misreading that happens twice
// outvote a real word that happens three times).
inline constexpr int kFrequentWordCount = 5;

class FrequentWords {
 public:
  // Indexes the frequent capitalised words of `vocabulary` (which must outlive this).
  explicit FrequentWords(const Vocabulary& vocabulary);

  WordGuess Guess(std::string_view word, const SpellChecker& dictionary) const;

 private:
  const Vocabulary& vocabulary_;
  // Each frequent word under each of its letters blanked out: two words one substitution apart
  // share a key, so the neighbours of a word are found in as many lookups as it has letters.
  std::map<std::u32string, std::vector<std::string>> by_blanked_letter_;
};

}  // namespace galley
