// Shapes text in a TextStyle through the word-shape cache. Letter spacing (tracking) is not a
// HarfBuzz feature, so tracked runs get their advances widened here and are cached apart.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "layout/paragraph/text_style.h"
#include "shaping/word_cache.h"

namespace galley::layout {

class StyledShaper {
 public:
  StyledShaper(shaping::WordShapeCache* cache, const StyleTable* styles)
      : cache_(cache), styles_(styles) {}

  // The shaped run; the reference stays valid for the shaper's (and cache's) lifetime.
  const shaping::ShapedRun& Shape(StyleId style, std::string_view text);

  const StyleTable& styles() const { return *styles_; }

 private:
  shaping::WordShapeCache* cache_;
  const StyleTable* styles_;
  std::unordered_map<std::string, shaping::ShapedRun> tracked_;  // key: style id + text
};

}  // namespace galley::layout
