#include "clean/blocks.h"

#include <gtest/gtest.h>

#include "clean/clean_rules.h"
#include "clean/numbered_lines.h"

namespace galley {
namespace {

int CountRule(const Review& review, std::string_view rule) {
  int count = 0;
  for (const Change& change : review.changes) count += change.rule == rule ? 1 : 0;
  return count;
}

TEST(BuildBlocksTest, ClassifiesEachLine) {
  Review review;
  std::vector<Block> blocks = BuildBlocks(
      NumberedLines({"# TITLE", "", "First paragraph.", "", "6912", "", ". .", "", "- 6 -", "",
                     "#### Section", "", "\\*", "", "Last."}),
      &review);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[0].level, 1);
  EXPECT_EQ(blocks[0].text.text, "TITLE");
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].line, 3);
  EXPECT_EQ(blocks[1].source_text, "First paragraph.");
  EXPECT_EQ(blocks[2].kind, BlockKind::kPageMarker);
  EXPECT_EQ(blocks[2].label, "6");
  EXPECT_EQ(blocks[2].line, 9);
  EXPECT_EQ(blocks[3].level, 4);
  EXPECT_EQ(blocks[4].kind, BlockKind::kSceneBreak);
  EXPECT_EQ(blocks[5].text.text, "Last.");
  EXPECT_EQ(CountRule(review, rule::kStrayNumber), 1);
  EXPECT_EQ(CountRule(review, rule::kNoiseLine), 1);
  EXPECT_EQ(CountRule(review, rule::kFolio), 1);
  EXPECT_EQ(CountRule(review, rule::kSceneBreak), 1);
}

TEST(BuildBlocksTest, WrappedLinesFormOneParagraph) {
  Review review;
  std::vector<Block> blocks =
      BuildBlocks(NumberedLines({"The first line", "  and the second.", "", "Next."}), &review);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text.text, "The first line and the second.");
  EXPECT_EQ(blocks[0].text.LineAt(0), 1);
  EXPECT_EQ(blocks[0].text.LineAt(blocks[0].text.text.find("and")), 2);
}

TEST(BuildBlocksTest, ARemovedLineEndsAParagraph) {
  Review review;
  std::vector<Block> blocks = BuildBlocks(NumberedLines({"Text", ".", "More"}), &review);
  ASSERT_EQ(blocks.size(), 2u);
}

}  // namespace
}  // namespace galley
