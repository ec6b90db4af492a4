// The review report as text for an editor (docs/corrections.md, "The review report"): a
// summary, then one section per rule in the order the rules run, each change on its own line
// with its source line ("  L61  before → after  (note)"), then the doubts, then the words the
// dictionary does not know with their lines.
#pragma once

#include <string>

#include "clean/review.h"

namespace galley {

std::string FormatReview(const Review& review);

}  // namespace galley
