// The inline markup of a paragraph's source lines, read into one InlineText: `<u>…</u>`,
// `<i>…</i>` and `<em>…</em>` are emphasis (typewriters underlined what print sets in italic),
// `<b>…</b>` and `<strong>…</strong>` strong, in a Project Gutenberg text also `_…_`
// (Project Gutenberg's italics); a span may run over several lines of its paragraph. A backslash
// before ASCII punctuation escapes it (CommonMark 6.1), so `\*` is an asterisk. Any other `*`,
// `_` or `<` is text. A tag or underscore without its partner stays as text and is a doubt.
//
// The lines are joined as one paragraph: with a space, or, in a printed page's lines, with
// nothing after a letter and a hyphen when the next line starts in lower case (a word
// hyphenated at the line's end; the broken-hyphen rule decides later whether the hyphen stays).
#pragma once

#include <vector>

#include "clean/inline_text.h"
#include "clean/review.h"
#include "clean/source_text.h"

namespace galley {

enum class MarkupStyle {
  kOcr,        // tags only
  kGutenberg,  // tags and _italics_
  kPlain,      // nothing is markup (the emphasis rule is off): only escapes are read
};

// What a line break in the source stands for.
enum class LineBreaks {
  kPrinted,   // a printed page's line end (OCR): a word may be hyphenated across it
  kAtSpaces,  // a transcription wrapped at spaces (Project Gutenberg): every break is a space,
              // also after a hyphen ("Speise-" / "und Bierhaus" is "Speise- und Bierhaus")
};

// The plain text and marks of `lines` (one paragraph, in order, none blank). Each line's start
// is marked with its number, and the ranges corrections wrote are marked protected. Each
// emphasis found is recorded in `review` under the "emphasis" rule.
InlineText ParseParagraph(const std::vector<const SourceLine*>& lines, MarkupStyle style,
                          LineBreaks breaks, Review* review);

// One line read as a paragraph of its own (OCR markup).
InlineText ParseOcrLine(const SourceLine& line, Review* review);

// Appends `continuation` to `paragraph` as the next line of text: with one space, or with none
// after a letter and a hyphen when the continuation starts with a lower-case letter.
void AppendContinuation(InlineText continuation, InlineText* paragraph);

}  // namespace galley
