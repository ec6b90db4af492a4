#include "base/noncharacter.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(NoncharacterTest, TheSixtySixAreFoundAndNothingElse) {
  for (char32_t c : {0xFDD0u, 0xFDEFu, 0xFFFEu, 0xFFFFu, 0x1FFFEu, 0x10FFFFu}) {
    EXPECT_TRUE(IsNoncharacter(c)) << std::hex << static_cast<unsigned>(c);
  }
  for (char32_t c : {0x41u, 0xFDCFu, 0xFDF0u, 0xFFFDu, 0xFEFFu, 0x1FFFDu, 0x10000u}) {
    EXPECT_FALSE(IsNoncharacter(c)) << std::hex << static_cast<unsigned>(c);
  }
}

TEST(NoncharacterTest, FindGivesTheByteOffset) {
  EXPECT_EQ(FindNoncharacter("plain text, \xE2\x80\x9Cquoted\xE2\x80\x9D \xEF\xBB\xBF"),
            std::string_view::npos);  // a byte-order mark is a character
  EXPECT_EQ(FindNoncharacter("ab\xEF\xBF\xBE" "cd"), 2u);               // U+FFFE
  EXPECT_EQ(FindNoncharacter("\xC3\xA9\xF0\x9F\xBF\xBF"), 2u);          // é U+1FFFF
  EXPECT_EQ(FindNoncharacter("x\xEF\xB7\x90"), 1u);                     // U+FDD0
  EXPECT_EQ(FindNoncharacter("\xEF"), std::string_view::npos);          // cut short
}

TEST(NoncharacterTest, TheErrorNamesTheCharacterAndThePlace) {
  Error error = NoncharacterError(SourceLocation{"book.md", {9, 7}}, 0xFFFE);
  EXPECT_THAT(error.ToString(), ::testing::HasSubstr("book.md:9:7"));
  EXPECT_THAT(error.ToString(), ::testing::HasSubstr("U+FFFE"));
}

}  // namespace
}  // namespace galley
