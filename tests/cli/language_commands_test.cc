// A book's language as galley pdf meets it: Debian's dictionaries found from the tag, a
// language without patterns named where the manuscript says it, and a template that allows an
// unhyphenated book.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::testing {
namespace {

using ::testing::HasSubstr;

std::string Manuscript(const std::string& language) {
  return "---\ntitle: T\nauthor: A\nlanguage: " + language +
         "\ndate: 2024-01-01\n---\n\nText of the book, long enough to be a paragraph.\n";
}

// The shipped default template with `extra` after its hyphenation settings, its fonts named by
// absolute paths so that it works from a temporary folder.
std::string DefaultTemplateWith(const std::string& extra) {
  std::string text =
      ReadFileOrEmpty(galley::testing::SourceDir() + "/templates/print/default.template");
  size_t at;
  while ((at = text.find("../../fonts/")) != std::string::npos) {
    text.replace(at, 12, galley::testing::SourceDir() + "/fonts/");
  }
  at = text.find("hyphenation.enabled = yes\n");
  EXPECT_NE(at, std::string::npos);
  return text.insert(at, extra + "\n");
}

// Typesets the test's m.md into m.pdf with its t.template.
ProcessResult PdfWithTemplate(const TempDir& dir) {
  return RunGalley(
      {"pdf", dir.File("m.md"), "-o", dir.File("m.pdf"), "--template", dir.File("t.template")});
}

TEST(LanguageCommandTest, ALanguageWithoutPatternsIsAnErrorAtItsFrontMatterLine) {
  TempDir dir;
  WriteFileOrDie(dir.File("m.md"), Manuscript("la"));
  ProcessResult r = RunGalley({"pdf", dir.File("m.md"), "-o", dir.File("m.pdf")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("m.md:4:11"));
  EXPECT_THAT(r.err, HasSubstr("Debian has no hyphenation patterns for Latin (la)"));
  EXPECT_THAT(r.err, HasSubstr("hyphenation.missing = unhyphenated"));
  EXPECT_FALSE(std::filesystem::exists(dir.File("m.pdf")));
}

TEST(LanguageCommandTest, TheTemplateMayAllowABookWithoutHyphenation) {
  TempDir dir;
  WriteFileOrDie(dir.File("m.md"), Manuscript("la"));
  WriteFileOrDie(dir.File("t.template"), DefaultTemplateWith("hyphenation.missing = unhyphenated"));
  ProcessResult r = PdfWithTemplate(dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("m.md:4:11: warning: Debian has no hyphenation patterns"));
  EXPECT_TRUE(std::filesystem::exists(dir.File("m.pdf")));
}

// hyphenation.missing takes its two words only.
TEST(LanguageCommandTest, AnUnknownMissingRuleIsATemplateError) {
  TempDir dir;
  WriteFileOrDie(dir.File("m.md"), Manuscript("de"));
  WriteFileOrDie(dir.File("t.template"), DefaultTemplateWith("hyphenation.missing = skip"));
  ProcessResult r = PdfWithTemplate(dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("t.template:"));
  EXPECT_THAT(r.err, HasSubstr("skip"));
}

// German (`de`) is Debian's hyph_de_DE.dic, read in its ISO8859-1 as installed, and cached.
TEST(LanguageCommandTest, GermanPrintsWithDebiansPatternsAndCachesThem) {
  TempDir dir;
  WriteFileOrDie(dir.File("m.md"), Manuscript("de"));
  std::string cache = dir.File("cache");
  ProcessResult r = RunGalley({"-q", "pdf", dir.File("m.md"), "-o", dir.File("m.pdf")}, "",
                              {"GALLEY_CACHE_DIR=" + cache});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  int entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(cache)) {
    EXPECT_EQ(entry.path().extension(), ".bin");
    ++entries;
  }
  EXPECT_EQ(entries, 1);
}

// A passage in another language: hyphenated with its own patterns when Debian has them, set
// whole with a warning at its place when not, and tagged with /Lang in the PDF.
TEST(LanguageCommandTest, PassagesCarryTheirLanguageIntoThePdf) {
  TempDir dir;
  WriteFileOrDie(dir.File("m.md"),
                 "---\ntitle: T\nauthor: A\nlanguage: en-US\ndate: 2024-01-01\n---\n\n"
                 "The sailors said <span lang=\"fr\">une phrase en français</span> and then "
                 "<i lang=\"la\">consuetudinem</i> before the end.\n");
  // Patterns are loaded when a paragraph is hyphenated: always, here (no first try without).
  WriteFileOrDie(dir.File("t.template"), "hyphenation.pretolerance = -1\n");
  ProcessResult r = PdfWithTemplate(dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.err, HasSubstr("m.md:8:"));
  EXPECT_THAT(r.err, HasSubstr("warning: Debian has no hyphenation patterns for Latin (la)"));
  std::string pdf = ReadFileOrEmpty(dir.File("m.pdf"));
  EXPECT_THAT(pdf, HasSubstr("/Lang (fr)"));
  EXPECT_THAT(pdf, HasSubstr("/Lang (la)"));
}

}  // namespace
}  // namespace galley::testing
