// The checker as a whole: the valid book passes, a broken file is reported with its line and
// column, and what is not an EPUB at all is an error rather than a crash.
#include "check/epub_checker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/checks.h"
#include "check/test_epub.h"
#include "io/file_system.h"

namespace galley::check::testing {
namespace {

using ::testing::HasSubstr;

TEST(EpubCheckerTest, TheValidBookHasNoFindings) {
  EXPECT_NO_FINDINGS(TestEpub());
}

TEST(EpubCheckerTest, TheValidBookHasTheMimetypeAtByte38) {
  std::string bytes = TestEpub().Build();
  ASSERT_GT(bytes.size(), 58u);
  EXPECT_EQ(bytes.substr(30, 8), "mimetype");
  EXPECT_EQ(bytes.substr(38, 20), "application/epub+zip");
}

TEST(EpubCheckerTest, EveryCheckHasANameAndAPromise) {
  ASSERT_GE(AllChecks().size(), 10u);
  for (const Check& check : AllChecks()) {
    EXPECT_GT(std::string(check.name).size(), 0u);
    EXPECT_GT(std::string(check.promise).size(), 10u) << check.name;
  }
}

TEST(EpubCheckerTest, NotWellFormedXmlIsReportedAtItsLineAndColumn) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch2.xhtml", "<p>The end.</p>", "<p>The end.</b>");
  std::vector<Finding> findings = FindingsOf(epub);
  ASSERT_EQ(findings.size(), 1u) << Describe(findings);
  EXPECT_EQ(findings[0].check, "xml");
  EXPECT_EQ(findings[0].error.where.file, "test.epub/EPUB/text/ch2.xhtml");
  EXPECT_EQ(findings[0].error.where.pos.line, 9);
  EXPECT_THAT(findings[0].error.message, HasSubstr("not well-formed"));
  EXPECT_EQ(findings[0].error.source_line, "<p>The end.</b>");
}

// pugixml itself takes these without a word; XML 1.0 (§2.2, §4.1) and reading systems do not.
TEST(EpubCheckerTest, ForbiddenCharactersAndReferencesAreNotWellFormed) {
  for (const char* bad : {"<p>The&#19; end.</p>", "<p>The&#x13; end.</p>",
                          "<p>The\x13 end.</p>", "<p>The\xEF\xBF\xBF end.</p>",
                          "<p>The&#xFFFE; end.</p>", "<p>The&nbsp; end.</p>"}) {
    TestEpub epub;
    epub.Replace("EPUB/text/ch2.xhtml", "<p>The end.</p>", bad);
    std::vector<Finding> findings = FindingsOf(epub);
    ASSERT_EQ(findings.size(), 1u) << bad << "\n" << Describe(findings);
    EXPECT_EQ(findings[0].check, "xml");
    EXPECT_EQ(findings[0].error.where.ToString(), "test.epub/EPUB/text/ch2.xhtml:9:7") << bad;
    EXPECT_THAT(findings[0].error.message, HasSubstr("not well-formed")) << bad;
  }
}

TEST(EpubCheckerTest, TheFirstProblemInAFileIsTheOneReported) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch2.xhtml", "<p>The end.</p>", "<p>The&#19; end.</b>");
  std::vector<Finding> findings = FindingsOf(epub);
  ASSERT_EQ(findings.size(), 1u) << Describe(findings);
  EXPECT_EQ(findings[0].error.where.ToString(), "test.epub/EPUB/text/ch2.xhtml:9:7");
  EXPECT_THAT(findings[0].error.message, HasSubstr("U+0013"));
}

TEST(EpubCheckerTest, XmlFilesOutsideTheManifestAreParsedToo) {
  TestEpub epub;
  epub.File("META-INF/com.apple.ibooks.display-options.xml") =
      "<?xml version=\"1.0\"?>\n<display_options>\n<option>&#x1;</option></display_options>\n";
  std::vector<Finding> findings = FindingsOf(epub);
  ASSERT_EQ(findings.size(), 1u) << Describe(findings);
  EXPECT_EQ(findings[0].error.where.ToString(),
            "test.epub/META-INF/com.apple.ibooks.display-options.xml:3:9");
}

TEST(EpubCheckerTest, FindingsPointAtTheElementThatBreaksTheRule) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch1.xhtml", "<a href=\"ch2.xhtml#s2\">", "<a href=\"ch2.xhtml#s9\">");
  std::vector<Finding> findings = FindingsOf(epub);
  ASSERT_EQ(findings.size(), 1u) << Describe(findings);
  // Line 10 is `<p>See <a href="ch2.xhtml#s9">…`; the <a> starts at column 8.
  EXPECT_EQ(findings[0].error.where.ToString(), "test.epub/EPUB/text/ch1.xhtml:10:8");
  EXPECT_THAT(findings[0].error.ToString(), HasSubstr("\n         ^\n"));
}

TEST(EpubCheckerTest, BytesThatAreNotAZipAreAnError) {
  Result<CheckReport> report = CheckEpubBytes("<html>not a zip</html>", "page.epub");
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().where.file, "page.epub");
  EXPECT_THAT(report.error().message, HasSubstr("ZIP"));
}

TEST(EpubCheckerTest, AMissingFileIsAnIoError) {
  MemoryFileSystem fs;
  Result<CheckReport> report = CheckEpubFile(fs, "out/none.epub");
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().kind, ErrorKind::kIo);
}

TEST(EpubCheckerTest, ReadsThroughTheFileSystem) {
  MemoryFileSystem fs;
  fs.Add("out/book.epub", TestEpub().Build());
  Result<CheckReport> report = CheckEpubFile(fs, "out/book.epub");
  ASSERT_TRUE(report.ok());
  EXPECT_TRUE(report->findings.empty()) << Describe(report->findings);
}

}  // namespace
}  // namespace galley::check::testing
