// The summary and the HTML report: golden files for a small hand-made case
// (tests/data/proof/small-before.lines.txt → small-after.lines.txt: a word edited, a sentence
// added, a paragraph inserted, one re-broken, one pushed to a new page, problems new and gone),
// and the HTML report's promises: self-contained, escaped.
//
// A change to the output is reviewed as the golden files' diff; regenerate them deliberately
// with GALLEY_UPDATE_GOLDEN=1 (support/golden_file.h) or, from the repository root, with the
// command docs/proof.md gives:
//   build/galley proof tests/data/proof/small-before.lines.txt
//       tests/data/proof/small-after.lines.txt --html tests/data/proof/small.report.html
//       > tests/data/proof/small.summary.txt
// (one command).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "proof/comparison.h"
#include "proof/html_report.h"
#include "proof/record_builder.h"
#include "proof/summary.h"
#include "proof/word_diff.h"
#include "support/golden_file.h"
#include "support/test_paths.h"

namespace galley::proof {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class GoldenReportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The records are named by the paths the regenerating command uses.
    std::filesystem::current_path(galley::testing::SourceDir());
    Result<Record> before = ReadRecord(fs_, "tests/data/proof/small-before.lines.txt");
    Result<Record> after = ReadRecord(fs_, "tests/data/proof/small-after.lines.txt");
    ASSERT_TRUE(before.ok()) << before.error().ToString();
    ASSERT_TRUE(after.ok()) << after.error().ToString();
    comparison_ = CompareRecords(std::move(before).value(), std::move(after).value());
  }

  RealFileSystem fs_;
  Comparison comparison_;
};

TEST_F(GoldenReportTest, SummaryMatchesTheGoldenFile) {
  EXPECT_TRUE(galley::testing::MatchesGoldenFile(
      FormatSummary(comparison_), galley::testing::TestDataDir() + "/proof/small.summary.txt"));
}

TEST_F(GoldenReportTest, HtmlReportMatchesTheGoldenFile) {
  EXPECT_TRUE(galley::testing::MatchesGoldenFile(
      FormatHtmlReport(comparison_), galley::testing::TestDataDir() + "/proof/small.report.html"));
}

TEST_F(GoldenReportTest, HtmlReportNeedsNothingOutside) {
  std::string html = FormatHtmlReport(comparison_);
  for (const char* external : {"http:", "https:", "src=", "<link", "<script", "@import", "url("}) {
    EXPECT_THAT(html, Not(HasSubstr(external)));
  }
  EXPECT_THAT(html, HasSubstr("<meta charset=\"utf-8\">"));
  // The changed paragraph's words and its highlighted lines are there.
  EXPECT_THAT(html, HasSubstr("<del>taken</del> <ins>seized</ins>"));
  EXPECT_THAT(html, HasSubstr("<tr class=\"changed\">"));
}

TEST(HtmlReportTest, EveryQuotedTextIsEscaped) {
  Record before = RecordBuilder(1, "Fish & <Chips>")
                      .Line("1", 3, "a <b>bold</b> & 'quoted' \"claim\"")
                      .Build("before & after.lines.txt");
  Record after = RecordBuilder(1, "Fish & <Chips>")
                     .Line("1", 3, "a <i>bold</i> & 'quoted' \"claim\"")
                     .Build("before & after.lines.txt");
  std::string html = FormatHtmlReport(CompareRecords(before, after));
  EXPECT_THAT(html, HasSubstr("Proof: Fish &amp; &lt;Chips&gt;"));
  EXPECT_THAT(html, HasSubstr("a &lt;i&gt;bold&lt;/i&gt; &amp; &#39;quoted&#39; &quot;claim&quot;"));
  EXPECT_THAT(html, HasSubstr("before &amp; after.lines.txt"));
  EXPECT_THAT(html, Not(HasSubstr("<i>bold")));
  EXPECT_THAT(html, Not(HasSubstr("<b>")));
}

TEST(SummaryTest, IdenticalRecordsSayNoChanges) {
  Record record = RecordBuilder(1).Line("1", 3, "Only a line.").Build();
  std::string summary = FormatSummary(CompareRecords(record, record));
  EXPECT_THAT(summary, HasSubstr("\nno changes: every line is set as before, on the same pages.\n"));
  EXPECT_THAT(summary, HasSubstr("pages        1 (same)\n"));
}

TEST(SummaryTest, LongSectionsAreCutWithACount) {
  RecordBuilder before(1), after(2);
  for (int i = 0; i < 45; ++i) {
    before.Line("1", 2 * i + 1, "Paragraph number " + std::to_string(i) + ".");
    after.Line("2", 2 * i + 1, "Paragraph number " + std::to_string(i) + ".");
  }
  std::string summary = FormatSummary(CompareRecords(before.Build(), after.Build()));
  EXPECT_THAT(summary, HasSubstr("  line 79 p, page 1 → 2: \"Paragraph number 39.\"\n"
                                 "  … and 5 more (the HTML report, --html FILE, lists them all)\n"));
  EXPECT_THAT(summary, Not(HasSubstr("Paragraph number 40.")));
}

TEST(SummaryTest, WordChangesKeepThreeWordsOfContext) {
  using Kind = WordChange::Kind;
  std::vector<WordChange> words;
  for (const char* word : {"one", "two", "three", "four", "five"}) words.push_back({Kind::kSame, word});
  words.push_back({Kind::kRemoved, "six"});
  words.push_back({Kind::kRemoved, "sixty"});
  words.push_back({Kind::kAdded, "6"});
  for (const char* word : {"seven", "eight", "nine", "ten", "eleven"}) words.push_back({Kind::kSame, word});
  EXPECT_EQ(FormatWordChanges(words, 3),
            "… three four five [-six sixty-] {+6+} seven eight nine …");
  EXPECT_EQ(FormatWordChanges(words, 100),
            "one two three four five [-six sixty-] {+6+} seven eight nine ten eleven");
}

}  // namespace
}  // namespace galley::proof
