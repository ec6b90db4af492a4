// The PDF's page labels (ISO 32000-1 §12.4.2): the number tree that tells a viewer to show a
// page's printed folio ("iii", "7") rather than its position in the file. Written by Galley,
// not Cairo: Cairo 1.16 leaves out a range for page index 0 whenever the first labels are the
// default 1, 2, 3…, and the tree must include index 0 — a book numbered from its first page got
// an empty /Nums array that viewers read as no labels at all, or as empty ones.
#pragma once

#include <string>
#include <vector>

#include "frames/page_frame.h"

namespace galley::render {

// The number tree, inline, for one label per page (style kNone and no text for a page without
// one): a range starts wherever a label does not continue the one before — arabic folios as
// /S /D, lower-case Roman ones as /S /r, anything else as a prefix /P with no number. Empty if
// no page has a label. "<< /Nums [ 0 << /S /r >> 4 << /S /D >> ] >>" for i–iv then 1, 2, 3.
// The labels come typed from the frames: nothing here reads a number out of a label's text.
std::string PageLabelTree(const std::vector<frames::PageLabel>& labels);

}  // namespace galley::render
