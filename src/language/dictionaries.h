// Which of Debian's dictionary files serve a language, and which package installs them.
//
// Debian installs hunspell's spelling dictionaries as /usr/share/hunspell/<ll>_<RR>.{aff,dic}
// (hunspell-de-de: de_DE, de_BE, de_LU; hunspell-fr: fr.dic with fr_FR… links) and libhyphen's
// patterns as /usr/share/hyphen/hyph_<ll>_<RR>.dic (hyphen-de: hyph_de_DE.dic with hyph_de.dic,
// hyph_de_AT.dic… links). A tag names a language and perhaps a region; this maps it onto those
// names (`de` → de_DE, `en` → en_US, `en-GB` → en_GB, `fr` → fr_FR or fr) and onto the package
// to install when the file is missing, so that an error can say `apt-get install hyphen-de`,
// or that Debian has no such dictionary at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "language/language_tag.h"

namespace galley::language {

enum class DictionaryKind {
  kSpelling,     // hunspell: <name>.dic beside <name>.aff
  kHyphenation,  // libhyphen: hyph_<name>.dic
};

// Where Debian puts the kind's files: /usr/share/hunspell, /usr/share/hyphen.
std::string DebianDictionaryDirectory(DictionaryKind kind);

// The file names to try, in order. With a region: that region's file, then the language's own
// (Debian's generic link, e.g. hyph_de.dic); another region's dictionary never stands in for
// the one asked for (en-AU spells colour like en-GB, not like en-US). Without a region: the
// language's usual region (en → en_US, de → de_DE, pt → pt_PT), then the language's own file.
std::vector<std::string> DictionaryFileNames(DictionaryKind kind, const LanguageTag& tag);

// The Debian 12 package that installs the kind's dictionary for `tag` ("hunspell-de-de",
// "hyphen-de", "hyphen-en-gb"), or empty when Debian has none for the language.
std::string DebianPackage(DictionaryKind kind, const LanguageTag& tag);

// The path of the .dic file for `tag` in `directory`: the first of DictionaryFileNames that
// is there; for a tag without a region, else the first <ll>_<RR> file in name order (a region
// Galley does not know the language's usual one for). Error (without a place: the caller puts
// it at the `language` that asked): none there, naming the language, the folder and the package
// to install, or saying that Debian has no such dictionary.
Result<std::string> FindDictionary(DictionaryKind kind, std::string_view tag,
                                   const std::string& directory);

}  // namespace galley::language
