// Nesting deeper than the documented limits (docs/manuscript.md, "Limits") is an error at the
// first level too deep, not a stack overflow: thousands of nested block quotes, lists or
// emphases crashed every command with SIGSEGV. Test bodies start on line 6.
#include <gtest/gtest.h>

#include <string>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using testing::FailsAt;

std::string Repeat(const std::string& piece, int times) {
  std::string out;
  out.reserve(piece.size() * static_cast<size_t>(times));
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

int Depth(const model::Block& block) {
  int depth = 0;
  for (const model::Block* b = &block; !b->children.empty(); b = &b->children.front()) ++depth;
  return depth;
}

TEST(NestingLimitTest, TenThousandNestedBlockQuotesAreAnError) {
  Result<model::Document> document = testing::ParseBody(Repeat("> ", 10000) + "deep\n");
  // The 101st quote starts at column 201.
  EXPECT_TRUE(FailsAt(document, "book.md:6:201", "nested more than 100 deep", "at most 100"));
}

TEST(NestingLimitTest, AHundredNestedBlockQuotesAreSet) {
  Result<model::Document> document = testing::ParseBody(Repeat("> ", 100) + "deep\n");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(Depth(testing::FirstBlocks(*document).at(0)), 100);
}

TEST(NestingLimitTest, ThreeThousandNestedListsAreAnError) {
  Result<model::Document> ordered = testing::ParseBody(Repeat("1. ", 3000) + "deep\n");
  EXPECT_TRUE(FailsAt(ordered, "book.md:6:301", "nested more than 100 deep", "at most 100"));
  Result<model::Document> bullets = testing::ParseBody(Repeat("- ", 3000) + "deep\n");
  EXPECT_TRUE(FailsAt(bullets, "book.md:6:201", "nested more than 100 deep", "at most 100"));
}

TEST(NestingLimitTest, NestedQuotesAndListsCountTogether) {
  Result<model::Document> document =
      testing::ParseBody(Repeat("> - ", 50) + "> x\n");  // 101 levels
  EXPECT_TRUE(FailsAt(document, "book.md:6:201", "nested more than 100 deep", "at most 100"));
}

// "*a *a … x b* b*": each emphasis opens inside the one before.
std::string NestedEmphasis(int depth) {
  return Repeat("*a ", depth) + "x" + Repeat(" b*", depth) + "\n";
}

TEST(NestingLimitTest, TenThousandNestedEmphasesAreAnError) {
  Result<model::Document> document = testing::ParseBody(NestedEmphasis(10000));
  // The 101st emphasis starts at column 301.
  EXPECT_TRUE(FailsAt(document, "book.md:6:301", "nested more than 100 deep", "at most 100"));
}

TEST(NestingLimitTest, AHundredNestedEmphasesAreSet) {
  Result<model::Document> document = testing::ParseBody(NestedEmphasis(100));
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  const model::Inline* inner = &testing::FirstBlocks(*document).at(0).inlines.at(0);
  int depth = 1;
  while (!inner->children.empty() && inner->children.size() > 1) {
    inner = &inner->children.at(1);
    ++depth;
  }
  EXPECT_EQ(depth, 100);
}

}  // namespace
}  // namespace galley::manuscript
