// A book's pages one at a time with their items, whether the frames hold them or a spill
// (DocumentFrames::spill, page_spill.h): what the stages that walk every page of a book — the
// layout record, the renderer — read them through, so that a spilled book is never whole in
// memory.
#pragma once

#include <cstddef>
#include <string>

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::frames {

class PageReader {
 public:
  explicit PageReader(const DocumentFrames& frames) : frames_(frames) {}

  // Page `index` (0-based) with its items: the frames' own page, or one read back from the
  // spill, valid until the next call. Errors: the spill's (page_spill.h).
  Result<const PageFrame*> Page(size_t index);

 private:
  const DocumentFrames& frames_;
  PageFrame loaded_;
  std::string bytes_;  // the spill's bytes of the page read last
};

}  // namespace galley::frames
