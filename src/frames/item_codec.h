// Page items in a compact binary form, so that a long book's pages can wait in a temporary file
// (page_spill.h) instead of memory and come back exactly as they were made: every number is
// kept as its bytes, so a page drawn from the spill is, byte for byte, the page that was made.
// The form lives only as long as one run of one build (native byte order, no version): it is
// never a file format; the layout record (record_writer.h) is.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "frames/page_frame.h"

namespace galley::frames {

// Appends `items` to `out`. Only the member of each item its kind names is kept (the others
// are default values in every item layout makes).
void EncodeItems(const std::vector<FrameItem>& items, std::string* out);

// The items EncodeItems wrote into `bytes`. Errors (kInternal): bytes cut short or not written
// by EncodeItems.
Result<std::vector<FrameItem>> DecodeItems(std::string_view bytes);

// The same into `items`, reusing what its items hold (strings, glyph vectors) for the items
// decoded in their place: a book's pages are read back several times, one page after another,
// and pages look alike. Gives the same items DecodeItems gives.
Status DecodeItemsInto(std::string_view bytes, std::vector<FrameItem>* items);

}  // namespace galley::frames
