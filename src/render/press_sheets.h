// Which PDF page shows which page frame, and where. Without imposition each frame gets its own
// PDF page, grown by the bleed and, with crop marks, by a slug that holds them; with booklet
// imposition two frames share an A4 landscape sheet side in saddle-stitch order.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"
#include "render/print_options.h"

namespace galley::render {

// A4 landscape in points (297 × 210 mm, ISO 216).
constexpr double kA4LongSide = 297.0 / 25.4 * 72.0;
constexpr double kA4ShortSide = 210.0 / 25.4 * 72.0;

// Crop marks (the conventions of InDesign's defaults and LaTeX's crop package): hairlines that
// continue the trim edges, starting a little outside the bleed so that a slightly misaligned
// cut never shows them.
constexpr double kCropMarkGap = 3.0;         // points between the bleed edge and a mark
constexpr double kCropMarkLength = 18.0;     // points
constexpr double kCropMarkThickness = 0.25;  // points
constexpr double kSlug = kCropMarkGap + kCropMarkLength + 3.0;  // beyond the bleed, per side

struct Placement {
  int page = -1;        // index into DocumentFrames::pages; -1 is a blank page
  double x = 0, y = 0;  // where the page's top-left trim corner lands on the sheet, points
};

struct Sheet {                        // one PDF page
  double width = 0, height = 0;       // the media box, points
  std::vector<Placement> placements;  // one, or two on a booklet side
  frames::PageLabel label;            // the PDF page label; style kNone and no text for none
  bool crop_marks = false;            // marks around the single placement's trim box
  bool clip_to_trim = false;          // booklet: a page never draws over its neighbour
};

// Fails when a frame has no usable size or a page is too large for the booklet sheet.
Result<std::vector<Sheet>> PlanSheets(const frames::DocumentFrames& document,
                                      const PrintOptions& options);

}  // namespace galley::render
