// A word hyphenated at the end of a source line ("misunder-" / "stood"), joined without a space
// when the lines were joined: the hyphen is the compositor's unless the word has it. The hyphen
// goes when the dictionary knows the word without it and not with it ("misunder-stood" →
// "misunderstood"); it stays when the dictionary knows the hyphenated word ("well-known"); when
// it knows neither, the word is a doubt. Only a word with that one hyphen is judged.
#pragma once

#include <string_view>

#include "clean/inline_text.h"
#include "clean/spell_checker.h"
#include "clean/word_guess.h"
#include "clean/words.h"

namespace galley {

WordGuess GuessBrokenHyphen(std::string_view word, const SpellChecker& dictionary);

// Whether the word at `span` of `text` has a hyphen that ends a source line.
bool HasLineEndHyphen(const InlineText& text, const WordSpan& span);

}  // namespace galley
