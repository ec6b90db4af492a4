#include "base/quoted_value.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(QuotedValueTest, AShortValueIsQuotedWhole) {
  EXPECT_EQ(ClipForMessage("en-GB"), "en-GB");
  EXPECT_EQ(ClipForMessage(""), "");
  EXPECT_EQ(ClipForMessage(std::string(kQuotedValueLimit, 'a')), std::string(kQuotedValueLimit, 'a'));
}

// A 500 KB paragraph quoted by a warning: its first 80 characters and an ellipsis.
TEST(QuotedValueTest, ALongValueIsCutWithAnEllipsis) {
  std::string paragraph(500000, 'w');
  EXPECT_EQ(ClipForMessage(paragraph), std::string(kQuotedValueLimit, 'w') + "…");
  EXPECT_EQ(ClipForMessage("abcdef", 3), "abc…");
}

TEST(QuotedValueTest, TheCutCountsCodePointsAndNeverSplitsOne) {
  std::string accents;
  for (int i = 0; i < 100; ++i) accents += "é";
  std::string expected;
  for (int i = 0; i < 10; ++i) expected += "é";
  EXPECT_EQ(ClipForMessage(accents, 10), expected + "…");
  EXPECT_EQ(ClipForMessage("ab\xE2\x80", 10), "ab\xE2\x80");  // a truncated sequence is kept, not overrun
}

TEST(QuotedValueTest, LineBreaksStayOnOneLine) {
  EXPECT_EQ(ClipForMessage("one\r\ntwo\nthree"), "one⏎two⏎three");
}

}  // namespace
}  // namespace galley
