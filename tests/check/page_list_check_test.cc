// The print pages: markers, the page-list and the NCX pageList, each rule broken alone.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/test_epub.h"

namespace galley::check::testing {
namespace {

constexpr const char* kNav = "EPUB/nav.xhtml";
constexpr const char* kNcx = "EPUB/toc.ncx";
constexpr const char* kCh1 = "EPUB/text/ch1.xhtml";
constexpr const char* kCh2 = "EPUB/text/ch2.xhtml";

// Points the nav's and the NCX's entry for page `label` at `href` instead.
void Retarget(TestEpub* epub, const std::string& old_href, const std::string& new_href) {
  epub->Replace(kNav, "href=\"" + old_href + "\"", "href=\"" + new_href + "\"");
  epub->Replace(kNcx, "src=\"" + old_href + "\"", "src=\"" + new_href + "\"");
}

TEST(PageListCheckTest, EntriesMustFollowDocumentOrder) {
  TestEpub epub;  // pages 1 and 2 swap places in the text, not in the lists
  epub.Replace(kCh1, R"(id="page-1" aria-label="1")", R"(id="page-x" aria-label="x")");
  epub.Replace(kCh1, R"(id="page-2" aria-label="2")", R"(id="page-1" aria-label="1")");
  epub.Replace(kCh1, R"(id="page-x" aria-label="x")", R"(id="page-2" aria-label="2")");
  EXPECT_ONE_FINDING(epub, "page-list", "page \"2\" comes before page \"1\" in reading order");
}

TEST(PageListCheckTest, EntriesMustFollowSpineOrder) {
  TestEpub epub;  // chapter 2 now comes first, so page 3 precedes pages 1 and 2
  epub.Replace("EPUB/package.opf", "<itemref idref=\"ch1\"/>\n    <itemref idref=\"ch2\"/>",
               "<itemref idref=\"ch2\"/>\n    <itemref idref=\"ch1\"/>");
  EXPECT_ONE_FINDING(epub, "page-list", "page \"3\" comes before page \"2\"");
}

TEST(PageListCheckTest, PageBreakIdsMustBeUniqueAcrossTheBook) {
  TestEpub epub;
  epub.Replace(kCh2, R"(id="page-3")", R"(id="page-1")");
  Retarget(&epub, "text/ch2.xhtml#page-3", "text/ch2.xhtml#page-1");
  EXPECT_ONE_FINDING(epub, "page-list", "\"page-1\" is also used in EPUB/text/ch1.xhtml");
}

TEST(PageListCheckTest, EveryMarkerMustBeListed) {
  TestEpub epub;
  epub.Replace(kCh2, "<p>The end.</p>",
               R"(<p>The <span epub:type="pagebreak" role="doc-pagebreak" id="page-4" )"
               R"(aria-label="4"/>end.</p>)");
  EXPECT_ONE_FINDING(epub, "page-list", "\"page-4\" is not in the page-list");
}

TEST(PageListCheckTest, EntriesMustPointAtMarkers) {
  TestEpub epub;
  epub.Replace(kCh2,
               R"(<div epub:type="pagebreak" role="doc-pagebreak" id="page-3" aria-label="3">)",
               R"(<div id="page-3">)");
  EXPECT_ONE_FINDING(epub, "page-list", "which is not a page-break marker");
}

TEST(PageListCheckTest, MarkersNeedAnId) {
  TestEpub epub;
  epub.Replace(kCh2, "<p>The end.</p>",
               R"(<p>The end.<span epub:type="pagebreak" aria-label="4"/></p>)");
  EXPECT_ONE_FINDING(epub, "page-list", "page-break marker has no id");
}

TEST(PageListCheckTest, DocPagebreakNeedsAnAccessibleName) {
  TestEpub epub;
  epub.Replace(kCh2, R"( aria-label="3")", "");
  EXPECT_ONE_FINDING(epub, "page-list", "has no aria-label");
}

TEST(PageListCheckTest, LabelsMustBeUnique) {
  TestEpub epub;
  epub.Replace(kNav, R"(#page-2">2</a>)", R"(#page-2">1</a>)");
  EXPECT_ONE_FINDING(epub, "page-list", "page \"1\" twice");
}

TEST(PageListCheckTest, MarkersWithoutAPageListAreReported) {
  TestEpub epub;
  epub.File(kNav).erase(epub.File(kNav).find("<nav epub:type=\"page-list\""),
                        epub.File(kNav).find("<nav epub:type=\"landmarks\"") -
                            epub.File(kNav).find("<nav epub:type=\"page-list\""));
  epub.Replace("EPUB/package.opf",
               R"(<meta property="schema:accessibilityFeature">pageBreakMarkers</meta>)", "");
  EXPECT_ONE_FINDING(epub, "page-list", "3 page-break markers but the nav has no page-list");
}

TEST(PageListCheckTest, TheNcxPageListMustAgreeWithTheNav) {
  TestEpub epub;
  epub.Replace(kNcx, R"(<content src="text/ch1.xhtml#page-2"/>)",
               R"(<content src="text/ch1.xhtml#page-1"/>)");
  EXPECT_ONE_FINDING(epub, "page-list", "NCX page target 2 is text/ch1.xhtml#page-1");
}

TEST(PageListCheckTest, TheNcxMustHaveAPageList) {
  TestEpub epub;
  std::string& ncx = epub.File(kNcx);
  ncx.erase(ncx.find("  <pageList>"), ncx.find("</ncx>") - ncx.find("  <pageList>"));
  EXPECT_ONE_FINDING(epub, "page-list", "the NCX has no pageList");
}

}  // namespace
}  // namespace galley::check::testing
