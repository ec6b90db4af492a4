// Which pages print differently: every mark of a page — each line's text, font (by its file's
// digest, so the same font loaded from elsewhere is the same), size, style, place and colour,
// each rule, the page's size and label — reduced to one value per page and compared. It is
// the backstop under every finer comparison: `--fail-on-change` fails on any printed
// difference even when no section names it, and the HTML report draws these pages. Glyphs
// are not compared one by one: the same text in the same font, size and features at the same
// place is set with the same glyphs.
#pragma once

#include <cstdint>
#include <vector>

#include "frames/page_frame.h"

namespace galley::proof {

// One value per page of `frames`, equal for two pages that print the same.
std::vector<uint64_t> PrintedPageKeys(const frames::DocumentFrames& frames);

// Physical page numbers (1-based) that print differently in the two books, a page only one
// has included.
std::vector<int> DifferentPages(const frames::DocumentFrames& before,
                                const frames::DocumentFrames& after);

}  // namespace galley::proof
