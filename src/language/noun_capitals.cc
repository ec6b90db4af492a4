#include "language/noun_capitals.h"

#include <algorithm>
#include <array>

#include "language/language_tag.h"

namespace galley::language {

namespace {

// ISO 639 codes of the languages whose orthography capitalises every noun: German,
// Luxembourgish, Low German, Swiss German, Bavarian, Colognian, Pennsylvania German.
constexpr std::array<std::string_view, 7> kNounCapitalising = {"de",  "lb",  "nds", "gsw",
                                                                "bar", "ksh", "pdc"};

}  // namespace

bool CapitalsMarkProperNouns(std::string_view tag) {
  LanguageTag parsed = ParseLanguageTag(tag);
  return std::find(kNounCapitalising.begin(), kNounCapitalising.end(), parsed.language) ==
         kNounCapitalising.end();
}

}  // namespace galley::language
