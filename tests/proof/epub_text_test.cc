// A content document's words in the manuscript's notation: block starts, styles, notes, page
// markers, and the places an editor is pointed to.
#include "proof/epub_text.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::proof {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string Xhtml(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">\n"
         "<head><title>T</title></head>\n<body>\n" +
         body + "\n</body>\n</html>\n";
}

DocumentText Read(const std::string& body, const std::string& first_page = "") {
  Result<DocumentText> text = ReadDocumentText(Xhtml(body), "ch.xhtml", first_page);
  EXPECT_TRUE(text.ok()) << (text.ok() ? "" : text.error().ToString());
  return text.ok() ? std::move(text).value() : DocumentText{};
}

std::vector<std::string> Tokens(const DocumentText& text) {
  std::vector<std::string> tokens;
  for (const Word& word : text.words) tokens.push_back(word.Display());
  return tokens;
}

TEST(EpubTextTest, BlocksStartWithTheirManuscriptMarker) {
  DocumentText text = Read("<section><h1>One</h1><p>It began.</p><h2>Later</h2><p>Then.</p></section>");
  EXPECT_THAT(Tokens(text), ElementsAre("#", "One", "¶", "It", "began.", "##", "Later", "¶", "Then."));
  EXPECT_EQ(text.text_words, 5u);
}

TEST(EpubTextTest, QuotesAndListsAreMarkedAsInTheManuscript) {
  DocumentText text = Read(
      "<blockquote><p>quoted</p></blockquote><ol><li>first</li></ol><ul><li>item</li></ul>");
  EXPECT_THAT(Tokens(text), ElementsAre("> ¶", "quoted", "1.", "first", "-", "item"));
}

// pugixml's default parse drops the white-space-only text between the two elements; without
// it the two words would read as one.
TEST(EpubTextTest, TheSpaceBetweenTwoElementsSeparatesTheirWords) {
  EXPECT_THAT(Tokens(Read("<p><em>a</em> <strong>b</strong></p>")),
              ElementsAre("¶", "*a*", "**b**"));
}

TEST(EpubTextTest, StylesAreMarkedOnEachWordAndInsideAWord) {
  DocumentText text = Read(
      "<p><span class=\"lead-in\">DURING THE</span> night <em>Kron</em>stadt "
      "<em><strong>both</strong></em></p>");
  EXPECT_THAT(Tokens(text), ElementsAre("¶", "<sc>DURING</sc>", "<sc>THE</sc>", "night",
                                        "*Kron*stadt", "***both***"));
}

TEST(EpubTextTest, NoteReferencesStayOnTheirWordAndNotesAreMarked) {
  DocumentText text = Read(
      "<p>The demands<a epub:type=\"noteref\" href=\"#note-1\">1</a> were printed.</p>"
      "<aside epub:type=\"footnote\" id=\"note-1\"><p><a href=\"#noteref-1\" "
      "role=\"doc-backlink\">1</a> New elections.</p></aside>");
  EXPECT_THAT(Tokens(text), ElementsAre("¶", "The", "demands[^1]", "were", "printed.", "¶",
                                        "[^1]:", "New", "elections."));
  EXPECT_EQ(text.text_words, 6u) << "the note's label is not a word of text";
}

TEST(EpubTextTest, PageMarkersAreTokensAndPlaceTheWordsAfterThem) {
  DocumentText text = Read(
      "<p>that they intended to shoot <span epub:type=\"pagebreak\" id=\"page-4\" "
      "aria-label=\"4\"></span>you.</p><div role=\"doc-pagebreak\" id=\"page-5\"></div><p>Next.</p>",
      "3");
  EXPECT_THAT(Tokens(text), ElementsAre("¶", "that", "they", "intended", "to", "shoot",
                                        "<pb n=\"4\"/>", "you.", "<pb n=\"5\"/>", "¶", "Next."));
  EXPECT_THAT(text.pages, ElementsAre("3", "4", "5"));
  EXPECT_EQ(text.pages[text.places[1].page], "3");  // "that": the page the document began on
  EXPECT_EQ(text.pages[text.places[7].page], "4");  // "you."
  EXPECT_EQ(text.pages[text.places[10].page], "5");
  EXPECT_EQ(text.places[10].paragraph, 2u);
}

TEST(EpubTextTest, WordsAreFoundUnderTheirHeading) {
  DocumentText text = Read("<p>Opening.</p><h2>COMRADE AGAINST COMRADE</h2><p>The Political Bureau</p>");
  EXPECT_THAT(text.sections, ElementsAre("", "COMRADE AGAINST COMRADE"));
  EXPECT_EQ(text.places[1].section, 0u);
  EXPECT_EQ(text.places.back().section, 1u);
}

TEST(EpubTextTest, TextAfterANestedBlockStartsAgain) {
  EXPECT_THAT(Tokens(Read("<aside>before<p>inside</p>after</aside>")),
              ElementsAre("¶", "before", "¶", "inside", "¶", "after"));
}

TEST(EpubTextTest, BreaksScenesAndImagesAreTokens) {
  EXPECT_THAT(Tokens(Read("<p>one<br/>two</p><hr class=\"scene-break\"/><p><img src=\"a.png\" "
                          "alt=\"A map\"/></p>")),
              ElementsAre("¶", "one", "<br/>", "two", "¶", "* * *", "¶", "![A map]"));
}

TEST(EpubTextTest, AMalformedDocumentIsAnErrorAtItsPlace) {
  Result<DocumentText> text = ReadDocumentText("<html><body><p>open</body></html>", "book.epub/ch.xhtml", "");
  ASSERT_FALSE(text.ok());
  EXPECT_THAT(text.error().ToString(), HasSubstr("book.epub/ch.xhtml:1:"));
  EXPECT_THAT(text.error().message, HasSubstr("not well-formed XML"));
}

}  // namespace
}  // namespace galley::proof
