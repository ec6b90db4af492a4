#include "frames/page_reader.h"

#include "frames/page_spill.h"

namespace galley::frames {

Result<const PageFrame*> PageReader::Page(size_t index) {
  const PageFrame& page = frames_.pages.at(index);
  if (frames_.spill == nullptr) return &page;
  Result<std::vector<FrameItem>> items = frames_.spill->Get(index);
  if (!items.ok()) return items.take_error();
  loaded_ = page;  // a spilled page's own items are empty: this copies its size, label, kind…
  loaded_.items = std::move(*items);
  return &loaded_;
}

}  // namespace galley::frames
