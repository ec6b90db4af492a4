#include "layout/pages/page_turn_words.h"

#include <gtest/gtest.h>

namespace galley::layout {
namespace {

// A set line of one run whose glyph i stands for byte clusters[i] of `text`.
SetLine LineOf(std::string text, std::vector<uint32_t> clusters, bool hyphenated = false,
               bool hyphen_added = false) {
  SetLine line;
  line.hyphenated = hyphenated;
  line.hyphen_added = hyphen_added;
  line.text = text;
  frames::GlyphRunItem run;
  run.text = std::move(text);
  for (uint32_t cluster : clusters) run.glyphs.push_back({.id = 10 + cluster, .cluster = cluster});
  line.runs.push_back(std::move(run));
  return line;
}

std::vector<uint32_t> ClustersOf(const SetLine& line) {
  std::vector<uint32_t> out;
  for (const shaping::Glyph& glyph : line.runs[0].glyphs) out.push_back(glyph.cluster);
  return out;
}

TEST(PageTurnWordsTest, AnAddedHyphenAndTheLetterBeforeReadAsTheRestOfTheWord) {
  SetLine before = LineOf("his gar-", {0, 1, 2, 3, 4, 5, 6, 7}, true, true);
  SetLine after = LineOf("den a cow", {0, 1, 2, 3, 4, 5, 6, 7, 8});
  ReadWordWholeBeforeTurn(after, &before);
  EXPECT_TRUE(before.read_whole);
  EXPECT_EQ(before.runs[0].text, "his garden");
  EXPECT_EQ(ClustersOf(before), (std::vector<uint32_t>{0, 1, 2, 3, 4, 5, 6, 6}));
  EXPECT_EQ(before.text, "his gar-");  // what is printed stays
}

TEST(PageTurnWordsTest, AWrittenHyphenStaysInTheWord) {
  SetLine before = LineOf("snake-", {0, 1, 2, 3, 4, 5}, true, false);
  SetLine after = LineOf("dance.", {0, 1, 2, 3, 4, 5});
  ReadWordWholeBeforeTurn(after, &before);
  EXPECT_EQ(before.runs[0].text, "snake-dance.");
  EXPECT_EQ(ClustersOf(before), (std::vector<uint32_t>{0, 1, 2, 3, 4, 4}));
}

TEST(PageTurnWordsTest, ALineWithoutAHyphenIsLeftAlone) {
  SetLine before = LineOf("his garden", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  SetLine after = LineOf("and a cow", {0, 1, 2, 3, 4, 5, 6, 7, 8});
  ReadWordWholeBeforeTurn(after, &before);
  EXPECT_FALSE(before.read_whole);
  EXPECT_EQ(before.runs[0].text, "his garden");
}

TEST(PageTurnWordsTest, AHyphenAloneInItsRunIsLeftAlone) {
  // One glyph given the whole word would become that glyph's character in the PDF font.
  SetLine before = LineOf("-", {0}, true, true);
  SetLine after = LineOf("den", {0, 1, 2});
  ReadWordWholeBeforeTurn(after, &before);
  EXPECT_FALSE(before.read_whole);
  EXPECT_EQ(before.runs[0].text, "-");
}

TEST(PageTurnWordsTest, TheRestOfTheWordReadsAsNothingAndItsSpaceAsItself) {
  SetLine after = LineOf("den a cow", {0, 1, 2, 3, 4, 5, 6, 7, 8});
  DropWordRestAfterTurn(&after);
  EXPECT_EQ(after.runs[0].text, " a cow");
  EXPECT_EQ(ClustersOf(after), (std::vector<uint32_t>{0, 0, 0, 0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(after.text, "den a cow");
}

TEST(PageTurnWordsTest, ARunThatIsAllTheRestReadsAsNothing) {
  SetLine after = LineOf("den.", {0, 1, 2, 3});
  DropWordRestAfterTurn(&after);
  EXPECT_EQ(after.runs[0].text, "");
  EXPECT_EQ(ClustersOf(after), (std::vector<uint32_t>{0, 0, 0, 0}));
}

}  // namespace
}  // namespace galley::layout
