// A character drawn with two glyphs (a small capital and a lower-case letter) gets one Cairo
// face per glyph, so that each has a one-byte code in its own font subset and running text
// does not switch fonts around every such letter.
#include "render/subset_faces.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "pdf_inspection.h"
#include "render/cairo_glyph_run.h"
#include "render_fixture.h"
#include "sample_book.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace galley::render::testing;

constexpr char kBody[] = "the exceptional ideas of the epoch";

frames::FrameItem SmallCaps(const std::string& text, double x, double y) {
  static const shaping::Shaper shaper("en");
  frames::FrameItem item = Text(text, x, y);
  shaping::FeatureSet small_caps;
  small_caps.small_caps = true;
  item.text.runs[0].glyphs = shaper.Shape(*Garamond(), 11, small_caps, text).glyphs;
  return item;
}

// A page that shows small capitals first (as a running head or title page does), then body
// text in the same font with the same letters.
frames::DocumentFrames HeadThenBody() {
  frames::DocumentFrames book;
  book.pages = {Page({Begin("Artifact"), SmallCaps("the epoch", 60, 40), End("Artifact"),
                      Begin("P"), Text(kBody, 60, 100), Text(kBody, 60, 113), End("P")},
                     "1")};
  book.metadata = TestMetadata();
  book.language = "en";
  return book;
}

uint32_t GlyphOf(const frames::FrameItem& item, char letter) {
  size_t at = item.text.runs[0].text.find(letter);
  for (const shaping::Glyph& glyph : item.text.runs[0].glyphs) {
    if (glyph.cluster == at) return glyph.id;
  }
  return 0;
}

TEST(SubsetFacesTest, EachCharactersCommonestGlyphIsInFaceZero) {
  frames::DocumentFrames book = HeadThenBody();
  uint32_t small_e = GlyphOf(SmallCaps("the", 0, 0), 'e');
  uint32_t lower_e = GlyphOf(Text("the", 0, 0), 'e');
  ASSERT_NE(small_e, lower_e) << "EB Garamond should have a small capital e";
  SubsetFaces faces = SubsetFaces::ForPages(book.pages);
  EXPECT_EQ(faces.FaceOf(TestFontId(Garamond()), lower_e), 0);  // 10 uses
  EXPECT_EQ(faces.FaceOf(TestFontId(Garamond()), small_e), 1);  // 2 uses
  // The space has one glyph: any face will do. So will anything of a font never seen.
  EXPECT_EQ(faces.FaceOf(TestFontId(Garamond()), GlyphOf(Text("a b", 0, 0), ' ')),
            SubsetFaces::kAnyFace);
  EXPECT_EQ(faces.FaceOf(TestFontId(GaramondItalic()), lower_e), SubsetFaces::kAnyFace);
}

TEST(SubsetFacesTest, ARunSplitsWhereItsFaceChanges) {
  frames::DocumentFrames book = HeadThenBody();
  SubsetFaces faces = SubsetFaces::ForPages(book.pages);
  // "theme the": a lower-case word, then "the" in small capitals.
  frames::FrameItem mixed = Text("theme ", 0, 0);
  frames::FrameItem tail = SmallCaps("the", 0, 0);
  for (shaping::Glyph glyph : tail.text.runs[0].glyphs) {
    glyph.cluster += 6;
    mixed.text.runs[0].glyphs.push_back(glyph);
  }
  mixed.text.runs[0].text += "the";
  CairoGlyphRun cairo = MakeCairoGlyphRun(mixed.text.runs[0]);
  std::vector<FaceRange> ranges =
      SplitByFace(faces, TestFontId(Garamond()), mixed.text.runs[0].text, cairo.glyphs,
                  cairo.clusters);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges[0].face, 0);
  EXPECT_EQ(ranges[0].text_length, 6);  // "theme ", its space included
  EXPECT_EQ(ranges[1].face, 1);
  EXPECT_EQ(ranges[1].text_begin, 6);
  EXPECT_EQ(ranges[1].glyph_begin + ranges[1].glyph_count,
            static_cast<int>(cairo.glyphs.size()));
}

TEST(SubsetFacesTest, BodyTextAfterSmallCapitalsStaysInOneFont) {
  PdfInspection pdf("subset-faces", Render(HeadThenBody()));
  std::string text = pdf.Text();
  EXPECT_THAT(text, HasSubstr("the epoch"));
  EXPECT_THAT(text, HasSubstr(kBody));
  // One font for the head, one for both body lines: before, every e of the body was drawn
  // from a second subset, with a font switch on either side of it.
  std::vector<std::string> pages = pdf.PageContents();
  ASSERT_EQ(pages.size(), 1u);
  std::regex font_switch(R"(/f-\d+-\d+ [\d.]+ Tf)");
  auto switches = std::distance(
      std::sregex_iterator(pages[0].begin(), pages[0].end(), font_switch), std::sregex_iterator());
  EXPECT_EQ(switches, 2);
  // Both faces are embedded as subsets with ToUnicode.
  ToolRun fonts = RunTool("pdffonts " + pdf.path());
  EXPECT_EQ(std::count(fonts.output.begin(), fonts.output.end(), '\n'), 4);  // 2 + 2 fonts
  EXPECT_THAT(fonts.output, Not(HasSubstr(" no ")));
}

}  // namespace
}  // namespace galley::render
