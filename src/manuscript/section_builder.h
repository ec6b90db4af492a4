// Nests a division's blocks into sections by heading level (docs/manuscript.md, "Headings and
// sections"): a heading opens a section that runs to the next heading of the same or a higher
// rank; text before the first heading makes a first section without one.
#pragma once

#include <vector>

#include "base/result.h"
#include "manuscript/source_text.h"
#include "model/document.h"

namespace galley::manuscript {

std::vector<model::Section> BuildSections(std::vector<model::Block> blocks);

// In strict mode a heading may go at most one level deeper than the heading before it in the
// book (`#` then `###` is an error); the book's first heading may have any level.
Status CheckHeadingDepth(const model::Block& heading, const model::Block* previous,
                         const SourceText& source);

}  // namespace galley::manuscript
