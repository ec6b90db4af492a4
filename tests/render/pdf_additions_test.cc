// What the update adds, decided from frames and print options: PDF dates, the language, and
// page boxes for plain pages, bleed, marks and booklet sides.
#include "render/pdf_additions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "render_fixture.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using namespace galley::render::testing;

constexpr double kMm = 72.0 / 25.4;

frames::DocumentFrames Pages(int count) {
  frames::DocumentFrames book;
  for (int i = 0; i < count; ++i) book.pages.push_back(Page({}));
  book.metadata = TestMetadata();
  book.language = "en-US";
  return book;
}

Result<PdfAdditions> Decide(const frames::DocumentFrames& book, const PrintOptions& options) {
  Result<std::vector<Sheet>> sheets = PlanSheets(book, options);
  EXPECT_TRUE(sheets.ok());
  return DecidePdfAdditions(book, options, *sheets);
}

void ExpectBox(const PdfBox& box, double left, double bottom, double right, double top) {
  EXPECT_NEAR(box.left, left, 1e-9);
  EXPECT_NEAR(box.bottom, bottom, 1e-9);
  EXPECT_NEAR(box.right, right, 1e-9);
  EXPECT_NEAR(box.top, top, 1e-9);
}

TEST(PdfAdditionsTest, DatesTakeThePdfForm) {
  EXPECT_EQ(PdfDate("2026-11-25T00:00:00Z"), "D:20261125000000Z");
  EXPECT_EQ(PdfDate("2024-03-02T08:30:05+01:00"), "D:20240302083005+01'00");
  EXPECT_EQ(PdfDate("2024-03-02T08:30:05-05:30"), "D:20240302083005-05'30");
  EXPECT_EQ(PdfDate("2024-03-02T08:30:05"), "D:20240302083005");
  EXPECT_EQ(PdfDate("2 March 2024"), "");
  EXPECT_EQ(PdfDate(""), "");
}

TEST(PdfAdditionsTest, LanguageAndDatesComeFromTheFrames) {
  Result<PdfAdditions> additions = Decide(Pages(1), {});
  ASSERT_TRUE(additions.ok()) << additions.error().ToString();
  EXPECT_EQ(additions->language, "en-US");
  EXPECT_EQ(additions->creation_date, "D:20240301120000Z");
  EXPECT_EQ(additions->mod_date, "D:20240302083000Z");

  frames::DocumentFrames no_language = Pages(1);
  no_language.language.clear();
  no_language.metadata.mod_date.clear();
  additions = Decide(no_language, {});
  ASSERT_TRUE(additions.ok());
  EXPECT_EQ(additions->language, "");
  EXPECT_EQ(additions->mod_date, "D:20240301120000Z") << "defaults to the creation date";
}

TEST(PdfAdditionsTest, ALanguageThatIsNoTagOrABadDateIsAnInternalError) {
  for (std::string language : {"en US", "en_US", "fr)", "-en", "fran\xC3\xA7" "ais"}) {
    frames::DocumentFrames book = Pages(1);
    book.language = language;
    Result<PdfAdditions> additions = Decide(book, {});
    ASSERT_FALSE(additions.ok()) << language;
    EXPECT_EQ(additions.error().kind, ErrorKind::kInternal);
    EXPECT_THAT(additions.error().message, HasSubstr("not a BCP 47 tag"));
  }
  frames::DocumentFrames book = Pages(1);
  book.metadata.mod_date = "yesterday";
  EXPECT_FALSE(Decide(book, {}).ok());
}

TEST(PdfAdditionsTest, PlainPagesAreTrimmedAtTheirMediaBox) {
  Result<PdfAdditions> additions = Decide(Pages(2), {});
  ASSERT_TRUE(additions.ok());
  ASSERT_EQ(additions->pages.size(), 2u);
  for (const PageBoxes& boxes : additions->pages) {
    ExpectBox(boxes.trim, 0, 0, kA5Width, kA5Height);
    ExpectBox(boxes.bleed, 0, 0, kA5Width, kA5Height);
  }
  EXPECT_TRUE(additions->tabs_in_structure_order);
}

