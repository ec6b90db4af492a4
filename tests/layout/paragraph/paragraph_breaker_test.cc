// Breaking and setting paragraphs with the default template: TeX's two passes, looseness
// variants, and lines set flush to the measure with the glue, glyph expansion (and letter
// spacing) they had.
#include "layout/paragraph/paragraph_breaker.h"

#include <gtest/gtest.h>

#include <cmath>

#include "layout/layout_fixture.h"

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

  // Where a set line's ink ends: the last run's x plus its advances (no letter spacing is
  // added after a line's last glyph).
  static double RightEnd(const SetLine& line) {
    const frames::GlyphRunItem& run = line.runs.back();
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

int UnderfullLines(const BrokenParagraph& paragraph) {
  int count = 0;
  for (const linebreak::Line& line : paragraph.breaks.lines) count += line.underfull;
  return count;
}

// The careful rules give way where they would leave a line's spaces gaping: the last two words
// of War and Peace's two-line paragraph, tied, leave its first line a word short of the measure.
TEST_F(ParagraphBreakerTest, AParagraphTheTieLeavesUnderfullLetsItsLastWordGo) {
  ParagraphShape indented;
  indented.indent = template_->size;
  BrokenParagraph paragraph = Break(
      "Anna Mikh\u00e1ylovna looked at V\u00e9ra and paused. The countess pressed her "
      "friend\u2019s hand.", indented);
  EXPECT_EQ(UnderfullLines(paragraph), 0);
  ASSERT_EQ(paragraph.breaks.lines.size(), 2u);
  EXPECT_FALSE(paragraph.spec.items.tie_last_words);
  EXPECT_TRUE(paragraph.spec.items.keep_last_word_whole);  // a runt, but not a fragment
  // Where the tie costs nothing it stays.
  BrokenParagraph prose = Break(testing::Prose(120, 3));
  EXPECT_EQ(UnderfullLines(prose), 0);
  EXPECT_TRUE(prose.spec.items.tie_last_words);
}

// Before the tie gives way, the paragraph is tried with it at the variant tolerance page makeup
// may take (pages.variant-tolerance): War and Peace's "… Next day he woke calm and cheerful."
// keeps its last two words together with its first line's spaces a little wider than the
// tolerance allows, where a runt is a fault the quality report names.
TEST_F(ParagraphBreakerTest, TheTieIsKeptAtTheVariantToleranceBeforeALastWordIsLeftAlone) {
  const std::string text =
      "Den\u00edsov was bandaged up again and put to bed. Next day he woke calm and cheerful.";
  ParagraphShape indented;
  indented.indent = template_->size;
  ASSERT_GT(template_->page_rules.variant_tolerance, template_->breaking.tolerance);
  BrokenParagraph tied = Break(text, indented);
  EXPECT_EQ(UnderfullLines(tied), 0);
  ASSERT_EQ(tied.breaks.lines.size(), 2u);
  EXPECT_TRUE(tied.spec.items.tie_last_words);
  EXPECT_GT(tied.breaks.lines[0].ratio, template_->breaking.tolerance);
  EXPECT_LE(tied.breaks.lines[0].ratio, template_->page_rules.variant_tolerance);
  EXPECT_DOUBLE_EQ(tied.spec.format.tolerance, template_->page_rules.variant_tolerance);
  EXPECT_GE(setter_->Set(tied).back().words, 2);
  // Without a looser variant tolerance the tie gives way and the last word stands alone.
  SetUpTypesetter({"pages.variant-tolerance = 0"});
  BrokenParagraph runt = Break(text, indented);
  EXPECT_EQ(UnderfullLines(runt), 0);
  EXPECT_FALSE(runt.spec.items.tie_last_words);
  EXPECT_EQ(setter_->Set(runt).back().words, 1);
}

// A name is hyphenated when leaving it whole would leave a line underfull.
TEST_F(ParagraphBreakerTest, ANameIsHyphenatedRatherThanLeaveALineUnderfull) {
  ParagraphShape narrow;
  narrow.measure = 112;
  BrokenParagraph paragraph =
      Break("They all met the Constitutionalists of the Revolutionaries at noon.", narrow);
  EXPECT_EQ(UnderfullLines(paragraph), 0);
  EXPECT_EQ(paragraph.spec.items.proper_nouns, ProperNouns::kHyphenate);
  EXPECT_TRUE(paragraph.spec.items.tie_last_words);  // names were enough
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
    // Flush but for what protrusion hangs into the margins (none on the left: indents and
    // letters, which hang nothing or little).
    EXPECT_NEAR(RightEnd(lines[i]) - lines[i].hang_right, measure, 0.01) << lines[i].text;
    EXPECT_NEAR(lines[i].width - lines[i].hang_left - lines[i].hang_right, measure, 0.01);
    EXPECT_FALSE(lines[i].last);
    EXPECT_LE(std::abs(lines[i].ratio), 1.3);
  }
  EXPECT_TRUE(lines.back().last);
  EXPECT_EQ(lines.back().ratio, 0);
  EXPECT_LT(RightEnd(lines.back()), measure);
  // The first line is indented by the template's indent.
  EXPECT_NEAR(lines[0].runs[0].x, template_->indent, 1e-9);
}

