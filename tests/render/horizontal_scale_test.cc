// Glyph expansion in the renderer: a run with a horizontal scale is drawn with a widened font
// matrix, so its text still copies out whole and Cairo writes the line as plain text with no
// per-glyph position adjustments.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <regex>

#include "pdf_inspection.h"
#include "render/line_run.h"
#include "render_fixture.h"
#include "sample_book.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using namespace galley::render::testing;

constexpr char kLine[] = "whose stupid blundering provoked the rebellion";

// `item`'s glyphs set `scale` times wider, as layout sets an expanded line.
frames::FrameItem Scaled(frames::FrameItem item, double scale) {
  for (shaping::Glyph& glyph : item.text.runs[0].glyphs) {
    glyph.x_advance = static_cast<float>(glyph.x_advance * scale);
    glyph.x_offset = static_cast<float>(glyph.x_offset * scale);
  }
  item.text.runs[0].horizontal_scale = scale;
  return item;
}

frames::DocumentFrames OneLine(const frames::FrameItem& line) {
  frames::DocumentFrames book;
  book.pages = {Page({Begin("P"), line, End("P")}, "1")};
  book.metadata = TestMetadata();
  book.language = "en";
  return book;
}

// The numbers inside the TJ arrays of a content stream: Cairo's position adjustments.
int AdjustmentsIn(const std::string& content) {
  static const std::regex kArray(R"(\[([^\]]*)\]\s*TJ)");
  static const std::regex kNumber(R"([)>]\s*(-?\d+))");
  int count = 0;
  for (std::sregex_iterator it(content.begin(), content.end(), kArray), end; it != end; ++it) {
    std::string array = (*it)[1];
    count += static_cast<int>(std::distance(
        std::sregex_iterator(array.begin(), array.end(), kNumber), std::sregex_iterator()));
  }
  return count;
}

// pdftotext's width of the first word on the page, from -bbox.
double FirstWordWidth(const PdfInspection& pdf) {
  ToolRun boxes = RunTool("pdftotext -bbox " + pdf.path() + " -");
  std::smatch match;
  std::regex word(R"re(<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)")re");
  if (!std::regex_search(boxes.output, match, word)) return 0;
  return std::stod(match[2]) - std::stod(match[1]);
}

TEST(HorizontalScaleTest, AScaledRunCopiesOutWholeAndIsDrawnWider) {
  frames::FrameItem natural = Text(kLine, 60, 100);
  PdfInspection plain("unscaled", Render(OneLine(natural)));
  PdfInspection wide("scaled", Render(OneLine(Scaled(natural, 1.03))));
  EXPECT_THAT(wide.Text(), HasSubstr(kLine));
  EXPECT_NEAR(FirstWordWidth(wide), 1.03 * FirstWordWidth(plain), 0.05);
  // The font matrix carries the scale: 11 pt × 1.03 wide, 11 pt high.
  std::vector<std::string> pages = wide.PageContents();
  ASSERT_EQ(pages.size(), 1u);
  EXPECT_THAT(pages[0], HasSubstr("11.33 0 0 -11 "));
  // Cairo's advances in the widened font are the run's advances: no more adjustments than the
  // unscaled line's kerning and word spaces.
  EXPECT_EQ(AdjustmentsIn(pages[0]), AdjustmentsIn(plain.PageContents()[0]));
}

TEST(HorizontalScaleTest, CondensedTextCopiesOutWholeToo) {
  PdfInspection narrow("condensed", Render(OneLine(Scaled(Text(kLine, 60, 100), 0.97))));
  EXPECT_THAT(narrow.Text(), HasSubstr(kLine));
  EXPECT_THAT(narrow.PageContents()[0], HasSubstr("10.67 0 0 -11 "));
}

TEST(HorizontalScaleTest, OnlyRunsOfOneScaleJoinIntoALine) {
  frames::FrameItem the = Scaled(Text("the", 50, 100), 1.02);
  double after = 50 + 20;
  LineRun line = StartLine(the.text.runs[0]);
  const fonts::Font& font = *Garamond();
  EXPECT_FALSE(ContinueLine(line, Scaled(Text("king", after, 100), 1.01).text.runs[0], font));
  EXPECT_FALSE(ContinueLine(line, Text("king", after, 100).text.runs[0], font));
  EXPECT_TRUE(ContinueLine(line, Scaled(Text("king", after, 100), 1.02).text.runs[0], font));
  EXPECT_EQ(line.run().text, "the king");
  EXPECT_EQ(line.run().horizontal_scale, 1.02);
}

TEST(HorizontalScaleTest, RefusesAScaleThatIsNotPositive) {
  for (double scale : {0.0, -1.0}) {
    frames::FrameItem line = Text(kLine, 60, 100);
    line.text.runs[0].horizontal_scale = scale;
    Result<std::string> pdf = RenderPdf(OneLine(line), TestFaces(), {});
    ASSERT_FALSE(pdf.ok());
    EXPECT_THAT(pdf.error().message, HasSubstr("horizontal scale"));
  }
}

}  // namespace
}  // namespace galley::render
