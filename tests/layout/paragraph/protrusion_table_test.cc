#include "layout/paragraph/protrusion_table.h"
#include "support/test_paths.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

TEST(ProtrusionTableTest, ReadsCharactersAndCodePointsInThousandths) {
  Result<ProtrusionTable> table = ProtrusionTable::Parse(
      "# comment\n.  0 700\n\nU+2018 500 0   # opening quote\n\u2014 150 150\n", "t.txt");
  ASSERT_TRUE(table.ok()) << table.error().ToString();
  EXPECT_DOUBLE_EQ(table->Right('.'), 0.7);
  EXPECT_DOUBLE_EQ(table->Left('.'), 0);
  EXPECT_DOUBLE_EQ(table->Left(0x2018), 0.5);
  EXPECT_DOUBLE_EQ(table->Right(0x2014), 0.15);
  EXPECT_DOUBLE_EQ(table->Right('a'), 0);  // unlisted
  table->Scale(0.5);
  EXPECT_DOUBLE_EQ(table->Right('.'), 0.35);
}

TEST(ProtrusionTableTest, ABadLineIsAnErrorAtItsLineAndColumn) {
  Result<ProtrusionTable> table = ProtrusionTable::Parse(".  0 700\n,  0  lots\n", "t.txt");
  ASSERT_FALSE(table.ok());
  EXPECT_EQ(table.error().where.ToString(), "t.txt:2:7");
  EXPECT_THAT(table.error().message, HasSubstr("'lots' is not a number from 0 to 1000"));
  EXPECT_FALSE(ProtrusionTable::Parse("ab 0 700\n", "t.txt").ok());
  EXPECT_FALSE(ProtrusionTable::Parse(". 0\n", "t.txt").ok());
  EXPECT_FALSE(ProtrusionTable::Parse(". 0 700\n. 0 500\n", "t.txt").ok());  // twice
}

TEST(ProtrusionTableTest, TheShippedTableHangsLightMarksAsMicrotypeDoes) {
  std::ifstream file(galley::testing::SourceDir() + "/fonts/protrusion/ebgaramond.txt");
  std::stringstream text;
  text << file.rdbuf();
  Result<ProtrusionTable> table = ProtrusionTable::Parse(text.str(), "ebgaramond.txt");
  ASSERT_TRUE(table.ok()) << table.error().ToString();
  EXPECT_DOUBLE_EQ(table->Right('.'), 0.7);
  EXPECT_DOUBLE_EQ(table->Right('-'), 0.7);
  EXPECT_DOUBLE_EQ(table->Right(','), 0.5);
  EXPECT_GT(table->Left(0x201C), 0);  // opening quotes hang left
}

TEST(ProtrusionTableTest, HangIsTheEdgeCharactersShareOfTheirGlyphs) {
  Result<ProtrusionTable> table = ProtrusionTable::Parse("\u2018 500 0\n. 0 700\n", "t.txt");
  ASSERT_TRUE(table.ok());
  // "‘a." as three glyphs of 4, 5 and 2 pt; the quote is three bytes.
  shaping::ShapedRun run;
  run.glyphs.resize(3);
  run.glyphs[0].cluster = 0;
  run.glyphs[0].x_advance = 4;
  run.glyphs[1].cluster = 3;
  run.glyphs[1].x_advance = 5;
  run.glyphs[2].cluster = 4;
  run.glyphs[2].x_advance = 2;
  Hang hang = HangOf(*table, "\u2018a.", run, 0, 5);
  EXPECT_DOUBLE_EQ(hang.left, 2);
  EXPECT_NEAR(hang.right, 1.4, 1e-6);
  Hang inner = HangOf(*table, "\u2018a.", run, 3, 4);  // "a" alone: nothing hangs
  EXPECT_EQ(inner.left, 0);
  EXPECT_EQ(inner.right, 0);
}

}  // namespace
}  // namespace galley::layout
