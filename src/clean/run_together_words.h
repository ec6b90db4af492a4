// Words the OCR ran together: an unknown lower-case word that splits in exactly one way into
// two dictionary words of at least three letters each is split — with a hyphen, as a compound
// modifier ("freedomgiving" → "freedom-giving", "smallscale" → "small-scale"), but with a space
// after an -ly adverb, which English never hyphenates to what it modifies ("audaciouslywon" →
// "audaciously won"), and around a function word ("intothe" → "into the").
//
// When the dictionary also suggests a single word one edit away ("modelled" → "modeled") the
// word is left alone: a spelling variant or a misreading is then likelier than two words, and the
// spelling report shows it to the editor.
#pragma once

#include <string_view>

#include "clean/spell_checker.h"
#include "typography/text_edit.h"

namespace galley {

TextFix SplitRunTogetherWords(std::string_view text, const SpellChecker& dictionary);

}  // namespace galley
