// The lines of a cleaned title's files behind a text change: the correction that brought the
// new words in, the structure line that names the paragraph, the scanned line the text stands
// on — found by words, whatever quotes, dashes or case the manuscript has.
#include "proof/source_trace.h"

#include <gtest/gtest.h>

#include "proof/record_builder.h"

namespace galley::proof {
namespace {

Comparison OneWordCorrected() {
  RecordBuilder before(1), after(1);
  before.Line("1", 3, "The working class had taken power three", "-", 0.1)
      .Line("1", 3, "and a half years earlier.")
      .Line("1", 5, "Nothing else changed here at all.");
  after.Line("1", 3, "The working class had seized power three", "-", 0.1)
      .Line("1", 3, "and a half years earlier.")
      .Line("1", 5, "Nothing else changed here at all.");
  return CompareRecords(before.Build(), after.Build());
}

TitleSources Sources() {
  TitleSources sources;
  sources.corrections_path = "corrections.tsv";
  sources.structure_path = "structure.tsv";
  sources.source_path = "source.ocr.txt";
  sources.corrections =
      "# comment naming seized\nmercilass\tmerciless\tmisreading\n"
      "had taken power\thad seized power\tthe editor's word\n";
  sources.structure = "# Editorial structure\nlead-in\tNothing else changed\t3\n";
  sources.source = "KRONSTADT\n\nThe WORKING class had taken power three and a half years\n"
                   "Nothing else changed here at all.\n";
  return sources;
}

TEST(SourceTraceTest, ACorrectedWordIsTracedToItsCorrectionAndItsScannedLine) {
  Comparison comparison = OneWordCorrected();
  ASSERT_EQ(comparison.paragraphs[0].status, ParagraphStatus::kTextChanged);
  std::vector<SourceLine> lines = TraceChange(Sources(), comparison, comparison.paragraphs[0]);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].path, "corrections.tsv");
  EXPECT_EQ(lines[0].line, 3);
  EXPECT_EQ(lines[1].path, "source.ocr.txt");
  EXPECT_EQ(lines[1].line, 3);
  EXPECT_EQ(lines[1].text, "The WORKING class had taken power three and a half years");
}

TEST(SourceTraceTest, AChangeNoFileExplainsHasOnlyItsScannedLine) {
  Comparison comparison = OneWordCorrected();
  TitleSources sources = Sources();
  sources.corrections = "mercilass\tmerciless\tmisreading\n";
  std::vector<SourceLine> lines = TraceChange(sources, comparison, comparison.paragraphs[0]);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].path, "source.ocr.txt");
}

TEST(SourceTraceTest, AnAddedParagraphIsTracedToTheStructureLineNamingIt) {
  RecordBuilder before(1), after(1);
  before.Line("1", 3, "The working class had taken power.");
  after.Line("1", 3, "The working class had taken power.")
      .Line("1", 5, "Nothing else changed here at all.");
  Comparison comparison = CompareRecords(before.Build(), after.Build());
  TraceChanges(Sources(), &comparison);
  ASSERT_EQ(comparison.paragraphs[1].status, ParagraphStatus::kAdded);
  const std::vector<SourceLine>& lines = comparison.paragraphs[1].behind;
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].path, "structure.tsv");
  EXPECT_EQ(lines[0].line, 2);
  EXPECT_EQ(lines[1].path, "source.ocr.txt");
  EXPECT_EQ(lines[1].line, 4);
  EXPECT_TRUE(comparison.paragraphs[0].behind.empty()) << "an unchanged paragraph is not traced";
}

}  // namespace
}  // namespace galley::proof
