// Two EPUBs compared: the small valid book of tests/check (test_epub.h) against a copy with
// one thing changed at a time — a word, a style, the markup, a document added or removed, the
// navigation, the metadata, the spine, any other file.
#include "proof/epub_comparison.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/test_epub.h"
#include "proof/epub_test_chapter.h"
#include "proof/word_diff.h"

namespace galley::proof {
namespace {

using check::testing::TestEpub;
using ::testing::HasSubstr;

EpubBook Book(const TestEpub& epub, const std::string& name) {
  Result<EpubBook> book = ReadEpubBook(epub.Build(), name);
  EXPECT_TRUE(book.ok()) << (book.ok() ? "" : book.error().ToString());
  return book.ok() ? std::move(book).value() : EpubBook{};
}

EpubComparison Compare(const TestEpub& before, const TestEpub& after) {
  Result<EpubComparison> comparison = CompareEpubs(Book(before, "a.epub"), Book(after, "b.epub"));
  EXPECT_TRUE(comparison.ok()) << (comparison.ok() ? "" : comparison.error().ToString());
  return comparison.ok() ? std::move(comparison).value() : EpubComparison{};
}

TEST(EpubBookTest, DocumentsAreInReadingOrderNamedByTheirContentsEntry) {
  EpubBook book = Book(TestEpub(), "a.epub");
  ASSERT_EQ(book.documents.size(), 3u) << "cover, ch1, ch2; the nav is navigation";
  EXPECT_EQ(book.documents[0].path, "EPUB/text/cover.xhtml");
  EXPECT_EQ(book.documents[0].label, "Cover") << "from the landmarks";
  EXPECT_EQ(book.documents[1].label, "One") << "from the toc";
  EXPECT_EQ(book.title, "A Test Book");
  EXPECT_EQ(book.PageBefore(1), "");
  EXPECT_EQ(book.PageBefore(2), "2") << "ch2 begins on the page ch1 ended on";
  ASSERT_EQ(book.navigation.size(), 3u);
  EXPECT_EQ(book.navigation[0].items[1].target, "EPUB/text/ch2.xhtml#s2");
  EXPECT_EQ(book.navigation[2].items[1].type, "bodymatter");
}

TEST(EpubBookTest, AZipThatIsNotAnEpubSaysSo) {
  TestEpub epub;
  epub.Remove("META-INF/container.xml");
  epub.File("mimetype") = "application/vnd.oasis.opendocument.text";
  Result<EpubBook> book = ReadEpubBook(epub.Build(), "letter.odt");
  ASSERT_FALSE(book.ok());
  EXPECT_THAT(book.error().ToString(),
              HasSubstr("letter.odt: error: a ZIP archive, but not an EPUB: it has no "
                        "META-INF/container.xml (its mimetype file says "
                        "\"application/vnd.oasis.opendocument.text\")"));
}

TEST(EpubBookTest, AMalformedPackageFileIsNamedWithItsLine) {
  TestEpub epub;
  epub.Replace("EPUB/text/ch2.xhtml", "<p>The end.</p>", "<p>The end.");
  Result<EpubBook> book = ReadEpubBook(epub.Build(), "b.epub");
  ASSERT_FALSE(book.ok());
  EXPECT_THAT(book.error().ToString(), HasSubstr("b.epub/EPUB/text/ch2.xhtml:"));
  EXPECT_THAT(book.error().ToString(), HasSubstr("not well-formed"));
}

TEST(EpubBookTest, AContentDocumentMissingFromTheContainerIsAnError) {
  TestEpub epub;
  epub.Remove("EPUB/text/ch2.xhtml");
  Result<EpubBook> book = ReadEpubBook(epub.Build(), "b.epub");
  ASSERT_FALSE(book.ok());
  EXPECT_THAT(book.error().ToString(),
              HasSubstr("b.epub: error: its manifest lists EPUB/text/ch2.xhtml, which the "
                        "container does not hold"));
}

TEST(EpubBookTest, BytesThatAreNotAZipAreAnError) {
  Result<EpubBook> book = ReadEpubBook("%PDF-1.7\n", "book.pdf");
  ASSERT_FALSE(book.ok());
  EXPECT_THAT(book.error().ToString(), HasSubstr("book.pdf"));
}

TEST(EpubComparisonTest, TheSameBookTwiceHasNoChanges) {
  EpubComparison comparison = Compare(TestEpub(), TestEpub());
  EXPECT_FALSE(comparison.Differs());
  EXPECT_EQ(comparison.unchanged_documents, 3u);
}

TEST(EpubComparisonTest, AWordChangedIsAWordDiffPlacedByChapterPageAndParagraph) {
  TestEpub after;
  after.Replace("EPUB/text/ch1.xhtml", "the news came", "the word came");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.documents.size(), 1u);
  const DocumentChange& change = comparison.documents[0];
  EXPECT_EQ(change.status, DocumentStatus::kTextChanged);
  EXPECT_EQ(change.label, "One");
  ASSERT_EQ(change.hunks.size(), 1u);
  EXPECT_EQ(FormatWordChanges(change.hunks[0].words, kEpubDiffContext),
            "… the morning, <pb n=\"2\"/> the [-news-] {+word+} came. ¶ See the …");
  EXPECT_EQ(change.hunks[0].page, "2");
  EXPECT_EQ(change.hunks[0].paragraph, 3u) << "the heading, then two paragraphs";
  EXPECT_EQ(change.hunks[0].section, "One");
  EXPECT_TRUE(comparison.Differs());
  EXPECT_TRUE(comparison.files.empty()) << "the changed document is not listed twice";
}

TEST(EpubComparisonTest, AWordMadeItalicIsAChangeOfText) {
  TestEpub after;
  after.Replace("EPUB/text/ch1.xhtml", "It began", "It <em>began</em>");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.documents.size(), 1u);
  ASSERT_EQ(comparison.documents[0].hunks.size(), 1u);
  EXPECT_THAT(FormatWordChanges(comparison.documents[0].hunks[0].words, kEpubDiffContext),
              HasSubstr("It [-began-] {+*began*+} in"));
}

