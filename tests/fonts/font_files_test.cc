// The committed faces in fonts/ have what the books need: the checks docs/fonts.md records.
// A font update that breaks one of them fails here, before a book shows tofu.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "base/utf8.h"
#include "fonts/font_library.h"
#include "support/test_paths.h"

#include FT_TRUETYPE_TABLES_H

namespace galley::fonts {
namespace {

using ::testing::HasSubstr;

const std::string kFontDir = galley::testing::SourceDir() + "/fonts/";

// The characters the typography pass and the manuscript conventions produce (docs/manuscript.md
// "Text"), accented letters of French names, and spaces and signs a template may set.
constexpr char32_t kTypographic[] = {
    U'‘', U'’', U'“', U'”', U'–', U'—', U'…', U'é', U'è', U'à', U'â', U'ç', U'ê',
    U'ë', U'î', U'ï', U'ô', U'ö', U'ü', U'É', U'·', U'\u00A0', U'\u2009', U'×', U'°',
};

// Glyph names HarfBuzz chooses for `text` with `features` ("smcp", "-liga", …).
std::vector<std::string> GlyphNames(const Font& font, const std::string& text,
                                    const std::string& features) {
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buffer);
  hb_feature_t feature;
  bool has_feature =
      !features.empty() && hb_feature_from_string(features.data(), -1, &feature);
  hb_shape(font.hb_font(), buffer, has_feature ? &feature : nullptr, has_feature ? 1 : 0);
  unsigned count = 0;
  hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  std::vector<std::string> names;
  for (unsigned i = 0; i < count; ++i) {
    char name[64];
    hb_font_get_glyph_name(font.hb_font(), infos[i].codepoint, name, sizeof name);
    names.push_back(name);
  }
  hb_buffer_destroy(buffer);
  return names;
}

class FontFilesTest : public ::testing::Test {
 protected:
  void SetUp() override { library_ = FontLibrary::Create().value(); }
  const Font& Load(const std::string& name) {
    auto font = library_->Load(fs_, kFontDir + name);
    EXPECT_TRUE(font.ok()) << font.error().ToString();
    return **font;
  }
  RealFileSystem fs_;
  std::unique_ptr<FontLibrary> library_;
};

TEST_F(FontFilesTest, EveryFaceIsListedWithItsLicence) {
  std::string readme = *fs_.ReadFile(kFontDir + "README.md");
  int faces = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kFontDir)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".otf" && entry.path().extension() != ".ttf") continue;
    ++faces;
    EXPECT_THAT(readme, HasSubstr("`" + name + "`")) << "fonts/README.md must list " << name;
    std::string licence = name.substr(0, name.find('-'));  // "EBGaramond12", "CourierPrime"
    if (licence.starts_with("EBGaramond")) licence = "EBGaramond";
    EXPECT_TRUE(fs_.Exists(kFontDir + "OFL-" + licence + ".txt")) << name << " has no licence";
  }
  EXPECT_EQ(faces, 10);
}

TEST_F(FontFilesTest, TextFacesHaveEveryCharacterThePamphletUses) {
  std::string text = *fs_.ReadFile(galley::testing::SourceDir() +
                                   "/content/kronstadt-21/source.ocr.txt");
  std::set<char32_t> needed(std::begin(kTypographic), std::end(kTypographic));
  for (char32_t c = 0x20; c < 0x7F; ++c) needed.insert(c);
  for (size_t offset = 0; offset < text.size();) {
    char32_t c = DecodeUtf8(text, &offset);
    if (c >= 0x20) needed.insert(c);
  }
  // The 8-point cut too: it sets running heads, folios and note references, which may quote
  // any of the text's characters.
  for (const char* name : {"EBGaramond12-Regular.otf", "EBGaramond12-Italic.otf",
                           "EBGaramond08-Regular.otf", "EBGaramond08-Italic.otf"}) {
    const Font& font = Load(name);
    for (char32_t c : needed) {
      EXPECT_TRUE(font.HasCodePoint(c)) << name << " lacks U+" << std::hex << uint32_t(c);
    }
  }
}

TEST_F(FontFilesTest, CourierPrimeHasTheTypographicCharactersButThinSpace) {
  for (const char* name : {"CourierPrime-Regular.otf", "CourierPrime-Italic.otf",
                           "CourierPrime-Bold.otf", "CourierPrime-BoldItalic.otf"}) {
    const Font& font = Load(name);
    for (char32_t c : kTypographic) {
      if (c == U'\u2009') continue;  // no thin space: a typescript has none either
      EXPECT_TRUE(font.HasCodePoint(c)) << name << " lacks U+" << std::hex << uint32_t(c);
    }
    EXPECT_FALSE(font.HasCodePoint(U'\u2009'));
  }
}

// EB Garamond 0.016's bold is a preliminary face of 128 glyphs: ASCII, no accents, no curly
// quotes or dashes. docs/fonts.md says so and the templates do not set text in it; if Debian
// ships a fuller bold this test fails, and the docs and templates can change.
TEST_F(FontFilesTest, EbGaramondBoldIsAsciiOnlyAsDocumented) {
  const Font& bold = Load("EBGaramond12-Bold.otf");
  for (char32_t c = 0x21; c < 0x7F; ++c) EXPECT_TRUE(bold.HasCodePoint(c)) << char(c);
  EXPECT_FALSE(bold.HasCodePoint(U'é'));
  EXPECT_FALSE(bold.HasCodePoint(U'’'));
  EXPECT_FALSE(bold.HasCodePoint(U'–'));
}

