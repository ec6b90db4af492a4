#include "manuscript/source_text.h"

#include <gtest/gtest.h>

namespace galley::manuscript {
namespace {

TEST(SourceTextTest, SplitsLinesWithoutTheirEndings) {
  SourceText source("a.md", "one\r\ntwo\n\nfour");
  EXPECT_EQ(source.line_count(), 4);
  EXPECT_EQ(source.Line(1), "one");
  EXPECT_EQ(source.Line(2), "two");
  EXPECT_EQ(source.Line(3), "");
  EXPECT_EQ(source.Line(4), "four");
  EXPECT_EQ(source.Line(5), "");
  EXPECT_EQ(source.LineStart(2), 5u);
}

TEST(SourceTextTest, ColumnsCountCodePointsNotBytes) {
  SourceText source("a.md", "“Émigré” x\n");
  // Byte columns: “ = 1..3, É = 4..5, m = 6, … ” = 12..14, x = 16.
  EXPECT_EQ(source.Position(1, 1), (SourcePos{1, 1}));
  EXPECT_EQ(source.Position(1, 4), (SourcePos{1, 2}));
  EXPECT_EQ(source.Position(1, 6), (SourcePos{1, 3}));
  EXPECT_EQ(source.Position(1, 16), (SourcePos{1, 10}));
  // Going back on the line, or past its end, still works.
  EXPECT_EQ(source.Position(1, 4), (SourcePos{1, 2}));
  EXPECT_EQ(source.Position(1, 99), (SourcePos{1, 11}));
  EXPECT_EQ(source.EndOfLine(1), (SourcePos{1, 11}));
}

TEST(SourceTextTest, PositionOfOffsetFindsTheLine) {
  SourceText source("a.md", "ab\ncdé\nf");
  EXPECT_EQ(source.PositionOfOffset(0), (SourcePos{1, 1}));
  EXPECT_EQ(source.PositionOfOffset(3), (SourcePos{2, 1}));
  EXPECT_EQ(source.PositionOfOffset(7), (SourcePos{2, 4}));  // after the two bytes of é
  EXPECT_EQ(source.PositionOfOffset(8), (SourcePos{3, 1}));
}

TEST(SourceTextTest, ErrorsQuoteTheLine) {
  SourceText source("a.md", "first\nsecond line\n");
  Error error = source.MakeError({2, 3}, "bad", "fix it");
  EXPECT_EQ(error.ToString(), "a.md:2:3: error: bad\n  second line\n    ^\n  hint: fix it\n");
  EXPECT_EQ(source.Where({2, 3}), "a.md:2:3");
}

}  // namespace
}  // namespace galley::manuscript
