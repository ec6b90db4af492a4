#include "render/line_run.h"

#include <gtest/gtest.h>

#include "render_fixture.h"

namespace galley::render {
namespace {

using namespace galley::render::testing;

double Width(const frames::GlyphRunItem& run) {
  double width = 0;
  for (const shaping::Glyph& glyph : run.glyphs) width += glyph.x_advance;
  return width;
}

// Where each glyph lands: the run's x plus the advances before it.
std::vector<double> Positions(const frames::GlyphRunItem& run) {
  std::vector<double> positions;
  double pen = run.x;
  for (const shaping::Glyph& glyph : run.glyphs) {
    positions.push_back(pen);
    pen += glyph.x_advance;
  }
  return positions;
}

TEST(LineRunTest, WordsApartJoinWithASpace) {
  frames::GlyphRunItem line = Text("the", 50, 100).text.runs[0];
  frames::GlyphRunItem next = Text("king", 50 + Width(line) + 3, 100).text.runs[0];
  std::vector<double> expected = Positions(line);
  for (double x : Positions(next)) expected.push_back(x);

  LineRun joined = StartLine(line);
  ASSERT_TRUE(ContinueLine(joined, next, *Garamond()));
  line = joined.run();
  EXPECT_EQ(line.text, "the king");
  EXPECT_NEAR(joined.end, next.x + Width(next), 1e-4);
  std::vector<double> positions = Positions(line);
  ASSERT_EQ(positions.size(), expected.size() + 1);  // plus the space glyph
  positions.erase(positions.begin() + 3);
  for (size_t i = 0; i < expected.size(); ++i) EXPECT_NEAR(positions[i], expected[i], 1e-4);
  // The space glyph maps to the space; the second word's clusters follow it.
  EXPECT_EQ(line.glyphs[3].cluster, 3u);
  EXPECT_NE(line.glyphs[3].id, 0u);
  EXPECT_EQ(line.glyphs[4].cluster, 4u);
}

TEST(LineRunTest, AbuttingRunsJoinWithoutASpace) {
  frames::GlyphRunItem line = Text("king", 50, 100).text.runs[0];
  frames::GlyphRunItem next = Text("'s", 50 + Width(line) + 0.3, 100).text.runs[0];
  LineRun joined = StartLine(line);
  ASSERT_TRUE(ContinueLine(joined, next, *Garamond()));
  EXPECT_EQ(joined.run().text, "king's");
  EXPECT_NEAR(Positions(joined.run())[4], next.x, 1e-4);
}

TEST(LineRunTest, ALineOfOneRunBorrowsItAndTheFirstJoinCopiesIt) {
  frames::GlyphRunItem the = Text("the", 50, 100).text.runs[0];
  LineRun line = StartLine(the);
  EXPECT_EQ(&line.run(), &the);
  ASSERT_TRUE(
      ContinueLine(line, Text("king", 50 + Width(the) + 3, 100).text.runs[0], *Garamond()));
  EXPECT_NE(&line.run(), &the);
  EXPECT_EQ(the.text, "the");  // the frame's run is left as it was
}

TEST(LineRunTest, KeepsApartWhatIsNotOneLine) {
  const frames::GlyphRunItem the = Text("the", 50, 100).text.runs[0];
  LineRun line = StartLine(the);
  const frames::GlyphRunItem before = line.run();
  double after = 50 + Width(before) + 3;
  frames::GlyphRunItem other_baseline = Text("king", after, 112).text.runs[0];
  frames::GlyphRunItem bigger = Text("king", after, 100, 14).text.runs[0];
  frames::GlyphRunItem italic = TextIn(GaramondItalic(), "king", after, 100).text.runs[0];
  frames::GlyphRunItem overlapping = Text("king", 55, 100).text.runs[0];
  frames::GlyphRunItem red = Text("king", after, 100).text.runs[0];
  red.color = {1, 0, 0};
  for (const frames::GlyphRunItem* next : {&other_baseline, &bigger, &italic, &overlapping, &red}) {
    EXPECT_FALSE(ContinueLine(line, *next, *Garamond()));
    EXPECT_EQ(line.run().text, before.text);
    EXPECT_EQ(line.run().glyphs.size(), before.glyphs.size());
    EXPECT_FALSE(line.joined.has_value());
  }
}

}  // namespace
}  // namespace galley::render