// The advance of the first glyph of `word` in `line`'s first run, or -1 if it isn't there.
double FirstAdvanceOf(const SetLine& line, const std::string& word) {
  size_t at = line.runs[0].text.find(word);
  for (const shaping::Glyph& glyph : line.runs[0].glyphs) {
    if (at != std::string::npos && glyph.cluster == at) return glyph.x_advance;
  }
  return -1;
}

TEST_F(ParagraphBreakerTest, ExpansionScalesWholeLinesWithinItsLimit) {
  BrokenParagraph paragraph = Break(testing::Prose(150, 9));
  std::vector<SetLine> lines = setter_->Set(paragraph);
  StyleId style = paragraph.spec.text.spans[0].style;
  const double natural = setter_->shaper().Shape(style, "working").glyphs[0].x_advance;
  int expanded = 0, checked = 0;
  for (const SetLine& line : lines) {
    // Whole steps of 0.5 %, at most the template's 3 %.
    EXPECT_LE(std::abs(line.scale - 1), template_->expansion + 1e-9) << line.text;
    EXPECT_NEAR(std::remainder(line.scale - 1, kExpansionStep), 0, 1e-9) << line.text;
    if (line.last) {
      EXPECT_LE(line.scale, 1);  // a last line is never stretched, though it may shrink
    }
    expanded += line.scale != 1;
    for (const frames::GlyphRunItem& run : line.runs) EXPECT_EQ(run.horizontal_scale, line.scale);
    // The glyph positions include the expansion: "working"'s w is its natural width scaled.
    double advance = FirstAdvanceOf(line, "working");
    if (advance < 0) continue;
    ++checked;
    EXPECT_NEAR(advance, natural * line.scale, 1e-4) << line.text;
  }
  EXPECT_GT(expanded, 0);
  EXPECT_GT(checked, 0);
}

TEST_F(ParagraphBreakerTest, LetterSpacingTakesAShareBesideExpansion) {
  SetUpTypesetter({"space.letter-spacing = 0.015em"});
  BrokenParagraph paragraph = Break(testing::Prose(150, 9));
  std::vector<SetLine> lines = setter_->Set(paragraph);
  StyleId style = paragraph.spec.text.spans[0].style;
  const double natural = setter_->shaper().Shape(style, "working").glyphs[0].x_advance;
  int spaced = 0;
  for (const SetLine& line : lines) {
    double advance = FirstAdvanceOf(line, "working");
    if (advance < 0 || line.last) continue;
    // What the glyph has beyond its expanded width is letter spacing, at most 0.015 em.
    double spacing = advance - natural * line.scale;
    EXPECT_LE(std::abs(spacing), template_->letter_spacing + 1e-4) << line.text;
    spaced += std::abs(spacing) > 1e-3;
  }
  EXPECT_GT(spaced, 0);
}

TEST_F(ParagraphBreakerTest, TheBreakerCountsExpansionOnlyWhenAsked) {
  auto box_stretch = [&]() {
    BrokenParagraph paragraph = Break(testing::Prose(60, 4));
    double stretch = 0;
    for (const linebreak::Item& item : paragraph.items.items) {
      if (item.type == linebreak::ItemType::kBox) stretch += item.stretch + item.shrink;
    }
    return stretch;
  };
  EXPECT_GT(box_stretch(), 0);  // by default the breaker counts the glyphs' expansion
  SetUpTypesetter({"space.expansion-in-breaking = no"});
  EXPECT_EQ(box_stretch(), 0);  // word spaces alone
}

TEST_F(ParagraphBreakerTest, ProtrudingLinesHangTheirEdgesIntoTheMargins) {
  SetUpTypesetter({"protrusion.enabled = yes", "space.expansion-in-breaking = yes"});
  std::vector<SetLine> lines = setter_->Set(Break(testing::Prose(200, 3)));
  ASSERT_GT(lines.size(), 4u);
  const double measure = template_->text_width();
  int hung = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    // The visible edge is flush: the set line is as much wider as its ends hang out.
    EXPECT_NEAR(lines[i].width - lines[i].hang_left - lines[i].hang_right, measure, 0.01)
        << lines[i].text;
    EXPECT_FALSE(lines[i].overfull) << lines[i].text;
    hung += lines[i].hang_right > 0;
  }
  EXPECT_GT(hung, 0);  // prose has commas and full stops at some line ends
}

TEST_F(ParagraphBreakerTest, NoExpansionSetsWordSpacesAlone) {
  SetUpTypesetter({"space.expansion = 0%"});
  for (const SetLine& line : setter_->Set(Break(testing::Prose(150, 9)))) {
    EXPECT_EQ(line.scale, 1) << line.text;
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
