#include "fonts/font_library.h"

#include <hb-ot.h>

#include "fonts/font_names.h"

#include FT_TRUETYPE_TABLES_H

namespace galley::fonts {

namespace {

constexpr char kFontHint[] =
    "fonts are loaded only from the paths a template names (the project's fonts/ folder); "
    "check the path";

// The height of a glyph's ink above the baseline, in font units; 0 if the font lacks it.
// Used when an old OS/2 table (version < 2) has no cap or x height.
int InkTop(hb_font_t* font, char32_t code_point) {
  hb_codepoint_t glyph;
  hb_glyph_extents_t extents;
  if (!hb_font_get_nominal_glyph(font, code_point, &glyph)) return 0;
  if (!hb_font_get_glyph_extents(font, glyph, &extents)) return 0;
  return extents.y_bearing;
}

struct VerticalMetrics {
  double ascender, descender, cap_height, x_height;  // em fractions
};

// OS/2 typographic values (OpenType spec, "OS/2 — OS/2 and Windows Metrics Table"), falling
// back to hhea and to measured glyphs where OS/2 is missing or too old.
VerticalMetrics ReadMetrics(FT_Face face, hb_font_t* hb_font, double upem) {
  auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(face, FT_SFNT_OS2));
  bool has_os2 = os2 != nullptr && os2->version != 0xFFFF;
  double ascender = has_os2 ? os2->sTypoAscender : face->ascender;
  double descender = has_os2 ? os2->sTypoDescender : face->descender;
  double cap_height = has_os2 && os2->version >= 2 ? os2->sCapHeight : 0;
  double x_height = has_os2 && os2->version >= 2 ? os2->sxHeight : 0;
  if (cap_height == 0) cap_height = InkTop(hb_font, U'H');
  if (x_height == 0) x_height = InkTop(hb_font, U'x');
  return {ascender / upem, descender / upem, cap_height / upem, x_height / upem};
}

}  // namespace

Result<std::unique_ptr<FontLibrary>> FontLibrary::Create() {
  std::unique_ptr<FontLibrary> library(new FontLibrary());
  FT_Error error = FT_Init_FreeType(&library->ft_library_);
  if (error != 0) {
    return InternalError("FreeType could not start (FT_Init_FreeType error " +
                         std::to_string(error) + ")");
  }
  return library;
}

FontLibrary::~FontLibrary() {
  fonts_.clear();  // every FT_Face before the FT_Library that made it
  if (ft_library_ != nullptr) FT_Done_FreeType(ft_library_);
}

Result<const Font*> FontLibrary::Load(const FileSystem& fs, const std::string& path) {
  auto found = fonts_.find(path);
  if (found != fonts_.end()) return found->second.get();

  Result<std::string> bytes = fs.ReadFile(path);
  if (!bytes.ok()) {
    Error error = bytes.take_error();
    error.message = "font file " + error.message;
    error.hint = kFontHint;
    return error;
  }
  std::unique_ptr<Font> font(new Font());
  font->path_ = path;
  font->data_ = std::move(*bytes);

  // Both views read font->data_, which stays put for the Font's life: no copies.
  const auto* data = reinterpret_cast<const FT_Byte*>(font->data_.data());
  FT_Error ft_error =
      FT_New_Memory_Face(ft_library_, data, static_cast<FT_Long>(font->data_.size()), 0,
                         &font->ft_face_);
  if (ft_error != 0 || !FT_IS_SFNT(font->ft_face_) || !FT_IS_SCALABLE(font->ft_face_)) {
    return InputError(SourceLocation{path, {}},
                      "is not an OpenType or TrueType font (FreeType cannot read it as one)",
                      "give the path of an .otf or .ttf file");
  }
  font->hb_blob_ = hb_blob_create(font->data_.data(), static_cast<unsigned>(font->data_.size()),
                                  HB_MEMORY_MODE_READONLY, nullptr, nullptr);
  font->hb_face_ = hb_face_create(font->hb_blob_, 0);
  unsigned upem = hb_face_get_upem(font->hb_face_);
  if (hb_face_get_glyph_count(font->hb_face_) == 0 || upem == 0) {
    return InputError(SourceLocation{path, {}}, "is not a font HarfBuzz can shape with",
                      "give the path of an .otf or .ttf file");
  }
  font->units_per_em_ = static_cast<int>(upem);
  font->hb_font_ = hb_font_create(font->hb_face_);
  // Positions come out in font units; the shaper scales them to points itself.
  hb_font_set_scale(font->hb_font_, font->units_per_em_, font->units_per_em_);
  hb_font_make_immutable(font->hb_font_);

  font->family_ = FontFamilyName(font->hb_face_);
  font->style_ = FontName(font->hb_face_, HB_OT_NAME_ID_FONT_SUBFAMILY);
  VerticalMetrics metrics = ReadMetrics(font->ft_face_, font->hb_font_, upem);
  font->ascender_ = metrics.ascender;
  font->descender_ = metrics.descender;
  font->cap_height_ = metrics.cap_height;
  font->x_height_ = metrics.x_height;
  font->id_ = next_id_++;

  const Font* loaded = font.get();
  fonts_.emplace(path, std::move(font));
  return loaded;
}

}  // namespace galley::fonts