TEST(EpubComparisonTest, AChangeOfMarkupAloneShowsTheFirstLineThatDiffers) {
  TestEpub after;
  after.Replace("EPUB/text/ch2.xhtml", "<p>The end.</p>", "<p class=\"last\">The end.</p>");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.documents.size(), 1u);
  const DocumentChange& change = comparison.documents[0];
  EXPECT_EQ(change.status, DocumentStatus::kMarkupChanged);
  EXPECT_EQ(change.markup.line, 9);
  EXPECT_EQ(change.markup.before, "<p>The end.</p>");
  EXPECT_EQ(change.markup.after, "<p class=\"last\">The end.</p>");
  EXPECT_EQ(change.markup.lines_changed, 1u);
}

TEST(EpubComparisonTest, ADocumentAddedIsListedWithItsWordsAndNotAsAFile) {
  TestEpub after;
  testing::AddChapterThree(&after, "The end.");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.documents.size(), 1u);
  EXPECT_EQ(comparison.documents[0].status, DocumentStatus::kAdded);
  EXPECT_EQ(comparison.documents[0].label, "Three") << "its first heading: no toc entry";
  EXPECT_EQ(comparison.documents[0].words, 3u);
  EXPECT_TRUE(comparison.files.empty()) << "the package document's change is the added file";
  EXPECT_TRUE(comparison.metadata.empty());
}

TEST(EpubComparisonTest, ADocumentRemovedIsListedWhereItWas) {
  TestEpub after;
  after.Replace("EPUB/package.opf", "<itemref idref=\"ch1\"/>", "");
  after.Replace("EPUB/package.opf",
                "<item id=\"ch1\" href=\"text/ch1.xhtml\" media-type=\"application/xhtml+xml\"/>", "");
  after.Remove("EPUB/text/ch1.xhtml");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.documents.size(), 1u);
  EXPECT_EQ(comparison.documents[0].status, DocumentStatus::kRemoved);
  EXPECT_EQ(comparison.documents[0].path, "EPUB/text/ch1.xhtml");
  EXPECT_EQ(comparison.unchanged_documents, 2u);
}

