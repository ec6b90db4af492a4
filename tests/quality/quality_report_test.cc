// The quality library on frames built by hand, so that each count and problem can be checked,
// and the limits read from the template settings the frames carry.
#include "quality/quality_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "frames/page_spill.h"
#include "quality/page_checks.h"

namespace galley::quality {
namespace {

using ::testing::HasSubstr;
using frames::Role;

constexpr double kLeading = 13;

// A text block of `lines` lines from baseline 100.
frames::PageFrame TextPage(int number, int lines = 6) {
  frames::PageFrame page;
  page.number = number;
  page.label = frames::ArabicLabel(number);
  page.kind = frames::PageKind::kText;
  page.block = {50, 300, 100, kLeading, lines};
  return page;
}

// Adds a body line of paragraph `paragraph` on the next free baseline of `page`.
void AddLine(frames::PageFrame* page, int paragraph, bool first, bool last, double ratio,
             bool hyphenated = false, int words = 8) {
  int index = 0;
  for (const frames::FrameItem& item : page->items) {
    index += item.kind == frames::FrameItem::Kind::kText;
  }
  frames::TextLineItem line;
  line.role = Role::kBody;
  line.paragraph = paragraph;
  line.first = first;
  line.last = last;
  line.justified = !last;
  line.ratio = last ? 0 : ratio;
  line.hyphenated = hyphenated;
  line.words = words;
  line.source.begin = line.source.end = SourcePos{100 + paragraph, 1};
  line.text = std::string("p").append(std::to_string(paragraph));
  line.y = page->block.first_baseline + index * kLeading;
  page->items.push_back(frames::TextItem(std::move(line)));
}

frames::DocumentFrames Book(std::vector<frames::PageFrame> pages) {
  frames::DocumentFrames book;
  book.title = "T";
  book.settings = {{"linebreak.max-consecutive-hyphens", "2"},
                   {"pages.widow-lines", "2"},
                   {"pages.orphan-lines", "2"},
                   {"pages.stub-lines", "3"}};
  book.pages = std::move(pages);
  return book;
}

TEST(QualityReportTest, CountsPerPageAndOverall) {
  std::vector<frames::PageFrame> pages = {TextPage(1, 5), TextPage(2, 4), TextPage(3)};
  AddLine(&pages[0], 1, true, false, 0.5, true);
  AddLine(&pages[0], 1, false, false, -0.2, true);
  AddLine(&pages[0], 1, false, false, 0.1, true);
  AddLine(&pages[0], 1, false, true, 0);
  AddLine(&pages[0], 2, true, false, 0.3);  // an orphan: the paragraph goes on overleaf
  AddLine(&pages[1], 2, false, false, 0.9);
  AddLine(&pages[1], 2, false, true, 0, false, 1);  // a runt
  frames::TextLineItem heading;  // headings are not counted
  heading.role = Role::kHeading;
  heading.level = 2;
  heading.y = 100 + 2 * kLeading;
  pages[1].items.push_back(frames::TextItem(heading));
  // Split 1 + 1: an orphan at page 2's foot and a widow at page 3's head.
  AddLine(&pages[1], 3, true, false, 0.2);
  pages[2].closing = true;
  AddLine(&pages[2], 3, false, true, 0);

  QualityReport report = MeasureQuality(Book(pages));
  ASSERT_EQ(report.pages.size(), 3u);
  EXPECT_EQ(report.pages[0].lines, 5);
  EXPECT_EQ(report.pages[0].hyphenated, 3);
  EXPECT_EQ(report.pages[0].longest_hyphen_run, 3);
  EXPECT_EQ(report.pages[0].orphans, 1);
  EXPECT_DOUBLE_EQ(report.pages[0].ratio_min, -0.2);
  EXPECT_DOUBLE_EQ(report.pages[0].ratio_max, 0.5);
  EXPECT_NEAR(report.pages[0].ratio_mean(), 0.7 / 4, 1e-12);
  EXPECT_EQ(report.pages[1].runts, 1);
  EXPECT_EQ(report.pages[2].widows, 1);
  EXPECT_EQ(report.total.lines, 9);
  EXPECT_EQ(report.total.widows, 1);
  EXPECT_EQ(report.pages[1].orphans, 1);
  EXPECT_EQ(report.total.orphans, 2);
  EXPECT_EQ(report.total.runts, 1);

  std::string text = FormatQualityReport(report);
  EXPECT_THAT(text, HasSubstr("orphan          page 1, line 102"));
  EXPECT_THAT(text, HasSubstr("widow           page 3, line 103"));
  EXPECT_THAT(text, HasSubstr("runt            page 2, line 102"));
  EXPECT_THAT(text, HasSubstr("hyphen-run      page 1, line 101, 3 lines"));
  EXPECT_THAT(text, HasSubstr("stub-page       page 3, line 103, 1 lines"));
  EXPECT_THAT(text, HasSubstr(" total     9    3   3"));
}

TEST(QualityReportTest, TheTemplatesLimitsDecide) {
  std::vector<frames::PageFrame> pages = {TextPage(1, 3)};
  AddLine(&pages[0], 1, true, false, 0.5, true);
  AddLine(&pages[0], 1, false, false, 0.5, true);
  AddLine(&pages[0], 1, false, true, 0, false);
  pages[0].closing = true;
  frames::DocumentFrames book = Book(pages);
  EXPECT_TRUE(MeasureQuality(book).problems.empty());  // a run of 2 is allowed
  book.settings[0].value = "1";
  QualityReport strict = MeasureQuality(book);
  ASSERT_EQ(strict.problems.size(), 1u);
  EXPECT_EQ(strict.problems[0].kind, ProblemKind::kHyphenRun);
  EXPECT_EQ(strict.problems[0].amount, 2);
  EXPECT_EQ(strict.limits.max_hyphen_run, 1);
}

TEST(QualityReportTest, LooseLinesAreThoseBeyondTheirFullStretch) {
  std::vector<frames::PageFrame> pages = {TextPage(1, 3)};
  AddLine(&pages[0], 1, true, false, 1.2);
  AddLine(&pages[0], 1, false, false, 0.9);
  AddLine(&pages[0], 1, false, true, 0);
  pages[0].closing = true;
  QualityReport report = MeasureQuality(Book(pages));
  ASSERT_EQ(report.problems.size(), 1u);
  EXPECT_EQ(report.problems[0].kind, ProblemKind::kLoose);
  EXPECT_DOUBLE_EQ(report.problems[0].ratio, 1.2);
}

// Pages 2 and 3 face each other; page 4 ends the division.
TEST(QualityReportTest, ShortAndUnevenSpreadsAndPageEndHyphens) {
  std::vector<frames::PageFrame> pages = {TextPage(1, 4), TextPage(2, 4), TextPage(3, 4),
                                          TextPage(4, 4)};
  for (int i = 0; i < 4; ++i) AddLine(&pages[0], 1, i == 0, false, 0.1, i == 3);
  for (int i = 0; i < 2; ++i) AddLine(&pages[1], 1, false, false, 0.1);
  for (int i = 0; i < 2; ++i) AddLine(&pages[2], 1, false, false, 0.1);
  for (int i = 0; i < 3; ++i) AddLine(&pages[3], 1, false, i == 2, 0.1);
  pages[3].closing = true;
  frames::DocumentFrames book = Book(pages);
  EXPECT_EQ(LinesShort(book.pages[0]), 0);
  EXPECT_EQ(LinesShort(book.pages[1]), 2);

  std::vector<Problem> problems = MeasureQuality(book).problems;
  ASSERT_EQ(problems.size(), 2u) << FormatQualityReport(MeasureQuality(book));
  EXPECT_EQ(problems[0].kind, ProblemKind::kPageEndHyphen);  // page 1, full, ends "p1-"
  EXPECT_EQ(problems[0].page, 1);
  EXPECT_EQ(problems[1].kind, ProblemKind::kShortSpread);
  EXPECT_EQ(problems[1].page_label, "2\u20133");
  EXPECT_EQ(problems[1].amount, 2);

  AddLine(&book.pages[2], 1, false, false, 0.1);  // page 3 one line deeper than page 2
  problems = MeasureQuality(book).problems;
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[1].kind, ProblemKind::kUnevenSpread);
  EXPECT_EQ(problems[1].amount, 1);
}

TEST(QualityReportTest, SaysSoWhenThereAreNoProblems) {
  std::vector<frames::PageFrame> pages = {TextPage(1, 2)};
  AddLine(&pages[0], 1, true, false, 0.2);
  AddLine(&pages[0], 1, false, true, 0);
  EXPECT_THAT(FormatQualityReport(MeasureQuality(Book(pages))), HasSubstr("no problems"));
}

// `galley pdf --report` measures a spilled book, its pages read back one at a time into one
// reused page: what is measured across pages (a hyphen run, a spread, a page's problems sorted
// after its lines') must come out as from the book held whole.
TEST(QualityReportTest, ASpilledBookMeasuresAsTheBookHeldWhole) {
  std::vector<frames::PageFrame> pages = {TextPage(1, 4), TextPage(2, 4), TextPage(3, 4),
                                          TextPage(4, 4), TextPage(5, 4)};
  AddLine(&pages[0], 1, true, false, 0.1);
  AddLine(&pages[0], 1, false, false, 1.3);  // loose
  AddLine(&pages[0], 1, false, false, 0.1, true);
  AddLine(&pages[0], 1, false, false, 0.1, true);  // a hyphen run from page 1 into page 2
  AddLine(&pages[1], 1, false, false, 0.1, true);
  AddLine(&pages[1], 1, false, true, 0);
  AddLine(&pages[1], 2, true, false, 0.2);  // page 2 ends on an orphan, one line short
  AddLine(&pages[2], 2, false, true, 0);    // a widow on page 3, three lines short
  AddLine(&pages[3], 3, true, false, 0.1);
  AddLine(&pages[3], 3, false, false, 0.1);
  AddLine(&pages[3], 3, false, false, 0.1);
  AddLine(&pages[3], 3, false, false, 0.1, true);
  AddLine(&pages[4], 3, false, true, 0, false, 1);  // a runt on a stub
  pages[4].closing = true;
  frames::DocumentFrames whole = Book(pages);
  std::string expected = FormatQualityReport(MeasureQuality(whole));
  EXPECT_THAT(expected, HasSubstr("hyphen-run      page 1, line 101, 3 lines"));
  EXPECT_THAT(expected, HasSubstr("uneven-spread   page 2\u20133, line 102, 2 lines apart"));
  EXPECT_THAT(expected, HasSubstr("page-end-hyphen page 4"));
  EXPECT_THAT(expected, HasSubstr("stub-page       page 5"));

  frames::DocumentFrames spilled = Book(pages);
  Result<std::unique_ptr<frames::PageSpill>> spill = frames::PageSpill::Create();
  ASSERT_TRUE(spill.ok()) << spill.error().ToString();
  for (size_t i = 0; i < spilled.pages.size(); ++i) {
    ASSERT_TRUE((*spill)->Put(i, spilled.pages[i].items).ok());
    spilled.pages[i].items.clear();
  }
  spilled.spill = std::move(*spill);
  EXPECT_TRUE(MeasureQuality(spilled).pages.empty());  // it reads only the pages in memory
  Result<QualityReport> measured = MeasureQualityPageByPage(spilled);
  ASSERT_TRUE(measured.ok()) << measured.error().ToString();
  EXPECT_EQ(FormatQualityReport(*measured), expected);
}

}  // namespace
}  // namespace galley::quality
