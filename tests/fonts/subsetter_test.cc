#include "fonts/subsetter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <hb-ot.h>

#include "base/utf8.h"
#include "fonts/font_library.h"
#include "support/test_paths.h"

#include FT_FONT_FORMATS_H

namespace galley::fonts {
namespace {

const std::string kRegular = galley::testing::SourceDir() + "/fonts/EBGaramond12-Regular.otf";

std::vector<char32_t> CodePointsOf(std::string_view text) {
  std::vector<char32_t> code_points;
  for (size_t offset = 0; offset < text.size();) code_points.push_back(DecodeUtf8(text, &offset));
  return code_points;
}

// Glyph ids HarfBuzz gives `text` in `font`, with one feature switched on (or none).
std::vector<hb_codepoint_t> GlyphIds(const Font& font, std::string_view text, hb_tag_t feature) {
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buffer);
  hb_feature_t on{feature, 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END};
  hb_shape(font.hb_font(), buffer, &on, feature == 0 ? 0 : 1);
  unsigned count = 0;
  hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
  std::vector<hb_codepoint_t> ids;
  for (unsigned i = 0; i < count; ++i) ids.push_back(infos[i].codepoint);
  hb_buffer_destroy(buffer);
  return ids;
}

// The advance of `text` in font units with kerning on or off.
hb_position_t Width(const Font& font, std::string_view text, bool kerning) {
  hb_buffer_t* buffer = hb_buffer_create();
  hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buffer);
  hb_feature_t kern{HB_TAG('k', 'e', 'r', 'n'), kerning ? 1u : 0u, HB_FEATURE_GLOBAL_START,
                    HB_FEATURE_GLOBAL_END};
  hb_shape(font.hb_font(), buffer, &kern, 1);
  unsigned count = 0;
  hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
  hb_position_t width = 0;
  for (unsigned i = 0; i < count; ++i) width += positions[i].x_advance;
  hb_buffer_destroy(buffer);
  return width;
}

class SubsetterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    library_ = FontLibrary::Create().value();
    auto font = library_->Load(fs_, kRegular);
    ASSERT_TRUE(font.ok()) << font.error().ToString();
    regular_ = *font;
  }
  // Subsets the regular face to `text` and loads the result as a font of its own.
  const Font& LoadSubset(std::string_view text, const std::string& name) {
    auto bytes = SubsetFont(*regular_, CodePointsOf(text));
    EXPECT_TRUE(bytes.ok()) << bytes.error().ToString();
    memory_.Add(name, *bytes);
    auto font = library_->Load(memory_, name);
    EXPECT_TRUE(font.ok()) << font.error().ToString();
    return **font;
  }
  RealFileSystem fs_;
  MemoryFileSystem memory_;
  std::unique_ptr<FontLibrary> library_;
  const Font* regular_ = nullptr;
};

TEST_F(SubsetterTest, SubsetStaysCffAndShapesSmallCaps) {
  const Font& subset = LoadSubset("Kronstadt", "kronstadt.otf");
  EXPECT_STREQ(FT_Get_Font_Format(subset.ft_face()), "CFF");
  hb_blob_t* cff = hb_face_reference_table(subset.hb_face(), HB_TAG('C', 'F', 'F', ' '));
  EXPECT_GT(hb_blob_get_length(cff), 0u);
  hb_blob_destroy(cff);

  std::vector<hb_codepoint_t> plain = GlyphIds(subset, "Kronstadt", 0);
  std::vector<hb_codepoint_t> small = GlyphIds(subset, "Kronstadt", HB_TAG('s', 'm', 'c', 'p'));
  std::vector<hb_codepoint_t> all_small = GlyphIds(subset, "Kronstadt", HB_TAG('c', '2', 's', 'c'));
  ASSERT_EQ(plain.size(), 9u);
  ASSERT_EQ(small.size(), 9u);
  EXPECT_NE(plain, small);
  EXPECT_EQ(small[0], plain[0]);  // smcp leaves the capital K alone…
  EXPECT_NE(all_small[0], plain[0]);  // …c2sc makes it a small capital
  for (size_t i = 0; i < plain.size(); ++i) {
    EXPECT_NE(plain[i], 0u);
    EXPECT_NE(small[i], 0u);
    EXPECT_NE(all_small[i], 0u);
  }
  // Glyph names survive in the CFF charset, so the small capitals are the drawn ones.
  char name[32];
  hb_font_get_glyph_name(subset.hb_font(), small[1], name, sizeof name);
  EXPECT_STREQ(name, "r.sc");
}

TEST_F(SubsetterTest, KeepsOnlyTheRequestedCharacters) {
  const Font& subset = LoadSubset("Kronstadt 1921", "numbers.otf");
  EXPECT_TRUE(subset.HasCodePoint(U'K'));
  EXPECT_TRUE(subset.HasCodePoint(U'9'));
  EXPECT_FALSE(subset.HasCodePoint(U'Q'));
  EXPECT_FALSE(subset.HasCodePoint(U'é'));
  // Old-style and lining figures both reach the subset.
  EXPECT_NE(GlyphIds(subset, "1921", HB_TAG('l', 'n', 'u', 'm')),
            GlyphIds(subset, "1921", HB_TAG('o', 'n', 'u', 'm')));
  EXPECT_LT(hb_face_get_glyph_count(subset.hb_face()), 100u);
}

TEST_F(SubsetterTest, KeepsKerningAndTheLicenceNotice) {
  const Font& subset = LoadSubset("AV", "kern.otf");
  EXPECT_TRUE(subset.HasFeature(HB_TAG('k', 'e', 'r', 'n')));
  EXPECT_LT(Width(subset, "AV", true), Width(subset, "AV", false));
  EXPECT_EQ(Width(subset, "AV", true), Width(*regular_, "AV", true));
  EXPECT_EQ(subset.style(), "Regular");
  unsigned size = hb_ot_name_get_utf8(subset.hb_face(), HB_OT_NAME_ID_LICENSE,
                                      HB_LANGUAGE_INVALID, nullptr, nullptr);
  EXPECT_GT(size, 0u) << "the subset lost the OFL notice (name ID 13)";
  EXPECT_EQ(subset.family(), "EB Garamond");
}

TEST_F(SubsetterTest, IsDeterministic) {
  std::vector<char32_t> code_points = CodePointsOf("The sailors of Kronstadt, 1921 – “soviets”");
  auto first = SubsetFont(*regular_, code_points);
  std::vector<char32_t> shuffled(code_points.rbegin(), code_points.rend());
  auto second = SubsetFont(*regular_, shuffled);
  ASSERT_TRUE(first.ok());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(*first, *second);
}

TEST_F(SubsetterTest, PamphletSubsetIsSmall) {
  std::string text =
      *fs_.ReadFile(galley::testing::SourceDir() + "/content/kronstadt-21/source.ocr.txt");
  text += "‘’“”–—…";  // what the typography pass adds
  auto bytes = SubsetFont(*regular_, CodePointsOf(text));
  ASSERT_TRUE(bytes.ok()) << bytes.error().ToString();
  // 422 KB whole; the pamphlet's characters with small caps, both figure styles, kerning and
  // the licence notice need about 43 KB (docs/fonts.md), a ninth of it.
  EXPECT_LT(bytes->size(), 48'000u);
  EXPECT_GT(bytes->size(), 20'000u);
}

}  // namespace
}  // namespace galley::fonts
