// Words the OCR ran together: an unknown lower-case word that splits in exactly one way into
// two dictionary words of at least three letters each is split — with a space after an -ly
// adverb, which English never hyphenates to what it modifies ("audaciouslywon" → "audaciously
// won"), and around a function word ("intothe" → "into the"); otherwise with a hyphen, as a
// compound modifier ("freedomgiving" → "freedom-giving"), but that split is only ever proposed:
// a closed compound the dictionary lacks (horsecloth, millpool) is far commoner than a hyphen
// the OCR lost.
//
// Three-letter parts are found by chance inside foreign and unknown words (charm-ant,
// err are), so a hyphenated split needs parts of four letters, and a spaced one four letters
// beside its function word. A word built with a productive affix is a word the dictionary
// lacks, not two words (courtierlike, handleless, semidark, countermovement). When the
// dictionary knows a single word one edit away ("modelled" → "modeled") the word is left alone:
// a spelling variant or a misreading is then likelier than two words. English only.
#pragma once

#include <string_view>

#include "clean/spell_checker.h"
#include "clean/word_guess.h"

namespace galley {

WordGuess GuessRunTogether(std::string_view word, const SpellChecker& dictionary);

}  // namespace galley
