// cmark inline nodes → model inlines (docs/manuscript.md, "Everything else is CommonMark"):
// text (adjacent pieces merged, a soft break becoming a space, a code span becoming plain
// text), emphasis, strong, hard line breaks, note references, a link's text (its target is
// dropped), and the inline Galley tags: `<pb n="…"/>` and `<sc>…</sc>`, which cmark reports as
// separate opening and closing HTML and which must pair up inside the same paragraph (and the
// same emphasis, link or heading).
#pragma once

#include <vector>

#include "base/result.h"
#include "manuscript/conversion_context.h"
#include "model/document.h"

namespace galley::manuscript {

// The inlines of a paragraph or heading node. Errors: other raw HTML, a division tag inside a
// paragraph, `<sc>` nested or not closed, `</sc>` without `<sc>`, an image, a note reference
// `[^x]` with no note, a page label that is malformed or used twice.
Result<std::vector<model::Inline>> ConvertInlines(cmark_node* block, ConversionContext& context);

}  // namespace galley::manuscript
