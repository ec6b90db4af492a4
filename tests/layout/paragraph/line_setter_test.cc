// How a justified line's adjustment is shared between word spaces, glyph expansion and letter
// spacing (ShareAdjustment), with numbers a person can check: a line of 300 pt of glyphs,
// 3 % expansion (9 pt at ratio 1), word spaces with 15 pt of stretch and 6 pt of shrink.
#include "layout/paragraph/line_setter.h"

#include <gtest/gtest.h>

#include <cmath>

namespace galley::layout {
namespace {

LineFormat Expanding(double expansion, double letter_spacing = 0) {
  LineFormat format;
  format.measure = 400;
  format.expansion = expansion;
  format.letter_spacing = letter_spacing;
  return format;
}

TEST(ShareAdjustmentTest, StretchIsSharedInProportionToCapacity) {
  // 12 pt to fill over 15 (spaces) + 9 (expansion): ratio 0.5 for both.
  LineAdjustment a = ShareAdjustment(12, 15, 6, 80, 300, Expanding(0.03));
  EXPECT_NEAR(a.scale, 1.015, 1e-12);
  EXPECT_NEAR(a.space_ratio, 0.5, 1e-9);  // (12 - 4.5) / 15
  EXPECT_EQ(a.letter, 0);
}

TEST(ShareAdjustmentTest, ShrinkIsSharedTheSameWay) {
  // -7.5 pt over 6 (spaces) + 9 (expansion): ratio -0.5.
  LineAdjustment a = ShareAdjustment(-7.5, 15, 6, 80, 300, Expanding(0.03));
  EXPECT_NEAR(a.scale, 0.985, 1e-12);
  EXPECT_NEAR(a.space_ratio, -0.5, 1e-9);  // (-7.5 + 4.5) / 6
}

TEST(ShareAdjustmentTest, TheScaleIsAWholeNumberOfStepsAndSpacesTakeTheRounding) {
  // 9 pt over 15 + 9: ratio 0.375, 1.125 % expansion, rounded to 1 % (3 pt).
  LineAdjustment a = ShareAdjustment(9, 15, 6, 80, 300, Expanding(0.03));
  EXPECT_NEAR(a.scale, 1.01, 1e-12);
  EXPECT_NEAR(std::remainder(a.scale - 1, kExpansionStep), 0, 1e-12);
  EXPECT_NEAR(a.space_ratio, (9 - 3) / 15.0, 1e-9);
}

TEST(ShareAdjustmentTest, ExpansionStopsAtItsLimitAndSpacesTakeTheRest) {
  LineAdjustment loose = ShareAdjustment(48, 15, 6, 80, 300, Expanding(0.03));  // ratio 2
  EXPECT_NEAR(loose.scale, 1.03, 1e-12);
  EXPECT_NEAR(loose.space_ratio, (48 - 9) / 15.0, 1e-9);

  LineAdjustment overfull = ShareAdjustment(-30, 15, 6, 80, 300, Expanding(0.03));
  EXPECT_NEAR(overfull.scale, 0.97, 1e-12);
  EXPECT_EQ(overfull.space_ratio, -1);  // spaces never shrink past their shrink
}

TEST(ShareAdjustmentTest, NearFullShrinkTheRoundingNeverOvershrinksTheSpaces) {
  // Spaces may shrink 0.5 pt, 1000 pt of glyphs 30 pt: -27.5 pt is ratio -0.90, whose 2.7 %
  // would round to 2.5 % and leave the spaces 2.5 pt to lose; the scale goes one step further.
  LineAdjustment a = ShareAdjustment(-27.5, 15, 0.5, 200, 1000, Expanding(0.03));
  EXPECT_NEAR(a.scale, 0.97, 1e-12);
  EXPECT_GE(a.space_ratio, -1);
}

TEST(ShareAdjustmentTest, LetterSpacingTakesItsShareBesideExpansion) {
  // 15 pt over 15 (spaces) + 9 (expansion) + 79 gaps x 0.076 pt (6 pt): ratio 0.5.
  LineAdjustment a = ShareAdjustment(15, 15, 6, 79, 300, Expanding(0.03, 6.0 / 79));
  EXPECT_NEAR(a.letter, 0.5 * 6.0 / 79, 1e-12);
  EXPECT_NEAR(a.scale, 1.015, 1e-12);
  EXPECT_NEAR(a.space_ratio, (15 - 3 - 4.5) / 15, 1e-9);
}

TEST(ShareAdjustmentTest, GlyphsFirstTakeAllTheyCanBeforeTheSpaces) {
  LineFormat format = Expanding(0.03);
  format.sharing = ExpansionSharing::kGlyphsFirst;
  // 6 pt over 9 pt of expansion: 2 %, the spaces stay as they are.
  LineAdjustment a = ShareAdjustment(6, 15, 6, 80, 300, format);
  EXPECT_NEAR(a.scale, 1.02, 1e-12);
  EXPECT_NEAR(a.space_ratio, 0, 1e-9);
  // 4 pt: 1.33 %, rounded to 1.5 %; the spaces give back the 0.5 pt.
  LineAdjustment rounded = ShareAdjustment(4, 15, 6, 80, 300, format);
  EXPECT_NEAR(rounded.scale, 1.015, 1e-12);
  EXPECT_NEAR(rounded.space_ratio, -0.5 / 6, 1e-9);
  // 12 pt: the glyphs' 9 pt, then the spaces 3 of their 15.
  LineAdjustment loose = ShareAdjustment(12, 15, 6, 80, 300, format);
  EXPECT_NEAR(loose.scale, 1.03, 1e-12);
  EXPECT_NEAR(loose.space_ratio, 0.2, 1e-9);
  // No expansion: the spaces take it all.
  format.expansion = 0;
  EXPECT_NEAR(ShareAdjustment(6, 15, 6, 80, 300, format).space_ratio, 0.4, 1e-12);
  EXPECT_EQ(ShareAdjustment(-12, 15, 6, 80, 300, format).space_ratio, -1);
}

TEST(ShareAdjustmentTest, WithoutExpansionOrLetterSpacingSpacesTakeItAll) {
  LineAdjustment a = ShareAdjustment(6, 15, 6, 80, 300, Expanding(0));
  EXPECT_EQ(a.scale, 1);
  EXPECT_NEAR(a.space_ratio, 0.4, 1e-12);

  LineAdjustment nothing = ShareAdjustment(6, 0, 0, 80, 300, Expanding(0));
  EXPECT_EQ(nothing.scale, 1);
  EXPECT_EQ(nothing.space_ratio, 0);
}

}  // namespace
}  // namespace galley::layout
