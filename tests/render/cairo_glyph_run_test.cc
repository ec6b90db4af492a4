#include "render/cairo_glyph_run.h"

#include <gtest/gtest.h>

namespace galley::render {
namespace {

frames::GlyphRunItem ShapedAs(std::string text, std::vector<uint32_t> clusters) {
  frames::GlyphRunItem run;
  run.text = std::move(text);
  for (uint32_t cluster : clusters) {
    run.glyphs.push_back({.id = 10 + cluster, .x_advance = 5, .cluster = cluster});
  }
  return run;
}

std::vector<std::pair<int, int>> BytesAndGlyphs(const CairoGlyphRun& run) {
  std::vector<std::pair<int, int>> out;
  for (const cairo_text_cluster_t& cluster : run.clusters) {
    out.push_back({cluster.num_bytes, cluster.num_glyphs});
  }
  return out;
}

TEST(CairoGlyphRunTest, LigatureIsOneGlyphForThreeBytes) {
  // "office" shaped with the ffi ligature: o, ffi, c, e.
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("office", {0, 1, 4, 5}));
  std::vector<std::pair<int, int>> expected = {{1, 1}, {3, 1}, {1, 1}, {1, 1}};
  EXPECT_EQ(BytesAndGlyphs(run), expected);
}

TEST(CairoGlyphRunTest, GlyphsSharingAClusterStayTogether) {
  // A base and a combining mark shaped as two glyphs of one cluster ("é" decomposed: 3 bytes).
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("e\xCC\x81x", {0, 0, 3}));
  std::vector<std::pair<int, int>> expected = {{3, 2}, {1, 1}};
  EXPECT_EQ(BytesAndGlyphs(run), expected);
}

TEST(CairoGlyphRunTest, MultiByteCharactersKeepTheirBytes) {
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("\xC3\xA9t\xC3\xA9", {0, 2, 3}));  // "été"
  std::vector<std::pair<int, int>> expected = {{2, 1}, {1, 1}, {2, 1}};
  EXPECT_EQ(BytesAndGlyphs(run), expected);
}

TEST(CairoGlyphRunTest, TextBeforeTheFirstGlyphJoinsTheFirstCluster) {
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("xab", {1, 2}));
  std::vector<std::pair<int, int>> expected = {{2, 1}, {1, 1}};
  EXPECT_EQ(BytesAndGlyphs(run), expected);
}

TEST(CairoGlyphRunTest, DecreasingClustersFallBackToOneCluster) {
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("abc", {2, 0, 1}));
  std::vector<std::pair<int, int>> expected = {{3, 3}};
  EXPECT_EQ(BytesAndGlyphs(run), expected);
}

TEST(CairoGlyphRunTest, ClusterOutsideTheTextFallsBackToOneCluster) {
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("ab", {0, 7}));
  std::vector<std::pair<int, int>> expected = {{2, 2}};
  EXPECT_EQ(BytesAndGlyphs(run), expected);
}

TEST(CairoGlyphRunTest, NoTextReadsAsNothing) {
  // The rest of a word read whole on the page before (layout/pages/page_turn_words.h): one
  // cluster of no bytes, which Cairo writes as an empty /ActualText.
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("", {0, 0}));
  std::vector<std::pair<int, int>> expected = {{0, 2}};
  EXPECT_EQ(BytesAndGlyphs(run), expected);
  EXPECT_EQ(run.glyphs.size(), 2u);
}

TEST(CairoGlyphRunTest, NoGlyphsMeansNoClusters) {
  CairoGlyphRun run = MakeCairoGlyphRun(ShapedAs("abc", {}));
  EXPECT_TRUE(run.clusters.empty());
}

TEST(CairoGlyphRunTest, PositionsAddAdvancesAndOffsets) {
  frames::GlyphRunItem run = ShapedAs("abc", {0, 1, 2});
  run.x = 100;
  run.y = 200;
  run.glyphs[1].x_offset = 1.5;
  run.glyphs[2].y_offset = 2;  // HarfBuzz: up is positive; the page's y grows downward
  CairoGlyphRun out = MakeCairoGlyphRun(run);
  ASSERT_EQ(out.glyphs.size(), 3u);
  EXPECT_DOUBLE_EQ(out.glyphs[0].x, 100);
  EXPECT_DOUBLE_EQ(out.glyphs[1].x, 106.5);
  EXPECT_DOUBLE_EQ(out.glyphs[2].x, 110);
  EXPECT_DOUBLE_EQ(out.glyphs[0].y, 200);
  EXPECT_DOUBLE_EQ(out.glyphs[2].y, 198);
  EXPECT_EQ(out.glyphs[2].index, 12u);
}

}  // namespace
}  // namespace galley::render
