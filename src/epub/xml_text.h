// The one gate between the book's text and the EPUB's XML files. pugixml writes whatever it is
// given: a control character such as U+0013 comes out as `&#19;` and U+FFFF raw, and either
// makes the file not well-formed (XML 1.0 §2.2), which reading systems refuse to open. So:
//
// - every string that comes from the manuscript (text, page labels, note labels, metadata) is
//   checked with RequireXmlText where it enters a document, so that the error points at the
//   manuscript line and column, as the PDF's missing-glyph error does;
// - every XML entry is checked once more as bytes by RequireXmlEntry before it goes into the
//   ZIP, so that no path that forgot the first check can produce an ill-formed file: the EPUB is
//   well-formed by construction, or there is no EPUB.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"

namespace galley::epub {

// Refuses `text` if it holds a character XML 1.0 forbids; the error is at that character,
// counting lines and columns from `start` (where the text begins in the manuscript). `what`
// names the text in the message ("the text", "the front matter's title").
Status RequireXmlText(std::string_view text, const SourceLocation& start, std::string_view what);

// Refuses the serialized XML file `entry` (its path in the container) if its characters or
// references are not XML 1.0's (base/xml_chars.h); the error names the entry, line and column.
Status RequireXmlEntry(const std::string& entry, std::string_view xml);

}  // namespace galley::epub
