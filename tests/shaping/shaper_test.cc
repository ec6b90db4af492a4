#include "shaping/shaper.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fonts/font_library.h"
#include "support/test_paths.h"

namespace galley::shaping {
namespace {

std::string FontPath(const std::string& name) {
  return galley::testing::SourceDir() + "/fonts/" + name;
}

std::vector<uint32_t> Ids(const ShapedRun& run) {
  std::vector<uint32_t> ids;
  for (const Glyph& glyph : run.glyphs) ids.push_back(glyph.id);
  return ids;
}

std::vector<uint32_t> Clusters(const ShapedRun& run) {
  std::vector<uint32_t> clusters;
  for (const Glyph& glyph : run.glyphs) clusters.push_back(glyph.cluster);
  return clusters;
}

class ShaperTest : public ::testing::Test {
 protected:
  void SetUp() override {
    library_ = fonts::FontLibrary::Create().value();
    regular_ = Load("EBGaramond12-Regular.otf");
    italic_ = Load("EBGaramond12-Italic.otf");
  }
  const fonts::Font* Load(const std::string& name) {
    auto font = library_->Load(fs_, FontPath(name));
    EXPECT_TRUE(font.ok()) << font.error().ToString();
    return font.ok() ? *font : nullptr;
  }
  RealFileSystem fs_;
  std::unique_ptr<fonts::FontLibrary> library_;
  const fonts::Font* regular_ = nullptr;
  const fonts::Font* italic_ = nullptr;
  Shaper shaper_{"en"};
  FeatureSet plain_;  // kerning and ligatures on, the rest off
};

TEST_F(ShaperTest, LigatureGivesFewerGlyphsWithClustersIntoTheText) {
  // EB Garamond Italic has real f-ligature glyphs: "office" is o, ffi, c, e.
  ShapedRun run = shaper_.Shape(*italic_, 10, plain_, "office");
  ASSERT_EQ(run.glyphs.size(), 4u);
  EXPECT_EQ(Clusters(run), (std::vector<uint32_t>{0, 1, 4, 5}));  // "o", "ffi", "c", "e"
  EXPECT_FALSE(run.has_notdef);

  FeatureSet no_ligatures = plain_;
  no_ligatures.ligatures = false;
  ShapedRun apart = shaper_.Shape(*italic_, 10, no_ligatures, "office");
  EXPECT_EQ(apart.glyphs.size(), 6u);
  EXPECT_EQ(Clusters(apart), (std::vector<uint32_t>{0, 1, 2, 3, 4, 5}));
}

TEST_F(ShaperTest, ClustersAreByteOffsetsOfUtf8Text) {
  // "é" and "’" are two and three bytes long.
  std::string text = "café’s";
  ShapedRun run = shaper_.Shape(*regular_, 10, plain_, text);
  EXPECT_EQ(Clusters(run), (std::vector<uint32_t>{0, 1, 2, 3, 5, 8}));
  EXPECT_FALSE(run.has_notdef);
}

TEST_F(ShaperTest, RomanLigaturesAreContextualFormsOnePerLetter) {
  // EB Garamond 0.016's roman makes "fi" from an "f._i" and a dotless i (docs/fonts.md).
  ShapedRun with = shaper_.Shape(*regular_, 10, plain_, "office");
  FeatureSet no_ligatures = plain_;
  no_ligatures.ligatures = false;
  ShapedRun without = shaper_.Shape(*regular_, 10, no_ligatures, "office");
  ASSERT_EQ(with.glyphs.size(), 6u);
  EXPECT_NE(Ids(with), Ids(without));
  EXPECT_EQ(Clusters(with), (std::vector<uint32_t>{0, 1, 2, 3, 4, 5}));
}

TEST_F(ShaperTest, KerningNarrowsAV) {
  FeatureSet no_kerning = plain_;
  no_kerning.kerning = false;
  ShapedRun kerned = shaper_.Shape(*regular_, 10, plain_, "AV");
  ShapedRun loose = shaper_.Shape(*regular_, 10, no_kerning, "AV");
  EXPECT_EQ(Ids(kerned), Ids(loose));
  // EB Garamond kerns A before V by -160 units: 1.6 pt at 10 pt.
  EXPECT_NEAR(loose.width - kerned.width, 1.6, 1e-6);
}

TEST_F(ShaperTest, SmallCapsFeaturesChangeGlyphs) {
  FeatureSet small_caps = plain_;
  small_caps.small_caps = true;
  FeatureSet all_small_caps = small_caps;
  all_small_caps.caps_to_small_caps = true;
  ShapedRun plain = shaper_.Shape(*regular_, 10, plain_, "Kronstadt");
  ShapedRun small = shaper_.Shape(*regular_, 10, small_caps, "Kronstadt");
  ShapedRun all_small = shaper_.Shape(*regular_, 10, all_small_caps, "Kronstadt");
  ASSERT_EQ(small.glyphs.size(), 9u);
  EXPECT_EQ(small.glyphs[0].id, plain.glyphs[0].id);  // smcp leaves the capital
  for (size_t i = 1; i < 9; ++i) EXPECT_NE(small.glyphs[i].id, plain.glyphs[i].id) << i;
  EXPECT_NE(all_small.glyphs[0].id, plain.glyphs[0].id);  // c2sc takes it
  for (size_t i = 1; i < 9; ++i) EXPECT_EQ(all_small.glyphs[i].id, small.glyphs[i].id) << i;
  EXPECT_FALSE(small.has_notdef);
  EXPECT_FALSE(all_small.has_notdef);
}

TEST_F(ShaperTest, FiguresFollowTheFeatureSet) {
  FeatureSet oldstyle = plain_;
  oldstyle.oldstyle_figures = true;
  FeatureSet tabular = plain_;
  tabular.tabular_figures = true;
  ShapedRun lining = shaper_.Shape(*regular_, 10, plain_, "1921");
  ShapedRun old = shaper_.Shape(*regular_, 10, oldstyle, "1921");
  EXPECT_NE(Ids(lining), Ids(old));
  // Tabular figures share one advance.
  ShapedRun table = shaper_.Shape(*regular_, 10, tabular, "1921");
  for (const Glyph& glyph : table.glyphs) {
    EXPECT_FLOAT_EQ(glyph.x_advance, table.glyphs[0].x_advance);
  }
  EXPECT_NE(lining.glyphs[0].x_advance, lining.glyphs[1].x_advance);
}

TEST_F(ShaperTest, MissingCharacterGivesNotdef) {
  ShapedRun run = shaper_.Shape(*regular_, 10, plain_, "Kronstadt 中");
  EXPECT_TRUE(run.has_notdef);
  ASSERT_FALSE(run.glyphs.empty());
  EXPECT_EQ(run.glyphs.back().id, 0u);
  EXPECT_EQ(run.glyphs.back().cluster, 10u);  // where the missing character starts
  EXPECT_FALSE(shaper_.Shape(*regular_, 10, plain_, "Kronstadt").has_notdef);
}

TEST_F(ShaperTest, WidthScalesLinearlyWithSize) {
  ShapedRun at10 = shaper_.Shape(*regular_, 10, plain_, "Kronstadt, 1921");
  ShapedRun at12 = shaper_.Shape(*regular_, 12, plain_, "Kronstadt, 1921");
  ShapedRun at5 = shaper_.Shape(*regular_, 5, plain_, "Kronstadt, 1921");
  EXPECT_GT(at10.width, 0);
  EXPECT_NEAR(at12.width, at10.width * 1.2, 1e-9);
  EXPECT_NEAR(at5.width, at10.width * 0.5, 1e-9);
  for (size_t i = 0; i < at10.glyphs.size(); ++i) {
    EXPECT_NEAR(at12.glyphs[i].x_advance, at10.glyphs[i].x_advance * 1.2, 1e-4);
  }
}

TEST_F(ShaperTest, WidthIsTheSumOfAdvancesInPoints) {
  ShapedRun run = shaper_.Shape(*regular_, 10, plain_, "H");
  ASSERT_EQ(run.glyphs.size(), 1u);
  EXPECT_NEAR(run.glyphs[0].x_advance, 8.10, 1e-6);  // H is 810 units of 1000
  ShapedRun word = shaper_.Shape(*regular_, 10, plain_, "sailors");
  double sum = 0;
  for (const Glyph& glyph : word.glyphs) sum += glyph.x_advance;
  EXPECT_NEAR(word.width, sum, 1e-5);  // glyph advances are floats, the width a double
}

TEST_F(ShaperTest, MarksAreRaisedWithPositiveYOffsets) {
  // X + combining acute has no precomposed form: EB Garamond's GPOS places the accent
  // 372 units left and 160 units up. Up is positive, as in HarfBuzz.
  ShapedRun run = shaper_.Shape(*regular_, 10, plain_, "X\u0301");
  ASSERT_EQ(run.glyphs.size(), 2u);
  EXPECT_NEAR(run.glyphs[1].y_offset, 1.60, 1e-5);
  EXPECT_NEAR(run.glyphs[1].x_offset, -3.72, 1e-5);
  EXPECT_EQ(run.glyphs[1].x_advance, 0);
  EXPECT_EQ(run.glyphs[1].cluster, 1u);  // MONOTONE_CHARACTERS: the mark keeps its own
  // e + combining acute is composed to the font's é.
  ShapedRun composed = shaper_.Shape(*regular_, 10, plain_, "e\u0301");
  ASSERT_EQ(composed.glyphs.size(), 1u);
  EXPECT_EQ(composed.glyphs[0].id, shaper_.Shape(*regular_, 10, plain_, "é").glyphs[0].id);
}

TEST_F(ShaperTest, ReusedBufferGivesTheSameResult) {
  ShapedRun first = shaper_.Shape(*regular_, 10, plain_, "sailors");
  shaper_.Shape(*italic_, 11, plain_, "office of the soviet");
  ShapedRun again = shaper_.Shape(*regular_, 10, plain_, "sailors");
  EXPECT_EQ(Ids(first), Ids(again));
  EXPECT_EQ(first.width, again.width);
}

}  // namespace
}  // namespace galley::shaping
