// Joining a paragraph that a page break cut in two.
//
// A paragraph that does not end complete — its last character is not . ! ? : ; … nor a
// closing quote (of any language) or bracket, so it ends in a letter, digit, comma, hyphen… —
// continues in the next paragraph, when that comes after nothing but blank or removed lines and
// folios. The page-join rule joins the two with one space; a folio between them becomes a page
// marker inline, directly before the continuation's first character (docs/manuscript.md, "How a
// folio in an OCR'd source becomes a marker").
//
// A heading-like line is never joined to, nor joined with its neighbour: a one-line paragraph in
// capitals (a heading the OCR did not mark, an exclamation closing a section: "VIVE LA
// COMMUNE"), or a short line of capitalised words without a full stop (a letter's signature:
// "JULIE", "Victor Serge").
#pragma once

#include <string_view>
#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"

namespace galley {

// Whether `text` ends a paragraph as written: with . ! ? : ; … or a closing quote or bracket
// (trailing spaces ignored). An empty text counts as complete.
bool EndsComplete(std::string_view text);

// Whether a one-line paragraph's `text` reads as a heading or a signature (see above).
bool IsHeadingLike(std::string_view text);

// The page-join rule over all blocks; each join is recorded in `review`.
void JoinSplitParagraphs(std::vector<Block>* blocks, Review* review);

}  // namespace galley
