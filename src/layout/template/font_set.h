// The template's faces, loaded through the font library: the three text faces and, when the
// template asks for optical sizes (font.small-up-to), the three cuts for small type. A missing
// or unreadable file is an error that points at the template line naming it.
#pragma once

#include <array>

#include "base/result.h"
#include "fonts/font_library.h"
#include "layout/template/print_template.h"

namespace galley::layout {

struct FontSet {
  std::array<const fonts::Font*, 3> faces{};        // indexed by Face
  std::array<const fonts::Font*, 3> small_faces{};  // the same faces when there is no small cut
  double small_up_to = 0;                           // points; 0: the small faces are never used
  const fonts::Font& operator[](Face face) const { return *faces[static_cast<int>(face)]; }
  // The face to set text of `size` points in: the small cut at or below small_up_to.
  const fonts::Font* For(Face face, double size) const {
    int index = static_cast<int>(face);
    return size <= small_up_to + 1e-9 ? small_faces[index] : faces[index];
  }
};

Result<FontSet> LoadTemplateFonts(fonts::FontLibrary& library, const FileSystem& fs,
                                  const PrintTemplate& print_template);

}  // namespace galley::layout
