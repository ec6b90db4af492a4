// How titles of works, foreign words and passages in another language are set in print: each
// kind by its own template key (cite.style, foreign.style), italic by default and upright
// inside italic; a passage keeps the face around it.
#include "layout/paragraph/styled_text.h"

#include <gtest/gtest.h>

#include "layout/layout_fixture.h"

namespace galley::layout {
namespace {

using model::InlineKind;
using testing::Text;
using testing::Wrap;

class StyledTextTest : public testing::TypesetterTest {
 protected:
  void SetUp() override { SetUpTypesetter(); }

  // The style of the character at `offset` once `inlines` are flattened with `styler`.
  const TextStyle& StyleAt(const std::vector<model::Inline>& inlines, const InlineStyler& styler,
                           uint32_t offset) {
    text_ = FlattenInlines(inlines, styler, &setter_->styles());
    return setter_->styles()[text_.StyleAt(offset)];
  }

  StyledText text_;
};

TEST_F(StyledTextTest, TitlesAndForeignWordsAreItalicAndUprightInsideItalic) {
  InlineStyler styler = setter_->BodyStyler();
  model::Inline foreign = Wrap(InlineKind::kForeign, {Text("mot")});
  foreign.language = "fr";
  std::vector<model::Inline> inlines = {Text("a "), Wrap(InlineKind::kCitation, {Text("Title")}),
                                        Text(" "), foreign};
  EXPECT_EQ(StyleAt(inlines, styler, 0).face, Face::kRegular);
  EXPECT_EQ(StyleAt(inlines, styler, 2).face, Face::kItalic);
  EXPECT_EQ(StyleAt(inlines, styler, 8).face, Face::kItalic);
  std::vector<model::Inline> inside = {Wrap(InlineKind::kEmphasis, {Text("a "), foreign})};
  EXPECT_EQ(StyleAt(inside, styler, 2).face, Face::kRegular);
}

TEST_F(StyledTextTest, EachKindFollowsItsTemplateKey) {
  InlineStyler styler = setter_->BodyStyler();
  styler.citation_style = MarkStyle::kUnderline;
  styler.foreign_style = MarkStyle::kRoman;
  model::Inline foreign = Wrap(InlineKind::kForeign, {Text("mot")});
  foreign.language = "fr";
  std::vector<model::Inline> inlines = {Wrap(InlineKind::kCitation, {Text("Title")}), Text(" "),
                                        foreign};
  EXPECT_EQ(StyleAt(inlines, styler, 0).face, Face::kRegular);
  EXPECT_TRUE(StyleAt(inlines, styler, 0).underline);
  EXPECT_EQ(StyleAt(inlines, styler, 6).face, Face::kRegular);
  EXPECT_FALSE(StyleAt(inlines, styler, 6).underline);
}

TEST_F(StyledTextTest, APassageInAnotherLanguageKeepsTheFaceAroundIt) {
  model::Inline passage = Wrap(InlineKind::kLanguage, {Text("tant pis")});
  passage.language = "fr";
  std::vector<model::Inline> inlines = {Wrap(InlineKind::kEmphasis, {Text("a "), passage})};
  EXPECT_EQ(StyleAt(inlines, setter_->BodyStyler(), 3).face, Face::kItalic);
}

}  // namespace
}  // namespace galley::layout
