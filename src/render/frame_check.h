// The checks a page frame must pass before anything is drawn, so that a bad frame fails with a
// message instead of leaving Cairo with half-open tags: glyph runs have a loaded font and a
// size, and the structure tags plan cleanly (structure_plan.h).
#pragma once

#include "base/result.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"

namespace galley::render {

// `fonts`: the loaded font of each font id the runs name.
Status CheckPageFrame(const frames::PageFrame& page, int page_number,
                      const frames::FontFaces& fonts);

}  // namespace galley::render
