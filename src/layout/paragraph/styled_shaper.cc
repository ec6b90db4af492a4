#include "layout/paragraph/styled_shaper.h"

namespace galley::layout {

const shaping::ShapedRun& StyledShaper::Shape(StyleId id, std::string_view text) {
  const TextStyle& style = (*styles_)[id];
  const shaping::ShapedRun& run = cache_->Shape(*style.font, style.size, style.features, text);
  if (style.tracking == 0) return run;

  std::string key(reinterpret_cast<const char*>(&id), sizeof id);
  key.append(text);
  auto found = tracked_.find(key);
  if (found != tracked_.end()) return found->second;
  shaping::ShapedRun tracked = run;
  for (shaping::Glyph& glyph : tracked.glyphs) glyph.x_advance += static_cast<float>(style.tracking);
  tracked.width += style.tracking * static_cast<double>(tracked.glyphs.size());
  return tracked_.emplace(std::move(key), std::move(tracked)).first->second;
}

}  // namespace galley::layout
