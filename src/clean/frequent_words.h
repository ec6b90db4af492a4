// Misreadings of a text's frequent words: an unknown capitalised word that differs in exactly
// one letter from a word occurring at least five times in the same text becomes that word
// ("Eronstadt" → "Kronstadt" in a pamphlet about Kronstadt). Names are what a general
// dictionary lacks and what a text repeats, so the text itself is the better dictionary.
//
// Only substitutions count, not an added or dropped letter: those would turn inflections of
// a frequent name (Bolsheviks, Zinoviev's) into the name. A word that is itself frequent is
// never a misreading; a word one letter from two frequent words is left as a doubt.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>

#include "clean/spell_checker.h"
#include "typography/text_edit.h"

namespace galley {

// How often each word (case-sensitive) occurs.
using WordCounts = std::map<std::string, int, std::less<>>;

// Adds the words of `text` to `counts`.
void CountWords(std::string_view text, WordCounts* counts);

// A word occurring this often is frequent (five: fewer lets a misreading that happens twice
// outvote a real word that happens three times).
inline constexpr int kFrequentWordCount = 5;

TextFix FixFrequentWordMisreadings(std::string_view text, const WordCounts& counts,
                                   const SpellChecker& dictionary);

}  // namespace galley
