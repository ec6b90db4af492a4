#include "layout/paragraph/text_style.h"

#include <cassert>

namespace galley::layout {

StyleId StyleTable::Intern(const TextStyle& style) {
  for (size_t i = 0; i < styles_.size(); ++i) {
    if (styles_[i] == style) return static_cast<StyleId>(i);
  }
  assert(styles_.size() < 0xFFFF);
  styles_.push_back(style);
  return static_cast<StyleId>(styles_.size() - 1);
}

}  // namespace galley::layout
