#include "render/crop_marks.h"

#include "render/press_sheets.h"

namespace galley::render {

void DrawCropMarks(cairo_t* cr, double x, double y, double width, double height, double bleed) {
  const double near = bleed + kCropMarkGap;  // from the trim edge to the mark's start
  const double far = near + kCropMarkLength;
  cairo_save(cr);
  // PDF from Cairo is DeviceRGB only: black stands in for a registration colour.
  cairo_set_source_rgb(cr, 0, 0, 0);
  cairo_set_line_width(cr, kCropMarkThickness);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  for (double corner_x : {x, x + width}) {
    for (double corner_y : {y, y + height}) {
      double out_x = corner_x == x ? -1 : 1;  // away from the page
      double out_y = corner_y == y ? -1 : 1;
      cairo_move_to(cr, corner_x + out_x * near, corner_y);  // continues the horizontal edge
      cairo_line_to(cr, corner_x + out_x * far, corner_y);
      cairo_move_to(cr, corner_x, corner_y + out_y * near);  // continues the vertical edge
      cairo_line_to(cr, corner_x, corner_y + out_y * far);
    }
  }
  cairo_stroke(cr);
  cairo_restore(cr);
}

}  // namespace galley::render
