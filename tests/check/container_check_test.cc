// The container rules, each broken alone in an otherwise valid book.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/test_epub.h"

namespace galley::check::testing {
namespace {

TEST(ContainerCheckTest, MimetypeMustBeFirst) {
  TestEpub epub;
  epub.MoveToEnd("mimetype");
  EXPECT_ONE_FINDING(epub, "container", "not the first file");
}

TEST(ContainerCheckTest, MimetypeMustBeStored) {
  TestEpub epub;
  epub.SetStored("mimetype", false);
  EXPECT_ONE_FINDING(epub, "container", "compressed");
}

TEST(ContainerCheckTest, MimetypeMustHaveNoExtraField) {
  TestEpub epub;
  epub.AddLocalExtraField("mimetype");
  EXPECT_ONE_FINDING(epub, "container", "extra field");
}

TEST(ContainerCheckTest, MimetypeMustHoldExactlyTheMediaType) {
  TestEpub epub;
  epub.File("mimetype") = "application/epub+zip\n";
  EXPECT_ONE_FINDING(epub, "container", "exactly application/epub+zip");
}

TEST(ContainerCheckTest, MimetypeMustExist) {
  TestEpub epub;
  epub.Remove("mimetype");
  EXPECT_ONE_FINDING(epub, "container", "no mimetype");
}

TEST(ContainerCheckTest, ContainerXmlMustExist) {
  TestEpub epub;
  epub.Remove("META-INF/container.xml");
  EXPECT_ONE_FINDING(epub, "container", "no META-INF/container.xml");
}

TEST(ContainerCheckTest, RootfileMustNameAFileInTheContainer) {
  TestEpub epub;
  epub.Replace("META-INF/container.xml", "EPUB/package.opf", "EPUB/content.opf");
  EXPECT_ONE_FINDING(epub, "container", "EPUB/content.opf, which is not in the container");
}

TEST(ContainerCheckTest, RootfileMustBeAPackageDocument) {
  TestEpub epub;
  epub.Replace("META-INF/container.xml", "application/oebps-package+xml", "text/xml");
  EXPECT_ONE_FINDING(epub, "container", "application/oebps-package+xml");
}

TEST(ContainerCheckTest, FileNamesMustDifferByMoreThanCase) {
  TestEpub epub;
  epub.File("EPUB/CSS/book.css") = "body {}";
  epub.Replace("EPUB/package.opf", "<manifest>",
               "<manifest>\n    <item id=\"css2\" href=\"CSS/book.css\" media-type=\"text/css\"/>");
  EXPECT_ONE_FINDING(epub, "container", "clashes with EPUB/css/book.css");
}

// A ZIP bomb: 32 MiB of zeros deflate to 32 KB. The checker refuses the entry from what the
// central directory says, without inflating it, and says why.
TEST(ContainerCheckTest, AnEntryThatInflatesBeyondAnyBooksIsNotRead) {
  TestEpub epub;
  epub.File("EPUB/zeros.bin") = std::string(size_t{32} << 20, '\0');
  std::vector<Finding> findings = FindingsOf(epub);
  bool refused = false;
  for (const Finding& finding : findings) {
    if (finding.error.message.find("would inflate") != std::string::npos) {
      refused = true;
      EXPECT_EQ(finding.check, "container");
      EXPECT_THAT(finding.error.where.file, ::testing::HasSubstr("EPUB/zeros.bin"));
    }
  }
  EXPECT_TRUE(refused) << Describe(findings);
}

// Text compresses a few times, not hundreds: a real book's files are all read.
TEST(ContainerCheckTest, ABooksOwnFilesAreWithinTheLimits) {
  TestEpub epub;
  std::string text;
  for (int i = 0; text.size() < (size_t{3} << 20); ++i) text += "<p>Paragraph " + std::to_string(i * 7919 % 100003) + ".</p>\n";
  epub.File("EPUB/notes.txt") = text;
  for (const Finding& finding : FindingsOf(epub)) {
    EXPECT_EQ(finding.error.message.find("inflate"), std::string::npos) << finding.error.message;
  }
}

}  // namespace
}  // namespace galley::check::testing
