// The oracle: Knuth & Plass 1981's own example, the opening of the Grimms' "Frog King", in the
// paper's units (see paper_items.h) on a 500-unit measure with tolerance 1. The paper gives the
// optimum's ten lines and their adjustment ratios; the breaker must find exactly those.
#include <gtest/gtest.h>

#include "linebreak/knuth_plass.h"
#include "paper_items.h"

namespace galley::linebreak {
namespace {

using testing::BuildPaperParagraph;
using testing::PaperParagraph;
using testing::TextOf;

constexpr char kFrogKing[] =
    "In olden times when wishing still helped one, there lived a king whose daughters were "
    "all beautiful; and the youngest was so beautiful that the sun itself, which has seen so "
    "much, was astonished whenever it shone in her face. Close by the king's castle lay a "
    "great dark forest, and under an old lime-tree in the forest was a well, and when the day "
    "was very warm, the king's child went out into the forest and sat down by the side of the "
    "cool fountain; and when she was bored she took a golden ball, and threw it up on high "
    "and caught it; and this ball was her favorite plaything.";

// The paper's parameters for this example: demerits (1 + b)^2 + p^2, so a line penalty of 1.
BreakParams PaperParams() {
  BreakParams params;
  params.line_widths = {500};
  params.tolerance = 1;
  params.line_penalty = 1;
  params.max_consecutive_hyphens = 0;
  params.max_paragraph_hyphens = 0;  // the paper has no such limit
  return params;
}

TEST(FrogKingTest, FindsThePapersOptimumBreaksAndRatios) {
  PaperParagraph paragraph = BuildPaperParagraph(kFrogKing);
  BreakResult result = BreakLines(paragraph.items, PaperParams());

  const std::vector<std::string> expected_lines = {
      "In olden times when wishing still helped one, there lived a",
      "king whose daughters were all beautiful; and the youngest was",
      "so beautiful that the sun itself, which has seen so much, was",
      "astonished whenever it shone in her face. Close by the king's",
      "castle lay a great dark forest, and under an old lime-tree in the",
      "forest was a well, and when the day was very warm, the king's",
      "child went out into the forest and sat down by the side of the",
      "cool fountain; and when she was bored she took a golden ball,",
      "and threw it up on high and caught it; and this ball was her",
      "favorite plaything.",
  };
  const std::vector<double> expected_ratios = {0.774, 0.179, 0.629, 0.545, 0.000,
                                               0.079, 0.282, 0.294, 0.575, 0.000};
  EXPECT_EQ(result.pass, 1);
  ASSERT_EQ(result.lines.size(), expected_lines.size());
  for (size_t i = 0; i < result.lines.size(); ++i) {
    const Line& line = result.lines[i];
    EXPECT_EQ(TextOf(paragraph, line.begin, line.end), expected_lines[i]) << "line " << i + 1;
    EXPECT_NEAR(line.ratio, expected_ratios[i], 0.001) << "line " << i + 1;
    EXPECT_FALSE(line.hyphenated || line.overfull || line.underfull) << "line " << i + 1;
  }
}

}  // namespace
}  // namespace galley::linebreak
