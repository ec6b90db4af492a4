// Unselecting the charmap Cairo would walk (cairo_charmap.h) must not change what Cairo writes:
// the same glyphs drawn through a face with its charmap and through one without give the same
// PDF, ToUnicode included, for glyphs characters map to and glyphs none does.
#include "render/cairo_charmap.h"

#include <cairo-ft.h>
#include <cairo-pdf.h>
#include <gtest/gtest.h>
#include <hb.h>

#include <string>
#include <vector>

#include "support/test_paths.h"

namespace galley::render {
namespace {

std::string FontPath(const std::string& file) {
  return galley::testing::SourceDir() + "/fonts/" + file;
}

// A face of its own: Cairo caches its fonts by FT_Face address and may hold the face after
// the test, so it lives as long as the program.
FT_Face OpenFace(const std::string& file) {
  static FT_Library library = [] {
    FT_Library made = nullptr;
    FT_Init_FreeType(&made);
    return made;
  }();
  FT_Face face = nullptr;
  EXPECT_EQ(FT_New_Face(library, FontPath(file).c_str(), 0, &face), 0) << file;
  return face;
}

// The glyphs HarfBuzz gives `text` with `feature` (e.g. "smcp") on.
std::vector<unsigned> Glyphs(const std::string& file, const std::string& text,
                             const std::string& feature) {
  hb_blob_t* blob = hb_blob_create_from_file(FontPath(file).c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buffer);
  hb_feature_t on;
  hb_feature_from_string(feature.data(), static_cast<int>(feature.size()), &on);
  hb_shape(font, buffer, &on, 1);
  unsigned count = 0;
  hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  std::vector<unsigned> glyphs;
  for (unsigned i = 0; i < count; ++i) glyphs.push_back(infos[i].codepoint);
  hb_buffer_destroy(buffer);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return glyphs;
}

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A page with `glyphs` drawn through `face`, without text: Cairo names every glyph in the
// font's ToUnicode by mapping it back itself.
std::string PdfOf(FT_Face face, const std::vector<unsigned>& glyphs) {
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(Append, &pdf, 200, 100);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2026-12-06T00:00:00");
  cairo_t* cr = cairo_create(surface);
  cairo_font_face_t* font_face = cairo_ft_font_face_create_for_ft_face(face, FT_LOAD_NO_HINTING);
  cairo_set_font_face(cr, font_face);
  cairo_set_font_size(cr, 12);
  std::vector<cairo_glyph_t> placed;
  for (size_t i = 0; i < glyphs.size(); ++i) placed.push_back({glyphs[i], 10.0 + 8 * i, 50});
  cairo_show_glyphs(cr, placed.data(), static_cast<int>(placed.size()));
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  cairo_font_face_destroy(font_face);
  return pdf;
}

TEST(CairoCharmapTest, EveryProjectFontIsCoveredByCairosSearch) {
  for (const char* file : {"EBGaramond12-Regular.otf", "EBGaramond12-Italic.otf",
                           "EBGaramond12-Bold.otf", "EBGaramond08-Regular.otf",
                           "EBGaramond08-Italic.otf", "CourierPrime-Regular.otf"}) {
    EXPECT_TRUE(CairoSearchCoversCharmap(OpenFace(file))) << file;
  }
}

TEST(CairoCharmapTest, UnselectingChangesNothingCairoWrites) {
  const std::string file = "EBGaramond12-Regular.otf";
  std::vector<unsigned> glyphs = Glyphs(file, "Kron", "smcp");  // small capitals
  for (const auto& [text, feature] : {std::pair<std::string, std::string>{"21", "onum"},
                                      {"fifty", "liga"},
                                      {"Kronstadt", "kern"}}) {
    for (unsigned glyph : Glyphs(file, text, feature)) glyphs.push_back(glyph);
  }
  FT_Face walked = OpenFace(file);
  FT_Face unselected = OpenFace(file);
  UnselectCharmapCairoWouldWalk(unselected);
  ASSERT_EQ(unselected->charmap, nullptr);
  ASSERT_NE(walked->charmap, nullptr);
  // Some glyphs no character maps to, which Cairo walks the charmap for.
  int unmapped = 0;
  for (unsigned glyph : glyphs) {
    FT_UInt index = 0;
    bool mapped = false;
    for (FT_ULong code = FT_Get_First_Char(walked, &index); index != 0;
         code = FT_Get_Next_Char(walked, code, &index)) {
      mapped = mapped || index == glyph;
    }
    unmapped += mapped ? 0 : 1;
  }
  EXPECT_GE(unmapped, 4);
  std::string with_charmap = PdfOf(walked, glyphs);
  EXPECT_NE(with_charmap.find("/ToUnicode"), std::string::npos);
  EXPECT_EQ(PdfOf(unselected, glyphs), with_charmap);
}

TEST(CairoCharmapTest, AnotherSelectedCharmapIsLeft) {
  FT_Face face = OpenFace("EBGaramond12-Regular.otf");
  ASSERT_EQ(FT_Select_Charmap(face, FT_ENCODING_APPLE_ROMAN), 0);
  EXPECT_FALSE(CairoSearchCoversCharmap(face));
  UnselectCharmapCairoWouldWalk(face);
  EXPECT_NE(face->charmap, nullptr);
}

}  // namespace
}  // namespace galley::render
