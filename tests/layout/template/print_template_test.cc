#include "layout/template/print_template.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "layout/layout_fixture.h"

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

Result<PrintTemplate> Build(const std::string& text) {
  Result<TemplateValues> values = ParseTemplate(text, "book.template");
  EXPECT_TRUE(values.ok());
  return BuildPrintTemplate(std::move(*values), "templates/print");
}

TEST(PrintTemplateTest, DefaultGeometryIsA5With38Lines) {
  PrintTemplate t = testing::LoadTemplate();
  EXPECT_NEAR(t.page_width, 419.53, 0.01);
  EXPECT_NEAR(t.page_height, 595.28, 0.01);
  EXPECT_NEAR(t.text_width(), 112 * kPointsPerMillimetre, 0.01);  // the measure LuaLaTeX had
  // (210 - 36) mm = 493.2 pt; the first baseline 10 pt down, then 13 pt a line.
  EXPECT_EQ(t.lines_per_page(), 38);
  EXPECT_EQ(t.font_files[0], testing::SourcePath("templates/print") +
                                 "/../../fonts/EBGaramond12-Regular.otf");
}

TEST(PrintTemplateTest, JustificationSharesWithExpansionNotLetterSpacingByDefault) {
  PrintTemplate t = testing::LoadTemplate();
  EXPECT_DOUBLE_EQ(t.expansion, 0.03);
  EXPECT_DOUBLE_EQ(t.expansion_step, 0.005);
  EXPECT_TRUE(t.expansion_in_breaking);
  EXPECT_TRUE(t.expansion_glyphs_first);
  EXPECT_EQ(t.letter_spacing, 0);
  EXPECT_TRUE(t.protrude);

  Result<PrintTemplate> mine = Build("space.expansion = 1.5%\nspace.expansion-in-breaking = no\n"
                                     "space.expansion-sharing = proportional\n"
                                     "space.letter-spacing = 0.01em\n");
  ASSERT_TRUE(mine.ok()) << mine.error().ToString();
  EXPECT_DOUBLE_EQ(mine->expansion, 0.015);
  EXPECT_FALSE(mine->expansion_in_breaking);
  EXPECT_FALSE(mine->expansion_glyphs_first);

  // The default reads the shipped protrusion table; a template may turn it off.
  EXPECT_DOUBLE_EQ(t.protrusion[0].Right('.'), 0.7);
  PrintTemplate flush = testing::LoadTemplate({"protrusion.enabled = no"});
  EXPECT_FALSE(flush.protrude);
  EXPECT_DOUBLE_EQ(mine->letter_spacing, 0.1);  // 0.01 em of 10 pt
}

TEST(PrintTemplateTest, MarginsWiderThanThePageNameTheLine) {
  Result<PrintTemplate> t = Build("page.width = 148mm\nmargin.inner = 70mm\nmargin.outer = 70mm\n");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().where.ToString(), "book.template:3:16");
  EXPECT_THAT(t.error().message, HasSubstr("leave 8.0mm for text on a page 148.0mm wide"));
  EXPECT_EQ(t.error().source_line, "margin.outer = 70mm");
}

TEST(PrintTemplateTest, MarginsTallerThanThePageNameTheLine) {
  Result<PrintTemplate> t = Build("margin.top = 100mm\nmargin.bottom = 100mm\n");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().where.pos.line, 2);
  EXPECT_THAT(t.error().message, HasSubstr("leave room for 2 lines"));
}

TEST(PrintTemplateTest, HyphenationExceptionsAreKeyedByTheirLetters) {
  Result<PrintTemplate> t = Build("hyphenation.exceptions = Kron-stadt ta-ble\n");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->hyphenation.exceptions.at("kronstadt"), "Kron-stadt");
  EXPECT_EQ(t->hyphenation.exceptions.at("table"), "ta-ble");
}

TEST(PrintTemplateTest, DivisionTitlesArePrintedUnlessTheirRoleIsHidden) {
  PrintTemplate t = testing::LoadTemplate();
  EXPECT_TRUE(t.PrintsDivisionTitle("biography"));
  EXPECT_TRUE(t.PrintsDivisionTitle(""));
  Result<PrintTemplate> some = Build("division-title.hide = biography colophon\n");
  ASSERT_TRUE(some.ok()) << some.error().ToString();
  EXPECT_FALSE(some->PrintsDivisionTitle("colophon"));
  EXPECT_TRUE(some->PrintsDivisionTitle("introduction"));
  EXPECT_TRUE(some->PrintsDivisionTitle(""));  // a division without a role: only `all` hides it
  Result<PrintTemplate> all = Build("division-title.hide = all\n");
  ASSERT_TRUE(all.ok());
  EXPECT_FALSE(all->PrintsDivisionTitle(""));
  Result<PrintTemplate> misspelt = Build("\ndivision-title.hide = biografy\n");
  ASSERT_FALSE(misspelt.ok());
  EXPECT_EQ(misspelt.error().where.pos.line, 2);
  EXPECT_THAT(misspelt.error().message, HasSubstr("'biografy' is not a division role"));
  EXPECT_THAT(misspelt.error().hint, HasSubstr("biography"));
}

TEST(PrintTemplateTest, MissingFontFileIsAnErrorAtItsLine) {
  MemoryFileSystem fs;
  fs.Add("t/book.template", "font.size = 10pt\nfont.italic = nowhere/Missing.otf\n");
  fs.Add("t/../../fonts/EBGaramond12-Regular.otf", "x");
  Result<PrintTemplate> t = LoadPrintTemplate(fs, "t/book.template");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().where.ToString(), "t/book.template:2:15");
  EXPECT_THAT(t.error().message, HasSubstr("t/nowhere/Missing.otf does not exist"));
}

TEST(PrintTemplateTest, FormatWithNumber) {
  EXPECT_EQ(FormatWithNumber("– {} –", "6"), "– 6 –");
  EXPECT_EQ(FormatWithNumber("p. {}", "iv"), "p. iv");
  EXPECT_EQ(FormatWithNumber("plain", "6"), "plain");
}

}  // namespace
}  // namespace galley::layout
