// A hyphen the OCR put in the wrong place in a compound the dictionary knows: an unknown
// hyphenated word whose letters, hyphens aside, are those of exactly one hyphenated word among
// the dictionary's suggestions becomes that word ("fatherin-law" → "father-in-law").
#pragma once

#include <string_view>

#include "clean/spell_checker.h"
#include "typography/text_edit.h"

namespace galley {

TextFix FixMisplacedHyphens(std::string_view text, const SpellChecker& dictionary);

}  // namespace galley
