// What the words around a run of letters say about hyphenating it: whether the word is a
// compound already written with a hyphen ("anarcho-syndicalist"), and whether it begins a
// sentence, so that a capitalised word that does not is taken for a proper noun ("Petrograd",
// "Kronstadt"). Patterns are made from common words and break names badly ("Pet-rograd"),
// and a second hyphen in a compound reads as a third word; careful typesetters leave both
// whole, as `hyphenation.proper-nouns` and `hyphenation.compounds` do by default.
#pragma once

#include <cstdint>
#include <string_view>

namespace galley::layout {

// Whether a capitalised word that does not begin a sentence is hyphenated (the rule above).
enum class ProperNouns : unsigned char {
  kHyphenate,   // like any word
  kLeaveWhole,  // taken for a name and left whole
  // Left whole where the word's language marks names with capitals; hyphenated in a language
  // that capitalises every noun (German), where the rule would leave most long words whole.
  kByLanguage,
};

// The word (text between white space) around byte `offset` of `text`: [begin, end).
struct WordSpan {
  uint32_t begin = 0, end = 0;
};
WordSpan WordAround(std::string_view text, uint32_t offset);

// The word holds a hyphen (U+002D or U+2010) between two of its letters or digits.
bool IsHyphenatedCompound(std::string_view text, WordSpan word);

// The word's first letter is a capital.
bool IsCapitalised(std::string_view text, WordSpan word);

// Nothing but white space and opening punctuation stands before the word since the start of
// the text or the end of a sentence (., !, ? or …, with any closing quotes or brackets).
bool BeginsSentence(std::string_view text, WordSpan word);

}  // namespace galley::layout
