// Links, fragments and ids, each rule broken alone in an otherwise valid book.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/test_epub.h"

namespace galley::check::testing {
namespace {

TEST(LinkCheckTest, AFragmentMustNameAnId) {
  TestEpub epub;
  epub.Replace("EPUB/nav.xhtml", R"(href="text/ch2.xhtml#s2")", R"(href="text/ch2.xhtml#s3")");
  EXPECT_ONE_FINDING(epub, "links", "EPUB/text/ch2.xhtml has no id \"s3\"");
}

TEST(LinkCheckTest, ALinkMustNameAFileInTheContainer) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch1.xhtml", R"(<a href="ch2.xhtml#s2">)", R"(<a href="ch3.xhtml">)");
  EXPECT_ONE_FINDING(epub, "links", "EPUB/text/ch3.xhtml, which is not in the container");
}

TEST(LinkCheckTest, ImageSourcesMustResolve) {
  TestEpub epub;
  epub.Replace("EPUB/text/cover.xhtml", "../images/cover.png", "../images/cover.jpg");
  EXPECT_ONE_FINDING(epub, "links", "EPUB/images/cover.jpg");
}

TEST(LinkCheckTest, NcxContentMustResolve) {
  TestEpub epub;
  epub.Replace("EPUB/toc.ncx", R"(<content src="text/ch2.xhtml#s2"/>)",
               R"(<content src="text/ch2.xhtml#two"/>)");
  EXPECT_ONE_FINDING(epub, "links", "has no id \"two\"");
}

TEST(LinkCheckTest, CssUrlsMustResolve) {
  TestEpub epub;
  epub.Replace("EPUB/css/book.css", "../images/cover.png", "../fonts/missing.otf");
  EXPECT_ONE_FINDING(epub, "links", "CSS url \"../fonts/missing.otf\"");
}

TEST(LinkCheckTest, LinksMustStayInsideTheContainer) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch1.xhtml", R"(<a href="ch2.xhtml#s2">)",
               R"(<a href="../../../x.xhtml">)");
  EXPECT_ONE_FINDING(epub, "links", "outside the container");
}

TEST(LinkCheckTest, ExternalLinksAreNotFollowed) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch1.xhtml", R"(<a href="ch2.xhtml#s2">)",
               R"(<a href="https://example.org/nowhere#x">)");
  EXPECT_NO_FINDINGS(epub);
}

TEST(IdCheckTest, IdsMustBeUniqueInADocument) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch1.xhtml", "<p>See ", "<p id=\"s1\">See ");
  EXPECT_ONE_FINDING(epub, "ids", "\"s1\" is used twice");
}

TEST(IdCheckTest, IdsMustNotBeEmpty) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch1.xhtml", "<p>See ", "<p id=\"\">See ");
  EXPECT_ONE_FINDING(epub, "ids", "empty or has spaces");
}

}  // namespace
}  // namespace galley::check::testing
