#include "layout/paragraph/line_break_finder.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

namespace galley::layout {

Result<std::unique_ptr<LineBreakFinder>> LineBreakFinder::Create(const std::string& language) {
  std::unique_ptr<LineBreakFinder> finder(new LineBreakFinder());
  UErrorCode status = U_ZERO_ERROR;
  std::string locale = language;
  for (char& c : locale) c = c == '-' ? '_' : c;  // ICU locale IDs use underscores
  finder->iterator_ = ubrk_open(UBRK_LINE, locale.c_str(), nullptr, 0, &status);
  if (U_FAILURE(status)) {
    return InternalError(std::string("ICU could not open a line break iterator: ") +
                         u_errorName(status));
  }
  return finder;
}

LineBreakFinder::~LineBreakFinder() {
  if (iterator_ != nullptr) ubrk_close(iterator_);
  if (text_ != nullptr) utext_close(text_);
}

void LineBreakFinder::Find(std::string_view text, std::vector<uint32_t>* opportunities) {
  for (const Found& found : found_) {
    if (!found.opportunities.empty() && found.text == text) {
      *opportunities = found.opportunities;
      return;
    }
  }
  FindWithIcu(text, opportunities);
  Found& slot = found_[next_];
  next_ = (next_ + 1) % kRemembered;
  slot.text.assign(text);
  slot.opportunities = *opportunities;
}

void LineBreakFinder::FindWithIcu(std::string_view text, std::vector<uint32_t>* opportunities) {
  opportunities->clear();
  UErrorCode status = U_ZERO_ERROR;
  // UTF-8 UText: ICU's native indexes are then byte offsets into `text`; no UTF-16 copy.
  text_ = utext_openUTF8(text_, text.data(), static_cast<int64_t>(text.size()), &status);
  ubrk_setUText(iterator_, text_, &status);
  if (U_FAILURE(status)) {  // cannot happen for valid UTF-8; fall back to one unbreakable run
    opportunities->push_back(static_cast<uint32_t>(text.size()));
    return;
  }
  ubrk_first(iterator_);
  for (int32_t at = ubrk_next(iterator_); at != UBRK_DONE; at = ubrk_next(iterator_)) {
    opportunities->push_back(static_cast<uint32_t>(at));
  }
  if (opportunities->empty() || opportunities->back() != text.size()) {
    opportunities->push_back(static_cast<uint32_t>(text.size()));
  }
}

}  // namespace galley::layout
