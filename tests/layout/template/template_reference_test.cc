// docs/templates.md holds the parameter table between its PARAMETERS markers; the
// documentation must list every key exactly as the code declares it.
#include "layout/template/template_reference.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/file_system.h"
#include "layout/layout_fixture.h"
#include "layout/template/template_parameters.h"

namespace galley::layout {
namespace {

TEST(TemplateReferenceTest, TheDocumentationListsEveryKeyAsTheCodeDeclaresIt) {
  RealFileSystem fs;
  Result<std::string> doc = fs.ReadFile(testing::SourcePath("docs/templates.md"));
  ASSERT_TRUE(doc.ok()) << doc.error().ToString();
  const std::string begin = "<!-- BEGIN PARAMETERS -->\n", end = "<!-- END PARAMETERS -->";
  size_t from = doc->find(begin), to = doc->find(end);
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  std::string table = doc->substr(from + begin.size(), to - from - begin.size());
  EXPECT_EQ(table, TemplateReferenceMarkdown())
      << "docs/templates.md is out of date: paste `galley pdf --help-template=markdown` "
         "between its PARAMETERS markers";
  for (const TemplateParameter& parameter : TemplateParameters()) {
    EXPECT_NE(table.find("| `" + parameter.key + "` |"), std::string::npos) << parameter.key;
  }
}

TEST(TemplateReferenceTest, TheTextFormListsKeysDefaultsAndHelp) {
  std::string text = TemplateReferenceText();
  EXPECT_THAT(text, ::testing::HasSubstr("  margin.inner = 18mm  [length]\n"));
  EXPECT_THAT(text, ::testing::HasSubstr("  text.align = justify  [justify | ragged]\n"));
  EXPECT_THAT(text, ::testing::HasSubstr("  hyphenation.exceptions = (empty)  [words]\n"));
  EXPECT_THAT(text, ::testing::HasSubstr("  extends = default  [default | none | file]\n"));
}

}  // namespace
}  // namespace galley::layout
