// Named destinations and what points at them. A link or bookmark to a name no page defines is
// dead in every viewer, and Cairo 1.16 writes names into the PDF unescaped, so both are
// checked before anything is drawn.
#pragma once

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::render {

// Every destination name is unique and plain (letters, digits, '-', '_', '.', ':' — the
// characters of an EPUB id such as "page-6"), and every LinkItem and OutlineEntry names one.
Status CheckDestinations(const frames::DocumentFrames& document);

}  // namespace galley::render