TEST(PdfAdditionsTest, BleedAndMarksPutTheTrimInsideTheBleedInsideTheSlug) {
  const double bleed = 3 * kMm, slug = 24;
  Result<PdfAdditions> with_marks = Decide(Pages(1), {.bleed = bleed, .crop_marks = true});
  ASSERT_TRUE(with_marks.ok());
  const PageBoxes& boxes = with_marks->pages[0];
  ExpectBox(boxes.trim, bleed + slug, bleed + slug, bleed + slug + kA5Width,
            bleed + slug + kA5Height);
  ExpectBox(boxes.bleed, slug, slug, 2 * bleed + slug + kA5Width, 2 * bleed + slug + kA5Height);

  Result<PdfAdditions> bleed_only = Decide(Pages(1), {.bleed = bleed});
  ASSERT_TRUE(bleed_only.ok());
  ExpectBox(bleed_only->pages[0].trim, bleed, bleed, bleed + kA5Width, bleed + kA5Height);
  ExpectBox(bleed_only->pages[0].bleed, 0, 0, 2 * bleed + kA5Width, 2 * bleed + kA5Height);

  Result<PdfAdditions> marks_only = Decide(Pages(1), {.crop_marks = true});
  ASSERT_TRUE(marks_only.ok());
  ExpectBox(marks_only->pages[0].trim, slug, slug, slug + kA5Width, slug + kA5Height);
  ExpectBox(marks_only->pages[0].bleed, slug, slug, slug + kA5Width, slug + kA5Height);
}

TEST(PdfAdditionsTest, APageSmallerThanOthersIsTrimmedFromTheTopOfItsSheet) {
  // Placements count from the sheet's top-left; PDF boxes from its bottom-left.
  frames::DocumentFrames book = Pages(1);
  book.pages[0].height = 300;
  Result<PdfAdditions> additions = Decide(book, {.bleed = 10});
  ASSERT_TRUE(additions.ok());
  ExpectBox(additions->pages[0].trim, 10, 10, 10 + kA5Width, 310);
}

TEST(PdfAdditionsTest, BookletSidesAreTrimmedAtTheSheet) {
  // Two A5 pages share each A4 side: no one trim box describes both.
  Result<PdfAdditions> additions =
      Decide(Pages(6), {.imposition = PrintOptions::Imposition::kBooklet});
  ASSERT_TRUE(additions.ok());
  ASSERT_EQ(additions->pages.size(), 4u);  // 6 pages padded to 8, two a side
  for (const PageBoxes& boxes : additions->pages) {
    ExpectBox(boxes.trim, 0, 0, kA4LongSide, kA4ShortSide);
    ExpectBox(boxes.bleed, 0, 0, kA4LongSide, kA4ShortSide);
  }
  EXPECT_FALSE(additions->tabs_in_structure_order) << "the imposed proof is untagged";
}

TEST(PdfAdditionsTest, PageLabelsComeFromTheFramesAndBookletSidesHaveNone) {
  frames::DocumentFrames book = Pages(4);
  const char* labels[] = {"i", "ii", "1", "2"};
  for (int i = 0; i < 4; ++i) book.pages[i].label = TestLabel(labels[i]);
  Result<PdfAdditions> additions = Decide(book, {});
  ASSERT_TRUE(additions.ok());
  EXPECT_EQ(additions->page_labels, "<< /Nums [ 0 << /S /r >> 2 << /S /D >> ] >>");

  additions = Decide(book, {.imposition = PrintOptions::Imposition::kBooklet});
  ASSERT_TRUE(additions.ok());
  EXPECT_EQ(additions->page_labels, "");
  additions = Decide(Pages(2), {});
  ASSERT_TRUE(additions.ok());
  EXPECT_EQ(additions->page_labels, "") << "frames without labels";
}

}  // namespace
}  // namespace galley::render
