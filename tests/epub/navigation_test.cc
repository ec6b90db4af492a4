// nav.xhtml and toc.ncx from the same navigation points.
#include <gtest/gtest.h>

#include "epub/navigation_document.h"
#include "epub/ncx_document.h"
#include "epub_test_support.h"

namespace galley::epub {
namespace {

using namespace testing;

std::vector<TocEntry> Toc() {
  return {{"About the Author", "text/biography.xhtml", 1, {}},
          {"Kronstadt 21", "text/k.xhtml#k", 3,
           {{"The Party Reflex", "text/k.xhtml#party", 6, {{"Deeper", "text/k.xhtml#deeper", 7, {}}}}}},
          {"Colophon", "text/colophon.xhtml", 9, {}}};
}

std::vector<PageTarget> Pages() {
  return {{model::ClassifyPageStart("iv"), "text/biography.xhtml#page-iv", 2},
          {model::ClassifyPageStart("5"), "text/k.xhtml#page-5", 4},
          {model::ClassifyPageStart("6"), "text/k.xhtml#page-6", 8}};
}

std::vector<Landmark> Landmarks() {
  return {{"cover", "Cover", "text/cover.xhtml"}, {"toc", "Contents", "nav.xhtml#toc"},
          {"bodymatter", "Start of Text", "text/k.xhtml"}};
}

TEST(NavigationDocumentTest, TocNestsAsTheEntries) {
  TextCoverage coverage;
  pugi::xml_document nav;
  ParseXml(NavigationXhtml(BookMetadata(), {Toc(), Landmarks(), Pages()}, &coverage), &nav);
  EXPECT_EQ(Select(nav, "//nav[@epub:type='toc']/ol/li/a"),
            (std::vector<std::string>{"About the Author", "Kronstadt 21", "Colophon"}));
  EXPECT_EQ(Select(nav, "//nav[@epub:type='toc']/ol/li/ol/li/a/@href"),
            std::vector<std::string>{"text/k.xhtml#party"});
  EXPECT_EQ(Select(nav, "//nav[@epub:type='toc']/ol/li/ol/li/ol/li/a"),
            std::vector<std::string>{"Deeper"});
  EXPECT_EQ(Select(nav, "//nav[@epub:type='toc']/@role"), std::vector<std::string>{"doc-toc"});
  EXPECT_EQ(Select(nav, "/html/@xml:lang"), std::vector<std::string>{"en-US"});
}

TEST(NavigationDocumentTest, PageListHasOneEntryPerMarkerInOrder) {
  TextCoverage coverage;
  pugi::xml_document nav;
  ParseXml(NavigationXhtml(BookMetadata(), {Toc(), Landmarks(), Pages()}, &coverage), &nav);
  EXPECT_EQ(Select(nav, "//nav[@epub:type='page-list']/ol/li/a"),
            (std::vector<std::string>{"iv", "5", "6"}));
  EXPECT_EQ(Select(nav, "//nav[@epub:type='page-list']/ol/li/a/@href"),
            (std::vector<std::string>{"text/biography.xhtml#page-iv", "text/k.xhtml#page-5",
                                      "text/k.xhtml#page-6"}));
  EXPECT_EQ(Select(nav, "//nav[@epub:type='page-list']/@role"), std::vector<std::string>{"doc-pagelist"});
  EXPECT_EQ(Select(nav, "//nav[@epub:type='page-list']/@hidden"), std::vector<std::string>{"hidden"});
}

TEST(NavigationDocumentTest, LandmarksCarryTheirTypes) {
  TextCoverage coverage;
  pugi::xml_document nav;
  ParseXml(NavigationXhtml(BookMetadata(), {Toc(), Landmarks(), Pages()}, &coverage), &nav);
  EXPECT_EQ(Select(nav, "//nav[@epub:type='landmarks']/ol/li/a/@epub:type"),
            (std::vector<std::string>{"cover", "toc", "bodymatter"}));
  EXPECT_EQ(Select(nav, "//nav[@epub:type='landmarks']/ol/li/a/@href"),
            (std::vector<std::string>{"text/cover.xhtml", "nav.xhtml#toc", "text/k.xhtml"}));
}

TEST(NavigationDocumentTest, NoPageListWithoutPages) {
  TextCoverage coverage;
  std::string nav = NavigationXhtml(BookMetadata(), {Toc(), Landmarks(), {}}, &coverage);
  EXPECT_EQ(nav.find("page-list"), std::string::npos);
}

TEST(NcxDocumentTest, NavMapAndPageListShareOnePlayOrder) {
  pugi::xml_document ncx;
  ParseXml(NcxDocument(BookMetadata(), "urn:uuid:x", Toc(), Pages()), &ncx);
  EXPECT_EQ(Select(ncx, "/ncx/head/meta[@name='dtb:uid']/@content"), std::vector<std::string>{"urn:uuid:x"});
  EXPECT_EQ(Select(ncx, "/ncx/head/meta[@name='dtb:depth']/@content"), std::vector<std::string>{"3"});
  EXPECT_EQ(Select(ncx, "/ncx/head/meta[@name='dtb:totalPageCount']/@content"), std::vector<std::string>{"3"});
  EXPECT_EQ(Select(ncx, "/ncx/head/meta[@name='dtb:maxPageNumber']/@content"), std::vector<std::string>{"6"});
  // Reading order: biography (1), page iv (2), k (3), page 5 (4), party (5), deeper (6),
  // page 6 (7), colophon (8).
  EXPECT_EQ(Select(ncx, "/ncx/navMap/navPoint/@playOrder"), (std::vector<std::string>{"1", "3", "8"}));
  EXPECT_EQ(Select(ncx, "//navPoint/navPoint/@playOrder"), (std::vector<std::string>{"5", "6"}));
  EXPECT_EQ(Select(ncx, "/ncx/pageList/pageTarget/@playOrder"), (std::vector<std::string>{"2", "4", "7"}));
  EXPECT_EQ(Select(ncx, "//navPoint/navPoint/navPoint/content/@src"), std::vector<std::string>{"text/k.xhtml#deeper"});
}

TEST(NcxDocumentTest, PageTargetTypesFollowTheLabels) {
  pugi::xml_document ncx;
  std::vector<PageTarget> pages = {{model::ClassifyPageStart("iv"), "a#page-iv", 1},
                                   {model::ClassifyPageStart("12"), "a#page-12", 2},
                                   {model::ClassifyPageStart("A-3"), "a#page-A-3", 3}};
  ParseXml(NcxDocument(BookMetadata(), "id", {{"A", "a", 0, {}}}, pages), &ncx);
  EXPECT_EQ(Select(ncx, "//pageTarget/@type"), (std::vector<std::string>{"front", "normal", "special"}));
  EXPECT_EQ(Select(ncx, "//pageTarget[@type='normal']/@value"), std::vector<std::string>{"12"});
  EXPECT_EQ(Select(ncx, "//pageTarget/navLabel/text"), (std::vector<std::string>{"iv", "12", "A-3"}));
}

// The NCX takes each page's type and value from the manuscript parser's classification as it
// is (model/page_start.h), never from the label's characters: a label given as "other" stays
// special even when it reads like a number.
TEST(NcxDocumentTest, PageTypesAreTheParsersClassification) {
  pugi::xml_document ncx;
  model::PageStart given{"7", model::PageStart::Numbering::kOther, 0};
  model::PageStart roman{"xii", model::PageStart::Numbering::kRoman, 12};
  std::vector<PageTarget> pages = {{given, "a#page-7", 1}, {roman, "a#page-xii", 2}};
  ParseXml(NcxDocument(BookMetadata(), "id", {{"A", "a", 0, {}}}, pages), &ncx);
  EXPECT_EQ(Select(ncx, "//pageTarget/@type"), (std::vector<std::string>{"special", "front"}));
  EXPECT_TRUE(Select(ncx, "//pageTarget/@value").empty());
}

TEST(NcxDocumentTest, TheSameTargetKeepsOnePlayOrder) {
  pugi::xml_document ncx;
  ParseXml(NcxDocument(BookMetadata(), "id", {{"A", "a.xhtml", 1, {}}, {"Again", "a.xhtml", 1, {}}}, {}), &ncx);
  EXPECT_EQ(Select(ncx, "//navPoint/@playOrder"), (std::vector<std::string>{"1", "1"}));
  EXPECT_TRUE(Select(ncx, "//pageList").empty());
}

}  // namespace
}  // namespace galley::epub
