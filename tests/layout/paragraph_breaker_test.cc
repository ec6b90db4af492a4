// Breaking and setting paragraphs with the default template: TeX's two passes, looseness
// variants, and lines set flush to the measure with the glue (and letter spacing) they had.
#include "layout/paragraph_breaker.h"

#include <gtest/gtest.h>

#include <cmath>

#include "layout_fixture.h"

namespace galley::layout {
namespace {

class ParagraphBreakerTest : public testing::TypesetterTest {
 protected:
  void SetUp() override { SetUpTypesetter(); }

  BrokenParagraph Break(const std::string& text, ParagraphShape shape = {}) {
    if (shape.measure == 0) shape.measure = template_->text_width();
    StyledText styled =
        FlattenInlines({testing::Text(text)}, setter_->BodyStyler(), &setter_->styles());
    Result<BrokenParagraph> broken = setter_->Break(std::move(styled), shape);
    EXPECT_TRUE(broken.ok()) << (broken.ok() ? "" : broken.error().ToString());
    return std::move(*broken);
  }

  // Where a set line's ink ends: the last run's x plus its advances, less the last glyph's
  // letter spacing (none is added after a line's last glyph).
  static double RightEnd(const SetLine& line) {
    const GlyphRunItem& run = line.runs.back();
    double x = run.x;
    for (const shaping::Glyph& glyph : run.glyphs) x += glyph.x_advance;
    return x;
  }
};

TEST_F(ParagraphBreakerTest, AParagraphThatFitsWithoutHyphensIsNotHyphenated) {
  BrokenParagraph paragraph = Break(testing::Prose(120, 3));
  EXPECT_FALSE(paragraph.items.with_hyphenation);  // TeX's first pass was enough
  for (const linebreak::Line& line : paragraph.breaks.lines) {
    EXPECT_LE(line.ratio, template_->pretolerance + 1e-9);
    EXPECT_FALSE(line.hyphenated);
  }
}

TEST_F(ParagraphBreakerTest, ANarrowMeasureFallsBackToHyphenation) {
  ParagraphShape narrow;
  narrow.measure = 120;
  BrokenParagraph paragraph = Break(
      "Notwithstanding the extraordinary circumstances, revolutionaries everywhere "
      "demonstrated considerable determination and unquestionable responsibility.",
      narrow);
  EXPECT_TRUE(paragraph.items.with_hyphenation);
  int hyphens = 0;
  for (const linebreak::Line& line : paragraph.breaks.lines) hyphens += line.hyphenated;
  EXPECT_GT(hyphens, 0);
}

TEST_F(ParagraphBreakerTest, VariantsAreALineLongerOrShorter) {
  BrokenParagraph paragraph = Break(testing::Prose(160, 5));
  int lines = static_cast<int>(paragraph.breaks.lines.size());
  Result<std::optional<LineVariant>> longer = setter_->Variant(&paragraph, +1);
  ASSERT_TRUE(longer.ok());
  ASSERT_TRUE(longer->has_value());
  EXPECT_EQ((*longer)->line_count, lines + 1);
  EXPECT_GE((*longer)->cost, 0);
  setter_->Choose(&paragraph, +1);
  EXPECT_EQ(static_cast<int>(paragraph.breaks.lines.size()), lines + 1);
  EXPECT_EQ(paragraph.delta, +1);
  EXPECT_EQ(setter_->Set(paragraph).size(), static_cast<size_t>(lines + 1));
}

TEST_F(ParagraphBreakerTest, JustifiedLinesEndFlushAndTheLastLineIsNatural) {
  ParagraphShape indented;
  indented.indent = template_->indent;
  BrokenParagraph paragraph = Break(testing::Prose(150, 2), indented);
  std::vector<SetLine> lines = setter_->Set(paragraph);
  ASSERT_GT(lines.size(), 4u);
  const double measure = template_->text_width();
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    EXPECT_NEAR(RightEnd(lines[i]), measure, 0.01) << lines[i].text;
    EXPECT_NEAR(lines[i].width, measure, 0.01);
    EXPECT_FALSE(lines[i].last);
    EXPECT_LE(std::abs(lines[i].ratio), 1.3);
  }
  EXPECT_TRUE(lines.back().last);
  EXPECT_EQ(lines.back().ratio, 0);
  EXPECT_LT(RightEnd(lines.back()), measure);
  // The first line is indented by the template's indent.
  EXPECT_NEAR(lines[0].runs[0].x, template_->indent, 1e-9);
}

TEST_F(ParagraphBreakerTest, LetterSpacingStaysWithinItsBound) {
  BrokenParagraph paragraph = Break(testing::Prose(150, 9));
  std::vector<SetLine> lines = setter_->Set(paragraph);
  StyleId style = paragraph.spec.text.spans[0].style;
  const shaping::ShapedRun& natural = setter_->shaper().Shape(style, "working");
  for (const SetLine& line : lines) {
    size_t at = line.runs[0].text.find("working");
    if (at == std::string::npos || line.last) continue;
    // The glyphs of "working" in the line differ from the natural ones by the line's letter
    // spacing, at most |ratio| × space.letter-spacing each.
    for (const shaping::Glyph& glyph : line.runs[0].glyphs) {
      if (glyph.cluster != at) continue;
      double spacing = glyph.x_advance - natural.glyphs[0].x_advance;
      EXPECT_NEAR(spacing, line.ratio * template_->letter_spacing, 1e-4);
      EXPECT_LE(std::abs(spacing), 1.3 * template_->letter_spacing);
    }
  }
}

TEST_F(ParagraphBreakerTest, HyphenatedLinesEndWithTheHyphenAndTheRestStartsTheNext) {
  ParagraphShape narrow;
  narrow.measure = 110;
  BrokenParagraph paragraph = Break(
      "Unquestionably, international revolutionaries demonstrated extraordinary "
      "determination.",
      narrow);
  std::vector<SetLine> lines = setter_->Set(paragraph);
  bool found = false;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (!lines[i].hyphenated) continue;
    found = true;
    EXPECT_EQ(lines[i].text.back(), '-');
    EXPECT_EQ(lines[i].runs.back().text.back(), '-');  // the PDF's text has the hyphen too
    EXPECT_EQ(lines[i].end, lines[i + 1].begin);       // the word goes on where it broke
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace galley::layout
