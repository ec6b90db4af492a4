// One BreakSearch asked for several loosenesses, in any order, gives for each exactly what a
// fresh BreakLines gives: what it keeps between them (breakpoints, each pass's optimum, the
// bound and the search's rounds) must not change an answer.
#include "linebreak/break_search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "linebreak/knuth_plass.h"
#include "linebreak/prose_paragraph.h"

namespace galley::linebreak {
namespace {

void ExpectSame(const BreakResult& got, const BreakResult& want, int looseness) {
  SCOPED_TRACE(looseness);
  EXPECT_EQ(got.pass, want.pass);
  EXPECT_EQ(got.demerits, want.demerits);
  EXPECT_EQ(got.nodes, want.nodes);
  ASSERT_EQ(got.lines.size(), want.lines.size());
  for (size_t i = 0; i < got.lines.size(); ++i) {
    EXPECT_EQ(got.lines[i].begin, want.lines[i].begin) << i;
    EXPECT_EQ(got.lines[i].end, want.lines[i].end) << i;
    EXPECT_EQ(got.lines[i].ratio, want.lines[i].ratio) << i;
    EXPECT_EQ(got.lines[i].fitness, want.lines[i].fitness) << i;
    EXPECT_EQ(got.lines[i].hyphenated, want.lines[i].hyphenated) << i;
    EXPECT_EQ(got.lines[i].underfull, want.lines[i].underfull) << i;
    EXPECT_EQ(got.lines[i].overfull, want.lines[i].overfull) << i;
  }
}

TEST(BreakSearchTest, EachLoosenessAsBreakLinesGivesIt) {
  // Wide and narrow measures, so that some searches end in the emergency pass or the
  // fallback, and paragraphs with and without the asked-for line counts.
  for (double width : {350.0, 160.0, 70.0}) {
    for (uint32_t seed : {1u, 2u, 3u}) {
      std::vector<Item> items = testing::ProseParagraph(40 + 30 * static_cast<int>(seed), seed);
      BreakParams params;
      params.line_widths = {width};
      params.emergency_stretch = 40;
      BreakSearch search(items, params);
      for (int looseness : {1, -1, 2, 0, -2, 1, 3, -1}) {
        params.looseness = looseness;
        ExpectSame(search.Break(looseness), BreakLines(items, params), looseness);
      }
    }
  }
}

// BreakFitting skips the passes after the first when they cannot give a fitting breaking;
// what it gives must still be exactly Break's answer whenever that answer has the asked-for
// line count and fits, and nothing otherwise. Line counts around the optimum's, measures from
// roomy to so narrow that the first pass finds nothing, and tolerances from loose to TeX's,
// so that every way out (first pass met, count out of reach, emergency pass, fallback) is
// taken.
TEST(BreakSearchTest, BreakFittingIsBreakWhenItFits) {
  int fitting = 0, refused = 0;
  for (double tolerance : {3.0, 2.0, 1.26}) {
    for (double width : {350.0, 250.0, 160.0, 40.0}) {
      for (uint32_t seed : {1u, 2u, 3u}) {
        std::vector<Item> items = testing::ProseParagraph(60 + 40 * static_cast<int>(seed), seed);
        BreakParams params;
        params.tolerance = tolerance;
        params.line_widths = {width};
        params.emergency_stretch = 40;
        BreakSearch search(items, params);
        BreakSearch reference(items, params);
        size_t optimum = reference.Break(0).lines.size();
        for (int looseness : {1, -1, 2, -2}) {
          for (int offset : {0, 1, -1}) {
            SCOPED_TRACE(::testing::Message() << "tolerance " << tolerance << " width " << width
                                              << " seed " << seed << " looseness " << looseness
                                              << " offset " << offset);
            size_t lines = static_cast<size_t>(
                std::max(1, static_cast<int>(optimum) + looseness + offset));
            std::optional<BreakResult> got = search.BreakFitting(looseness, lines);
            BreakResult want = reference.Break(looseness);
            if (want.lines.size() == lines && LinesFit(want)) {
              ++fitting;
              ASSERT_TRUE(got.has_value());
              ExpectSame(*got, want, looseness);
            } else {
              ++refused;
              EXPECT_FALSE(got.has_value());
            }
          }
        }
      }
    }
  }
  // Both answers occur, so the comparison covers each.
  EXPECT_GT(fitting, 20);
  EXPECT_GT(refused, 20);
}

TEST(BreakSearchTest, NoItemsNoLines) {
  BreakParams params;
  params.line_widths = {100};
  BreakSearch search({}, params);
  EXPECT_TRUE(search.Break(1).lines.empty());
  EXPECT_TRUE(search.Break(0).lines.empty());
  EXPECT_FALSE(search.BreakFitting(1, 1).has_value());
}

}  // namespace
}  // namespace galley::linebreak
