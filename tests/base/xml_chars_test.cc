#include "base/xml_chars.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(XmlCharsTest, TheCharProductionOfXml10) {
  EXPECT_TRUE(IsXmlChar('\t'));
  EXPECT_TRUE(IsXmlChar('\n'));
  EXPECT_TRUE(IsXmlChar('\r'));
  EXPECT_TRUE(IsXmlChar(' '));
  EXPECT_TRUE(IsXmlChar(0xD7FF));
  EXPECT_TRUE(IsXmlChar(0xE000));
  EXPECT_TRUE(IsXmlChar(0xFFFD));
  EXPECT_TRUE(IsXmlChar(0x10000));
  EXPECT_TRUE(IsXmlChar(0x10FFFF));
  EXPECT_FALSE(IsXmlChar(0x0));
  EXPECT_FALSE(IsXmlChar(0x13));
  EXPECT_FALSE(IsXmlChar(0x1F));
  EXPECT_FALSE(IsXmlChar(0xD800));
  EXPECT_FALSE(IsXmlChar(0xFFFE));
  EXPECT_FALSE(IsXmlChar(0xFFFF));
  EXPECT_FALSE(IsXmlChar(0x110000));
}

TEST(XmlCharsTest, FindsTheFirstForbiddenCharacterInText) {
  EXPECT_EQ(FindNonXmlChar("émigré – “quoted”\n"), std::string_view::npos);
  EXPECT_EQ(FindNonXmlChar("ab\x13" "c"), 2u);
  EXPECT_EQ(FindNonXmlChar(std::string("é\0", 3)), 2u);
  EXPECT_EQ(FindNonXmlChar("é\xEF\xBF\xBF"), 2u);  // U+FFFF
  EXPECT_EQ(FindNonXmlChar("x\xEF\xBF\xBE"), 1u);  // U+FFFE
  EXPECT_EQ(FindNonXmlChar("x\xE9y"), 1u);         // not UTF-8
  EXPECT_EQ(FindNonXmlChar("\xEF\xBF\xBD"), std::string_view::npos);  // U+FFFD is allowed
}

TEST(XmlCharsTest, ReferencesToForbiddenCharactersAreProblems) {
  for (const char* xml : {"<p>a&#19;b</p>", "<p>a&#x13;b</p>", "<p>a&#xFFFF;b</p>",
                          "<p>a&#0;b</p>", "<p>a&#x110000;b</p>", "<p a=\"&#xfffe;\"/>"}) {
    std::optional<XmlCharProblem> problem = FindXmlCharProblem(xml);
    ASSERT_TRUE(problem.has_value()) << xml;
    EXPECT_EQ(std::string_view(xml).substr(problem->offset, 2), "&#") << xml;
    EXPECT_NE(problem->message.find("forbids"), std::string::npos) << problem->message;
  }
}

TEST(XmlCharsTest, RawForbiddenCharactersAndBadBytesAreProblems) {
  std::optional<XmlCharProblem> control = FindXmlCharProblem("<p>ab\x13</p>");
  ASSERT_TRUE(control.has_value());
  EXPECT_EQ(control->offset, 5u);
  EXPECT_NE(control->message.find("U+0013"), std::string::npos);
  std::optional<XmlCharProblem> noncharacter = FindXmlCharProblem("<p>\xEF\xBF\xBF</p>");
  ASSERT_TRUE(noncharacter.has_value());
  EXPECT_NE(noncharacter->message.find("U+FFFF"), std::string::npos);
  EXPECT_TRUE(FindXmlCharProblem("<p>caf\xE9</p>").has_value());
  // Even inside a comment a raw control character is not XML.
  EXPECT_TRUE(FindXmlCharProblem("<!-- \x01 --><p/>").has_value());
}

TEST(XmlCharsTest, UndeclaredEntitiesAndStrayAmpersandsAreProblems) {
  std::optional<XmlCharProblem> nbsp = FindXmlCharProblem("<p>a&nbsp;b</p>");
  ASSERT_TRUE(nbsp.has_value());
  EXPECT_EQ(nbsp->offset, 4u);
  EXPECT_NE(nbsp->message.find("&nbsp;"), std::string::npos);
  EXPECT_TRUE(FindXmlCharProblem("<p>Smith & Sons</p>").has_value());
  EXPECT_TRUE(FindXmlCharProblem("<p>&#xZZ;</p>").has_value());
}

TEST(XmlCharsTest, WellFormedDocumentsHaveNoProblem) {
  const char* xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
      "<html><!-- a comment may say &nbsp; or & --><body><p title=\"&quot;x&quot;\">"
      "&amp;&lt;&gt;&apos;&#233;&#xE9;&#x1F600;\t\r\n“é”</p>"
      "<![CDATA[ & &foo; ]]></body></html>";
  std::optional<XmlCharProblem> problem = FindXmlCharProblem(xml);
  EXPECT_FALSE(problem.has_value()) << problem->message;
}

}  // namespace
}  // namespace galley
