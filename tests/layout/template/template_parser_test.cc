#include "layout/template/template_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/file_system.h"
#include "layout/layout_fixture.h"
#include "layout/template/template_parameters.h"

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

Error ParseError(const std::string& text) {
  Result<TemplateValues> values = ParseTemplate(text, "book.template");
  EXPECT_FALSE(values.ok()) << "expected an error for:\n" << text;
  return values.ok() ? Error{} : values.error();
}

TEST(TemplateParserTest, EveryKeyHasItsDefaultWhenTheFileIsEmpty) {
  Result<TemplateValues> values = ParseTemplate("", "empty.template");
  ASSERT_TRUE(values.ok());
  for (const TemplateParameter& parameter : TemplateParameters()) {
    const TemplateValue& value = values->Get(parameter.key);
    EXPECT_EQ(value.text, parameter.default_value) << parameter.key;
    EXPECT_EQ(value.pos.line, 0) << parameter.key;
  }
  EXPECT_DOUBLE_EQ(values->Get("page.width").length.ToPoints(10), 148 * kPointsPerMillimetre);
}

TEST(TemplateParserTest, ReadsValuesCommentsAndQuotes) {
  Result<TemplateValues> values = ParseTemplate(
      "# a comment\n"
      "\n"
      "page.width = 150mm   # trailing comment\n"
      "  font.size=11pt\n"
      "folio.format = \"  [{}]  \"\n"
      "hyphenation.exceptions = man-u-script Kron-stadt\n"
      "features.kerning = no\r\n",
      "t.template");
  ASSERT_TRUE(values.ok()) << values.error().ToString();
  EXPECT_DOUBLE_EQ(values->Get("page.width").length.value, 150);
  EXPECT_EQ(values->Get("page.width").pos, (SourcePos{3, 14}));
  EXPECT_DOUBLE_EQ(values->Get("font.size").length.ToPoints(10), 11);
  EXPECT_EQ(values->Text("folio.format"), "  [{}]  ");
  EXPECT_THAT(values->Get("hyphenation.exceptions").words,
              ::testing::ElementsAre("man-u-script", "Kron-stadt"));
  EXPECT_FALSE(values->Boolean("features.kerning"));
}

TEST(TemplateParserTest, UnknownKeyNamesLineColumnAndSuggestsTheKey) {
  Error error = ParseError("page.width = 148mm\n  margin.iner = 18mm\n");
  EXPECT_EQ(error.where.ToString(), "book.template:2:3");
  EXPECT_THAT(error.message, HasSubstr("unknown template key 'margin.iner'"));
  EXPECT_THAT(error.hint, HasSubstr("did you mean 'margin.inner'"));
  EXPECT_EQ(error.source_line, "  margin.iner = 18mm");
}

TEST(TemplateParserTest, BadValuesNameTheValue) {
  Error length = ParseError("margin.top = 18\n");
  EXPECT_EQ(length.where.ToString(), "book.template:1:14");
  EXPECT_THAT(length.message, HasSubstr("'18' is not a length"));

  Error range = ParseError("x\n");
  EXPECT_THAT(range.message, HasSubstr("expected 'key = value'"));

  Error boolean = ParseError("\nfeatures.kerning = maybe\n");
  EXPECT_EQ(boolean.where.pos.line, 2);
  EXPECT_THAT(boolean.hint, HasSubstr("yes or no"));

  Error choice = ParseError("text.align = centre\n");
  EXPECT_THAT(choice.hint, HasSubstr("justify, ragged"));

  Error integer = ParseError("pages.widow-lines = 1.5\n");
  EXPECT_THAT(integer.message, HasSubstr("not a whole number"));

  Error out_of_range = ParseError("font.size = 200pt\n");
  EXPECT_THAT(out_of_range.message, HasSubstr("out of range"));

  Error quote = ParseError("folio.format = \"- {} -\n");
  EXPECT_THAT(quote.message, HasSubstr("unterminated"));
}

TEST(TemplateParserTest, PercentagesAreReadAsFractions) {
  Result<TemplateValues> values = ParseTemplate("space.expansion = 2.5%\n", "t.template");
  ASSERT_TRUE(values.ok()) << values.error().ToString();
  EXPECT_DOUBLE_EQ(values->Number("space.expansion"), 0.025);

  Error bare = ParseError("space.expansion = 2\n");
  EXPECT_EQ(bare.where.ToString(), "book.template:1:19");
  EXPECT_THAT(bare.message, HasSubstr("'2' is not a percentage"));
  EXPECT_THAT(bare.hint, HasSubstr("such as 2%"));

  Error spaced = ParseError("space.expansion = 2 %\n");
  EXPECT_THAT(spaced.message, HasSubstr("not a percentage"));

  Error too_much = ParseError("space.expansion = 6%\n");
  EXPECT_THAT(too_much.message, HasSubstr("out of range"));
  EXPECT_THAT(too_much.hint, HasSubstr("from 0% to 5%"));
}

TEST(TemplateParserTest, KeySetTwiceIsAnError) {
  Error error = ParseError("font.size = 10pt\nfont.size = 11pt\n");
  EXPECT_EQ(error.where.pos.line, 2);
  EXPECT_THAT(error.message, HasSubstr("set twice (first on line 1)"));
}

TEST(TemplateParserTest, ShippedTemplatesParse) {
  RealFileSystem fs;
  for (const char* name : {"default.template", "typescript.template"}) {
    std::string path = testing::SourcePath(std::string("templates/print/") + name);
    Result<PrintTemplate> loaded = LoadPrintTemplate(fs, path);
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().ToString());
  }
}

TEST(LengthTest, ParsesUnits) {
  EXPECT_DOUBLE_EQ(ParseLength("72pt")->ToPoints(10), 72);
  EXPECT_DOUBLE_EQ(ParseLength("1in")->ToPoints(10), 72);
  EXPECT_DOUBLE_EQ(ParseLength("25.4mm")->ToPoints(10), 72);
  EXPECT_DOUBLE_EQ(ParseLength("2.54cm")->ToPoints(10), 72);
  EXPECT_DOUBLE_EQ(ParseLength("6pc")->ToPoints(10), 72);
  EXPECT_DOUBLE_EQ(ParseLength("1.5em")->ToPoints(10), 15);
  EXPECT_FALSE(ParseLength("3"));
  EXPECT_FALSE(ParseLength("mm"));
  EXPECT_FALSE(ParseLength("3 mm"));
  EXPECT_FALSE(ParseLength("3furlongs"));
}

}  // namespace
}  // namespace galley::layout
