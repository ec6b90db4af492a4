// Named destinations and what points at them. A link or bookmark to a name no page defines is
// dead in every viewer, and Cairo 1.16 writes names into the PDF unescaped, so both are
// checked before anything is drawn.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::render {

// Every destination name is unique and plain (letters, digits, '-', '_', '.', ':' — the
// characters of an EPUB id such as "page-6"), and every LinkItem and OutlineEntry names one.
// Given the pages one at a time, in order, so that the pass over a spilled book's pages that
// reads them back can do other work too; the links are checked once every destination is
// known.
class DestinationCheck {
 public:
  Status AddPage(size_t page_index, const frames::PageFrame& page);
  // After the last page: every link and bookmark of `document` names a destination.
  Status Finish(const frames::DocumentFrames& document) const;

 private:
  std::set<std::string> names_;
  std::vector<std::pair<size_t, std::string>> links_;  // page index, destination
};

}  // namespace galley::render
