// The checks a page frame must pass before anything is drawn, so that a bad frame fails with a
// message instead of leaving Cairo with half-open tags: glyph runs have a font and a size, and
// the structure tags plan cleanly (structure_plan.h).
#pragma once

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::render {

Status CheckPageFrame(const frames::PageFrame& page, int page_number);

}  // namespace galley::render
