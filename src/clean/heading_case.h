// Headings typed in capitals, set in the case of their words: an editorial choice, off unless
// metadata.txt's `rules-on` names heading-case (docs/corrections.md). The book's <title>,
// navigation, contents and a screen reader then read "The Snake Dance", not a word spelt out
// letter by letter; print and EPUB still show a section heading in capitals, since both set
// level-2 headings in small capitals made from every letter.
//
// Each word of a heading whose letters are all capitals takes the case the title's dictionary
// gives it: lower case when the dictionary knows the word in lower case, capitalised when it
// knows it only capitalised (a name), in capitals when it knows it only so (USSR) or when it is
// a well-formed Roman numeral of two letters or more (XIV; in a language other than English
// only when the dictionary does not know it as a word, as Italian "di"), capitalised when
// unknown. The heading's first word is
// capitalised; in English (title case) so is every word but articles, short conjunctions and
// prepositions; other languages keep the dictionary's case (sentence case, as German and French
// titles are written). Each part of a hyphenated word is one word. Text a correction wrote is
// left alone.
#pragma once

#include <string_view>
#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"
#include "clean/spell_checker.h"

namespace galley {

void SetHeadingCase(std::string_view language, const SpellChecker& dictionary,
                    std::vector<Block>* blocks, Review* review);

}  // namespace galley
