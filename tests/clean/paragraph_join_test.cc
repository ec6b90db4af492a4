#include "clean/paragraph_join.h"

#include <gtest/gtest.h>

#include "clean/clean_rules.h"
#include "clean/inline_markup.h"
#include "clean/numbered_lines.h"

namespace galley {
namespace {

std::vector<Block> Joined(std::vector<std::string> texts, Review* review) {
  std::vector<Block> blocks = BuildBlocks(NumberedLines(std::move(texts)), review);
  JoinSplitParagraphs(&blocks, review);
  return blocks;
}

TEST(EndsCompleteTest, TerminalPunctuation) {
  for (const char* text : {"End.", "Really?", "No!", "as follows:", "one;", "began\u2026",
                           "'Kozlovski -'", "(so)", "know.\u2019", "he said \"yes\"", "", "x.  "}) {
    EXPECT_TRUE(EndsComplete(text)) << text;
  }
  for (const char* text : {"that they intended to shoot", "Zorin and a few", "Now", "class,",
                           "counter-", "in 1921", "Kozlovski -"}) {
    EXPECT_FALSE(EndsComplete(text)) << text;
  }
}

TEST(JoinSplitParagraphsTest, JoinsAcrossRemovedLines) {
  Review review;
  std::vector<Block> blocks = Joined(
      {"'It is hard to believe,' I said, 'that they intended to shoot", "",
       "you. Did you really see any such order?'", "", "-", "", "\u00B7 \u00B7", "",
       "He looked embarrassed."},
      &review);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].text.text,
            "'It is hard to believe,' I said, 'that they intended to shoot you. Did you really "
            "see any such order?'");
  EXPECT_EQ(blocks[0].text.LineAt(blocks[0].text.text.find("you.")), 3);
  int joins = 0;
  for (const Change& change : review.changes) {
    if (change.rule != rule::kPageJoin) continue;
    ++joins;
    EXPECT_EQ(change.line, 1);
    EXPECT_NE(change.before.find("shoot | you."), std::string::npos);
    EXPECT_EQ(change.note, "joined with line 3");
  }
  EXPECT_EQ(joins, 1);
}

TEST(JoinSplitParagraphsTest, AFolioInsideAParagraphBecomesAnInlineMarker) {
  Review review;
  std::vector<Block> blocks = Joined({"and the working class", "", "- 12 -", "",
                                      "and the intelligentsia."},
                                     &review);
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].text.text, "and the working class and the intelligentsia.");
  bool found = false;
  for (const Mark& mark : blocks[0].text.marks) {
    if (mark.kind != MarkKind::kPageBreak) continue;
    found = true;
    EXPECT_EQ(mark.label, "12");
    EXPECT_EQ(mark.offset, blocks[0].text.text.find("and the intell"));
  }
  EXPECT_TRUE(found);
}

TEST(JoinSplitParagraphsTest, AFolioBetweenCompleteParagraphsStaysABlock) {
  Review review;
  std::vector<Block> blocks = Joined({"Away from Petrograd.", "", "- 6 -", "", "Meanwhile."},
                                     &review);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kPageMarker);
}

TEST(JoinSplitParagraphsTest, NeverJoinsIntoAHeadingOrSceneBreak) {
  Review review;
  EXPECT_EQ(Joined({"A line without a stop", "", "## HEADING", "", "text"}, &review).size(), 3u);
  EXPECT_EQ(Joined({"A line without a stop", "", "\\*", "", "text"}, &review).size(), 3u);
  EXPECT_EQ(Joined({"## HEADING WITHOUT STOP", "", "text"}, &review).size(), 2u);
}

TEST(JoinSplitParagraphsTest, ChainsOfBreaksJoinIntoOne) {
  Review review;
  EXPECT_EQ(Joined({"one", "", "two", "", "three."}, &review)[0].text.text, "one two three.");
}

// The hyphen stays; the broken-hyphen rule judges it later (dictionary_rules_test.cc).
TEST(JoinSplitParagraphsTest, AWordHyphenatedAcrossTheBreakKeepsItsHyphen) {
  Review review;
  std::vector<Block> blocks = Joined({"the counter-", "", "revolution won."}, &review);
  EXPECT_EQ(blocks[0].text.text, "the counter-revolution won.");
  EXPECT_EQ(blocks[0].text.LineAt(blocks[0].text.text.find("revolution")), 3);
}

TEST(EndsCompleteTest, ClosingQuotesOfEveryLanguage) {
  for (const char* text : {"er sagte \u00BBja\u00AB", "il dit \u00AB oui \u00BB",
                           "sagte er \u201Eja\u201C", "he said \u201Cyes\u201D",
                           "\u201Ejo\u201D", "\u201Ejo\u201E"}) {
    EXPECT_TRUE(EndsComplete(text)) << text;
  }
}

TEST(IsHeadingLikeTest, CapitalsAndSignatures) {
  for (const char* text : {"CHAPTER I", "VIVE LA COMMUNE", "JULIE", "Victor Serge",
                           "\u00C9MILE ZOLA"}) {
    EXPECT_TRUE(IsHeadingLike(text)) << text;
  }
  for (const char* text : {"that they intended to shoot", "DURING THE NIGHT OF FEBRUARY 28,",
                           "He said that", "Petrograd.", "a few more"}) {
    EXPECT_FALSE(IsHeadingLike(text)) << text;
  }
}

TEST(JoinSplitParagraphsTest, NeverJoinsIntoOrOutOfAHeadingLikeLine) {
  Review review;
  EXPECT_EQ(Joined({"I remain, yours faithfully,", "", "JULIE", "", "P.S. Write soon."},
                   &review).size(),
            3u);
  EXPECT_EQ(Joined({"VIVE LA COMMUNE", "", "and then they came."}, &review).size(), 2u);
  EXPECT_EQ(Joined({"with our regards", "", "Victor Serge"}, &review).size(), 2u);
  EXPECT_EQ(Joined({"so he said \u00BBja\u00AB", "", "Dann ging er."}, &review).size(), 2u);
}

}  // namespace
}  // namespace galley
