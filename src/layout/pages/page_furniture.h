// Running heads and folios: what stands around a page's text block and is not the text. Both
// are tagged as artifacts (ISO 32000 §14.8.2.2) so screen readers and reflow skip them.
#pragma once

#include <string>

#include "layout/pages/page_composer.h"

namespace galley::layout {

// Adds the running head `head` (none when empty) and, if `folio`, the page number to page
// `number` of `frame`. On an opening page the template's top folio is left out, as a
// chapter's first page traditionally has none at its head.
Status AddPageFurniture(Typesetter& typesetter, int number, const std::string& head, bool folio,
                        bool opening, frames::PageFrame* frame);

// The running-head text the template asks for on page `number`.
std::string RunningHeadText(const PrintTemplate& t, int number, const std::string& book_title,
                            const std::string& author, const std::string& section);

}  // namespace galley::layout
