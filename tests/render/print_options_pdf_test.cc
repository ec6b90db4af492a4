// RenderPdf with print options: bleed and crop marks, booklet imposition; read back with
// poppler-utils (pdfinfo, pdftoppm, pdftotext -bbox) and qpdf.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "pdf_inspection.h"
#include "render/render_pdf.h"
#include "render_fixture.h"
#include "sample_book.h"

namespace galley::render {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace galley::render::testing;

constexpr double kMm = 72.0 / 25.4;

TEST(PrintOptionsPdfTest, BleedAndMarksGrowTheMediaBoxAndShiftTheContent) {
  const double bleed = 3 * kMm;
  const double margin = bleed + 24;  // the slug holding the marks: press_sheets.h
  PdfInspection pdf("bleed", Render(SampleBook(), {.bleed = bleed, .crop_marks = true}));
  ToolRun boxes = RunTool("pdfinfo -box -f 1 -l 1 " + pdf.path());
  std::smatch match;
  ASSERT_TRUE(std::regex_search(boxes.output, match,
                                std::regex(R"(MediaBox:\s+0\.00\s+0\.00\s+([\d.]+)\s+([\d.]+))")))
      << boxes.output;
  EXPECT_NEAR(std::stod(match[1]), kA5Width + 2 * margin, 0.01);
  EXPECT_NEAR(std::stod(match[2]), kA5Height + 2 * margin, 0.01);
  // The destination moves with the page.
  std::vector<std::string> dests = pdf.ObjectsWith("(page-6)\n");
  ASSERT_FALSE(dests.empty());
  ASSERT_TRUE(std::regex_search(
      dests[0], match, std::regex(R"(\(page-6\)\s*\[\s*\d+ 0 R\s*/XYZ\s*([\d.]+)\s*([\d.]+))")));
  EXPECT_NEAR(std::stod(match[1]), margin + 30, 0.01);
  EXPECT_NEAR(std::stod(match[2]), kA5Height + margin - 250, 0.01);
  // The marks are artifacts, like the folio: every stroke inside an /Artifact sequence.
  const std::string content = pdf.PageContents()[0];
  EXPECT_THAT(content, HasSubstr(" S\n"));
  for (size_t stroke = content.find(" S\n"); stroke != std::string::npos;
       stroke = content.find(" S\n", stroke + 1)) {
    size_t artifact = content.rfind("/Artifact BMC", stroke);
    size_t closed = content.rfind("EMC", stroke);
    EXPECT_TRUE(artifact != std::string::npos && (closed == std::string::npos || closed < artifact))
        << "a crop mark outside /Artifact at byte " << stroke;
  }
  EXPECT_THAT(Collapsed(TextMarks(content)), ElementsAre("H1", "P", "Artifact"));
}

// Grey levels of a page at 4 pixels per point, from pdftoppm's PGM image.
struct Raster {
  int width = 0, height = 0;
  std::string pixels;
  int At(double x_points, double y_points) const {
    int x = static_cast<int>(x_points * 4), y = static_cast<int>(y_points * 4);
    if (x < 0 || y < 0 || x >= width || y >= height) return -1;
    return static_cast<unsigned char>(pixels[static_cast<size_t>(y) * width + x]);
  }
  int DarkestAround(double x_points, double y_points) const {
    int darkest = 255;
    for (int dx = -2; dx <= 2; ++dx) {
      for (int dy = -2; dy <= 2; ++dy) {
        int value = At(x_points + dx / 4.0, y_points + dy / 4.0);
        if (value >= 0) darkest = std::min(darkest, value);
      }
    }
    return darkest;
  }
};

Raster RasterOfPage(const std::string& pdf_path, int page) {
  std::string number = std::to_string(page);
  ToolRun run = RunTool("pdftoppm -r 288 -gray -f " + number + " -l " + number + " " + pdf_path);
  Raster raster;
  std::smatch match;
  if (!std::regex_search(run.output, match, std::regex(R"(^P5\s+(\d+)\s+(\d+)\s+255\s)"))) {
    ADD_FAILURE() << "pdftoppm gave no PGM image";
    return raster;
  }
  raster.width = std::stoi(match[1]);
  raster.height = std::stoi(match[2]);
  raster.pixels = run.output.substr(match[0].length());
  return raster;
}

TEST(PrintOptionsPdfTest, CropMarksSitInTheSlugOutsideTheBleed) {
  const double bleed = 3 * kMm;
  const double trim = bleed + 24;  // where the trim box starts on the sheet
  PdfInspection pdf("marks_raster", Render(SampleBook(), {.bleed = bleed, .crop_marks = true}));
  Raster raster = RasterOfPage(pdf.path(), 1);
  ASSERT_GT(raster.width, 0);
  const double mark_middle = trim - bleed - 3 - 9;  // 3 pt gap, 18 pt mark
  // Top-left corner: a horizontal mark continuing the top edge, a vertical one the left edge.
  EXPECT_LT(raster.DarkestAround(mark_middle, trim), 160);
  EXPECT_LT(raster.DarkestAround(trim, mark_middle), 160);
  // Bottom-right corner.
  EXPECT_LT(raster.DarkestAround(trim + kA5Width + (trim - mark_middle), trim + kA5Height), 160);
  // Nothing inside the bleed at the corner, where a mark would show on a mis-cut sheet.
  EXPECT_EQ(raster.DarkestAround(trim - bleed / 2, trim - bleed / 2), 255);
  EXPECT_EQ(raster.DarkestAround(trim - bleed / 2, trim), 255);
}

// Six one-word pages, each word set at the page's left margin.
frames::DocumentFrames SixPages() {
  frames::DocumentFrames book;
  for (int i = 1; i <= 6; ++i) {
    std::string word = "page" + std::to_string(i);
    book.pages.push_back(
        Page({Begin("P"), Text(word, 50, 300), Destination(word, 50, 280), End("P")},
             std::to_string(i)));
  }
  book.outline = {{"Page three", 1, "page3"}};
  book.metadata = TestMetadata();
  return book;
}

// The words of each PDF page with their left edges, from pdftotext -bbox.
std::vector<std::vector<std::pair<std::string, double>>> WordsBySheet(const std::string& path) {
  ToolRun run = RunTool("pdftotext -bbox " + path + " -");
  std::vector<std::vector<std::pair<std::string, double>>> sheets;
  std::regex token(R"re(<page |<word xMin="([\d.]+)"[^>]*>([^<]*)</word>)re");
  for (std::sregex_iterator it(run.output.begin(), run.output.end(), token), end; it != end; ++it) {
    if ((*it)[0].str() == "<page ") {
      sheets.emplace_back();
    } else if (!sheets.empty()) {
      sheets.back().push_back({(*it)[2], std::stod((*it)[1])});
    }
  }
  return sheets;
}

TEST(PrintOptionsPdfTest, BookletImposesSixPagesOnFourA4Sides) {
  PdfInspection pdf("booklet",
                    Render(SixPages(), {.imposition = PrintOptions::Imposition::kBooklet}));
  EXPECT_EQ(pdf.Info("Pages"), "4");
  EXPECT_THAT(pdf.Info("Page size"), HasSubstr("841.89 x 595.276 pts"));
  const double fold = 297 * kMm / 2;
  const double left = fold - kA5Width + 50, right = fold + 50;  // each word's x on the sheet
  using Words = std::vector<std::pair<std::string, double>>;
  auto sheets = WordsBySheet(pdf.path());
  ASSERT_EQ(sheets.size(), 4u);
  // Sides: [blank | 1], [2 | blank], [6 | 3], [4 | 5].
  auto near = [](const Words& words, const Words& expected) {
    if (words.size() != expected.size()) return false;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].first != expected[i].first ||
          std::abs(words[i].second - expected[i].second) > 1) {
        return false;
      }
    }
    return true;
  };
  EXPECT_TRUE(near(sheets[0], {{"page1", right}}));
  EXPECT_TRUE(near(sheets[1], {{"page2", left}}));
  EXPECT_TRUE(near(sheets[2], {{"page6", left}, {"page3", right}}));
  EXPECT_TRUE(near(sheets[3], {{"page4", left}, {"page5", right}}));
}

