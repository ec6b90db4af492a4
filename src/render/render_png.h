// One page frame as a PNG image: for the EPUB's typographic cover and for proofs. Drawn with
// the same painter as the PDF, on a white opaque background, with unhinted outlines.
#pragma once

#include <string>

#include "base/result.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"

namespace galley::render {

// The PNG's bytes; the image is round(width × pixels_per_point) by
// round(height × pixels_per_point) pixels (e.g. 2.0 for 144 dpi). Structure tags, links and
// destinations are ignored. Fails on a pixels_per_point that is not positive or would make an
// image larger than 32767 pixels on a side (Cairo's limit).
// `fonts` are the loaded fonts of the frame's font ids.
Result<std::string> RenderPng(const frames::PageFrame& page, const frames::FontFaces& fonts,
                              double pixels_per_point);

}  // namespace galley::render
