// metadata.txt: the book's metadata as `key: value` lines in exactly the syntax of the
// manuscript's front matter (docs/manuscript.md, "Front matter"), without the `---` lines;
// `galley clean` copies the entries, in order, into the manuscript. Blank lines are ignored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace galley {

struct MetadataEntry {
  std::string key;
  std::string value;
  SourcePos value_at = {};  // where the value begins in metadata.txt, for errors about it
};

// Parses and checks metadata.txt: every line `key: value` with a known key and a value; required
// keys present; non-repeatable keys once; `author-file-as` right after an `author`; `date` as
// YYYY, YYYY-MM or YYYY-MM-DD; `language` a BCP 47 tag. Errors name `file`:line:column.
Result<std::vector<MetadataEntry>> ParseMetadata(std::string_view text, const std::string& file);

// The value of the first entry with `key`, or empty.
std::string_view MetadataValue(const std::vector<MetadataEntry>& entries, std::string_view key);

// Where the first entry with `key` was written in `file` (its value), or the file alone.
SourceLocation MetadataLocation(const std::vector<MetadataEntry>& entries, std::string_view key,
                                const std::string& file);

}  // namespace galley
