// Whether a language's capitals mark names. In English, French, Spanish, Italian, Russian…
// a capital inside a sentence marks a proper noun ("Petrograd", "Kronstadt"), which hyphenation
// patterns made from common words break badly, so careful typesetters leave such words whole.
// German (and the languages written like it: Luxembourgish, Low German, Swiss German) capitalises
// every noun: there a capital says nothing about a name, and leaving capitalised words whole
// would leave most long words whole (Die Verwandlung: 23 underfull lines instead of 2).
#pragma once

#include <string_view>

namespace galley::language {

// True unless the tag's language capitalises every noun; true for an empty or unknown tag.
bool CapitalsMarkProperNouns(std::string_view tag);

}  // namespace galley::language
