#include "epub/content_documents.h"

#include <gtest/gtest.h>

#include "epub_test_support.h"

namespace galley::epub {
namespace {

using namespace testing;

ContentBook WriteSmallBook(TextCoverage* coverage) {
  Result<ContentBook> book = WriteContentDocuments(SmallDocument(), {"cover", "title-page"}, coverage);
  EXPECT_TRUE(book.ok()) << book.error().ToString();
  return book.ok() ? std::move(book).value() : ContentBook();
}

TEST(ContentDocumentsTest, OneFilePerFrontOrBackDivisionAndTopLevelBodySection) {
  TextCoverage coverage;
  ContentBook book = WriteSmallBook(&coverage);
  ASSERT_EQ(book.documents.size(), 4u);
  EXPECT_EQ(book.documents[0].href, "text/biography.xhtml");
  EXPECT_EQ(book.documents[1].href, "text/kronstadt-21.xhtml");
  EXPECT_EQ(book.documents[2].href, "text/the-danger.xhtml");
  EXPECT_EQ(book.documents[3].href, "text/colophon.xhtml");
  EXPECT_EQ(book.documents[0].title, "About the Author");
  EXPECT_EQ(book.documents[1].title, "Kronstadt 21");
  EXPECT_EQ(book.documents[3].role, "colophon");
}

TEST(ContentDocumentsTest, EveryDocumentDeclaresItsLanguageAndTitle) {
  TextCoverage coverage;
  for (const ContentDocument& file : WriteSmallBook(&coverage).documents) {
    pugi::xml_document xml;
    ParseXml(file.xhtml, &xml);
    pugi::xml_node html = xml.child("html");
    EXPECT_STREQ(html.attribute("xml:lang").value(), "en-US") << file.href;
    EXPECT_STREQ(html.attribute("lang").value(), "en-US") << file.href;
    EXPECT_EQ(std::string(html.child("head").child_value("title")), file.title);
    EXPECT_STREQ(html.child("head").child("link").attribute("href").value(), "../css/book.css");
  }
}

TEST(ContentDocumentsTest, SectionsCarryTheirStructuralSemantics) {
  TextCoverage coverage;
  ContentBook book = WriteSmallBook(&coverage);
  pugi::xml_document chapter, colophon, biography;
  ParseXml(book.documents[1].xhtml, &chapter);
  ParseXml(book.documents[3].xhtml, &colophon);
  ParseXml(book.documents[0].xhtml, &biography);
  EXPECT_EQ(Select(chapter, "/html/body/@epub:type"), std::vector<std::string>{"bodymatter"});
  EXPECT_EQ(Select(chapter, "/html/body/section/@role"), std::vector<std::string>{"doc-chapter"});
  EXPECT_EQ(Select(chapter, "/html/body/section/@aria-labelledby"),
            std::vector<std::string>{"kronstadt-21"});
  // The subsection nests inside the chapter's <section>.
  EXPECT_EQ(Select(chapter, "/html/body/section/section/h2/@id"),
            std::vector<std::string>{"the-party-reflex"});
  EXPECT_EQ(Select(colophon, "/html/body/@epub:type"), std::vector<std::string>{"backmatter"});
  EXPECT_EQ(Select(colophon, "/html/body/section/@epub:type"), std::vector<std::string>{"colophon"});
  EXPECT_EQ(Select(colophon, "/html/body/section/@role"), std::vector<std::string>{"doc-colophon"});
  EXPECT_EQ(Select(colophon, "/html/body/section/@aria-label"), std::vector<std::string>{"Colophon"});
  // No vocabulary term for a biography: a plain section named by its title.
  EXPECT_TRUE(Select(biography, "/html/body/section/@role").empty());
  EXPECT_EQ(Select(biography, "/html/body/section/@aria-label"),
            std::vector<std::string>{"About the Author"});
}

TEST(ContentDocumentsTest, TocNestsDivisionsAndHeadings) {
  TextCoverage coverage;
  ContentBook book = WriteSmallBook(&coverage);
  ASSERT_EQ(book.toc.size(), 4u);
  EXPECT_EQ(book.toc[0].label, "About the Author");
  EXPECT_EQ(book.toc[0].href, "text/biography.xhtml");
  EXPECT_EQ(book.toc[1].label, "Kronstadt 21");
  EXPECT_EQ(book.toc[1].href, "text/kronstadt-21.xhtml#kronstadt-21");
  ASSERT_EQ(book.toc[1].children.size(), 1u);
  EXPECT_EQ(book.toc[1].children[0].label, "The Party Reflex");
  EXPECT_EQ(book.toc[1].children[0].href, "text/kronstadt-21.xhtml#the-party-reflex");
  EXPECT_EQ(book.toc[2].href, "text/the-danger.xhtml#the-danger");
  EXPECT_EQ(book.toc[3].label, "Colophon");
  for (size_t i = 1; i < book.toc.size(); ++i) EXPECT_LT(book.toc[i - 1].order, book.toc[i].order);
}

TEST(ContentDocumentsTest, ATitledBodyHoldsItsHeadings) {
  model::Document document = SmallDocument();
  document.divisions[1].title = "The Text";
  TextCoverage coverage;
  Result<ContentBook> book = WriteContentDocuments(document, {}, &coverage);
  ASSERT_TRUE(book.ok());
  ASSERT_EQ(book->toc.size(), 3u);
  EXPECT_EQ(book->toc[1].label, "The Text");
  EXPECT_EQ(book->toc[1].href, "text/kronstadt-21.xhtml");
  ASSERT_EQ(book->toc[1].children.size(), 2u);
  EXPECT_EQ(book->toc[1].children[1].label, "The Danger Was Within");
}

// A title the parser made a division's heading (model::Block::division_title): an h1 that
// names the division's <section> and is its contents entry, so the toc, the headings and the
// outline agree; book.css can hide it from sight by its class.
TEST(ContentDocumentsTest, ADivisionTitleMadeItsHeadingIsItsEntry) {
  model::Document document = SmallDocument();
  model::Block title = Heading(1, "biography-title", "About the Author");
  title.division_title = true;
  model::Section& lead = document.divisions[0].sections[0];
  document.divisions[0].sections[0] = HeadedSection(title, lead.blocks);
  TextCoverage coverage;
  Result<ContentBook> book = WriteContentDocuments(document, {}, &coverage);
  ASSERT_TRUE(book.ok()) << book.error().ToString();
  pugi::xml_document biography;
  ParseXml(book->documents[0].xhtml, &biography);
  EXPECT_EQ(Select(biography, "/html/body/section/h1[@class='division-title']/@id"),
            std::vector<std::string>{"biography-title"});
  EXPECT_EQ(Select(biography, "/html/body/section/@aria-labelledby"),
            std::vector<std::string>{"biography-title"});
  ASSERT_EQ(book->toc.size(), 4u);
  EXPECT_EQ(book->toc[0].label, "About the Author");
  EXPECT_EQ(book->toc[0].href, "text/biography.xhtml#biography-title");
  EXPECT_TRUE(book->toc[0].children.empty());
}

TEST(ContentDocumentsTest, PageListInReadingOrderWithUniqueIds) {
  TextCoverage coverage;
  ContentBook book = WriteSmallBook(&coverage);
  ASSERT_EQ(book.pages.size(), 2u);
  EXPECT_EQ(book.pages[0].page.label, "6");
  EXPECT_EQ(book.pages[0].href, "text/kronstadt-21.xhtml#page-6");
  EXPECT_EQ(book.pages[1].page.label, "7");
  EXPECT_EQ(book.pages[1].href, "text/the-danger.xhtml#page-7");
  pugi::xml_document chapter;
  ParseXml(book.documents[1].xhtml, &chapter);
  EXPECT_EQ(Select(chapter, "//span[@role='doc-pagebreak']/@aria-label"), std::vector<std::string>{"6"});
}

// A block marker at the end of a division belongs to the next division's first text.
TEST(ContentDocumentsTest, AMarkerEndingAFileOpensTheNextFile) {
  model::Document document = SmallDocument();
  document.divisions[0].sections[0].blocks.push_back(PageMarker("iv"));
  TextCoverage coverage;
  Result<ContentBook> book = WriteContentDocuments(document, {}, &coverage);
  ASSERT_TRUE(book.ok());
  EXPECT_EQ(book->pages[0].href, "text/kronstadt-21.xhtml#page-iv");
  EXPECT_NE(book->documents[1].xhtml.find("<span epub:type=\"pagebreak\" role=\"doc-pagebreak\" "
                                          "id=\"page-iv\" aria-label=\"iv\"></span>\n<h1"),
            std::string::npos)
      << book->documents[1].xhtml;
}

TEST(ContentDocumentsTest, ANoteLandsInTheFileOfItsFirstReference) {
  model::Document document = SmallDocument();
  document.notes = {Note(1, {Paragraph({Text("A note.")})})};
  document.divisions[1].sections[1].blocks.push_back(Paragraph({Text("x"), NoteRef(1)}));
  document.divisions[2].sections[0].blocks.push_back(Paragraph({Text("y"), NoteRef(1)}));
  TextCoverage coverage;
  Result<ContentBook> book = WriteContentDocuments(document, {}, &coverage);
  ASSERT_TRUE(book.ok());
  EXPECT_NE(book->documents[2].xhtml.find("id=\"note-1\""), std::string::npos);
  EXPECT_NE(book->documents[3].xhtml.find("href=\"the-danger.xhtml#note-1\""), std::string::npos)
      << book->documents[3].xhtml;
  EXPECT_EQ(book->notes, 1);
}

TEST(ContentDocumentsTest, FileNamesAvoidReservedNamesAndEachOther) {
  model::Document document = SmallDocument();
  document.divisions[0].id = "cover";
  document.divisions[2].id = "Kronstadt 21!";
  TextCoverage coverage;
  Result<ContentBook> book = WriteContentDocuments(document, {"cover", "title-page"}, &coverage);
  ASSERT_TRUE(book.ok());
  EXPECT_EQ(book->documents[0].href, "text/cover-2.xhtml");
  EXPECT_EQ(book->documents[3].href, "text/kronstadt-21-2.xhtml");
  EXPECT_EQ(book->documents[3].manifest_id, "kronstadt-21-2");
}

}  // namespace
}  // namespace galley::epub
