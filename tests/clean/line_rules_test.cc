#include "clean/line_rules.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(NoiseLineTest, PunctuationOnlyLinesAreNoise) {
  for (const char* line :
       {".", "-", "\u00B7 \u00B7 \u00B7 \u00B7", "....", ". .", "  ,  ", "*-*"}) {
    EXPECT_TRUE(IsNoiseLine(line)) << line;
  }
}

TEST(NoiseLineTest, LinesWithTextOrDigitsAreNotNoise) {
  for (const char* line : {"", "   ", "a.", "6912", "- 6 -", "I.", "(1)", "\u2026 and"}) {
    EXPECT_FALSE(IsNoiseLine(line)) << line;
  }
}

TEST(StrayNumberTest, DigitsAlone) {
  EXPECT_TRUE(IsStrayNumberLine("6912"));
  EXPECT_TRUE(IsStrayNumberLine("  12 "));
  for (const char* line : {"", "- 6 -", "1917.", "53A", "10,000", "6 912"}) {
    EXPECT_FALSE(IsStrayNumberLine(line)) << line;
  }
}

TEST(FolioTest, NumbersBetweenDashes) {
  EXPECT_EQ(FolioLabel("- 6 -"), "6");
  EXPECT_EQ(FolioLabel("-7-"), "7");
  EXPECT_EQ(FolioLabel("  - 12 -  "), "12");
  EXPECT_EQ(FolioLabel("\u2013 iv \u2013"), "iv");
  EXPECT_EQ(FolioLabel("\u2014 3 \u2014"), "3");
}

TEST(FolioTest, NotFolios) {
  for (const char* line : {"6912", "-", "- -", "- 6", "6 -", "- six -", "- 6a -", "28-29",
                           "- the end -"}) {
    EXPECT_EQ(FolioLabel(line), std::nullopt) << line;
  }
}

TEST(SceneBreakTest, AsterisksAlone) {
  for (const char* line : {"\\*", "*", "* * *", "***", " \\* \\* "}) {
    EXPECT_TRUE(IsSceneBreakLine(line)) << line;
  }
  for (const char* line : {"", "\\", "*a*", "* item", "- - -", "#"}) {
    EXPECT_FALSE(IsSceneBreakLine(line)) << line;
  }
}

TEST(HeadingLineTest, LevelsAndText) {
  std::optional<HeadingLine> heading = ParseHeadingLine("#### THE PARTY REFLEX: LIES AND THREATS");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->level, 4);
  EXPECT_EQ(heading->text, "THE PARTY REFLEX: LIES AND THREATS");
  heading = ParseHeadingLine("# KRONSTADT 21 ##");
  ASSERT_TRUE(heading);
  EXPECT_EQ(heading->level, 1);
  EXPECT_EQ(heading->text, "KRONSTADT 21");
  EXPECT_EQ(ParseHeadingLine("## C#")->text, "C#");
}

TEST(HeadingLineTest, NotHeadings) {
  for (const char* line : {"#hashtag", "####### seven", "#", "## ", "text # not", "\\# x"}) {
    EXPECT_EQ(ParseHeadingLine(line), std::nullopt) << line;
  }
}

}  // namespace
}  // namespace galley
