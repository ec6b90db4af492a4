// A layout record as the proofer reads it (docs/layout-record.md): the header and one entry per
// typeset line. The proofer parses the text `galley pdf --record` writes rather than using
// layout's own structures, so that two records made by different builds of Galley, or kept
// beside a book for months, can still be compared.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"
#include "io/file_system.h"

namespace galley::proof {

struct RecordLine {
  std::string page;     // the folio, as printed (docs/layout-record.md: the `page` column)
  int source_line = 0;  // manuscript line; 0 for text the book makes
  int paragraph = 0;    // the frames' paragraph id; 0 when unknown (a record of format 1)
  std::string kind;     // "p", "q", "h1".."h6" or "x"
  double ratio = 0;
  bool hyphenated = false, overfull = false, underfull = false;
  std::string text;
  int record_line = 0;  // the line of the record file it was read from, for messages
};

struct Record {
  std::string path;  // as given, for messages and the report
  std::string title;
  std::string template_path;
  int pages = 0;  // the `# pages:` header: every page, blank ones included
  std::vector<RecordLine> lines;
};

// The record of `frames` (a book typeset now, or a record read back with frames' reader).
Record RecordFromFrames(const frames::DocumentFrames& frames, const std::string& path);

// Parses a record's text, of either format (docs/layout-record.md); `path` is used in
// messages. Errors name path:line:column, the field that is wrong and what a valid one looks
// like.
Result<Record> ParseRecord(std::string_view text, const std::string& path);

// Reads and parses the record at `path` (UTF-8 checked by ReadTextFile).
Result<Record> ReadRecord(const FileSystem& fs, const std::string& path);

}  // namespace galley::proof
