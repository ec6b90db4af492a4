#include "layout/template/font_set.h"

namespace galley::layout {

namespace {

Result<const fonts::Font*> LoadFace(fonts::FontLibrary& library, const FileSystem& fs,
                                    const PrintTemplate& t, const std::string& file,
                                    const char* key) {
  Result<const fonts::Font*> font = library.Load(fs, file);
  if (font.ok()) return font;
  const Error& error = font.error();
  return t.values.ErrorAt(key, error.message + " (" + error.where.ToString() + ")", error.hint);
}

}  // namespace

Result<FontSet> LoadTemplateFonts(fonts::FontLibrary& library, const FileSystem& fs,
                                  const PrintTemplate& t) {
  FontSet set;
  set.small_up_to = t.small_up_to;
  for (int face = 0; face < 3; ++face) {
    Result<const fonts::Font*> font = LoadFace(library, fs, t, t.font_files[face], kFaceKeys[face]);
    if (!font.ok()) return font.take_error();
    set.faces[face] = set.small_faces[face] = *font;
    if (t.small_up_to <= 0) continue;  // no optical sizes: the small faces are not even read
    Result<const fonts::Font*> small =
        LoadFace(library, fs, t, t.small_font_files[face], kSmallFaceKeys[face]);
    if (!small.ok()) return small.take_error();
    set.small_faces[face] = *small;
  }
  return set;
}

}  // namespace galley::layout
