// Reads a manuscript (docs/manuscript.md) into the content model: front matter → Metadata,
// CommonMark through cmark-gfm → blocks and inlines, Galley tags → divisions, page markers and
// small capitals; sections nested by heading level; ids for divisions, headings and notes.
// Every node keeps its source range; every mistake is an InputError naming file:line:column,
// quoting the line, and saying what to write instead. Nothing here prints.
#pragma once

#include <string>
#include <string_view>

#include "base/result.h"
#include "io/file_system.h"
#include "model/document.h"

namespace galley::manuscript {

struct ParseOptions {
  // Rejects a heading that goes more than one level deeper than the one before it (`#` then
  // `###`). On for `build`, `epub` and `pdf`; `--lenient` turns it off.
  bool strict = true;
};

// Parses `text`, the content of the manuscript file `path` (named in errors and kept as
// Document::source_path). The text is checked to be UTF-8 without NUL bytes; a leading
// byte-order mark is skipped. Linear in the text's size.
Result<model::Document> ParseManuscript(std::string_view text, const std::string& path,
                                        const ParseOptions& options = {});

// Reads `path` through `fs` and parses it.
Result<model::Document> LoadManuscript(const FileSystem& fs, const std::string& path,
                                       const ParseOptions& options = {});

}  // namespace galley::manuscript
