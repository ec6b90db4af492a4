// Figures among capitals are set lining (lnum + case) in a book with old-style figures.
#include "layout/paragraph/capital_figures.h"

#include <gtest/gtest.h>

#include "layout/layout_fixture.h"

namespace galley::layout {
namespace {

using model::InlineKind;
using testing::Text;
using testing::Wrap;

class CapitalFiguresTest : public testing::TypesetterTest {
 protected:
  void SetUp() override { SetUpTypesetter(); }

  // Whether the character at `offset` of `text`, flattened in the body style with old-style
  // figures, is set with the capitals features.
  bool CapitalsAt(const std::string& text, uint32_t offset, bool oldstyle = true) {
    InlineStyler styler = setter_->BodyStyler();
    styler.features.oldstyle_figures = oldstyle;
    flat_ = FlattenInlines({Text(text)}, styler, &setter_->styles());
    return setter_->styles()[flat_.StyleAt(offset)].features.capitals;
  }

  StyledText flat_;
};

TEST_F(CapitalFiguresTest, FiguresAfterAWordInCapitalsAreLining) {
  EXPECT_TRUE(CapitalsAt("KRONSTADT 21", 10));
  EXPECT_FALSE(CapitalsAt("KRONSTADT 21", 2));  // the letters keep their style
  EXPECT_TRUE(CapitalsAt("THE YEAR 1921, AND", 9));
}

TEST_F(CapitalFiguresTest, AWordOfCapitalsAndFiguresIsLining) {
  EXPECT_TRUE(CapitalsAt("at 53A Westmoreland Road", 3));
  EXPECT_TRUE(CapitalsAt("at 53A Westmoreland Road", 5));
}

TEST_F(CapitalFiguresTest, FiguresInRunningTextKeepTheBooksFigures) {
  EXPECT_FALSE(CapitalsAt("Kronstadt 21", 10));
  EXPECT_FALSE(CapitalsAt("In 1921 the sailors", 3));
  EXPECT_FALSE(CapitalsAt("the 2nd of March", 4));
  EXPECT_FALSE(CapitalsAt("I saw 3 ships", 6));     // "I" is one letter: "saw" decides
  EXPECT_FALSE(CapitalsAt("1921 was the year", 0));  // no word before: the next one decides
  EXPECT_TRUE(CapitalsAt("1921 WAS THE YEAR", 0));
  EXPECT_FALSE(CapitalsAt("Canada, Section II. 1889.", 20));  // a Roman numeral is no context
  EXPECT_TRUE(CapitalsAt("CIVIL WAR 1861", 10));
}

TEST_F(CapitalFiguresTest, FiguresOfOtherScriptsAreFiguresToo) {
  // Arabic-Indic and fullwidth digits: a figure need not be ASCII.
  EXPECT_TRUE(CapitalsAt("KRONSTADT \u0662\u0661", 10));
  EXPECT_TRUE(CapitalsAt("\u201CKRONSTADT\u201D \uFF12\uFF11", 16));
  EXPECT_FALSE(CapitalsAt("\u201CKronstadt\u201D \uFF12\uFF11", 16));
}

TEST_F(CapitalFiguresTest, LiningFiguresBooksAndSmallCapitalsAreLeftAlone) {
  EXPECT_FALSE(CapitalsAt("KRONSTADT 21", 10, /*oldstyle=*/false));
  InlineStyler styler = setter_->BodyStyler();
  styler.features.oldstyle_figures = true;
  styler.small_caps = true;
  StyledText flat = FlattenInlines({Text("KRONSTADT 21")}, styler, &setter_->styles());
  EXPECT_FALSE(setter_->styles()[flat.StyleAt(10)].features.capitals);
}

TEST_F(CapitalFiguresTest, TheCapitalsVariantKeepsTheSpansFaceAndSplitsOnlyTheWord) {
  InlineStyler styler = setter_->BodyStyler();
  styler.features.oldstyle_figures = true;
  StyledText flat = FlattenInlines(
      {Wrap(InlineKind::kEmphasis, {Text("PART 2")}), Text(" and more")}, styler,
      &setter_->styles());
  const TextStyle& figure = setter_->styles()[flat.StyleAt(5)];
  EXPECT_TRUE(figure.features.capitals);
  EXPECT_EQ(figure.face, Face::kItalic);
  EXPECT_EQ(flat.spans.size(), 3u);  // PART␣ | 2 | ␣and more
  EXPECT_EQ(FeatureTags(figure.features), "kern liga clig lnum case");
}

}  // namespace
}  // namespace galley::layout
