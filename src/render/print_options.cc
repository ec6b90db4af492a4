#include "render/print_options.h"

#include <cmath>

namespace galley::render {

Status ValidatePrintOptions(const PrintOptions& options) {
  if (!std::isfinite(options.bleed) || options.bleed < 0) {
    return InputError({}, "the bleed must be zero or more", "give a length such as --bleed 3mm");
  }
  if (options.imposition == PrintOptions::Imposition::kBooklet &&
      (options.bleed > 0 || options.crop_marks)) {
    return InputError({}, "--impose booklet cannot be combined with --bleed or --marks",
                      "a booklet sheet has no room for bleed or marks between its two pages; "
                      "make the imposed proof and the press PDF separately");
  }
  return Status::Ok();
}

}  // namespace galley::render
