// The EPUB proof's summary: a golden file for the small book of tests/check (test_epub.h)
// against a copy with a word corrected, a word made italic, a chapter added, a contents entry
// renamed, a page-list entry dropped, the title changed and the style sheet edited; and the
// verdict of two equal books.
//
// A change to the output is reviewed as the golden file's diff; regenerate it deliberately with
// GALLEY_UPDATE_GOLDEN=1 (support/golden_file.h).
#include "proof/epub_summary.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "check/test_epub.h"
#include "proof/epub_test_chapter.h"
#include "support/golden_file.h"
#include "support/test_paths.h"

namespace galley::proof {
namespace {

using check::testing::TestEpub;
using ::testing::EndsWith;
using ::testing::HasSubstr;

std::string Summary(const TestEpub& before, const TestEpub& after) {
  Result<EpubBook> old_book = ReadEpubBook(before.Build(), "a.epub");
  Result<EpubBook> new_book = ReadEpubBook(after.Build(), "b.epub");
  EXPECT_TRUE(old_book.ok() && new_book.ok());
  if (!old_book.ok() || !new_book.ok()) return {};
  Result<EpubComparison> comparison =
      CompareEpubs(std::move(old_book).value(), std::move(new_book).value());
  EXPECT_TRUE(comparison.ok());
  return comparison.ok() ? FormatEpubSummary(*comparison) : std::string();
}

TestEpub EditedBook() {
  TestEpub after;
  after.Replace("EPUB/text/ch1.xhtml", "the news came", "the word came");
  after.Replace("EPUB/text/ch2.xhtml", "<p>The end.</p>", "<p>The <em>end</em>.</p>");
  after.Replace("EPUB/package.opf", "<dc:title>A Test Book</dc:title>",
                "<dc:title>A Tested Book</dc:title>");
  testing::AddChapterThree(&after, "A coda, after the end.");
  after.Replace("EPUB/nav.xhtml", ">Two</a>", ">Chapter Two</a>");
  after.Replace("EPUB/nav.xhtml", "<li><a href=\"text/ch1.xhtml#page-2\">2</a></li>", "");
  after.Replace("EPUB/css/book.css", "margin: 0 5%", "margin: 0 6%");
  return after;
}

TEST(EpubSummaryTest, MatchesTheGoldenSummary) {
  EXPECT_TRUE(galley::testing::MatchesGoldenFile(
      Summary(TestEpub(), EditedBook()),
      galley::testing::TestDataDir() + "/proof/epub-small.summary.txt"));
}

TEST(EpubSummaryTest, TwoEqualBooksHaveNoChanges) {
  std::string summary = Summary(TestEpub(), TestEpub());
  EXPECT_THAT(summary, HasSubstr("documents    0 text changed, 0 markup changed, 0 added, 0 "
                                 "removed, 3 unchanged\n"));
  EXPECT_THAT(summary, EndsWith("\nno changes: every file of the EPUB is as before.\n"));
}

TEST(EpubSummaryTest, TheVerdictNamesEveryKindOfChange) {
  std::string summary = Summary(TestEpub(), EditedBook());
  EXPECT_THAT(summary, EndsWith("\nchanged: 2 documents' text, 1 document added, 2 navigation "
                                "entries, 1 metadata entry, 1 other file.\n"));
}

}  // namespace
}  // namespace galley::proof
