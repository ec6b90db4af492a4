#include "layout/template/template_inheritance.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/file_system.h"
#include "layout/template/print_template.h"

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

// A shipped default in templates/print naming fonts two folders up, as the real one does.
class TemplateInheritanceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_.Add(kDefault,
            "extends = none\n"
            "font.regular = ../../fonts/Regular.otf\n"
            "font.italic = ../../fonts/Italic.otf\n"
            "font.bold = ../../fonts/Bold.otf\n"
            "font.size = 10pt\n"
            "features.oldstyle-figures = yes\n"
            "protrusion.enabled = no\n"
            "contents.title = Contents\n");
    for (const char* font : {"fonts/Regular.otf", "fonts/Italic.otf", "fonts/Bold.otf"}) {
      fs_.Add(std::string("templates/print/../../") + font, "font");
    }
  }

  Result<PrintTemplate> Load(const std::string& path) {
    return LoadPrintTemplate(fs_, path, kDefault);
  }

  static constexpr const char* kDefault = "templates/print/default.template";
  MemoryFileSystem fs_;
};

TEST_F(TemplateInheritanceTest, AOneLineTemplateKeepsEverythingElseOfTheDefault) {
  fs_.Add("content/book/print.template", "font.size = 11pt\n");
  Result<PrintTemplate> t = Load("content/book/print.template");
  ASSERT_TRUE(t.ok()) << t.error().ToString();
  EXPECT_DOUBLE_EQ(t->size, 11);
  EXPECT_TRUE(t->features.oldstyle_figures);  // the default template's, not the table's "no"
  // The fonts the default names, found beside the default, not beside the title.
  EXPECT_EQ(t->font_files[0], "templates/print/../../fonts/Regular.otf");
  EXPECT_EQ(t->values.Get("font.size").file, "content/book/print.template");
  EXPECT_EQ(t->values.Get("font.regular").file, kDefault);
}

TEST_F(TemplateInheritanceTest, ExtendsFollowsAChainAndTheNearestFileWins) {
  fs_.Add("press/house.template", "font.size = 9pt\ncontents.title = In this book\n");
  fs_.Add("content/book/print.template",
          "extends = ../../press/house.template\ncontents.title = Inhalt\n");
  Result<PrintTemplate> t = Load("content/book/print.template");
  ASSERT_TRUE(t.ok()) << t.error().ToString();
  EXPECT_DOUBLE_EQ(t->size, 9);                // the house template's
  EXPECT_EQ(t->contents_title, "Inhalt");       // the title's own
  EXPECT_TRUE(t->features.oldstyle_figures);    // the default's, below the house template
}

TEST_F(TemplateInheritanceTest, ARelativeFontResolvesAgainstTheFileThatNamesIt) {
  fs_.Add("press/fonts/House-Regular.otf", "font");
  fs_.Add("press/house.template", "font.regular = fonts/House-Regular.otf\n");
  fs_.Add("content/book/print.template", "extends = ../../press/house.template\n");
  Result<PrintTemplate> t = Load("content/book/print.template");
  ASSERT_TRUE(t.ok()) << t.error().ToString();
  EXPECT_EQ(t->font_files[0], "press/fonts/House-Regular.otf");
  EXPECT_EQ(t->font_files[1], "templates/print/../../fonts/Italic.otf");
}

TEST_F(TemplateInheritanceTest, AMissingFontNamesTheLineOfTheFileThatNamesIt) {
  fs_.Add("press/house.template", "font.size = 9pt\nfont.bold = fonts/Missing.otf\n");
  fs_.Add("content/book/print.template", "extends = ../../press/house.template\n");
  Result<PrintTemplate> t = Load("content/book/print.template");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().where.ToString(), "press/house.template:2:13");
}

TEST_F(TemplateInheritanceTest, ExtendingAMissingFileIsAnErrorAtTheExtendsLine) {
  fs_.Add("content/book/print.template", "font.size = 11pt\nextends = house.template\n");
  Result<PrintTemplate> t = Load("content/book/print.template");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().where.ToString(), "content/book/print.template:2:11");
  EXPECT_THAT(t.error().message, HasSubstr("template content/book/house.template does not exist"));
}

TEST_F(TemplateInheritanceTest, ACycleIsAnErrorAtTheExtendsLineThatClosesIt) {
  fs_.Add("a/one.template", "extends = ../b/two.template\n");
  fs_.Add("b/two.template", "# two\nextends = ../a/one.template\n");
  Result<PrintTemplate> t = Load("a/one.template");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().where.ToString(), "b/two.template:2:11");
  EXPECT_THAT(t.error().message, HasSubstr("extends this template again"));

  fs_.Add("self.template", "extends = ./self.template\n");
  Result<PrintTemplate> self = Load("self.template");
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().where.ToString(), "self.template:1:11");
}

TEST_F(TemplateInheritanceTest, NoneStartsFromTheTableAndDefaultNamesTheShippedOne) {
  fs_.Add("content/book/print.template",
          "extends = none\nfont.regular = ../../fonts/Regular.otf\n"
          "font.italic = ../../fonts/Italic.otf\nfont.bold = ../../fonts/Bold.otf\n"
          "protrusion.enabled = no\n");
  fs_.Add("content/book/../../fonts/Regular.otf", "font");
  fs_.Add("content/book/../../fonts/Italic.otf", "font");
  fs_.Add("content/book/../../fonts/Bold.otf", "font");
  Result<PrintTemplate> none = Load("content/book/print.template");
  ASSERT_TRUE(none.ok()) << none.error().ToString();
  EXPECT_FALSE(none->features.oldstyle_figures);  // the table's default

  fs_.Add("content/other/print.template", "extends = default\n");
  Result<PrintTemplate> named = Load("content/other/print.template");
  ASSERT_TRUE(named.ok()) << named.error().ToString();
  EXPECT_TRUE(named->features.oldstyle_figures);
}

TEST_F(TemplateInheritanceTest, TheDefaultWithoutAnExtendsLineDoesNotExtendItself) {
  fs_.Add(kDefault, "font.regular = ../../fonts/Regular.otf\nfont.italic = ../../fonts/Italic.otf\n"
                    "font.bold = ../../fonts/Bold.otf\nprotrusion.enabled = no\n");
  Result<PrintTemplate> t = Load(kDefault);
  EXPECT_TRUE(t.ok()) << t.error().ToString();
}

TEST_F(TemplateInheritanceTest, AnEmptyExtendsIsAnError) {
  fs_.Add("t.template", "extends =\n");
  Result<PrintTemplate> t = Load("t.template");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.error().where.ToString(), "t.template:1:10");
  EXPECT_THAT(t.error().message, HasSubstr("extends needs a template"));
}

}  // namespace
}  // namespace galley::layout