// The default template's bold sets strong emphasis in any text the text faces can set: every
// letter and sign of EB Garamond 12 Regular in Latin-1, Latin Extended-A, Latin Extended-B up to
// the Livonian letters (U+0233; after them come phonetic and Africanist letters) and General
// Punctuation's visible signs (a German "Über", a French "naïveté", curly quotes, dashes, the
// ellipsis; not the invisible direction and joiner controls, which shaping drops).
TEST_F(FontFilesTest, DefaultBoldHasEveryCharacterOfTheTextFaces) {
  const Font& regular = Load("EBGaramond12-Regular.otf");
  const Font& bold = Load("JunicodeTwoBeta-Bold.otf");
  EXPECT_EQ(bold.style(), "Bold");
  int checked = 0;
  for (char32_t c = 0x20; c < 0x2070; ++c) {
    bool latin = c < 0x7F || (c >= 0xA0 && c < 0x234) || (c >= 0x2010 && c < 0x2028) ||
                 (c >= 0x2030 && c < 0x205F);
    if (!latin || !regular.HasCodePoint(c)) continue;
    ++checked;
    EXPECT_TRUE(bold.HasCodePoint(c)) << "JunicodeTwoBeta-Bold.otf lacks U+" << std::hex
                                      << uint32_t(c);
  }
  EXPECT_GT(checked, 300);
}

TEST_F(FontFilesTest, EbGaramondHasRealSmallCaps) {
  for (const char* name : {"EBGaramond12-Regular.otf", "EBGaramond12-Italic.otf"}) {
    const Font& font = Load(name);
    // Drawn small-capital glyphs ("n.sc", "N.sc"), not scaled capitals. Letters one at a
    // time: in context, calt may pick an alternate (a long-tailed "q.longsc" before "r").
    for (char letter = 'a'; letter <= 'z'; ++letter) {
      std::string lower(1, letter);
      std::string upper(1, static_cast<char>(letter - 'a' + 'A'));
      EXPECT_EQ(GlyphNames(font, lower, "smcp"), std::vector<std::string>{lower + ".sc"})
          << name;
      EXPECT_EQ(GlyphNames(font, upper, "c2sc"), std::vector<std::string>{upper + ".sc"})
          << name;
    }
  }
}

TEST_F(FontFilesTest, EbGaramondFiguresAreOldStyleByDefault) {
  const Font& font = Load("EBGaramond12-Regular.otf");
  std::vector<std::string> plain = GlyphNames(font, "0123456789", "");
  std::vector<std::string> oldstyle = GlyphNames(font, "0123456789", "onum");
  std::vector<std::string> lining = GlyphNames(font, "0123456789", "lnum");
  EXPECT_EQ(plain, oldstyle);
  EXPECT_EQ(plain[1], "one");
  for (const std::string& glyph : lining) EXPECT_THAT(glyph, HasSubstr(".lnum"));
}

TEST_F(FontFilesTest, EbGaramondItalicIsARealItalic) {
  const Font& roman = Load("EBGaramond12-Regular.otf");
  const Font& italic = Load("EBGaramond12-Italic.otf");
  auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(italic.ft_face(), FT_SFNT_POST));
  ASSERT_NE(post, nullptr);
  EXPECT_LT(post->italicAngle, 0);  // 16.16 fixed; EB Garamond Italic leans about 17°
  // An obliqued roman keeps the roman's advances; a drawn italic has its own narrower ones.
  int different = 0;
  for (char32_t c = U'a'; c <= U'z'; ++c) {
    hb_codepoint_t roman_glyph, italic_glyph;
    ASSERT_TRUE(hb_font_get_nominal_glyph(roman.hb_font(), c, &roman_glyph));
    ASSERT_TRUE(hb_font_get_nominal_glyph(italic.hb_font(), c, &italic_glyph));
    if (hb_font_get_glyph_h_advance(roman.hb_font(), roman_glyph) !=
        hb_font_get_glyph_h_advance(italic.hb_font(), italic_glyph)) {
      ++different;
    }
  }
  EXPECT_GE(different, 20);
  // And its own f-ligatures, which the roman builds from contextual forms.
  EXPECT_EQ(GlyphNames(italic, "ffi", ""), std::vector<std::string>{"uniFB03"});
}

TEST_F(FontFilesTest, CourierPrimeFacesAreDistinctDesigns) {
  // Debian's build names all four faces "Courier Prime Regular" (name IDs 2 and 4), so check
  // the outlines: the bold's stems make its glyphs wider, the italics lean.
  auto ink_width = [&](const char* name, char32_t c) {
    const Font& font = Load(name);
    hb_codepoint_t glyph;
    hb_glyph_extents_t extents;
    EXPECT_TRUE(hb_font_get_nominal_glyph(font.hb_font(), c, &glyph));
    EXPECT_TRUE(hb_font_get_glyph_extents(font.hb_font(), glyph, &extents));
    return extents.width;
  };
  EXPECT_GT(ink_width("CourierPrime-Bold.otf", U'H'), ink_width("CourierPrime-Regular.otf", U'H'));
  EXPECT_GT(ink_width("CourierPrime-Italic.otf", U'H'),
            ink_width("CourierPrime-Regular.otf", U'H'));
  EXPECT_GT(ink_width("CourierPrime-BoldItalic.otf", U'H'),
            ink_width("CourierPrime-Italic.otf", U'H'));
}

}  // namespace
}  // namespace galley::fonts
