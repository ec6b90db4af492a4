// Groups the body's blocks into divisions (docs/manuscript.md, "Divisions") and each
// division's blocks into sections. A manuscript without division tags is one body division.
// With them, every block must stand inside one; page markers between divisions are the one
// exception: a print page may begin just before a division, so such a marker opens the next.
#pragma once

#include <vector>

#include "base/result.h"
#include "manuscript/block_converter.h"
#include "manuscript/source_text.h"
#include "model/document.h"

namespace galley::manuscript {

// Errors: text outside divisions, a division inside another, `</division>` with no open
// division, a division never closed or holding nothing, and (when `strict`) a heading that
// skips a level. Division ids are left empty for the anchor pass.
Result<std::vector<model::Division>> BuildDivisions(std::vector<BodyItem> items,
                                                    const SourceText& source, bool strict);

}  // namespace galley::manuscript
