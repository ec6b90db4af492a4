// What RenderPdf's incremental update gives the finished PDF (docs/render.md, "After Cairo:
// the incremental update"), read back with qpdf and poppler-utils: /Lang, dates with "D:",
// TrimBox and BleedBox, Cairo's bytes untouched — and the built galley doing the same.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "pdf_inspection.h"
#include "render/render_pdf.h"
#include "render_fixture.h"
#include "sample_book.h"
#include "support/test_paths.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace galley::render::testing;

constexpr double kMm = 72.0 / 25.4;

std::string Catalog(const PdfInspection& pdf) {
  std::vector<std::string> catalogs = pdf.ObjectsWith("/Type /Catalog");
  EXPECT_EQ(catalogs.size(), 1u) << "qpdf keeps only the newest version of an object";
  return catalogs.empty() ? "" : catalogs.front();
}

// The four numbers of `key`'s rectangle in `object` (QDF writes one number a line).
std::vector<double> Box(const std::string& object, const std::string& key) {
  std::smatch match;
  const std::string number = R"(\s*([-\d.]+))";
  std::regex rectangle("/" + key + R"(\s*\[)" + number + number + number + number + R"(\s*\])");
  if (!std::regex_search(object, match, rectangle)) {
    ADD_FAILURE() << "no /" << key << " in " << object;
    return {};
  }
  return {std::stod(match[1]), std::stod(match[2]), std::stod(match[3]), std::stod(match[4])};
}

void ExpectBox(const std::vector<double>& box, std::vector<double> expected) {
  ASSERT_EQ(box.size(), 4u);
  for (size_t i = 0; i < 4; ++i) EXPECT_NEAR(box[i], expected[i], 1e-6) << "coordinate " << i;
}

TEST(RenderPdfUpdateTest, TheCatalogCarriesTheFramesLanguage) {
  frames::DocumentFrames book = SampleBook();
  book.language = "en-US";
  PdfInspection pdf("lang", Render(book));
  EXPECT_THAT(Catalog(pdf), HasSubstr("/Lang (en-US)"));
  EXPECT_THAT(Catalog(pdf), HasSubstr("/StructTreeRoot"));  // Cairo's entries are kept

  book.language = "";
  PdfInspection without("no_lang", Render(book));
  EXPECT_THAT(Catalog(without), Not(HasSubstr("/Lang")));  // absent, not "/Lang ()"
}

TEST(RenderPdfUpdateTest, InfoDatesStartWithDAndPdfinfoReadsThem) {
  frames::DocumentFrames book = SampleBook();
  book.metadata.mod_date = "2024-03-02T08:30:00-05:30";
  PdfInspection pdf("dates", Render(book));
  std::vector<std::string> info = pdf.ObjectsWith("/Producer");
  ASSERT_EQ(info.size(), 1u);
  EXPECT_THAT(info[0], HasSubstr("/CreationDate (D:20240301120000Z)"));
  EXPECT_THAT(info[0], HasSubstr("/ModDate (D:20240302083000-05'30)"));
  EXPECT_THAT(info[0], HasSubstr("/Title (Kronstadt 21)"));  // the rest of Info is kept
  EXPECT_EQ(pdf.Info("CreationDate"), "2024-03-01T12:00:00Z");
  EXPECT_EQ(pdf.Info("ModDate"), "2024-03-02T08:30:00-05:30");
  EXPECT_EQ(pdf.Info("Title"), "Kronstadt 21");
}

TEST(RenderPdfUpdateTest, OutputIsByteIdenticalRunToRun) {
  EXPECT_EQ(Render(SampleBook()), Render(SampleBook()));
  const PrintOptions press{.bleed = 3 * kMm, .crop_marks = true};
  EXPECT_EQ(Render(SampleBook(), press), Render(SampleBook(), press));
}

TEST(RenderPdfUpdateTest, BleedAndMarksGiveExactBoxesOnEveryPage) {
  const double bleed = 3 * kMm;
  const double trim = bleed + 24;  // the slug holding the marks: press_sheets.h
  PdfInspection pdf("boxes", Render(SampleBook(), {.bleed = bleed, .crop_marks = true}));
  std::vector<std::string> pages = pdf.ObjectsWith("/Type /Page\n");
  ASSERT_EQ(pages.size(), 3u);
  for (const std::string& page : pages) {
    ExpectBox(Box(page, "MediaBox"), {0, 0, kA5Width + 2 * trim, kA5Height + 2 * trim});
    ExpectBox(Box(page, "TrimBox"), {trim, trim, trim + kA5Width, trim + kA5Height});
    ExpectBox(Box(page, "BleedBox"),
              {trim - bleed, trim - bleed, trim + kA5Width + bleed, trim + kA5Height + bleed});
  }
  ToolRun boxes = RunTool("pdfinfo -box -f 1 -l 3 " + pdf.path());
  EXPECT_TRUE(std::regex_search(boxes.output,
                                std::regex(R"(TrimBox:\s+32\.50\s+32\.50\s+452\.03\s+627\.78)")))
      << boxes.output;
}

