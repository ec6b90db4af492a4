// The inline markup OCR tools write into their text, read into an InlineText: `<u>…</u>`,
// `<i>…</i>` and `<em>…</em>` are emphasis (typewriters underlined what print sets in italic),
// `<b>…</b>` and `<strong>…</strong>` strong; a backslash before ASCII punctuation escapes it
// (CommonMark 6.1), so `\*` is an asterisk. Any other `*`, `_` or `<` is text. A tag without
// its partner stays as text and is reported as a doubt.
#pragma once

#include "clean/inline_text.h"
#include "clean/review.h"
#include "clean/source_text.h"

namespace galley {

// The plain text and marks of one source line; its start is marked with the line's number.
// Each emphasis found is recorded in `review` under the "emphasis" rule.
InlineText ParseOcrLine(const SourceLine& line, Review* review);

}  // namespace galley
