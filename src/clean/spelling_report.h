// The words the dictionary does not know, with the source lines they stand on: the part of the
// review report that finds misreadings rather than guessing them. A word and its possessive
// (Zinoviev, Zinoviev’s) are one entry; the possessive of a known word (Cheka’s) is known, and
// so is a word the title's words.txt lists.
#pragma once

#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"
#include "clean/spell_checker.h"
#include "clean/title_words.h"

namespace galley {

// Unknown words in the blocks with text, in order of first occurrence.
std::vector<UnknownWord> FindUnknownWords(const std::vector<Block>& blocks,
                                          const SpellChecker& dictionary,
                                          const TitleWords& title_words = {});

}  // namespace galley
