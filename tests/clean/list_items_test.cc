// Lists in OCR text: bullets and numbers at a line's start, in runs.
#include "clean/list_items.h"

#include <gtest/gtest.h>

#include "clean/blocks.h"
#include "clean/manuscript_writer.h"
#include "clean/numbered_lines.h"

namespace galley {
namespace {

std::vector<int> Items(std::vector<std::string> texts) {
  std::vector<int> out;
  std::vector<std::optional<ListItemStart>> items = FindListItems(NumberedLines(std::move(texts)));
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i]) out.push_back(static_cast<int>(i + 1));
  }
  return out;
}

TEST(FindListItemsTest, BulletsAndNumbers) {
  EXPECT_EQ(Items({"Demands:", "\u2022 new elections", "\u2022 free speech,", "  for all", "",
                   "After."}),
            (std::vector<int>{2, 3}));
  EXPECT_EQ(Items({"1. one", "", "2. two", "", "3) three"}), (std::vector<int>{1, 3}));
  EXPECT_EQ(Items({"(a) first;", "(b) second;", "(c) third."}), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(Items({"(i) first;", "(ii) second;"}), (std::vector<int>{1, 2}));
  EXPECT_EQ(Items({"- one", "- two"}), (std::vector<int>{1, 2}));
  EXPECT_EQ(Items({"\u2022 alone"}), std::vector<int>{1});
}

TEST(FindListItemsTest, WhatIsNotAList) {
  EXPECT_TRUE(Items({"the revolution of", "1917. It was", "a long year"}).empty());
  EXPECT_TRUE(Items({"release", "- and his life - to"}).empty());  // a dash, alone
  EXPECT_TRUE(Items({"* See the appendix."}).empty());             // a footnote's star
  EXPECT_TRUE(Items({"1. one", "3. three"}).empty());               // not counting up
  EXPECT_TRUE(Items({"* * *", "", "* * *"}).empty());               // scene breaks
  EXPECT_TRUE(Items({"- 6 -", "", "- 7 -"}).empty());               // folios
  EXPECT_TRUE(Items({"1. one", "", "Then a paragraph.", "", "2. two"}).empty());
}

TEST(FindListItemsTest, ItemsBecomeListBlocksInTheManuscript) {
  Review review;
  std::vector<Block> blocks = BuildBlocks(
      NumberedLines({"The program:", "", "1. new elections by", "   secret ballot;",
                     "2. freedom of speech.", "", "(a) one", "(b) two", "", "After."}),
      &review);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kListItem);
  EXPECT_TRUE(blocks[1].numbered);
  EXPECT_EQ(blocks[1].text.text, "new elections by secret ballot;");
  EXPECT_EQ(blocks[3].text.text, "(a) one");
  std::string manuscript = WriteManuscript({}, {{"", "", "", std::move(blocks)}});
  EXPECT_NE(manuscript.find("The program:\n\n1. new elections by secret ballot;\n"
                            "2. freedom of speech.\n\n- (a) one\n- (b) two\n\nAfter.\n"),
            std::string::npos)
      << manuscript;
}

}  // namespace
}  // namespace galley
