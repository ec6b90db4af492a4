// The summary's "pages" section: each page that now begins or ends elsewhere in the text, with
// both openings or closings quoted; pages newly filled or emptied; and a run of pages that only
// shifted, by the same number of lines, as one entry ("pages 13–20 shift by 2 lines").
#pragma once

#include <string>

#include "proof/comparison.h"

namespace galley::proof {

// Appends the section to `out`; nothing when no page changed.
void AppendPageChanges(const Comparison& comparison, std::string* out);

}  // namespace galley::proof
