// The book's furniture compared page by page: running heads, folios, the original edition's
// page numbers in the margin, the contents page (entries and their page numbers), the title
// page, the imprint and the colophon. These are marks the book makes around its text, so the
// paragraph comparison never sees them; a folio format, a running head, a title size or
// margin references switched off change nothing else and must still be reported.
//
// Pages are paired by physical number (furniture belongs to a page, not to a paragraph), and
// on each page the lines of one role are paired in drawing order. A pair differs when its
// text, font, size, style or position does; a line only on one side was added or removed.
#pragma once

#include <string>
#include <vector>

#include "frames/page_frame.h"

namespace galley::proof {

struct FurnitureChange {
  frames::Role role = frames::Role::kFolio;
  int page = 0;                // physical page
  std::string label;           // the page's label as printed (after, else before)
  std::string before, after;   // the line's text; empty when it is only on one side
  bool in_before = false, in_after = false;
  std::string detail;          // for the same text: what else differs ("size 24 → 30 pt")
  std::string entry;           // a contents number: the entry it belongs to
};

// Whether lines of `role` are furniture (compared here, not as paragraphs).
bool IsFurniture(frames::Role role);

// "folio", "running head", "contents page number", "margin reference", …
std::string FurnitureName(frames::Role role);

std::vector<FurnitureChange> CompareFurniture(const frames::DocumentFrames& before,
                                              const frames::DocumentFrames& after);

}  // namespace galley::proof
