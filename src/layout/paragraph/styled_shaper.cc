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
  // Letter spacing goes after each character, not each glyph: a capital the font draws as a
  // base and a combining accent (EB Garamond's small-capital "Ó" is O.sc + acutecomb.sc) would
  // otherwise have its accent pushed off the letter and a second space after it, which reads
  // as a word break ("BUSCÓ N").
  shaping::ShapedRun tracked = run;
  std::vector<shaping::Glyph>& glyphs = tracked.glyphs;
  for (size_t i = 0; i < glyphs.size(); ++i) {
    if (i + 1 < glyphs.size() && glyphs[i + 1].cluster == glyphs[i].cluster) continue;
    glyphs[i].x_advance += static_cast<float>(style.tracking);
    tracked.width += style.tracking;
  }
  return tracked_.emplace(std::move(key), std::move(tracked)).first->second;
}

}  // namespace galley::layout
