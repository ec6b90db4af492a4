// Quotations of lines in the summary: short, and when two lines are contrasted, long enough to
// show where they differ and no longer.
#include "proof/excerpts.h"

#include <gtest/gtest.h>

namespace galley::proof {
namespace {

TEST(ExcerptsTest, OpeningsAndClosingsQuoteSixWords) {
  std::string line = "Meanwhile the Cheka had declared war on the Anarchists of Petrograd";
  EXPECT_EQ(OpeningOf(line), "Meanwhile the Cheka had declared war…");
  EXPECT_EQ(ClosingOf(line), "…war on the Anarchists of Petrograd");
  EXPECT_EQ(OpeningOf("Short line."), "Short line.");
  EXPECT_EQ(ClosingOf("Short line."), "Short line.");
}

TEST(ExcerptsTest, ContrastedOpeningsRunPastTheFirstDifference) {
  std::string now, was;
  ContrastOpenings("Meanwhile the Cheka had declared war on the Anarchists",
                   "Meanwhile the Cheka had declared open war on the Anarchists", &now, &was);
  EXPECT_EQ(now, "…the Cheka had declared war on…");
  EXPECT_EQ(was, "…the Cheka had declared open war…");

  ContrastOpenings("Meanwhile the Cheka", "organized force of the state", &now, &was);
  EXPECT_EQ(now, "Meanwhile the Cheka");
  EXPECT_EQ(was, "organized force of the state");
}

TEST(ExcerptsTest, ContrastedClosingsRunBackPastTheLastDifference) {
  std::string now, was;
  ContrastClosings("the son of a revolutionary Russian émigré. His youth was spent",
                   "the son of a revolutionary Russian émi-", &now, &was);
  EXPECT_EQ(now, "…Russian émigré. His youth was spent");
  EXPECT_EQ(was, "…son of a revolutionary Russian émi-");

  ContrastClosings("in 1890, the son of a revolutionary Russian émigré. His youth was spent in",
                   "in 1890, the son of a revolutionary Russian émigré. Her youth was spent in",
                   &now, &was);
  EXPECT_EQ(now, "…émigré. His youth was spent in");
  EXPECT_EQ(was, "…émigré. Her youth was spent in");

  // Nine words in common at the end: the excerpt keeps one word before the difference and
  // four of the common ones after it.
  ContrastClosings("Russian émigré. His youth was spent in active socialist and anarchist agitation",
                   "Russian émigré. Her youth was spent in active socialist and anarchist agitation",
                   &now, &was);
  EXPECT_EQ(now, "…émigré. His youth was spent in…");
  EXPECT_EQ(was, "…émigré. Her youth was spent in…");
}

}  // namespace
}  // namespace galley::proof