TEST(PrintOptionsPdfTest, BookletIsUntaggedButKeepsDestinationsAndOutline) {
  PdfInspection pdf("booklet_nav",
                    Render(SixPages(), {.imposition = PrintOptions::Imposition::kBooklet}));
  EXPECT_THAT(pdf.qdf(), Not(HasSubstr("/StructTreeRoot")));
  EXPECT_THAT(pdf.qdf(), Not(HasSubstr("/PageLabels")));
  EXPECT_FALSE(pdf.ObjectsWith("/Title (Page three)").empty());
  std::vector<std::string> dests = pdf.ObjectsWith("(page3)\n");
  ASSERT_FALSE(dests.empty());
  std::smatch match;
  ASSERT_TRUE(std::regex_search(dests[0], match,
                                std::regex(R"(\(page3\)\s*\[\s*\d+ 0 R\s*/XYZ\s*([\d.]+))")));
  EXPECT_NEAR(std::stod(match[1]), 297 * kMm / 2 + 50, 0.01);  // page 3 is a right-hand page
}

TEST(PrintOptionsPdfTest, BookletWithLinksIsAnUndamagedPdfWithoutLinkAnnotations) {
  // Cairo 1.16 writes link annotations only through the structure tree; the untagged booklet
  // once referenced link objects it never wrote. PdfInspection runs `qpdf --check`.
  frames::DocumentFrames book = SixPages();
  book.pages[1].items.push_back(Link("page3", 50, 290, 40, 12));
  PdfInspection pdf("booklet_links",
                    Render(book, {.imposition = PrintOptions::Imposition::kBooklet}));
  EXPECT_THAT(pdf.qdf(), Not(HasSubstr("/Subtype /Link")));
  EXPECT_FALSE(pdf.ObjectsWith("/Title (Page three)").empty());  // bookmarks still work
}

TEST(PrintOptionsPdfTest, BookletPagesNeverDrawOverTheirNeighbours) {
  frames::DocumentFrames book = SixPages();
  // A rule far wider than page 3, which sits right of the fold on the third side, beside page 6.
  book.pages[2].items.push_back(Rule(-100, 400, kA5Width + 100, 400, 4));
  PdfInspection pdf("booklet_clip",
                    Render(book, {.imposition = PrintOptions::Imposition::kBooklet}));
  Raster side = RasterOfPage(pdf.path(), 3);
  ASSERT_GT(side.width, 0);
  const double fold = 297 * kMm / 2;
  EXPECT_LT(side.DarkestAround(fold + 200, 400), 100);  // on page 3
  EXPECT_EQ(side.DarkestAround(fold - 50, 400), 255);   // on page 6: clipped away
}

}  // namespace
}  // namespace galley::render
