// Sources in a single-byte encoding (metadata.txt's `source-encoding: iso-8859-1`, `iso-8859-15`
// or `windows-1252`), converted to UTF-8 with ICU's converters. Project Gutenberg's older files
// are ISO-8859-1; word processors of the 1990s wrote windows-1252.
//
// A byte the encoding does not define is an error naming its line and column (a column is a
// byte here: each byte is one character). So is a control character of ISO-8859-1's C1 range
// (0x80–0x9F), which no text holds: such a file is windows-1252. And so is a file that is
// valid UTF-8 with characters beyond ASCII: the setting is wrong, and converting it would
// garble every accented letter.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace galley {

// Checks that `bytes` (the file `file`, read with no source-encoding) are UTF-8. A file that is
// not is most often a Project Gutenberg file in ISO-8859-1, which is declared in metadata.txt,
// never converted (the source stays the download, byte for byte): the hint says so, with the
// encoding the file's own "Character set encoding:" line names.
Status CheckUtf8Source(std::string_view bytes, const std::string& file);

// `bytes` (the file `file`) decoded from `encoding` (one of the names above) into UTF-8.
Result<std::string> DecodeSingleByte(std::string_view bytes, std::string_view encoding,
                                     const std::string& file);

}  // namespace galley
