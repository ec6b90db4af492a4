// corrections.tsv: the editor's reviewed fixes for what no general rule can know, one per line:
// the text as source.ocr.txt has it, TAB, the text it becomes, TAB, the reason
// (docs/corrections.md); a first field `@LINE` limits the fix to that source line. They are
// applied to the raw source lines before any rule, and what they write is protected from the
// rules that guess words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "clean/review.h"
#include "clean/source_text.h"

namespace galley {

struct Correction {
  int only_line = 0;   // @LINE: the one source line it applies to; 0 for every line
  std::string from;    // never empty
  std::string to;      // empty deletes
  std::string reason;  // never empty
  int line = 0;        // where it is in corrections.tsv
  std::string line_text;
};

// Parses corrections.tsv; `file` names it in errors. A line that is not `#` comment or blank
// must have exactly three fields (four when the first is @LINE), a non-empty text to correct
// and a non-empty reason.
Result<std::vector<Correction>> ParseCorrections(std::string_view text, const std::string& file);

// Applies each correction, in file order, to every occurrence on every line of `lines` (or on
// its one line); a line whose text a correction removes entirely is removed, unless
// `keep_emptied_lines` (a Markdown source, whose line numbers must stay). Each occurrence is
// recorded in `review` with its source line, and the text it wrote in the line's `corrected`
// ranges. A correction that matches nothing is an error at `file`'s line.
Status ApplyCorrections(const std::vector<Correction>& corrections, const std::string& file,
                        const std::string& source_file, std::vector<SourceLine>* lines,
                        Review* review, bool keep_emptied_lines = false);

}  // namespace galley
