// The layout record: frames written out as text (docs/layout-record.md), one line per page,
// item, glyph run and run of glyphs, in drawing order. It is what `galley pdf` writes beside
// the PDF, what the golden layout test compares and what `galley proof` reads back
// (record_reader.h), so a change to anything printed — a break, a folio, a running head, a
// glyph — is a change to the record, and shows as a reviewable text diff.
#pragma once

#include <string>

#include "frames/page_frame.h"

namespace galley::frames {

std::string FormatRecord(const DocumentFrames& frames);

}  // namespace galley::frames
