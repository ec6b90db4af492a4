#include "render/cairo_font_faces.h"

#include <cairo-ft.h>

#include "render/cairo_charmap.h"

namespace galley::render {

namespace {

// Unhinted outlines: the PDF embeds the outlines anyway, and a PNG then shows the shapes at
// the positions layout computed instead of ones snapped to a pixel grid.
//
// Cairo returns the same face for the same FT_Face and load flags, so the faces of one Font
// differ by flags that change nothing for unhinted outlines: no embedded bitmaps (used only
// for hinted, unscaled drawing) and no auto-hinter (never used without hinting).
int LoadFlags(int index) {
  static const int kExtra[CairoFontFaces::kMaxFacesPerFont] = {
      0, FT_LOAD_NO_BITMAP, FT_LOAD_NO_AUTOHINT, FT_LOAD_NO_BITMAP | FT_LOAD_NO_AUTOHINT};
  return FT_LOAD_NO_HINTING | kExtra[index];
}

}  // namespace

CairoFontFaces::~CairoFontFaces() {
  for (auto& [key, face] : faces_) cairo_font_face_destroy(face);
}

Result<cairo_font_face_t*> CairoFontFaces::FaceFor(const fonts::Font& font, int index) {
  if (index < 0 || index >= kMaxFacesPerFont) {
    return InternalError("no Cairo face " + std::to_string(index) + " for the font " +
                         font.path());
  }
  auto found = faces_.find({&font, index});
  if (found != faces_.end()) return found->second;
  UnselectCharmapCairoWouldWalk(font.ft_face());
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(font.ft_face(), LoadFlags(index));
  cairo_status_t status = cairo_font_face_status(face);
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(face);
    return InternalError("Cairo cannot use the font " + font.path() + ": " +
                         cairo_status_to_string(status));
  }
  faces_.emplace(std::make_pair(&font, index), face);
  return face;
}

}  // namespace galley::render
