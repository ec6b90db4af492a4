// A hyphen the OCR put in the wrong place in a compound the dictionary knows: an unknown
// lower-case hyphenated word whose letters, hyphens aside, form exactly one dictionary compound
// with the fewest parts — every part a dictionary word of three letters or more, or one of
// English's short particles (in, of, to…) — becomes that compound ("fatherin-law" →
// "father-in-law"). What OCR does to such compounds is glue a particle to its neighbour, so the
// compound must split off a particle the word lacked, and any other new part must have four
// letters or more. Scraps (do-mo, martial-ed, bro-wed, pro-to) are not parts: a compound the
// dictionary lacks (major-domo, court-martialed, broad-browed) is left alone. English only.
#pragma once

#include <string_view>

#include "clean/spell_checker.h"
#include "clean/word_guess.h"

namespace galley {

WordGuess GuessMisplacedHyphen(std::string_view word, const SpellChecker& dictionary);

}  // namespace galley