TEST(RenderPdfUpdateTest, PlainPagesAreTrimmedAtTheirMediaBox) {
  PdfInspection pdf("plain_boxes", Render(SampleBook()));
  for (const std::string& page : pdf.ObjectsWith("/Type /Page\n")) {
    ExpectBox(Box(page, "TrimBox"), {0, 0, kA5Width, kA5Height});
    ExpectBox(Box(page, "BleedBox"), {0, 0, kA5Width, kA5Height});
  }
}

TEST(RenderPdfUpdateTest, TheUpdateIsAppendedToCairosUntouchedBytes) {
  const PrintOptions press{.bleed = 3 * kMm, .crop_marks = true};
  Result<std::string> cairo = RenderCairoPdf(SampleBook(), TestFaces(), press);
  ASSERT_TRUE(cairo.ok()) << cairo.error().ToString();
  std::string finished = Render(SampleBook(), press);
  ASSERT_GT(finished.size(), cairo->size());
  EXPECT_TRUE(finished.compare(0, cairo->size(), *cairo) == 0) << "Cairo's bytes were changed";
  EXPECT_THAT(*cairo, Not(HasSubstr("/Lang")));
  EXPECT_THAT(*cairo, Not(HasSubstr("/TrimBox")));
  const std::string update = finished.substr(cairo->size());
  EXPECT_THAT(update, HasSubstr("/Prev " + std::to_string(cairo->rfind("\nxref\n") + 1)));
  // Cairo's file alone is sound, and lacks what the update adds; qpdf sees the new versions.
  PdfInspection before("cairo_only", *cairo);
  EXPECT_THAT(Catalog(before), Not(HasSubstr("/Lang")));
  PdfInspection after("updated", finished);
  EXPECT_THAT(Catalog(after), HasSubstr("/Lang (en)"));
  for (const std::string& page : after.ObjectsWith("/Type /Page\n")) {
    EXPECT_THAT(page, HasSubstr("/TrimBox"));
  }
  EXPECT_THAT(after.qdf(), HasSubstr("(D:20240301120000Z)"));
  EXPECT_EQ(before.Text(), after.Text()) << "the pages' content is Cairo's";
}

TEST(RenderPdfUpdateTest, ABookletIsUpdatedToo) {
  frames::DocumentFrames book = SampleBook();
  PdfInspection pdf("booklet_update",
                    Render(book, {.imposition = PrintOptions::Imposition::kBooklet}));
  EXPECT_THAT(Catalog(pdf), HasSubstr("/Lang (en)"));
  std::vector<std::string> sides = pdf.ObjectsWith("/Type /Page\n");
  ASSERT_EQ(sides.size(), 2u);  // 3 pages padded to 4, two a side
  for (const std::string& side : sides) {
    const double a4_long = 297 * kMm, a4_short = 210 * kMm;
    ExpectBox(Box(side, "TrimBox"), {0, 0, a4_long, a4_short});
    ExpectBox(Box(side, "BleedBox"), {0, 0, a4_long, a4_short});
  }
}

// The built command on the pamphlet, with bleed and marks.
TEST(RenderPdfUpdateTest, GalleyWritesLangAndBoxesForThePamphlet) {
  std::string path = ::testing::TempDir() + "galley_render_" + std::to_string(getpid()) +
                     "_kronstadt.pdf";
  ToolRun run = RunTool("cd '" + galley::testing::SourceDir() + "' && '" +
                        galley::testing::GalleyBinary() + "' -q pdf content/kronstadt-21 --bleed 3mm --marks -o '" + path +
                        "' 2>&1");
  ASSERT_EQ(run.exit_code, 0) << "is galley built? " << run.output;
  ToolRun check = RunTool("qpdf --check '" + path + "' 2>&1");
  EXPECT_EQ(check.exit_code, 0) << check.output;
  ToolRun trailer = RunTool("qpdf --show-object=trailer '" + path + "'");
  std::smatch root;
  ASSERT_TRUE(std::regex_search(trailer.output, root, std::regex(R"(/Root (\d+) 0 R)")))
      << trailer.output;
  EXPECT_THAT(trailer.output, HasSubstr("/Prev "));
  ToolRun catalog = RunTool("qpdf --show-object=" + root[1].str() + " '" + path + "'");
  EXPECT_THAT(catalog.output, HasSubstr("/Lang (en-US)"));
  ToolRun boxes = RunTool("pdfinfo -box -f 1 -l 1 '" + path + "'");
  EXPECT_TRUE(std::regex_search(boxes.output,
                                std::regex(R"(BleedBox:\s+24\.00\s+24\.00\s+460\.54\s+636\.28)")))
      << boxes.output;
  EXPECT_TRUE(std::regex_search(boxes.output,
                                std::regex(R"(TrimBox:\s+32\.50\s+32\.50\s+452\.03\s+627\.78)")))
      << boxes.output;
  ToolRun info = RunTool("pdfinfo -isodates '" + path + "'");
  EXPECT_THAT(info.output, HasSubstr("Tagged:          yes"));
  EXPECT_TRUE(std::regex_search(info.output, std::regex(R"(CreationDate:\s+\d{4}-\d\d-\d\dT)")))
      << info.output;
  std::remove(path.c_str());
}

}  // namespace
}  // namespace galley::render
