// What a file given to `galley proof` holds, told from its first bytes rather than its name:
// an EPUB is a ZIP archive (EPUB 3.3 §4.2, OCF ZIP container), a layout record is UTF-8 text,
// and anything else (a PDF given instead of its record, an image) is neither and must be said
// so plainly instead of being parsed as text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace galley::proof {

// The ZIP signature: a local file header ("PK\3\4", APPNOTE.TXT §4.3.7) or the end of an empty
// archive ("PK\5\6").
bool IsZipArchive(std::string_view bytes);

// For data that is neither a ZIP archive nor text, what it seems to be ("a PDF", "a PNG
// image", "binary data"); nothing when it may be text (no NUL byte near its start and no known
// binary signature). Text is not checked further here: the record parser names the line and
// column of bytes that are not UTF-8.
std::optional<std::string> BinaryKind(std::string_view bytes);

}  // namespace galley::proof
