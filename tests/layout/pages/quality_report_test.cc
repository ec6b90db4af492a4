// The report measured from a layout record written by hand, so each count can be checked.
#include "layout/pages/quality_report.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

RecordLine Line(int page, int paragraph, bool first, bool last, double ratio,
                bool hyphenated = false, int words = 8) {
  RecordLine line;
  line.page = page;
  line.page_label.append(std::to_string(page));
  line.source_line = 100 + paragraph;
  line.kind.push_back('p');  // not `= "p"`: GCC 12 warns falsely (-Wrestrict)
  line.paragraph = paragraph;
  line.first = first;
  line.last = last;
  line.justified = !last;
  line.ratio = last ? 0 : ratio;
  line.hyphenated = hyphenated;
  line.words = words;
  line.text = std::string("p").append(std::to_string(paragraph));
  return line;
}

TEST(QualityReportTest, CountsPerPageAndOverall) {
  LayoutRecord record;
  record.title = "T";
  record.lines = {
      Line(1, 1, true, false, 0.5, true), Line(1, 1, false, false, -0.2, true),
      Line(1, 1, false, false, 0.1, true), Line(1, 1, false, true, 0),
      Line(1, 2, true, false, 0.3),  // an orphan: the paragraph goes on overleaf
      Line(2, 2, false, false, 0.9), Line(2, 2, false, true, 0, false, 1),  // a runt
      // Split 1 + 1: an orphan at page 2's foot and a widow at page 3's head.
      Line(2, 3, true, false, 0.2), Line(3, 3, false, true, 0),
  };
  RecordLine heading;
  heading.page = 2;
  heading.kind = "h2";
  record.lines.insert(record.lines.begin() + 7, heading);  // headings are not counted

  QualityReport report = MeasureQuality(record);
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
  EXPECT_THAT(text, HasSubstr("orphan     page 1, line 102"));
  EXPECT_THAT(text, HasSubstr("widow      page 3, line 103"));
  EXPECT_THAT(text, HasSubstr("runt       page 2, line 102"));
  EXPECT_THAT(text, HasSubstr("hyphen-run page 1, line 101"));
  EXPECT_THAT(text, HasSubstr(" total     9    3   3"));
}

TEST(QualityReportTest, SaysSoWhenThereAreNoProblems) {
  LayoutRecord record;
  record.lines = {Line(1, 1, true, false, 0.2), Line(1, 1, false, true, 0)};
  EXPECT_THAT(FormatQualityReport(MeasureQuality(record)), HasSubstr("no problems"));
}

TEST(LayoutRecordTest, OneLinePerTypesetLine) {
  LayoutRecord record;
  record.title = "Kronstadt 21";
  record.template_path = "templates/print/default.template";
  record.pages = 20;
  RecordLine line = Line(9, 1, true, false, 0.4124, true);
  line.text = "DURING THE NIGHT OF FEBRUARY 28–29, I was awak-";
  line.source_line = 48;
  RecordLine last = Line(9, 1, false, true, -0.00001);
  last.text = "ened by a phone call.";
  last.source_line = 48;
  record.lines = {line, last};
  EXPECT_EQ(FormatLayoutRecord(record),
            "# galley layout record\n"
            "# title: Kronstadt 21\n"
            "# template: templates/print/default.template\n"
            "# pages: 20\n"
            "# page  line kind  ratio flags | text\n"
            "     9    48 p    +0.412 h    | DURING THE NIGHT OF FEBRUARY 28–29, I was awak-\n"
            "     9    48 p    +0.000 -    | ened by a phone call.\n");
}

}  // namespace
}  // namespace galley::layout
