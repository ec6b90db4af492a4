#include "render/press_sheets.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::render {
namespace {

using ::testing::HasSubstr;

constexpr double kA5Width = 148.0 / 25.4 * 72.0;
constexpr double kA5Height = 210.0 / 25.4 * 72.0;
constexpr double kMm = 72.0 / 25.4;

frames::DocumentFrames Pages(int count, double width = kA5Width, double height = kA5Height) {
  frames::DocumentFrames document;
  for (int i = 0; i < count; ++i) {
    frames::PageFrame page;
    page.width = width;
    page.height = height;
    page.label = frames::ArabicLabel(i + 1);
    document.pages.push_back(std::move(page));
  }
  return document;
}

TEST(PressSheetsTest, PlainPagesAreTheirTrimSize) {
  auto sheets = PlanSheets(Pages(2), {});
  ASSERT_TRUE(sheets.ok()) << sheets.error().ToString();
  ASSERT_EQ(sheets->size(), 2u);
  EXPECT_DOUBLE_EQ((*sheets)[0].width, kA5Width);
  EXPECT_DOUBLE_EQ((*sheets)[0].height, kA5Height);
  EXPECT_EQ((*sheets)[1].label.text, "2");
  EXPECT_DOUBLE_EQ((*sheets)[1].placements[0].x, 0);
  EXPECT_FALSE((*sheets)[0].crop_marks);
}

TEST(PressSheetsTest, BleedGrowsEverySideAndShiftsThePage) {
  auto sheets = PlanSheets(Pages(1), {.bleed = 3 * kMm});
  ASSERT_TRUE(sheets.ok()) << sheets.error().ToString();
  EXPECT_NEAR((*sheets)[0].width, 154 * kMm, 1e-9);
  EXPECT_NEAR((*sheets)[0].height, 216 * kMm, 1e-9);
  EXPECT_NEAR((*sheets)[0].placements[0].x, 3 * kMm, 1e-9);
  EXPECT_NEAR((*sheets)[0].placements[0].y, 3 * kMm, 1e-9);
}

TEST(PressSheetsTest, CropMarksAddASlugOutsideTheBleed) {
  auto sheets = PlanSheets(Pages(1), {.bleed = 3 * kMm, .crop_marks = true});
  ASSERT_TRUE(sheets.ok()) << sheets.error().ToString();
  EXPECT_NEAR((*sheets)[0].width, kA5Width + 2 * (3 * kMm + kSlug), 1e-9);
  EXPECT_NEAR((*sheets)[0].placements[0].x, 3 * kMm + kSlug, 1e-9);
  EXPECT_TRUE((*sheets)[0].crop_marks);
  // The marks fit in the slug.
  EXPECT_LT(kCropMarkGap + kCropMarkLength, kSlug);
}

TEST(PressSheetsTest, BookletPutsA5PagesAtTheFoldOfA4Landscape) {
  auto sheets = PlanSheets(Pages(6), {.imposition = PrintOptions::Imposition::kBooklet});
  ASSERT_TRUE(sheets.ok()) << sheets.error().ToString();
  ASSERT_EQ(sheets->size(), 4u);
  const Sheet& inner_front = (*sheets)[2];  // pages 6 | 3
  EXPECT_NEAR(inner_front.width, 297 * kMm, 1e-9);
  EXPECT_NEAR(inner_front.height, 210 * kMm, 1e-9);
  ASSERT_EQ(inner_front.placements.size(), 2u);
  EXPECT_EQ(inner_front.placements[0].page, 5);
  EXPECT_NEAR(inner_front.placements[0].x, 0.5 * kMm, 1e-9);  // 297/2 − 148 mm
  EXPECT_EQ(inner_front.placements[1].page, 2);
  EXPECT_NEAR(inner_front.placements[1].x, 148.5 * kMm, 1e-9);
  EXPECT_NEAR(inner_front.placements[1].y, 0, 1e-9);
  EXPECT_TRUE(inner_front.clip_to_trim);
  EXPECT_TRUE(inner_front.label.text.empty());
  // The outer sheet's front holds a blank (page 8) and page 1.
  ASSERT_EQ((*sheets)[0].placements.size(), 1u);
  EXPECT_EQ((*sheets)[0].placements[0].page, 0);
}

TEST(PressSheetsTest, BookletRefusesPagesLargerThanA5) {
  auto sheets = PlanSheets(Pages(2, 210 * kMm, 297 * kMm),
                           {.imposition = PrintOptions::Imposition::kBooklet});
  ASSERT_FALSE(sheets.ok());
  EXPECT_EQ(sheets.error().kind, ErrorKind::kInput);
  EXPECT_THAT(sheets.error().message, HasSubstr("page 1 is too large to print two-up on A4"));
}

TEST(PressSheetsTest, BookletRefusesBleedAndMarks) {
  auto sheets =
      PlanSheets(Pages(2), {.crop_marks = true, .imposition = PrintOptions::Imposition::kBooklet});
  ASSERT_FALSE(sheets.ok());
  EXPECT_THAT(sheets.error().message, HasSubstr("cannot be combined with --bleed or --marks"));
}

TEST(PressSheetsTest, RefusesNegativeBleed) {
  auto sheets = PlanSheets(Pages(1), {.bleed = -1});
  ASSERT_FALSE(sheets.ok());
  EXPECT_EQ(sheets.error().kind, ErrorKind::kInput);
}

TEST(PressSheetsTest, RefusesPagesWithoutSize) {
  auto sheets = PlanSheets(Pages(2, 0, kA5Height), {});
  ASSERT_FALSE(sheets.ok());
  EXPECT_THAT(sheets.error().message, HasSubstr("page 1 has no usable size"));
  EXPECT_FALSE(PlanSheets(frames::DocumentFrames{}, {}).ok());
}

}  // namespace
}  // namespace galley::render
