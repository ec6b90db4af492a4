#include "frames/page_reader.h"

#include "frames/page_spill.h"

namespace galley::frames {

Result<const PageFrame*> PageReader::Page(size_t index) {
  const PageFrame& page = frames_.pages.at(index);
  if (frames_.spill == nullptr) return &page;
  // The page read before lends its items to this one (page_spill.h, GetInto).
  std::vector<FrameItem> items = std::move(loaded_.items);
  loaded_ = page;  // a spilled page's own items are empty: this copies its size, label, kind…
  GALLEY_RETURN_IF_ERROR(frames_.spill->GetInto(index, &bytes_, &items));
  loaded_.items = std::move(items);
  return &loaded_;
}

}  // namespace galley::frames
