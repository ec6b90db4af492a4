#include "clean/text_passes.h"

#include <gtest/gtest.h>

#include "clean/paragraph_join.h"
#include "typography/dashes.h"
#include "typography/quotes.h"

namespace galley {
namespace {

TEST(RunTextPassTest, RecordsEachChangeWithItsLineAndContext) {
  // A paragraph joined from lines 61 and 63: each change cites the line its words came from.
  Review review;
  std::vector<Block> blocks =
      BuildBlocks({{61, "'It is hard,' I said, 'that they intended to shoot"}, {62, ""},
                   {63, "you. Did you see it - or not?'"}},
                  &review);
  JoinSplitParagraphs(&blocks, &review);
  review.changes.clear();
  RunTextPass("dash", SetDashes, &blocks, &review);
  RunTextPass("quotes", CurlQuotes, &blocks, &review);
  ASSERT_EQ(review.changes.size(), 5u);
  EXPECT_EQ(review.changes[0].line, 63);
  EXPECT_EQ(review.changes[0].before, "it - or");
  EXPECT_EQ(review.changes[0].after, "it \u2013 or");
  EXPECT_EQ(review.changes[1].line, 61);
  EXPECT_EQ(review.changes[1].before, "'It");
  EXPECT_EQ(review.changes[2].before, "hard,'");
  EXPECT_EQ(review.changes[3].line, 61);
  EXPECT_EQ(review.changes[3].before, "'that");
  EXPECT_EQ(review.changes[4].line, 63);
  EXPECT_EQ(review.changes[4].before, "not?'");
  EXPECT_EQ(blocks[0].text.text,
            "\u2018It is hard,\u2019 I said, \u2018that they intended to shoot you. Did you see "
            "it \u2013 or not?\u2019");
  EXPECT_EQ(blocks[0].text.LineAt(blocks[0].text.text.find("you.")), 63);
}

}  // namespace
}  // namespace galley

namespace galley {
namespace {

TEST(RunTextPassTest, EditsInOneWordAreOneChange) {
  Review review;
  std::vector<Block> blocks = BuildBlocks({{5, "He 'escaped' from"}}, &review);
  RunTextPass("quotes", CurlQuotes, &blocks, &review);
  ASSERT_EQ(review.changes.size(), 1u);
  EXPECT_EQ(review.changes[0].before, "'escaped'");
  EXPECT_EQ(review.changes[0].after, "\u2018escaped\u2019");
}

TEST(RunTextPassTest, DoubtsCiteTheirLine) {
  Review review;
  std::vector<Block> blocks = BuildBlocks({{31, "'I can't believe it!?"}}, &review);
  RunTextPass("quotes", CurlQuotes, &blocks, &review);
  ASSERT_EQ(review.doubts.size(), 1u);
  EXPECT_EQ(review.doubts[0].line, 31);
  EXPECT_EQ(review.doubts[0].rule, "quotes");
  EXPECT_EQ(review.doubts[0].context, "'I");
}

}  // namespace
}  // namespace galley
