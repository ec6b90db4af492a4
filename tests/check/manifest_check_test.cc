// The manifest, media types and spine, each rule broken alone in an otherwise valid book.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/test_epub.h"

namespace galley::check::testing {
namespace {

constexpr const char* kOpf = "EPUB/package.opf";

void AddItem(TestEpub* epub, const std::string& item) {
  epub->Replace(kOpf, "<manifest>", "<manifest>\n    " + item);
}

TEST(ManifestCheckTest, EveryItemMustBeInTheContainer) {
  TestEpub epub;
  AddItem(&epub, R"(<item id="map" href="images/map.png" media-type="image/png"/>)");
  EXPECT_ONE_FINDING(epub, "manifest", "EPUB/images/map.png, which is not in the container");
}

TEST(ManifestCheckTest, EveryFileMustBeInTheManifest) {
  TestEpub epub;
  epub.File("EPUB/notes.txt") = "left behind";
  EXPECT_ONE_FINDING(epub, "manifest", "not in the manifest");
}

TEST(ManifestCheckTest, ItemIdsMustBeUnique) {
  TestEpub epub;
  // A copy first: File() adds the missing map.png to the entries, which would leave a
  // reference to cover.png's bytes dangling (C++17 evaluates the right side of = first).
  std::string cover = epub.File("EPUB/images/cover.png");
  epub.File("EPUB/images/map.png") = cover;
  AddItem(&epub, R"(<item id="css" href="images/map.png" media-type="image/png"/>)");
  EXPECT_ONE_FINDING(epub, "ids", "\"css\" is used twice in EPUB/package.opf");
}

TEST(ManifestCheckTest, AFileMustBeListedOnce) {
  TestEpub epub;
  AddItem(&epub, R"(<item id="css2" href="css/book.css" media-type="text/css"/>)");
  EXPECT_ONE_FINDING(epub, "manifest", "lists EPUB/css/book.css twice");
}

TEST(ManifestCheckTest, ThereMustBeANavDocument) {
  TestEpub epub;
  epub.Replace(kOpf, R"( properties="nav")", "");
  std::vector<Finding> findings = FindingsOf(epub);
  // Without a nav there is no page-list either, so the page-navigation claim fails too.
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].check, "manifest") << Describe(findings);
  EXPECT_THAT(findings[0].error.message, ::testing::HasSubstr("properties=\"nav\""));
}

TEST(MediaTypeCheckTest, TheTypeMustFitTheExtension) {
  TestEpub epub;
  epub.Replace(kOpf, R"(media-type="text/css")", R"(media-type="text/plain")");
  EXPECT_ONE_FINDING(epub, "media-types", "does not fit EPUB/css/book.css");
}

TEST(MediaTypeCheckTest, TheTypeMustFitTheBytes) {
  TestEpub epub;
  epub.File("EPUB/images/cover.png") = std::string("\xff\xd8\xff\xe0\0\x10JFIF", 10);
  EXPECT_ONE_FINDING(epub, "media-types", "is a JPEG image, not image/png");
}

TEST(MediaTypeCheckTest, ABinaryTypeNeedsItsSignature) {
  TestEpub epub;
  epub.File("EPUB/images/cover.png") = "not an image";
  EXPECT_ONE_FINDING(epub, "media-types", "does not begin with the signature of image/png");
}

TEST(SpineCheckTest, ItemrefsMustNameManifestItems) {
  TestEpub epub;
  epub.Replace(kOpf, "</spine>", "  <itemref idref=\"ch3\"/>\n  </spine>");
  EXPECT_ONE_FINDING(epub, "spine", "\"ch3\" names no manifest item");
}

TEST(SpineCheckTest, ItemsMustBeContentDocuments) {
  TestEpub epub;
  epub.Replace(kOpf, "</spine>", "  <itemref idref=\"css\"/>\n  </spine>");
  EXPECT_ONE_FINDING(epub, "spine", "not a content document");
}

TEST(SpineCheckTest, AnItemAppearsOnce) {
  TestEpub epub;
  epub.Replace(kOpf, "</spine>", "  <itemref idref=\"ch2\"/>\n  </spine>");
  EXPECT_ONE_FINDING(epub, "spine", "in the spine twice");
}

TEST(SpineCheckTest, NonLinearItemsMustBeReachable) {
  TestEpub epub;  // the cover is non-linear; only the landmarks link to it
  epub.Replace("EPUB/nav.xhtml",
               R"(<li><a epub:type="cover" href="text/cover.xhtml">Cover</a></li>)", "");
  EXPECT_ONE_FINDING(epub, "spine", "EPUB/text/cover.xhtml is not the target of any hyperlink");
}

TEST(SpineCheckTest, HyperlinkedDocumentsMustBeInTheSpine) {
  TestEpub epub;  // a landmark to the nav's own toc, while the nav is not in the spine
  epub.Replace("EPUB/nav.xhtml", R"(<li><a epub:type="bodymatter")",
               R"(<li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
    <li><a epub:type="bodymatter")");
  EXPECT_ONE_FINDING(epub, "spine", "hyperlink to EPUB/nav.xhtml, which is not in the spine");
}

TEST(SpineCheckTest, TheNcxMustBeNamedByToc) {
  TestEpub epub;
  epub.Replace(kOpf, R"(<spine toc="ncx">)", "<spine>");
  EXPECT_ONE_FINDING(epub, "spine", "no toc attribute");
}

TEST(SpineCheckTest, SomeItemMustBeLinear) {
  TestEpub epub;
  epub.Replace(kOpf, R"(<itemref idref="ch1"/>)", R"(<itemref idref="ch1" linear="no"/>)");
  epub.Replace(kOpf, R"(<itemref idref="ch2"/>)", R"(<itemref idref="ch2" linear="no"/>)");
  EXPECT_ONE_FINDING(epub, "spine", "no linear item");
}

}  // namespace
}  // namespace galley::check::testing
