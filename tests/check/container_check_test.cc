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

}  // namespace
}  // namespace galley::check::testing
