// The quality checks of whole pages (quality_report.h): short pages and spreads, pages that end
// on a hyphen, and stubs. A page's depth is its lowest line of the text flow, in grid lines of
// its text block.
#pragma once

#include <vector>

#include "frames/page_frame.h"
#include "quality/quality_report.h"

namespace galley::quality {

// Appends the page problems of `pages` to `problems`, in page order.
void CheckPages(const std::vector<frames::PageFrame>& pages, const QualityLimits& limits,
                std::vector<Problem>* problems);

// The lines of flow text a page falls short of a full text block by (0 for a full page, and
// for a page without flow text).
int LinesShort(const frames::PageFrame& page);

}  // namespace galley::quality
