#include "typography/ellipses.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(SetEllipsesTest, ThreeDotsBecomeAnEllipsis) {
  EXPECT_EQ(SetEllipses("the shameful slaughter began...").text,
            "the shameful slaughter began\u2026");
  EXPECT_EQ(SetEllipses("from the workers... But he").text, "from the workers\u2026 But he");
  EXPECT_EQ(SetEllipses("and . . . then").text, "and \u2026 then");
}

TEST(SetEllipsesTest, OtherDotsStay) {
  for (const char* text : {"End.", "vol. I, No. 7.", "c/o H. Russell", "a.. b"}) {
    TextFix fix = SetEllipses(text);
    EXPECT_EQ(fix.text, text);
    EXPECT_TRUE(fix.doubts.empty()) << text;
  }
}

TEST(SetEllipsesTest, FourDotsAreADoubt) {
  TextFix fix = SetEllipses("and so on....");
  EXPECT_EQ(fix.text, "and so on....");
  ASSERT_EQ(fix.doubts.size(), 1u);
  EXPECT_EQ(fix.doubts[0].offset, 9u);
}

}  // namespace
}  // namespace galley
