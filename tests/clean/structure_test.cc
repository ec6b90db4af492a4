#include "clean/structure.h"

#include <gtest/gtest.h>

#include "clean/clean_rules.h"

namespace galley {
namespace {

constexpr const char* kFile = "t/structure.tsv";

std::vector<Block> Blocks() {
  std::vector<SourceLine> lines = {
      {1, "Victor Serge was born in Brussels."}, {2, ""},
      {3, "He was a founding member."},          {4, ""},
      {5, "REPRINTED FROM 'SOLIDARITY'."},       {6, ""},
      {7, "# KRONSTADT 21"},                     {8, ""},
      {9, "The following text."},                {10, ""},
      {11, "- 6 -"},                             {12, ""},
      {13, "DURING THE NIGHT OF FEBRUARY 28-29, I was awakened."}, {14, ""},
      {15, "## WHY I SUPPORTED THE BOLSHEVIKS"}, {16, ""},
      {17, "Published by SOLIDARITY."}};
  Review review;
  return BuildBlocks(lines, &review);
}

std::vector<StructureDirective> Parse(std::string_view text) {
  Result<std::vector<StructureDirective>> parsed = ParseStructure(text, kFile);
  EXPECT_TRUE(parsed.ok()) << parsed.error().ToString();
  return parsed.ok() ? *parsed : std::vector<StructureDirective>{};
}

Error ParseError(std::string_view text) {
  Result<std::vector<StructureDirective>> parsed = ParseStructure(text, kFile);
  EXPECT_FALSE(parsed.ok());
  return parsed.ok() ? Error{} : parsed.error();
}

Error ApplyError(std::string_view text) {
  std::vector<Block> blocks = Blocks();
  Review review;
  Result<std::vector<DivisionStart>> starts = ApplyStructure(Parse(text), kFile, &blocks, &review);
  EXPECT_FALSE(starts.ok());
  return starts.ok() ? Error{} : starts.error();
}

TEST(StructureTest, MovesLeadInsLevelsAndDivisions) {
  std::vector<Block> blocks = Blocks();
  Review review;
  Result<std::vector<DivisionStart>> starts = ApplyStructure(
      Parse("# comment\n"
            "move\t# KRONSTADT\tbefore\tDURING THE NIGHT\n"
            "lead-in\tDURING THE NIGHT OF FEBRUARY 28-29,\n"
            "heading-level\t## WHY\t3\n"
            "division\tfront\tbiography\tAbout the Author\tVictor Serge\n"
            "division\tfront\tintroduction\tIntroduction\tREPRINTED\n"
            "division\tbody\t-\t-\t# KRONSTADT\n"
            "division\tback\tcolophon\tColophon\tPublished by\n"),
      kFile, &blocks, &review);
  ASSERT_TRUE(starts.ok()) << starts.error().ToString();
  ASSERT_EQ(starts->size(), 4u);
  EXPECT_EQ((*starts)[0].block_line, 1);
  EXPECT_EQ((*starts)[1].block_line, 5);
  // The page marker before the moved heading stays where it was; the body starts at the heading.
  EXPECT_EQ((*starts)[2].block_line, 11);
  EXPECT_EQ((*starts)[2].role, "");
  EXPECT_EQ((*starts)[3].title, "Colophon");

  std::vector<Division> divisions = SplitIntoDivisions(blocks, *starts);
  ASSERT_EQ(divisions.size(), 4u);
  EXPECT_EQ(divisions[0].blocks.size(), 2u);
  EXPECT_EQ(divisions[1].blocks.size(), 2u);
  const std::vector<Block>& body = divisions[2].blocks;
  ASSERT_EQ(body.size(), 4u);
  EXPECT_EQ(body[0].kind, BlockKind::kPageMarker);
  EXPECT_EQ(body[1].text.text, "KRONSTADT 21");
  EXPECT_EQ(body[2].text.marks[1].kind, MarkKind::kSmallCapsOpen);
  EXPECT_EQ(body[2].text.marks[2].kind, MarkKind::kSmallCapsClose);
  EXPECT_EQ(body[2].text.marks[2].offset, 35u);
  EXPECT_EQ(body[3].level, 3);
  EXPECT_EQ(review.changes.size(), 7u);
}

TEST(StructureTest, NoDivisionsMeansOneUntaggedDivision) {
  std::vector<Division> divisions = SplitIntoDivisions(Blocks(), {});
  ASSERT_EQ(divisions.size(), 1u);
  EXPECT_EQ(divisions[0].kind, "");
  EXPECT_EQ(divisions[0].blocks.size(), 9u);
}

TEST(ParseStructureTest, BadLines) {
  Error unknown = ParseError("\ndivide\tfront\n");
  EXPECT_EQ(unknown.where.ToString(), "t/structure.tsv:2:1");
  EXPECT_NE(unknown.message.find("unknown directive \"divide\""), std::string::npos);

  Error fields = ParseError("division\tfront\tbiography\tVictor\n");
  EXPECT_EQ(fields.where.ToString(), "t/structure.tsv:1:32");
  EXPECT_NE(fields.message.find("takes 4"), std::string::npos);

  Error kind = ParseError("division\tmiddle\t-\t-\tX\n");
  EXPECT_EQ(kind.where.ToString(), "t/structure.tsv:1:10");

  Error role = ParseError("division\tback\tbiography\t-\tX\n");
  EXPECT_EQ(role.where.ToString(), "t/structure.tsv:1:15");
  EXPECT_NE(role.hint.find("colophon"), std::string::npos);

  Error where = ParseError("move\tA\tbeside\tB\n");
  EXPECT_EQ(where.where.ToString(), "t/structure.tsv:1:8");

  Error level = ParseError("heading-level\t## X\t7\n");
  EXPECT_EQ(level.where.ToString(), "t/structure.tsv:1:20");

  Error empty = ParseError("lead-in\t\n");
  EXPECT_EQ(empty.where.ToString(), "t/structure.tsv:1:9");
}

TEST(ApplyStructureTest, AnAnchorThatMatchesNothing) {
  Error error = ApplyError("lead-in\tDURING THE DAY\n");
  EXPECT_EQ(error.where.ToString(), "t/structure.tsv:1:9");
  EXPECT_NE(error.message.find("matches no block"), std::string::npos);
  EXPECT_EQ(error.source_line, "lead-in\tDURING THE DAY");
}

TEST(ApplyStructureTest, AnAnchorThatMatchesSeveralBlocks) {
  Error error = ApplyError("division\tback\tcolophon\t-\tPublished\ndivision\tfront\t-\t-\tRE\n"
                           "move\tXX\tafter\tVictor\n");
  // Moves run first: their anchors are checked first.
  EXPECT_EQ(error.where.ToString(), "t/structure.tsv:3:6");
  Error several = ApplyError("lead-in\tREPRINTED\nheading-level\t#\t2\n");
  EXPECT_EQ(several.where.ToString(), "t/structure.tsv:2:15");
  EXPECT_NE(several.message.find("matches 2 blocks (lines 7, 15)"), std::string::npos);
}

TEST(ApplyStructureTest, DivisionsMustCoverTheTextInOrder) {
  Error before = ApplyError("division\tbody\t-\t-\tHe was\n");
  EXPECT_EQ(before.where.ToString(), "t/structure.tsv:1:19");
  EXPECT_NE(before.message.find("belongs to no division"), std::string::npos);

  Error order = ApplyError("division\tfront\t-\t-\tVictor\ndivision\tbody\t-\t-\tREPRINTED\n"
                           "division\tfront\t-\t-\tHe was\n");
  EXPECT_EQ(order.where.ToString(), "t/structure.tsv:3:20");
}

TEST(ApplyStructureTest, LeadInAndHeadingLevelNeedTheRightBlock) {
  EXPECT_NE(ApplyError("lead-in\t# KRONSTADT\n").message.find("lead-in"), std::string::npos);
  EXPECT_NE(ApplyError("heading-level\t- 6 -\t2\n").message.find("neither a heading"),
            std::string::npos);
}

// A heading the source did not mark: a one-line paragraph becomes one.
TEST(ApplyStructureTest, HeadingLevelMakesAOneLineParagraphAHeading) {
  std::vector<Block> blocks = Blocks();
  Review review;
  ASSERT_TRUE(ApplyStructure(Parse("heading-level\tREPRINTED FROM\t3\n"), kFile, &blocks,
                             &review).ok());
  EXPECT_EQ(blocks[2].kind, BlockKind::kHeading);
  EXPECT_EQ(blocks[2].level, 3);
}

// @LINE names the block that starts on a source line: two blocks that begin alike are told
// apart.
TEST(ApplyStructureTest, AnAnchorMayBeASourceLine) {
  std::vector<Block> blocks = Blocks();
  Review review;
  ASSERT_TRUE(ApplyStructure(Parse("heading-level\t@15\t3\n"), kFile, &blocks, &review).ok());
  EXPECT_EQ(blocks[7].level, 3);
  Error none = ApplyError("heading-level\t@16\t3\n");
  EXPECT_EQ(none.where.ToString(), "t/structure.tsv:1:15");
  EXPECT_NE(none.message.find("no block starts on line 16"), std::string::npos);
  EXPECT_NE(ParseError("lead-in\t@0\n").message.find("not a source line"), std::string::npos);
}

}  // namespace
}  // namespace galley
