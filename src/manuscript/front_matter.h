// The front-matter block that opens a manuscript: `key: value` lines between two `---` lines
// (docs/manuscript.md, "Front matter"). A tiny parser of its own rather than a YAML library:
// the values are plain text, so YAML's quoting and typing would only add ways to go wrong.
#pragma once

#include <cstddef>

#include "base/result.h"
#include "manuscript/source_text.h"
#include "model/document.h"

namespace galley::manuscript {

struct FrontMatter {
  model::Metadata metadata;  // positions hold where each key's value starts
  int body_line = 1;         // the first line after the closing `---`
  size_t body_offset = 0;    // byte offset of that line
};

// The keys themselves are model::MetadataKeys() (model/metadata_keys.h).

// Reads the block at the start of `source`. Errors: no block, a block with no closing `---`
// (pointing at the opening one), a line that is not `key: value`, an unknown key, a repeated
// key that may appear once, an empty value, a malformed language tag or date, and a missing
// required key (title, author, language).
Result<FrontMatter> ParseFrontMatter(const SourceText& source);

}  // namespace galley::manuscript