TEST(EpubComparisonTest, NavigationEntriesChangedAddedAndRemoved) {
  TestEpub after;
  after.Replace("EPUB/nav.xhtml", ">Two</a>", ">Chapter Two</a>");
  after.Replace("EPUB/nav.xhtml", "<li><a href=\"text/ch2.xhtml#page-3\">3</a></li>", "");
  after.Replace("EPUB/nav.xhtml", "epub:type=\"bodymatter\"", "epub:type=\"chapter\"");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.navigation.size(), 3u);
  EXPECT_EQ(comparison.navigation[0].list, "toc");
  ASSERT_TRUE(comparison.navigation[0].before && comparison.navigation[0].after);
  EXPECT_EQ(comparison.navigation[0].after->label, "Chapter Two");
  EXPECT_EQ(comparison.navigation[1].list, "page-list");
  EXPECT_FALSE(comparison.navigation[1].after) << "page 3 removed";
  EXPECT_EQ(comparison.navigation[2].list, "landmarks");
  EXPECT_EQ(comparison.navigation[2].after->type, "chapter");
  EXPECT_TRUE(comparison.files.empty()) << "the nav's change is the navigation's";
}

TEST(EpubComparisonTest, MetadataValuesChangedAndAdded) {
  TestEpub after;
  after.Replace("EPUB/package.opf", "<dc:title>A Test Book</dc:title>",
                "<dc:title>A Tested Book</dc:title>\n    <dc:subject>Tests</dc:subject>");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.metadata.size(), 2u);
  EXPECT_EQ(comparison.metadata[0].before->value, "A Test Book");
  EXPECT_EQ(comparison.metadata[0].after->value, "A Tested Book");
  EXPECT_FALSE(comparison.metadata[1].before);
  EXPECT_EQ(comparison.metadata[1].after->name, "dc:subject");
  EXPECT_TRUE(comparison.files.empty());
}

TEST(EpubComparisonTest, AChapterMovedInTheSpine) {
  TestEpub after;
  after.Replace("EPUB/package.opf", "<itemref idref=\"ch1\"/>\n    <itemref idref=\"ch2\"/>",
                "<itemref idref=\"ch2\"/>\n    <itemref idref=\"ch1\"/>");
  EpubComparison comparison = Compare(TestEpub(), after);
  EXPECT_EQ(comparison.reading_order_moved.size(), 1u);
  EXPECT_TRUE(comparison.documents.empty());
  EXPECT_TRUE(comparison.Differs());
}

TEST(EpubComparisonTest, ChangesOutsideTheComparedPartsAreListedAsFiles) {
  TestEpub after;
  after.Replace("EPUB/css/book.css", "margin: 0 5%", "margin: 0 6%");
  after.Replace("EPUB/toc.ncx", ">One<", ">Chapter One<");
  after.Replace("EPUB/package.opf", "href=\"text/ch2.xhtml\" ", "href=\"text/ch2.xhtml\" properties=\"svg\" ");
  EpubComparison comparison = Compare(TestEpub(), after);
  ASSERT_EQ(comparison.files.size(), 3u);
  EXPECT_EQ(comparison.files[0].path, "EPUB/css/book.css");
  EXPECT_EQ(comparison.files[1].path, "EPUB/package.opf") << "a manifest change";
  EXPECT_EQ(comparison.files[2].path, "EPUB/toc.ncx") << "the NCX changed, the nav did not";
}

// Whatever file of the container changes, the comparison says the books differ.
TEST(EpubComparisonTest, AChangeToAnyFileMakesTheBooksDiffer) {
  TestEpub original;
  Result<EpubBook> reference = ReadEpubBook(original.Build(), "a.epub");
  ASSERT_TRUE(reference.ok());
  for (const check::ArchiveEntry& entry : reference->package->archive.entries()) {
    if (entry.name == "mimetype") continue;
    TestEpub after;
    // A trailing newline or byte changes no XML's meaning but does change the file.
    after.File(entry.name) += "\n";
    EpubComparison comparison = Compare(TestEpub(), after);
    EXPECT_TRUE(comparison.Differs()) << entry.name;
  }
}

}  // namespace
}  // namespace galley::proof
