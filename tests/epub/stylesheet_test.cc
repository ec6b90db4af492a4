#include "epub/stylesheet.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "epub_test_support.h"
#include "support/test_paths.h"

namespace galley::epub {
namespace {

std::string TemplateCss() {
  std::ifstream in(galley::testing::SourceDir() + "/templates/epub/book.css");
  std::ostringstream text;
  text << in.rdbuf();
  EXPECT_FALSE(text.str().empty()) << "templates/epub/book.css is missing";
  return text.str();
}

std::string WithoutComments(std::string css) {
  return std::regex_replace(css, std::regex(R"(/\*[\s\S]*?\*/)"), "");
}

// Every declaration as "property: value", from each rule's braces.
std::vector<std::pair<std::string, std::string>> Declarations(const std::string& css) {
  std::vector<std::pair<std::string, std::string>> declarations;
  std::string text = WithoutComments(css);
  std::regex block(R"(\{([^{}]*)\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), block); it != std::sregex_iterator(); ++it) {
    std::stringstream body((*it)[1].str());
    for (std::string item; std::getline(body, item, ';');) {
      size_t colon = item.find(':');
      if (colon == std::string::npos) continue;
      auto trim = [](std::string s) {
        s.erase(0, s.find_first_not_of(" \t\n"));
        s.erase(s.find_last_not_of(" \t\n") + 1);
        return s;
      };
      declarations.emplace_back(trim(item.substr(0, colon)), trim(item.substr(colon + 1)));
    }
  }
  return declarations;
}

// CSS 2.1 and the CSS 3 properties reading systems know; anything else in the template is a
// typo or an experiment that has no place in a book.
TEST(StylesheetTest, TemplateUsesOnlyKnownProperties) {
  static const std::set<std::string> kKnown = {
      "font-family", "font-size", "font-style", "font-weight", "font-variant", "font-variant-caps",
      "line-height", "margin", "margin-top", "margin-bottom", "margin-left", "padding",
      "text-indent", "text-align", "letter-spacing", "hyphens", "-epub-hyphens", "-webkit-hyphens",
      "widows", "orphans", "page-break-after", "page-break-inside", "border", "color",
      "background", "height", "overflow", "content", "vertical-align", "list-style-type",
      "max-width", "max-height", "text-decoration", "src"};
  for (const auto& [property, value] : Declarations(TemplateCss())) {
    EXPECT_TRUE(kKnown.count(property)) << "unknown property " << property;
  }
}

TEST(StylesheetTest, TemplateIsConservative) {
  std::string css = WithoutComments(TemplateCss());
  EXPECT_EQ(css.find("!important"), std::string::npos);
  for (const auto& [property, value] : Declarations(css)) {
    EXPECT_NE(property, "position");
    EXPECT_NE(property, "float");
    if (property == "display") {
      EXPECT_EQ(value.find("flex"), std::string::npos);
      EXPECT_EQ(value.find("grid"), std::string::npos);
    }
    // Relative lengths only, so the reader's font size and margins apply.
    EXPECT_FALSE(std::regex_search(value, std::regex(R"(\d(px|pt|cm|mm|in)\b)")))
        << property << ": " << value;
  }
}

TEST(StylesheetTest, TemplateHyphenatesParagraphsAndSetsSmallCaps) {
  std::string css = WithoutComments(TemplateCss());
  std::smatch p;
  ASSERT_TRUE(std::regex_search(css, p, std::regex(R"((^|\n)p \{([^}]*)\})")));
  EXPECT_NE(p[2].str().find("hyphens: auto"), std::string::npos);
  EXPECT_NE(p[2].str().find("-epub-hyphens: auto"), std::string::npos);
  EXPECT_TRUE(std::regex_search(css, std::regex(R"(\.lead-in[^{]*\{[^}]*font-variant-caps: all-small-caps)")));
  EXPECT_TRUE(std::regex_search(css, std::regex(R"(h2 \{[^}]*font-variant-caps: all-small-caps)")));
  EXPECT_TRUE(std::regex_search(css, std::regex(R"(hr\.scene-break:after \{[^}]*content:)")));
  // Nothing sets the body's size or margins.
  std::smatch body;
  ASSERT_TRUE(std::regex_search(css, body, std::regex(R"((^|\n)body \{([^}]*)\})")));
  EXPECT_EQ(body[2].str().find("font-size"), std::string::npos);
  EXPECT_EQ(body[2].str().find("margin"), std::string::npos);
}

TEST(StylesheetTest, FontFacesComeFirstWithRelativeUrls) {
  std::vector<EmbeddedFont> fonts = {
      {"fonts/EBGaramond12-Regular.otf", "font/otf", "EB Garamond", false, false, ""},
      {"fonts/EBGaramond12-Italic.otf", "font/otf", "EB Garamond", true, false, ""}};
  std::string css = Stylesheet("p { margin: 0; }\n", fonts);
  EXPECT_NE(css.find("src: url(\"../fonts/EBGaramond12-Regular.otf\");"), std::string::npos) << css;
  EXPECT_NE(css.find("font-style: italic;"), std::string::npos);
  EXPECT_EQ(css.find("font-weight: bold"), std::string::npos);
  EXPECT_LT(css.find("@font-face"), css.find("p { margin"));
  EXPECT_EQ(std::count(css.begin(), css.end(), '@'), 2);
}

TEST(StylesheetTest, GeneratedContentTextDecodesEscapes) {
  EXPECT_EQ(GeneratedContentText("hr:after { content: \"*\\2003*\"; }"), "*\u2003*");
  EXPECT_EQ(GeneratedContentText("a::before{content:'\\2767 x'} b { color: red }"), "\u2767x");
  EXPECT_EQ(GeneratedContentText("div { align-content: center; }"), "");
  EXPECT_EQ(GeneratedContentText(TemplateCss()), "*");
}

}  // namespace
}  // namespace galley::epub
