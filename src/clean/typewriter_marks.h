// Typewriter punctuation in a clean Markdown source: straight quotes (" and '), a double
// hyphen for a dash, three dots for an ellipsis. A Markdown source is printed as it is typed
// (docs/corrections.md, "A clean Markdown source"), and a transcription typed on a keyboard
// often has them, where a book wants “ ” ‘ ’, – and …: the review says so, once for each kind,
// at the first line that has it and with the number of lines that do, so that the editor types
// them or corrects them in corrections.tsv before the book is made. Code spans, fenced code,
// HTML tags and backslash escapes are not text and are not read.
#pragma once

#include <vector>

#include "clean/review.h"
#include "clean/source_text.h"

namespace galley {

// A doubt in `review` for each kind of typewriter punctuation `lines` hold.
void ReportTypewriterMarks(const std::vector<SourceLine>& lines, Review* review);

}  // namespace galley
