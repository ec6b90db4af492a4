// How a PDF is prepared for the press: the `galley pdf` options --bleed, --marks and --impose.
// They change the sheets the pages are drawn on, never the pages themselves.
#pragma once

#include <cstdint>

#include "base/result.h"

namespace galley::render {

struct PrintOptions {
  enum class Imposition : uint8_t {
    kNone,     // one PDF page per frame
    kBooklet,  // saddle-stitch 2-up on A4 landscape, pages padded to a multiple of four
  };

  double bleed = 0;         // points added on every side of each page; content shifts with it
  bool crop_marks = false;  // trim marks outside the bleed, in an added slug area
  Imposition imposition = Imposition::kNone;
};

// Whether the options make sense together: bleed finite and not negative; bleed and marks
// only on single pages (a booklet sheet has no room for them between its two pages).
Status ValidatePrintOptions(const PrintOptions& options);

}  // namespace galley::render
