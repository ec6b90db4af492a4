// Reads a layout record (docs/layout-record.md) back into frames, for proof and for drawing the
// pages of an earlier build. Glyphs are most of a record's bytes and only drawing needs them,
// so they are read only when asked for.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "frames/page_frame.h"
#include "io/file_system.h"

namespace galley::frames {

struct RecordReadOptions {
  bool glyphs = false;  // read each run's glyphs (else runs have text, style and place only)
};

// Parses a record's text; `path` names it in errors, which give path:line:column, the field
// that is wrong and what a valid one looks like.
Result<DocumentFrames> ParseRecord(std::string_view text, const std::string& path,
                                   const RecordReadOptions& options = {});

// Whether `text` begins as a record of this format does.
bool LooksLikeRecord(std::string_view text);

// Reads and parses the record at `path`.
Result<DocumentFrames> ReadRecord(const FileSystem& fs, const std::string& path,
                                  const RecordReadOptions& options = {});

}  // namespace galley::frames
