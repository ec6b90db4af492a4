// The book's title as a Title structure element (ISO 32000-2 §14.8.4.3.2), for the incremental
// update: Cairo 1.16 knows only PDF 1.7's types, so the painter begins the title as its
// nearest neighbour "H" and records, for every element it begins as "H", whether it is the
// title (structure_writer.h). This finds those elements in pre-order, the order they were
// begun, gives the title ones /S /Title, and adds /RoleMap << /Title /H >> to the structure
// tree's root, so that a PDF 1.7 reader still knows what a Title is (§14.8.3.4).
#pragma once

#include <vector>

#include "base/result.h"
#include "render/pdf_objects.h"

namespace galley::render {

// New versions of the title elements and of the structure tree's root, appended to `changed`;
// nothing when no entry of `titles` is true. Errors (kInternal): no structure tree, or another
// number of H elements than `titles` has.
Status RestoreTitleElements(const PdfObjects& objects, const std::vector<bool>& titles,
                            std::vector<PdfObject>& changed);

}  // namespace galley::render
