// The template keys two books were set with that differ (docs/templates.md): the cause an
// editor looks for behind a change to the whole book, from the `setting` lines of each side's
// frames. Font files are compared by name (the record keeps no folder), so a template copied
// elsewhere with its font paths rewritten has no differing keys.
#pragma once

#include <string>
#include <vector>

#include "frames/page_frame.h"

namespace galley::proof {

struct SettingChange {
  std::string key;
  std::string before, after;  // values as written
  bool in_before = true, in_after = true;  // a key only one template has (another version)
};

// In the order of the before side's keys, then keys only after has.
std::vector<SettingChange> CompareSettings(const frames::DocumentFrames& before,
                                           const frames::DocumentFrames& after);

// Signatures a printer folds: a book of `pages` pages fills whole ones of 4, 16 or 32 pages, or
// needs blanks added. "fills whole signatures of 4 and 16 pages; of 32: 16 pages short".
std::string SignatureFit(int pages);

}  // namespace galley::proof
