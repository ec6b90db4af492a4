#include "render/booklet.h"

#include <gtest/gtest.h>

namespace galley::render {
namespace {

// Sides as 1-based page numbers, 0 for a blank: easier to check against a folded dummy.
std::vector<std::pair<int, int>> Numbers(int page_count) {
  std::vector<std::pair<int, int>> numbers;
  for (const BookletSide& side : BookletSides(page_count)) {
    numbers.push_back({side.left + 1, side.right + 1});
  }
  return numbers;
}

TEST(BookletTest, EightPagesAreTwoSheetsInSaddleStitchOrder) {
  // Outer sheet front 8|1, back 2|7; inner sheet front 6|3, back 4|5.
  std::vector<std::pair<int, int>> expected = {{8, 1}, {2, 7}, {6, 3}, {4, 5}};
  EXPECT_EQ(Numbers(8), expected);
}

TEST(BookletTest, SixPagesArePaddedWithTwoBlanksAtTheEnd) {
  std::vector<std::pair<int, int>> expected = {{0, 1}, {2, 0}, {6, 3}, {4, 5}};
  EXPECT_EQ(Numbers(6), expected);
}

TEST(BookletTest, OnePageMakesOneSheet) {
  std::vector<std::pair<int, int>> expected = {{0, 1}, {0, 0}};
  EXPECT_EQ(Numbers(1), expected);
}

TEST(BookletTest, EveryPageAppearsOnceAndFacingNumbersAddUp) {
  for (int pages : {4, 12, 13, 40}) {
    int padded = (pages + 3) / 4 * 4;
    std::vector<int> seen(padded + 1, 0);
    for (const BookletSide& side : BookletSides(pages)) {
      int left = side.left >= 0 ? side.left + 1 : 0;
      int right = side.right >= 0 ? side.right + 1 : 0;
      if (left > 0) ++seen[left];
      if (right > 0) ++seen[right];
      // On a sheet side the two page numbers always add up to padded + 1.
      if (left > 0 && right > 0) {
        EXPECT_EQ(left + right, padded + 1);
      }
    }
    for (int page = 1; page <= pages; ++page) EXPECT_EQ(seen[page], 1) << pages << " " << page;
    EXPECT_EQ(BookletSides(pages).size(), static_cast<size_t>(padded / 2));
  }
}

TEST(BookletTest, NoPagesNoSides) { EXPECT_TRUE(BookletSides(0).empty()); }

}  // namespace
}  // namespace galley::render
