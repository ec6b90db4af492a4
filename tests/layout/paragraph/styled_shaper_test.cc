#include "layout/paragraph/styled_shaper.h"

#include <gtest/gtest.h>

#include "fonts/font_library.h"
#include "io/file_system.h"
#include "support/test_paths.h"

namespace galley::layout {
namespace {

class StyledShaperTest : public ::testing::Test {
 protected:
  void SetUp() override {
    library_ = fonts::FontLibrary::Create().value();
    small_ = library_->Load(fs_, galley::testing::SourceDir() + "/fonts/EBGaramond08-Regular.otf")
                 .value();
  }
  // Capitals set as letter-spaced small capitals, as running heads are.
  StyleId SpacedSmallCapitals(double tracking) {
    TextStyle style;
    style.font = small_;
    style.size = 8;
    style.features.caps_to_small_caps = true;
    style.tracking = tracking;
    return styles_.Intern(style);
  }

  RealFileSystem fs_;
  std::unique_ptr<fonts::FontLibrary> library_;
  const fonts::Font* small_ = nullptr;
  shaping::Shaper shaper_{"es"};
  shaping::WordShapeCache cache_{shaper_};
  StyleTable styles_;
};

TEST_F(StyledShaperTest, TrackingFollowsEachCharacterNotEachGlyph) {
  // EB Garamond draws a small-capital "Ó" as O.sc and a combining acute: two glyphs of one
  // cluster. The accent stays over its letter and the letter gets one space after it.
  StyledShaper shaper(&cache_, &styles_);
  const shaping::ShapedRun plain = shaper.Shape(SpacedSmallCapitals(0), "BUSCÓN");
  const shaping::ShapedRun& tracked = shaper.Shape(SpacedSmallCapitals(0.5), "BUSCÓN");
  ASSERT_EQ(tracked.glyphs.size(), 7u);  // B U S C O ́ N
  ASSERT_EQ(tracked.glyphs[4].cluster, tracked.glyphs[5].cluster);
  EXPECT_FLOAT_EQ(tracked.glyphs[4].x_advance, plain.glyphs[4].x_advance);  // the base: none
  EXPECT_FLOAT_EQ(tracked.glyphs[5].x_advance, plain.glyphs[5].x_advance + 0.5f);
  EXPECT_FLOAT_EQ(tracked.glyphs[0].x_advance, plain.glyphs[0].x_advance + 0.5f);
  EXPECT_NEAR(tracked.width, plain.width + 6 * 0.5, 1e-9);  // six characters
}

}  // namespace
}  // namespace galley::layout
