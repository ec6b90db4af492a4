// A libhyphen dictionary in the encoding its first line declares, or a located error.
#include "hyphen/pattern_text.h"

#include <gtest/gtest.h>

namespace galley::hyphen {
namespace {

TEST(PatternTextTest, Latin1PatternsBecomeUtf8) {
  Result<std::string> text =
      PatternTextAsUtf8("ISO8859-1\nLEFTHYPHENMIN 1\n\xe4\x31\n\xdf\x31\n", "hyph_xx.dic");
  ASSERT_TRUE(text.ok()) << text.error().ToString();
  EXPECT_EQ(*text, "UTF-8\nLEFTHYPHENMIN 1\n\u00e41\n\u00df1\n");
}

TEST(PatternTextTest, Utf8StaysAsItIs) {
  Result<std::string> text = PatternTextAsUtf8("UTF-8\r\n\u00e91\n", "hyph_fr.dic");
  ASSERT_TRUE(text.ok()) << text.error().ToString();
  EXPECT_EQ(*text, "UTF-8\n\u00e91\n");
}

// Without the first line, libhyphen would take the first pattern for a character set.
TEST(PatternTextTest, AFirstLineThatNamesNoEncodingIsAnErrorAtLineOne) {
  Result<std::string> text = PatternTextAsUtf8(".ab1c\nb1a\n", "hyph_xx.dic");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().where.ToString(), "hyph_xx.dic:1:1");
  EXPECT_NE(text.error().message.find("\".ab1c\" is not an encoding"), std::string::npos)
      << text.error().message;
  EXPECT_FALSE(PatternTextAsUtf8("", "hyph_xx.dic").ok());
}

// A Latin-1 file that claims to be UTF-8: the first bad byte, at its line and column.
TEST(PatternTextTest, BytesNotInTheDeclaredEncodingAreAnErrorAtTheirPlace) {
  Result<std::string> text = PatternTextAsUtf8("UTF-8\nab1c\nx\u00e91\nzz\xe4\x31\n", "hyph_xx.dic");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().where.ToString(), "hyph_xx.dic:4:3");
  EXPECT_NE(text.error().message.find("0xE4"), std::string::npos) << text.error().message;
  EXPECT_NE(text.error().message.find("UTF-8"), std::string::npos);
}

}  // namespace
}  // namespace galley::hyphen
