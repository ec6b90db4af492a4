// Crop (trim) marks: at each corner of the trim box, two hairlines that continue its edges
// outward, starting outside the bleed (press_sheets.h has the dimensions).
#pragma once

#include <cairo.h>

namespace galley::render {

// Draws the eight marks for a trim box at (x, y) of width × height, with `bleed` around it, in
// black. The caller draws them outside every structure element, so they are not content.
void DrawCropMarks(cairo_t* cr, double x, double y, double width, double height, double bleed);

}  // namespace galley::render
