// One font file, loaded once and seen both ways: as a FreeType face (for Cairo to draw with)
// and as a HarfBuzz font (for shaping), made from the same bytes so metrics agree.
//
// A Font lives as long as the FontLibrary that loaded it, and its FT_Face dies with the
// library's FT_Library: a cairo font face made from ft_face() must be destroyed before the
// FontLibrary is. Const methods may be called from several threads; FT_Face itself is not
// thread-safe (FreeType's rule), so whoever draws with it serialises the drawing.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <ft2build.h>
#include FT_FREETYPE_H
#include <hb.h>

namespace galley::fonts {

class Font {
 public:
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  const std::string& path() const { return path_; }
  // From the name table: the typographic family (name ID 16, else 1) and the style-linking
  // subfamily (name ID 2): "EB Garamond", "Italic". Informational: templates name files.
  const std::string& family() const { return family_; }
  const std::string& style() const { return style_; }
  std::string_view data() const { return data_; }        // the file's bytes
  uint32_t id() const { return id_; }                    // unique within its FontLibrary

  FT_Face ft_face() const { return ft_face_; }
  hb_font_t* hb_font() const { return hb_font_; }  // scaled to units_per_em: positions in units
  hb_face_t* hb_face() const { return hb_face_; }
  int units_per_em() const { return units_per_em_; }

  // Vertical metrics from the OS/2 table (sTypoAscender, sTypoDescender, sCapHeight,
  // sxHeight) as fractions of the em; multiply by the size in points.
  double ascender() const { return ascender_; }
  double descender() const { return descender_; }  // negative below the baseline
  double cap_height() const { return cap_height_; }
  double x_height() const { return x_height_; }

  bool HasCodePoint(char32_t code_point) const;
  // Whether the font's GSUB or GPOS has `feature` (e.g. HB_TAG('s','m','c','p')).
  bool HasFeature(hb_tag_t feature) const;

 private:
  friend class FontLibrary;
  Font() = default;

  std::string path_, family_, style_, data_;
  uint32_t id_ = 0;
  FT_Face ft_face_ = nullptr;
  hb_blob_t* hb_blob_ = nullptr;
  hb_face_t* hb_face_ = nullptr;
  hb_font_t* hb_font_ = nullptr;
  int units_per_em_ = 1000;
  double ascender_ = 0, descender_ = 0, cap_height_ = 0, x_height_ = 0;
};

}  // namespace galley::fonts
