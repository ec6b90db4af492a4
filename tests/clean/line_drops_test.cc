// structure.tsv's drop directive: source lines left out, from one anchor to another or by line
// numbers.
#include "clean/line_drops.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

constexpr const char* kFile = "t/structure.tsv";

std::vector<SourceLine> Lines() {
  return SplitLines("CONTENTS\n\nI. The start ....... 1\nII. The end ....... 9\n\n"
                    "Transcriber's note: spellings kept.\nMore of the note.\n\nCHAPTER I\n\n"
                    "Text.\n");
}

Status Drop(std::string_view directives, std::vector<SourceLine>* lines, Review* review) {
  Result<std::vector<StructureDirective>> parsed = ParseStructure(directives, kFile);
  EXPECT_TRUE(parsed.ok()) << parsed.error().ToString();
  return ApplyDrops(*parsed, kFile, lines, review);
}

TEST(LineDropsTest, FromOneAnchorThroughAnothersParagraph) {
  std::vector<SourceLine> lines = Lines();
  Review review;
  ASSERT_TRUE(Drop("drop\tCONTENTS\tTranscriber's note\n", &lines, &review).ok());
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1].text, "CHAPTER I");
  EXPECT_EQ(lines[1].number, 9);
  ASSERT_EQ(review.changes.size(), 1u);
  EXPECT_EQ(review.changes[0].rule, "drop");
  EXPECT_EQ(review.changes[0].line, 1);
  EXPECT_EQ(review.changes[0].note, "t/structure.tsv:1: lines 1\u20137");
}

TEST(LineDropsTest, ByLineNumbers) {
  std::vector<SourceLine> lines = Lines();
  Review review;
  ASSERT_TRUE(Drop("drop\t@3\t@4\n", &lines, &review).ok());
  EXPECT_EQ(lines.size(), 9u);
  EXPECT_EQ(lines[2].text, "");
  EXPECT_EQ(lines[3].number, 6);
}

TEST(LineDropsTest, ADropThatMatchesNothingIsAnError) {
  std::vector<SourceLine> lines = Lines();
  Review review;
  Status none = Drop("drop\tINDEX\t@4\n", &lines, &review);
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.error().where.ToString(), "t/structure.tsv:1:6");
  EXPECT_NE(none.error().message.find("\"INDEX\" matches no line"), std::string::npos);
  Status gone = Drop("drop\t@3\t@99\n", &lines, &review);
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().where.ToString(), "t/structure.tsv:1:9");
  Status several = Drop("drop\tI\t@4\n", &lines, &review);
  ASSERT_FALSE(several.ok());
  EXPECT_NE(several.error().message.find("begins 2 lines (3, 4)"), std::string::npos);
  Status backwards = Drop("drop\t@4\t@3\n", &lines, &review);
  ASSERT_FALSE(backwards.ok());
  EXPECT_NE(backwards.error().message.find("comes before the first"), std::string::npos);
}

}  // namespace
}  // namespace galley
