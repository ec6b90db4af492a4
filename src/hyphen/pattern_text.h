// A libhyphen dictionary's text in UTF-8, whatever encoding its first line declares.
//
// libhyphen's format (hyphen 2.8, README.hyphen) opens with a line naming the character set of
// the patterns that follow: "UTF-8" for Debian's English, French, Spanish and Italian files,
// "ISO8859-1" for hyphen-de's German. libhyphen itself only counts letters right in UTF-8
// (hnj_hyphen_norm), and Galley's words are UTF-8, so the patterns are transcoded here with ICU
// and the first line rewritten to "UTF-8": Debian's own file is read as installed, never
// converted by hand.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace galley::hyphen {

// `bytes` (the file at `path`) as UTF-8 text whose first line is "UTF-8". Errors, at the
// file's line and column: a first line that names no encoding ICU knows (a file whose patterns
// start at once, or a misspelt name), bytes that are not valid in the declared encoding.
Result<std::string> PatternTextAsUtf8(std::string_view bytes, const std::string& path);

}  // namespace galley::hyphen
