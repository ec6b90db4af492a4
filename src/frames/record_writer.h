// The layout record: frames written out as text (docs/layout-record.md), one line per page,
// item, glyph run and run of glyphs, in drawing order. It is what `galley pdf` writes beside
// the PDF, what the golden layout test compares and what `galley proof` reads back
// (record_reader.h), so a change to anything printed — a break, a folio, a running head, a
// glyph — is a change to the record, and shows as a reviewable text diff.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::frames {

// The record of frames held in memory (a spilled book's, DocumentFrames::spill, through
// WriteRecord).
std::string FormatRecord(const DocumentFrames& frames);

// Receives the record in pieces, in order; an error stops the writing and is returned.
using RecordSink = std::function<Status(std::string_view)>;

// The same text as FormatRecord, handed to `sink` a page at a time: what `galley pdf` streams
// into the record's temporary file, so that a long book's record is never whole in memory.
// A spilled book's pages (DocumentFrames::spill) are read back one at a time. Errors: the
// sink's, and the spill's (page_spill.h).
Status WriteRecord(const DocumentFrames& frames, const RecordSink& sink);

}  // namespace galley::frames
