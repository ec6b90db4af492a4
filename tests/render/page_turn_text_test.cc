// A word hyphenated across a page turn reads whole on the page where it starts: the frames'
// run text is what the glyphs read as (layout/pages/page_turn_words.h), and the PDF carries it
// as /ActualText, which pdftotext (and a reader copying the text) takes instead of the glyphs.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "pdf_inspection.h"
#include "render/render_pdf.h"
#include "render_fixture.h"
#include "sample_book.h"

namespace galley::render {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace galley::render::testing;

// "his gar-" whose hyphen and the letter before it read as "rden": the text "his garden".
frames::FrameItem LineBeforeTurn() {
  frames::FrameItem item = Text("his gar-", 50, 500);
  frames::GlyphRunItem& run = item.text.runs[0];
  run.text = "his garden";
  run.glyphs.back().cluster = run.glyphs[run.glyphs.size() - 2].cluster;
  return item;
}

// "den a cow" whose first word reads as nothing, the space after it as itself.
frames::FrameItem LineAfterTurn() {
  frames::FrameItem item = Text("den a cow", 50, 100);
  frames::GlyphRunItem& run = item.text.runs[0];
  for (shaping::Glyph& glyph : run.glyphs) glyph.cluster = glyph.cluster < 3 ? 0 : glyph.cluster - 3;
  run.text = " a cow";
  return item;
}

frames::DocumentFrames TwoPages(frames::FrameItem after_turn) {
  frames::DocumentFrames book;
  book.pages.push_back(Page({Begin("P"), LineBeforeTurn(), End("P")}, "1"));
  book.pages.push_back(
      Page({Text("RUNNING HEAD", 50, 60), Begin("P"), std::move(after_turn), End("P")}, "2"));
  book.metadata = TestMetadata();
  return book;
}

TEST(PageTurnTextTest, TheWordReadsWholeBeforeTheRunningHead) {
  PdfInspection pdf("page_turn", Render(TwoPages(LineAfterTurn())));
  ToolRun text = RunTool("pdftotext " + pdf.path() + " -");
  EXPECT_THAT(text.output, HasSubstr("his garden"));
  EXPECT_THAT(text.output, Not(HasSubstr("den a cow")));
  EXPECT_THAT(text.output, HasSubstr("a cow"));
  EXPECT_LT(text.output.find("garden"), text.output.find("RUNNING HEAD"));
}

TEST(PageTurnTextTest, AWholeRunOfTheWordsRestReadsAsNothing) {
  frames::FrameItem rest = Text("den", 50, 100);
  for (shaping::Glyph& glyph : rest.text.runs[0].glyphs) glyph.cluster = 0;
  rest.text.runs[0].text.clear();
  PdfInspection pdf("page_turn_rest", Render(TwoPages(std::move(rest))));
  ToolRun text = RunTool("pdftotext " + pdf.path() + " -");
  EXPECT_THAT(text.output, HasSubstr("his garden"));
  size_t head = text.output.find("RUNNING HEAD");
  ASSERT_NE(head, std::string::npos) << text.output;
  EXPECT_EQ(text.output.find("den", head), std::string::npos) << text.output;
}

TEST(PageTurnTextTest, ThePrintedGlyphsAreUnchanged) {
  // The hyphen keeps its own character in the font's ToUnicode map: another line's hyphen
  // still reads as a hyphen.
  frames::DocumentFrames book = TwoPages(LineAfterTurn());
  book.pages[1].items.push_back(Text("well-known", 50, 200));
  PdfInspection pdf("page_turn_hyphen", Render(book));
  ToolRun text = RunTool("pdftotext " + pdf.path() + " -");
  EXPECT_THAT(text.output, HasSubstr("well-known"));
}

}  // namespace
}  // namespace galley::render
