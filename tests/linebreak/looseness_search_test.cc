// The looseness search on long paragraphs: a line more or less must not keep a node for every
// line count at every breakpoint (words × lines: a 100,000-word paragraph took 524 s and
// 4.3 GB). The breaker reports the most nodes a run held; it must stay linear in the items.
// brute_force_test.cc shows the bounded search still finds the exhaustive optimum.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <vector>

#include "linebreak/knuth_plass.h"

namespace galley::linebreak {
namespace {

// Prose-like: words of 2–12 letters at 5 units a letter, some with hyphenation points,
// spaces 6/4/2, a comma now and then.
std::vector<Item> LongParagraph(int words, uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<Item> items;
  items.push_back(Item::Box(18));
  for (int w = 0; w < words; ++w) {
    if (w > 0) items.push_back(Item::Glue(6, 4, 2));
    int letters = 2 + static_cast<int>(random() % 11);
    if (letters >= 8) {
      int first = 3 + static_cast<int>(random() % (letters - 5));
      items.push_back(Item::Box(5.0 * first));
      items.push_back(Item::Penalty(4, 50, true));
      items.push_back(Item::Box(5.0 * (letters - first)));
    } else {
      items.push_back(Item::Box(5.0 * letters));
    }
  }
  items.push_back(Item::Penalty(0, kInfinity, false));
  items.push_back(Item::FillGlue());
  items.push_back(Item::Penalty(0, -kInfinity, true));
  return items;
}

BreakParams Params(int looseness) {
  BreakParams params;
  params.line_widths = {350};
  params.looseness = looseness;
  return params;
}

TEST(LoosenessSearchTest, LongParagraphGetsALineMoreOrLessWithLinearNodes) {
  std::vector<Item> items = LongParagraph(20000, 7);
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
