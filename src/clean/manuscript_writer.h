// Writing the clean manuscript (docs/manuscript.md): front matter from metadata.txt, then the
// divisions with their blocks, blank lines between blocks. A block's plain text is escaped where
// CommonMark would read it as markup (so an OCR'd "*" or "1917." at a paragraph's start stays
// text), and its marks become markup: *emphasis*, **strong**, <sc>…</sc>, <pb n="…"/>. The
// paragraphs of a quotation are written as one block quote (`> `), verse with its line breaks.
#pragma once

#include <string>
#include <vector>

#include "clean/inline_text.h"
#include "clean/metadata_file.h"
#include "clean/structure.h"

namespace galley {

// One paragraph or heading's text as CommonMark with Galley's tags. `block_start` escapes what
// would start a list, heading or block quote. `keep_lines` ends each source line but the last
// with a hard line break (a backslash), as verse is written; each line's start is escaped then.
std::string InlineToMarkdown(const InlineText& text, bool block_start = true,
                             bool keep_lines = false);

// The front matter: `---`, metadata.txt's entries in order, `---`, each on its line.
std::string WriteFrontMatter(const std::vector<MetadataEntry>& metadata);

std::string WriteManuscript(const std::vector<MetadataEntry>& metadata,
                            const std::vector<Division>& divisions);

}  // namespace galley
