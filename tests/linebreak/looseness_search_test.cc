// The looseness search on long paragraphs: a line more or less must not keep a node for every
// line count at every breakpoint (words × lines: a 100,000-word paragraph took 524 s and
// 4.3 GB). The breaker reports the most nodes a run held; it must stay linear in the items.
// brute_force_test.cc shows the bounded search still finds the exhaustive optimum.
#include <gtest/gtest.h>

#include <vector>

#include "linebreak/knuth_plass.h"
#include "linebreak/prose_paragraph.h"

namespace galley::linebreak {
namespace {

BreakParams Params(int looseness) {
  BreakParams params;
  params.line_widths = {350};
  params.looseness = looseness;
  return params;
}

TEST(LoosenessSearchTest, LongParagraphGetsALineMoreOrLessWithLinearNodes) {
  std::vector<Item> items = testing::ProseParagraph(20000, 7);
  BreakResult optimum = BreakLines(items, Params(0));
  ASSERT_EQ(optimum.pass, 1);
  ASSERT_GT(optimum.lines.size(), 1000u);
  EXPECT_LT(optimum.nodes, 4 * items.size());
  for (int looseness : {1, -1}) {
    BreakResult variant = BreakLines(items, Params(looseness));
    EXPECT_EQ(variant.lines.size(), optimum.lines.size() + looseness) << looseness;
    EXPECT_GE(variant.demerits, optimum.demerits) << looseness;
    // Unbounded, a line count per breakpoint for hundreds of line counts: millions of nodes.
    // (x3: the paragraph's hyphen count, 0, 1 or 2 and more, is kept apart too.)
    EXPECT_LT(variant.nodes, 16 * 3 * items.size()) << looseness;
  }
}

// A count no breaking can have (every line is as full as it can be) is not searched for:
// the optimum comes back, with its own nodes only.
TEST(LoosenessSearchTest, UnreachableLineCountGivesTheOptimum) {
  std::vector<Item> items;
  for (int w = 0; w < 3000; ++w) {
    if (w > 0) items.push_back(Item::Glue(10, 0, 0));
    items.push_back(Item::Box(90));
  }
  items.push_back(Item::Penalty(0, kInfinity, false));
  items.push_back(Item::FillGlue());
  items.push_back(Item::Penalty(0, -kInfinity, true));
  BreakParams params = Params(-1);
  params.line_widths = {290};  // exactly three words a line, nothing to stretch or shrink
  BreakResult result = BreakLines(items, params);
  ASSERT_EQ(result.pass, 1);
  EXPECT_EQ(result.lines.size(), 1000u);
  EXPECT_LT(result.nodes, 2 * items.size());
}

}  // namespace
}  // namespace galley::linebreak
