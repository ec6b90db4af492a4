// The page builder as a pure unit: blocks with synthetic heights (a grid of 10 units a line,
// pages of a few lines) so that every expected page is a table a person can check by hand.
#include "layout/pages/page_builder.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace galley::layout {
namespace {

constexpr double kLine = 10;

FlowBlock Para(int lines, std::vector<int> hyphenated_lines = {}) {
  FlowBlock block;
  block.kind = FlowKind::kParagraph;
  block.line_count = lines;
  block.line_height = kLine;
  block.hyphenated.assign(lines, false);
  for (int line : hyphenated_lines) block.hyphenated[line] = true;
  return block;
}

FlowBlock Heading(int lines = 2, int space_before = 1) {
  FlowBlock block;
  block.kind = FlowKind::kHeading;
  block.height = lines * kLine;
  block.space_before = space_before * kLine;
  return block;
}

FlowBlock SceneBreak() {
  FlowBlock block;
  block.kind = FlowKind::kSceneBreak;
  block.height = 3 * kLine;
  return block;
}

PageBuildParams Pages(int lines, bool balance = false) {
  PageBuildParams params;
  params.page_height = params.first_page_height = lines * kLine;
  params.line_height = kLine;
  params.balance_spreads = balance;
  return params;
}

// "b0:0-6 | b0:6-10 b1:0-3": each page's parts.
std::string Describe(const PageBuildResult& result) {
  std::string out;
  for (const BuiltPage& page : result.pages) {
    if (!out.empty()) out += " | ";
    std::string parts;
    for (const PagePart& part : page.parts) {
      if (!parts.empty()) parts += ' ';
      // append(), not `"b" + …`: GCC 12 warns falsely (-Wrestrict) on the latter.
      parts.append("b").append(std::to_string(part.block)).append(":");
      parts.append(std::to_string(part.first_line)).append("-");
      parts.append(std::to_string(part.end_line));
    }
    out += parts;
  }
  return out;
}

// Variants from a table: (block, delta) → variant.
class TableVariants : public VariantSource {
 public:
  std::map<std::pair<int, int>, LineVariant> table;
  std::vector<std::pair<int, int>> asked;
  std::optional<LineVariant> Variant(int block, int delta) override {
    asked.push_back({block, delta});
    auto found = table.find({block, delta});
    if (found == table.end()) return std::nullopt;
    return found->second;
  }
};

TEST(PageBuilderTest, FillsPagesToTheirDepth) {
  PageBuildResult result = BuildPages({Para(25)}, Pages(10), nullptr);
  EXPECT_EQ(Describe(result), "b0:0-10 | b0:10-20 | b0:20-25");
  EXPECT_DOUBLE_EQ(result.pages[0].depth, 100);
  EXPECT_DOUBLE_EQ(result.pages[1].parts[0].y, 0);
}

TEST(PageBuilderTest, NeverLeavesAWidow) {
  // 9 + 2 lines: a full page would split the two-line paragraph 1 + 1, so the page ends
  // after the first paragraph, a line short, rather than strand a widow.
  PageBuildResult result = BuildPages({Para(9), Para(2)}, Pages(10), nullptr);
  EXPECT_EQ(Describe(result), "b0:0-9 | b1:0-2");
}

TEST(PageBuilderTest, NeverLeavesAnOrphan) {
  // The second paragraph would start on the page's last line: it moves to the next page.
  PageBuildResult result = BuildPages({Para(9), Para(5)}, Pages(10), nullptr);
  EXPECT_EQ(Describe(result), "b0:0-9 | b1:0-5");
}

TEST(PageBuilderTest, SplitsALongParagraphLeavingTwoLinesEachSide) {
  PageBuildResult result = BuildPages({Para(7), Para(4)}, Pages(10), nullptr);
  EXPECT_EQ(Describe(result), "b0:0-7 b1:0-2 | b1:2-4");
  // Three lines cannot be split 2 + 1 or 1 + 2.
  result = BuildPages({Para(8), Para(3)}, Pages(10), nullptr);
  EXPECT_EQ(Describe(result), "b0:0-8 | b1:0-3");
}

TEST(PageBuilderTest, KeepsAHeadingWithTwoLines) {
  // Heading (1 line space + 2 lines) at lines 8-9 would leave one text line below it.
  PageBuildResult result = BuildPages({Para(6), Heading(), Para(6)}, Pages(10), nullptr);
  EXPECT_EQ(Describe(result), "b0:0-6 | b1:0-1 b2:0-6");
  // The heading's space before is dropped at the top of the page.
  EXPECT_DOUBLE_EQ(result.pages[1].parts[1].y, 20);
}

TEST(PageBuilderTest, KeepsSceneBreaksOffPageTopsAndFeet) {
  PageBuildResult result = BuildPages({Para(7), SceneBreak(), Para(6)}, Pages(10), nullptr);
  for (const BuiltPage& page : result.pages) {
    EXPECT_NE(page.parts.front().block, 1) << Describe(result);
    EXPECT_NE(page.parts.back().block, 1) << Describe(result);
  }
  EXPECT_EQ(Describe(result), "b0:0-5 | b0:5-7 b1:0-1 b2:0-4 | b2:4-6");
}

TEST(PageBuilderTest, UsesALongerParagraphRatherThanAShortPage) {
  // Without help the page would end a line short (a widow of b1 otherwise); b0 one line
  // longer fills it exactly.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{10, std::vector<bool>(10, false), 500};
  PageBuildResult result = BuildPages({Para(9), Para(2)}, Pages(10), &variants);
  EXPECT_EQ(Describe(result), "b0:0-10 | b1:0-2");
  EXPECT_EQ(result.deltas[0], +1);
  EXPECT_DOUBLE_EQ(result.pages[0].depth, 100);
}

TEST(PageBuilderTest, PicksTheCheapestVariantThatFillsThePage) {
  // 5 + 3 lines, then a 3-line paragraph that cannot be split: the page is 2 lines short.
  // b0 or b1 a line longer still leaves it a line short; b2 a line shorter fills it.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{6, std::vector<bool>(6, false), 900};
  variants.table[{1, +1}] = LineVariant{4, std::vector<bool>(4, false), 100};
  variants.table[{2, -1}] = LineVariant{2, std::vector<bool>(2, false), 300};
  PageBuildResult result =
      BuildPages({Para(5), Para(3), Para(3), Para(6)}, Pages(10), &variants);
  EXPECT_EQ(Describe(result), "b0:0-5 b1:0-3 b2:0-2 | b3:0-6");
  EXPECT_EQ(result.deltas, (std::vector<int>{0, 0, -1, 0}));
  EXPECT_DOUBLE_EQ(result.pages[0].depth, 100);
}

TEST(PageBuilderTest, TriesParagraphsWellUpThePage) {
  // b6 cannot start on the page's last line: a line short. Only b1, the sixth paragraph from
  // the foot that the repair counts (b6, which did not fit, is the first), has a variant.
  TableVariants variants;
  variants.table[{1, +1}] = LineVariant{4, std::vector<bool>(4, false), 100};
  std::vector<FlowBlock> blocks = {Para(3), Para(3), Para(3), Para(3), Para(3), Para(4), Para(3)};
  PageBuildResult result = BuildPages(blocks, Pages(20), &variants);
  EXPECT_EQ(Describe(result), "b0:0-3 b1:0-4 b2:0-3 b3:0-3 b4:0-3 b5:0-4 | b6:0-3");
  EXPECT_EQ(result.deltas, (std::vector<int>{0, 1, 0, 0, 0, 0, 0}));
}

TEST(PageBuilderTest, SetsAParagraphTwoLinesLongerWhenAHeadingMustMove) {
  // The heading (a line of space, two lines) and two lines of b2 need five lines; the page has
  // two left, so it ends two lines short. b0 a line longer leaves it a line short; two lines
  // longer fills it.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{9, std::vector<bool>(9, false), 100};
  variants.table[{0, +2}] = LineVariant{10, std::vector<bool>(10, false), 2000};
  PageBuildResult result = BuildPages({Para(8), Heading(), Para(6)}, Pages(10), &variants);
  EXPECT_EQ(Describe(result), "b0:0-10 | b1:0-1 b2:0-6");
  EXPECT_EQ(result.deltas, (std::vector<int>{2, 0, 0}));
}

TEST(PageBuilderTest, FillsAShortPageFromThePageBefore) {
  // Page 2 holds b2 (8 lines, no variant) and cannot take the heading: two lines short. On page
  // 1, b0 a line longer alone would leave b1 a widow of one line (page 1 then a line short);
  // b0 and b1 a line longer each push b1's last two lines over and fill both pages.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{6, std::vector<bool>(6, false), 100};
  variants.table[{1, +1}] = LineVariant{6, std::vector<bool>(6, false), 100};
  PageBuildResult result =
      BuildPages({Para(5), Para(5), Para(8), Heading(), Para(6)}, Pages(10), &variants);
  EXPECT_EQ(Describe(result), "b0:0-6 b1:0-4 | b1:4-6 b2:0-8 | b3:0-1 b4:0-6");
  EXPECT_EQ(result.deltas, (std::vector<int>{1, 1, 0, 0, 0}));
  EXPECT_DOUBLE_EQ(result.pages[0].depth, 100);
  EXPECT_DOUBLE_EQ(result.pages[1].depth, 100);
}

TEST(PageBuilderTest, FillsAShortPageFromTheTwoPagesBefore) {
  // Page 3 ends a line short: the heading and its two kept lines need five lines, it has one.
  // Pages 2 and 3 hold dialogue and paragraphs without variants; b0, on page 1, a line longer
  // pushes a line of b1 onto page 2 and one of b4 onto page 3, and all three pages are full.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{7, std::vector<bool>(7, false), 100};
  std::vector<FlowBlock> blocks = {Para(6), Para(6), Para(2), Para(2), Para(6), Para(2),
                                   Para(2), Para(2), Para(1), Heading(), Para(6)};
  EXPECT_EQ(Describe(BuildPages(blocks, Pages(10), nullptr)),
            "b0:0-6 b1:0-4 | b1:4-6 b2:0-2 b3:0-2 b4:0-4 | b4:4-6 b5:0-2 b6:0-2 b7:0-2 b8:0-1 | "
            "b9:0-1 b10:0-6");
  PageBuildResult result = BuildPages(blocks, Pages(10), &variants);
  EXPECT_EQ(Describe(result),
            "b0:0-7 b1:0-3 | b1:3-6 b2:0-2 b3:0-2 b4:0-3 | b4:3-6 b5:0-2 b6:0-2 b7:0-2 b8:0-1 | "
            "b9:0-1 b10:0-6");
  EXPECT_EQ(result.deltas, (std::vector<int>{1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
  for (size_t page = 0; page < 3; ++page) EXPECT_DOUBLE_EQ(result.pages[page].depth, 100);
}

TEST(PageBuilderTest, FillsAShortPageFromThreePagesBack) {
  // As above with one more page of paragraphs without variants between: b0 a line longer
  // pushes a line over each of three breaks, and all four pages are full.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{7, std::vector<bool>(7, false), 100};
  std::vector<FlowBlock> blocks = {Para(6), Para(6), Para(2), Para(2), Para(6), Para(2), Para(2),
                                   Para(6), Para(2), Para(2), Para(2), Para(1), Heading(), Para(6)};
  EXPECT_EQ(Describe(BuildPages(blocks, Pages(10), nullptr)),
            "b0:0-6 b1:0-4 | b1:4-6 b2:0-2 b3:0-2 b4:0-4 | b4:4-6 b5:0-2 b6:0-2 b7:0-4 | "
            "b7:4-6 b8:0-2 b9:0-2 b10:0-2 b11:0-1 | b12:0-1 b13:0-6");
  PageBuildResult result = BuildPages(blocks, Pages(10), &variants);
  EXPECT_EQ(Describe(result),
            "b0:0-7 b1:0-3 | b1:3-6 b2:0-2 b3:0-2 b4:0-3 | b4:3-6 b5:0-2 b6:0-2 b7:0-3 | "
            "b7:3-6 b8:0-2 b9:0-2 b10:0-2 b11:0-1 | b12:0-1 b13:0-6");
  EXPECT_EQ(result.deltas[0], 1);
  for (size_t page = 0; page < 4; ++page) EXPECT_DOUBLE_EQ(result.pages[page].depth, 100);
}

TEST(PageBuilderTest, PullsAHeadingUpWithFourParagraphsALineShorter) {
  // Page 2 holds nine lines of dialogue and cannot take the heading with its two kept lines
  // (five lines): a line short. Each paragraph a line shorter alone leaves it shorter still;
  // all four at once free the four lines the heading needs.
  TableVariants variants;
  variants.table[{1, -1}] = LineVariant{2, std::vector<bool>(2, false), 100};
  for (int block : {2, 3, 4}) {
    variants.table[{block, -1}] = LineVariant{1, std::vector<bool>(1, false), 100};
  }
  std::vector<FlowBlock> blocks = {Para(10), Para(3), Para(2), Para(2), Para(2), Heading(),
                                   Para(6)};
  EXPECT_EQ(Describe(BuildPages(blocks, Pages(10), nullptr)),
            "b0:0-10 | b1:0-3 b2:0-2 b3:0-2 b4:0-2 | b5:0-1 b6:0-6");
  PageBuildResult result = BuildPages(blocks, Pages(10), &variants);
  EXPECT_EQ(Describe(result), "b0:0-10 | b1:0-2 b2:0-1 b3:0-1 b4:0-1 b5:0-1 b6:0-2 | b6:2-6");
  EXPECT_EQ(result.deltas, (std::vector<int>{0, -1, -1, -1, -1, 0, 0}));
}

TEST(PageBuilderTest, FillsWhatThePageBeforeCannotFromFurtherBack) {
  // Page 3 ends two lines short: the heading and its two kept lines need five lines, it has
  // two. b3, on page 2, a line longer pushes one line of b4 over and leaves it a line short;
  // b0, on page 1, a line longer as well pushes a second over both breaks and fills it.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{7, std::vector<bool>(7, false), 100};
  variants.table[{3, +1}] = LineVariant{3, std::vector<bool>(3, false), 100};
  std::vector<FlowBlock> blocks = {Para(6), Para(6), Para(2), Para(2), Para(6),
                                   Para(2), Para(2), Para(2), Heading(), Para(6)};
  PageBuildResult result = BuildPages(blocks, Pages(10), &variants);
  EXPECT_EQ(Describe(result),
            "b0:0-7 b1:0-3 | b1:3-6 b2:0-2 b3:0-3 b4:0-2 | b4:2-6 b5:0-2 b6:0-2 b7:0-2 | "
            "b8:0-1 b9:0-6");
  EXPECT_EQ(result.deltas, (std::vector<int>{1, 0, 0, 1, 0, 0, 0, 0, 0, 0}));
  for (size_t page = 0; page < 3; ++page) EXPECT_DOUBLE_EQ(result.pages[page].depth, 100);
}

TEST(PageBuilderTest, LeavesTheTwoPagesBeforeAloneWhenTheFirstCannotStayFull) {
  // b0 a line shorter would pull a line back onto page 1 and leave it short: not taken.
  TableVariants variants;
  variants.table[{0, -1}] = LineVariant{5, std::vector<bool>(5, false), 100};
  std::vector<FlowBlock> blocks = {Para(6), Para(6), Para(2), Para(2), Para(6), Para(2),
                                   Para(2), Para(2), Para(1), Heading(), Para(6)};
  PageBuildResult result = BuildPages(blocks, Pages(10), &variants);
  EXPECT_EQ(result.deltas, (std::vector<int>(11, 0)));
  EXPECT_DOUBLE_EQ(result.pages[2].depth, 90);
}

TEST(PageBuilderTest, FillsAShortVersoFromTheRectoFacingIt) {
  // The verso: b0 (9 lines), and b1 (3 lines) cannot start on its last line: a line short.
  // b0 a line shorter alone leaves b1 split 2 + 1; b1 a line longer alone, 1 + 3. Both at once
  // give the verso b1's first two lines, and the recto stays full: the spread is even and full.
  TableVariants variants;
  variants.table[{0, -1}] = LineVariant{8, std::vector<bool>(8, false), 100};
  variants.table[{1, +1}] = LineVariant{4, std::vector<bool>(4, false), 100};
  PageBuildParams params = Pages(10, /*balance=*/true);
  params.first_page_is_verso = true;
  PageBuildResult result = BuildPages({Para(9), Para(3), Para(12)}, params, &variants);
  EXPECT_EQ(Describe(result), "b0:0-8 b1:0-2 | b1:2-4 b2:0-8 | b2:8-12");
  EXPECT_EQ(result.deltas, (std::vector<int>{-1, 1, 0}));
}

TEST(PageBuilderTest, LeavesThePageBeforeAloneWhenItCannotStayFull) {
  // Only b0 has a variant: taking it would move the short line to page 1.
  TableVariants variants;
  variants.table[{0, +1}] = LineVariant{6, std::vector<bool>(6, false), 100};
  PageBuildResult result =
      BuildPages({Para(5), Para(5), Para(8), Heading(), Para(6)}, Pages(10), &variants);
  EXPECT_EQ(Describe(result), "b0:0-5 b1:0-5 | b2:0-8 | b3:0-1 b4:0-6");
  EXPECT_EQ(result.deltas, (std::vector<int>{0, 0, 0, 0, 0}));
}

TEST(PageBuilderTest, DiscouragesAHyphenatedLastLine) {
  // b0's 10th line ends with a hyphen; b0 one line shorter moves the break.
  TableVariants variants;
  variants.table[{0, -1}] = LineVariant{13, std::vector<bool>(13, false), 100};
  PageBuildParams params = Pages(10);
  params.hyphen_end_cost = 5000;
  PageBuildResult result = BuildPages({Para(14, {9}), Para(6)}, params, &variants);
  EXPECT_EQ(result.deltas[0], -1);
  EXPECT_EQ(Describe(result), "b0:0-10 | b0:10-13 b1:0-6");
}

TEST(PageBuilderTest, FacingPagesEndAtTheSameDepth) {
  // Page 2 (verso) must end a line short (orphan), so page 3 (recto) is balanced with it.
  PageBuildParams params = Pages(10, /*balance=*/true);
  params.first_page_is_verso = false;  // pages: recto, verso, recto
  PageBuildResult result =
      BuildPages({Para(10), Para(9), Para(4), Para(12)}, params, nullptr);
  ASSERT_GE(result.pages.size(), 3u);
  EXPECT_DOUBLE_EQ(result.pages[1].depth, 90) << Describe(result);
  EXPECT_DOUBLE_EQ(result.pages[2].depth, 90) << Describe(result);
}

TEST(PageBuilderTest, ATooTallBlockIsSetAnywayRatherThanLost) {
  FlowBlock giant = Heading(15, 0);
  PageBuildResult result = BuildPages({giant, Para(4)}, Pages(10), nullptr);
  EXPECT_EQ(Describe(result), "b0:0-1 | b1:0-4");
  EXPECT_TRUE(result.pages[0].rules_broken);
}

// Every unit of `blocks` (with the line counts the builder chose) placed once and in order,
// and no rule broken.
void ExpectRulesKept(std::vector<FlowBlock> blocks, const PageBuildResult& result,
                     TableVariants* variants, int round) {
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (result.deltas[b] == 0) continue;
    ASSERT_NE(variants, nullptr);
    blocks[b].line_count = variants->table.at({static_cast<int>(b), result.deltas[b]}).line_count;
  }
  int block = 0, line = 0;
  for (size_t p = 0; p < result.pages.size(); ++p) {
    const BuiltPage& page = result.pages[p];
    ASSERT_FALSE(page.rules_broken) << "round " << round << ": " << Describe(result);
    EXPECT_LE(page.depth, 120 + 1e-9);
    for (const PagePart& part : page.parts) {
      if (part.block != block) {
        ASSERT_EQ(part.block, block + 1);
        ASSERT_EQ(line, blocks[block].kind == FlowKind::kParagraph ? blocks[block].line_count : 1);
        block = part.block;
        line = 0;
      }
      ASSERT_EQ(part.first_line, line);
      line = part.end_line;
    }
    const PagePart& last = page.parts.back();
    const FlowBlock& last_block = blocks[last.block];
    bool final_page = p + 1 == result.pages.size();
    EXPECT_NE(last_block.kind, FlowKind::kHeading) << Describe(result);
    if (!final_page) {
      EXPECT_NE(last_block.kind, FlowKind::kSceneBreak) << Describe(result);
    }
    EXPECT_NE(blocks[page.parts.front().block].kind, FlowKind::kSceneBreak);
    for (const PagePart& part : page.parts) {
      const FlowBlock& b = blocks[part.block];
      if (b.kind != FlowKind::kParagraph) continue;
      int on_page = part.end_line - part.first_line;
      if (part.first_line > 0) {
        EXPECT_GE(on_page, 2) << "widow: " << Describe(result);
      }
      if (part.end_line < b.line_count) {
        EXPECT_GE(on_page, 2) << "orphan: " << Describe(result);
      }
    }
  }
  EXPECT_EQ(block, static_cast<int>(blocks.size()) - 1);
  EXPECT_EQ(line, blocks.back().line_count);
}

std::vector<FlowBlock> RandomFlow(std::mt19937* random) {
  std::vector<FlowBlock> blocks;
  int count = 5 + static_cast<int>((*random)() % 20);
  for (int i = 0; i < count; ++i) {
    int kind = static_cast<int>((*random)() % 10);
    bool after_paragraph = !blocks.empty() && blocks.back().kind == FlowKind::kParagraph;
    if (kind == 0 && (blocks.empty() || after_paragraph)) {
      blocks.push_back(Heading(1 + static_cast<int>((*random)() % 2)));
    } else if (kind == 1 && after_paragraph && blocks.back().line_count >= 4) {
      // A scene break between paragraphs that can be split, as in prose.
      blocks.push_back(SceneBreak());
      blocks.push_back(Para(4 + static_cast<int>((*random)() % 6)));
    } else {
      blocks.push_back(Para(1 + static_cast<int>((*random)() % 9)));
    }
  }
  blocks.push_back(Para(3));
  return blocks;
}

// Random flows: every unit placed once and in order, and no rule broken where a legal page
// exists (which, with pages of 12 lines and blocks of at most 9, it always does).
TEST(PageBuilderTest, RandomFlowsKeepEveryRule) {
  std::mt19937 random(42);
  for (int round = 0; round < 200; ++round) {
    std::vector<FlowBlock> blocks = RandomFlow(&random);
    PageBuildResult result = BuildPages(blocks, Pages(12, round % 2 == 0), nullptr);
    ExpectRulesKept(blocks, result, nullptr, round);
  }
}

// The same with variants a line or two longer or shorter for some paragraphs: the repairs on
// a page and across pages keep every rule, and more pages come out full.
TEST(PageBuilderTest, RandomFlowsWithVariantsKeepEveryRuleAndFillMorePages) {
  std::mt19937 random(7);
  int short_without = 0, short_with = 0;
  for (int round = 0; round < 200; ++round) {
    std::vector<FlowBlock> blocks = RandomFlow(&random);
    TableVariants variants;
    for (size_t b = 0; b < blocks.size(); ++b) {
      if (blocks[b].kind != FlowKind::kParagraph || blocks[b].line_count < 3) continue;
      for (int delta : {-2, -1, +1, +2}) {
        if (random() % 3 != 0) continue;
        int lines = blocks[b].line_count + delta;
        variants.table[{static_cast<int>(b), delta}] =
            LineVariant{lines, std::vector<bool>(static_cast<size_t>(lines), false),
                        static_cast<double>(100 + random() % 5000)};
      }
    }
    PageBuildParams params = Pages(12, round % 2 == 0);
    PageBuildResult without = BuildPages(blocks, params, nullptr);
    PageBuildResult with = BuildPages(blocks, params, &variants);
    ExpectRulesKept(blocks, with, &variants, round);
    auto count_short = [](const PageBuildResult& result) {
      int count = 0;
      for (size_t p = 0; p + 1 < result.pages.size(); ++p) count += result.pages[p].depth < 120 - 1e-9;
      return count;
    };
    short_without += count_short(without);
    short_with += count_short(with);
  }
  EXPECT_LT(short_with, short_without);
}

}  // namespace
}  // namespace galley::layout
