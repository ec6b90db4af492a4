// Cairo font faces for each fonts::Font, made from the Font's own FT_Face so that Cairo draws
// exactly the outlines HarfBuzz shaped with (no fontconfig, no system fonts). A Font may be
// drawn through several faces (numbered from 0, subset_faces.h says why): each has its own
// PDF font subsets and draws the same outlines.
//
// Lifetime: the Font (and its FontLibrary) must outlive the rendering. Beyond that, Cairo keeps
// recently used scaled fonts in a process-wide cache keyed by the FT_Face's address, so a
// program should keep its FontLibrary for as long as it may render — load fonts once per
// process, as the galley command does. Not thread-safe.
#pragma once

#include <cairo.h>

#include <map>
#include <utility>

#include "base/result.h"
#include "fonts/font.h"

namespace galley::render {

class CairoFontFaces {
 public:
  CairoFontFaces() = default;
  ~CairoFontFaces();
  CairoFontFaces(const CairoFontFaces&) = delete;
  CairoFontFaces& operator=(const CairoFontFaces&) = delete;

  // Face `index` (0 <= index < kMaxFacesPerFont) for `font`, created on first use; owned by
  // this cache.
  Result<cairo_font_face_t*> FaceFor(const fonts::Font& font, int index = 0);

  static constexpr int kMaxFacesPerFont = 4;

 private:
  std::map<std::pair<const fonts::Font*, int>, cairo_font_face_t*> faces_;
};

}  // namespace galley::render
