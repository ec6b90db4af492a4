#include "layout/template/font_set.h"

namespace galley::layout {

Result<FontSet> LoadTemplateFonts(fonts::FontLibrary& library, const FileSystem& fs,
                                  const PrintTemplate& t) {
  static const char* const kKeys[] = {"font.regular", "font.italic", "font.bold"};
  FontSet set;
  for (int face = 0; face < 3; ++face) {
    Result<const fonts::Font*> font = library.Load(fs, t.font_files[face]);
    if (!font.ok()) {
      const Error& error = font.error();
      return t.values.ErrorAt(kKeys[face], error.message + " (" + error.where.ToString() + ")",
                              error.hint);
    }
    set.faces[face] = *font;
  }
  return set;
}

}  // namespace galley::layout
