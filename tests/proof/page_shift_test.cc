// Pages that only shifted: the same lines as before, a number of lines earlier or later in the
// text, summarised as one range; and which breaks a re-broken paragraph gained and lost.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "proof/comparison.h"
#include "proof/record_builder.h"
#include "proof/summary.h"

namespace galley::proof {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Four paragraphs on pages of three lines; `longer` gives the first one a line more, which
// pushes every later line one line on.
Record Book(bool longer) {
  RecordBuilder book(4);
  std::vector<std::pair<int, std::string>> lines = {
      {1, "Alpha one"}, {1, longer ? "alpha two and more" : "alpha two"}};
  if (longer) lines.push_back({1, "alpha three"});
  for (const char* text : {"Bravo one", "bravo two", "bravo three"}) lines.push_back({3, text});
  for (const char* text : {"Charlie one", "charlie two", "charlie three"}) {
    lines.push_back({5, text});
  }
  for (const char* text : {"Delta one", "delta two", "delta three"}) lines.push_back({7, text});
  for (size_t i = 0; i < lines.size(); ++i) {
    book.Line(std::to_string(i / 3 + 1), lines[i].first, lines[i].second);
  }
  return book.Build();
}

TEST(PageShiftTest, PagesWithTheSameLinesOneLineOnAreOneRange) {
  Comparison comparison = CompareRecords(Book(false), Book(true));
  std::vector<int> shifts;
  for (const PageChange& page : comparison.pages) {
    shifts.push_back(page.shift_only ? page.shift : 0);
  }
  // Pages 2 and 3 hold three lines each, one line earlier in the text; page 1 changed its
  // text, page 4 its count of lines.
  EXPECT_EQ(shifts, (std::vector<int>{0, -1, -1, 0}));
  std::string summary = FormatSummary(comparison);
  EXPECT_THAT(summary,
              HasSubstr("  pages 2–3 shift by 1 line: each begins 1 line earlier in the text\n"));
  EXPECT_THAT(summary, Not(HasSubstr("page 2, 3 lines")));
}

TEST(PageShiftTest, AReBrokenParagraphNamesTheBreaksAndHyphensThatCameAndWent) {
  RecordBuilder before(1), after(1);
  before.Line("1", 3, "The working class had", "-", 0.1)
      .Line("1", 3, "taken power three and a half years earlier.");
  after.Line("1", 3, "The working class had taken pow-", "h", 0.1)
      .Line("1", 3, "er three and a half years earlier.");
  Comparison comparison = CompareRecords(before.Build(), after.Build());
  ASSERT_EQ(comparison.paragraphs[0].status, ParagraphStatus::kRebroken);
  EXPECT_THAT(FormatSummary(comparison),
              HasSubstr("    breaks now at \"pow-|er\"; no longer at \"had | taken\"; hyphens 1 "
                        "new, 0 gone\n"));
}

}  // namespace
}  // namespace galley::proof
