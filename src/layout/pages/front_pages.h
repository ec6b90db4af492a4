// The pages the book makes itself rather than the manuscript: the title page, its back (the
// imprint: source edition, publisher, date, rights, and how the book was set) and the contents,
// whose entries link to the headings and divisions they list.
#pragma once

#include <vector>

#include "layout/pages/book_flow.h"
#include "layout/pages/page_composer.h"

namespace galley::layout {

// Page 1: title, subtitle, author, and the publisher at the foot.
Status ComposeTitlePage(Typesetter& typesetter, const model::Metadata& metadata,
                        ParagraphNumbers& numbers, frames::PageFrame* frame);

// Page 2: the imprint, set small at the foot of the page. Leaves the page blank when the
// metadata has nothing to say.
Status ComposeImprintPage(Typesetter& typesetter, const model::Metadata& metadata,
                          ParagraphNumbers& numbers, frames::PageFrame* frame);

// A flow titled with the template's contents title, one entry per division title and heading
// (down to contents.depth) of `flows`; each entry's id is its destination. Empty when there is
// nothing to list.
Result<Flow> BuildContentsFlow(const std::vector<Flow>& flows, Typesetter& typesetter);

}  // namespace galley::layout
