#include "model/page_start.h"

#include <optional>
#include <utility>

#include "model/page_numbers.h"

namespace galley::model {

PageStart ClassifyPageStart(std::string label) {
  PageStart page;
  if (std::optional<int> arabic = ArabicPageNumber(label)) {
    page.numbering = PageStart::Numbering::kArabic;
    page.number = *arabic;
  } else if (std::optional<int> roman = RomanPageNumber(label)) {
    page.numbering = PageStart::Numbering::kRoman;
    page.number = *roman;
  }
  page.label = std::move(label);
  return page;
}

}  // namespace galley::model
