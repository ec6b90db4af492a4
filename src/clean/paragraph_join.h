// Joining a paragraph that a page break (or the OCR's line wrapping) cut in two.
//
// A paragraph that does not end complete — its last character is not . ! ? : ; … nor a
// closing quote or bracket, so it ends in a letter, digit, comma, hyphen… — continues in the
// next paragraph, when that comes after nothing but removed lines and folios. The page-join rule
// joins the two with one space; a folio between them becomes a page marker inline, directly
// before the continuation's first character (docs/manuscript.md, "How a folio in an OCR'd
// source becomes a marker").
#pragma once

#include <string_view>
#include <vector>

#include "clean/blocks.h"
#include "clean/inline_text.h"
#include "clean/review.h"

namespace galley {

// Whether `text` ends a paragraph as written: with . ! ? : ; … or a closing quote or bracket
// (trailing spaces ignored). An empty text counts as complete.
bool EndsComplete(std::string_view text);

// Appends `continuation` to `paragraph` with one space. When the paragraph ends in a letter and
// a hyphen and the continuation starts with a lower-case letter, a word was hyphenated across
// the break: they are joined without a space, keeping the hyphen, and a doubt is recorded
// under `rule` so that an editor decides whether the hyphen belongs to the word.
void AppendContinuation(std::string_view rule, InlineText continuation, InlineText* paragraph,
                        Review* review);

// The page-join rule over all blocks; each join is recorded in `review`.
void JoinSplitParagraphs(std::vector<Block>* blocks, Review* review);

}  // namespace galley
