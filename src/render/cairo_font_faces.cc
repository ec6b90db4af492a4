#include "render/cairo_font_faces.h"

#include <cairo-ft.h>

namespace galley::render {

CairoFontFaces::~CairoFontFaces() {
  for (auto& [font, face] : faces_) cairo_font_face_destroy(face);
}

Result<cairo_font_face_t*> CairoFontFaces::FaceFor(const fonts::Font& font) {
  auto found = faces_.find(&font);
  if (found != faces_.end()) return found->second;
  // Unhinted outlines: the PDF embeds the outlines anyway, and a PNG then shows the shapes at
  // the positions layout computed instead of ones snapped to a pixel grid.
  cairo_font_face_t* face =
      cairo_ft_font_face_create_for_ft_face(font.ft_face(), FT_LOAD_NO_HINTING);
  cairo_status_t status = cairo_font_face_status(face);
  if (status != CAIRO_STATUS_SUCCESS) {
    cairo_font_face_destroy(face);
    return InternalError("Cairo cannot use the font " + font.path() + ": " +
                         cairo_status_to_string(status));
  }
  faces_.emplace(&font, face);
  return face;
}

}  // namespace galley::render
