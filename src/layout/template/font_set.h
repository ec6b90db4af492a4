// The template's three faces, loaded through the font library. A missing or unreadable file is
// an error that points at the template line naming it.
#pragma once

#include <array>

#include "base/result.h"
#include "fonts/font_library.h"
#include "layout/template/print_template.h"

namespace galley::layout {

struct FontSet {
  std::array<const fonts::Font*, 3> faces{};  // indexed by Face
  const fonts::Font& operator[](Face face) const { return *faces[static_cast<int>(face)]; }
};

Result<FontSet> LoadTemplateFonts(fonts::FontLibrary& library, const FileSystem& fs,
                                  const PrintTemplate& print_template);

}  // namespace galley::layout
