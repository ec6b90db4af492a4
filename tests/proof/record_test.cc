// The layout record parser: a valid record's header and columns, and every malformed case
// with the line and column its error names (docs/layout-record.md).
#include "proof/record.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "io/file_system.h"
#include "support/test_paths.h"

namespace galley::proof {
namespace {

using ::testing::HasSubstr;

constexpr const char* kHeader =
    "# galley layout record\n"
    "# title: Kronstadt 21\n"
    "# template: templates/print/default.template\n"
    "# pages: 20\n"
    "# page  line kind  ratio flags | text\n";

// The error for a record made of kHeader and `lines` (the first data line is line 6).
Error ErrorFor(const std::string& lines) {
  Result<Record> record = ParseRecord(kHeader + lines, "k.lines.txt");
  EXPECT_FALSE(record.ok()) << "expected an error for:\n" << lines;
  return record.ok() ? Error{} : record.error();
}

TEST(RecordTest, ReadsTheHeaderAndEveryColumn) {
  Result<Record> record = ParseRecord(
      std::string(kHeader) +
          "     3     0 h1   +0.000 -    | Contents\n"
          "     5    18 p    -0.248 h    | Victor Serge was born in Brussels, in 1890, the son of a "
          "revolutionary Russian émi-\n"
          "    iv   100 q    +1.164 hou  | to speak | authoritatively\n",
      "k.lines.txt");
  ASSERT_TRUE(record.ok()) << record.error().ToString();
  EXPECT_EQ(record->path, "k.lines.txt");
  EXPECT_EQ(record->title, "Kronstadt 21");
  EXPECT_EQ(record->template_path, "templates/print/default.template");
  EXPECT_EQ(record->pages, 20);
  ASSERT_EQ(record->lines.size(), 3u);

  const RecordLine& heading = record->lines[0];
  EXPECT_EQ(heading.page, "3");
  EXPECT_EQ(heading.source_line, 0);
  EXPECT_EQ(heading.kind, "h1");
  EXPECT_EQ(heading.ratio, 0);
  EXPECT_FALSE(heading.hyphenated || heading.overfull || heading.underfull);
  EXPECT_EQ(heading.text, "Contents");
  EXPECT_EQ(heading.record_line, 6);

  const RecordLine& body = record->lines[1];
  EXPECT_EQ(body.source_line, 18);
  EXPECT_DOUBLE_EQ(body.ratio, -0.248);
  EXPECT_TRUE(body.hyphenated);
  EXPECT_EQ(body.text.substr(body.text.size() - 5), "émi-");

  // A folio need not be a number, and the text may hold '|' itself.
  const RecordLine& quote = record->lines[2];
  EXPECT_EQ(quote.page, "iv");
  EXPECT_EQ(quote.kind, "q");
  EXPECT_DOUBLE_EQ(quote.ratio, 1.164);
  EXPECT_TRUE(quote.hyphenated && quote.overfull && quote.underfull);
  EXPECT_EQ(quote.text, "to speak | authoritatively");
}

TEST(RecordTest, ToleratesWindowsLineEndingsABomAndBlankLines) {
  Result<Record> record = ParseRecord(
      "\xEF\xBB\xBF# galley layout record\r\n# pages: 2\r\n\r\n     1     3 p    +0.000 -    | "
      "Text\r\n   \n",
      "k.lines.txt");
  ASSERT_TRUE(record.ok()) << record.error().ToString();
  EXPECT_EQ(record->pages, 2);
  ASSERT_EQ(record->lines.size(), 1u);
  EXPECT_EQ(record->lines[0].text, "Text");
  EXPECT_EQ(record->lines[0].record_line, 4);
}

TEST(RecordTest, AnEmptyTextIsAllowed) {
  Result<Record> record =
      ParseRecord(std::string(kHeader) + "     1     3 p    +0.000 -    |\n", "k.lines.txt");
  ASSERT_TRUE(record.ok()) << record.error().ToString();
  EXPECT_EQ(record->lines[0].text, "");
}

TEST(RecordTest, AFileThatIsNotARecordIsNamedAtItsFirstLine) {
  Result<Record> record = ParseRecord("# Kronstadt 21\nsome text\n", "notes.txt");
  ASSERT_FALSE(record.ok());
  EXPECT_THAT(record.error().ToString(),
              HasSubstr("notes.txt:1:1: error: this is not a galley layout record"));
  EXPECT_THAT(record.error().hint, HasSubstr("galley pdf TITLE --record FILE"));
}

TEST(RecordTest, AnEmptyFileIsAnError) {
  Result<Record> record = ParseRecord("", "empty.txt");
  ASSERT_FALSE(record.ok());
  EXPECT_THAT(record.error().ToString(), HasSubstr("empty.txt: error: the record is empty"));
}

TEST(RecordTest, AMissingPageCountIsAnError) {
  Result<Record> record =
      ParseRecord("# galley layout record\n     1     3 p    +0.000 -    | Text\n", "k.lines.txt");
  ASSERT_FALSE(record.ok());
  EXPECT_THAT(record.error().ToString(),
              HasSubstr("k.lines.txt:1: error: the header has no '# pages: N' line"));
}

TEST(RecordTest, ABadPageCountNamesItsColumn) {
  Result<Record> record = ParseRecord("# galley layout record\n# pages: many\n", "k.lines.txt");
  ASSERT_FALSE(record.ok());
  EXPECT_THAT(record.error().ToString(),
              HasSubstr("k.lines.txt:2:10: error: the page count 'many' is not a whole number"));
}

TEST(RecordTest, ALineWithoutTheBarIsNamed) {
  Error error = ErrorFor("     5    18 p    -0.248 h      Victor Serge\n");
  EXPECT_THAT(error.ToString(), HasSubstr("k.lines.txt:6:1: error: a typeset line needs '|'"));
}

TEST(RecordTest, ABadSourceLineNamesItsColumn) {
  Error error = ErrorFor("     5   1x8 p    -0.248 h    | Victor Serge\n");
  EXPECT_THAT(error.ToString(),
              HasSubstr("k.lines.txt:6:10: error: the manuscript line '1x8' is not a whole number"));
  // The offending line is shown with a caret under column 10.
  EXPECT_THAT(error.ToString(), HasSubstr("\n           ^\n"));
}

TEST(RecordTest, ANegativeSourceLineIsAnError) {
  Error error = ErrorFor("     5    -3 p    -0.248 h    | Victor Serge\n");
  EXPECT_THAT(error.ToString(), HasSubstr("k.lines.txt:6:11: error: the manuscript line '-3'"));
}

TEST(RecordTest, AnUnknownKindNamesItsColumn) {
  Error error = ErrorFor("     5    18 h7   -0.248 h    | Victor Serge\n");
  EXPECT_THAT(error.ToString(), HasSubstr("k.lines.txt:6:14: error: unknown kind 'h7'"));
  EXPECT_THAT(error.hint, HasSubstr("p, q, h1 to h6 or x"));
}

TEST(RecordTest, ABadRatioNamesItsColumn) {
  Error error = ErrorFor("     5    18 p    -0.2x8 h    | Victor Serge\n");
  EXPECT_THAT(error.ToString(),
              HasSubstr("k.lines.txt:6:19: error: the ratio '-0.2x8' is not a number"));
  EXPECT_THAT(ErrorFor("     5    18 p    +.248 h    | Victor Serge\n").ToString(),
              HasSubstr("k.lines.txt:6:19: error: the ratio '+.248'"));
}

TEST(RecordTest, AnUnknownOrRepeatedFlagNamesItsColumn) {
  EXPECT_THAT(ErrorFor("     5    18 p    -0.248 hx   | Victor Serge\n").ToString(),
              HasSubstr("k.lines.txt:6:27: error: unknown flag 'x'"));
  EXPECT_THAT(ErrorFor("     5    18 p    -0.248 ouo  | Victor Serge\n").ToString(),
              HasSubstr("k.lines.txt:6:28: error: repeated flag 'o'"));
}

TEST(RecordTest, AMissingColumnIsNamedWhereItShouldBe) {
  Error error = ErrorFor("     5    18 p    | Victor Serge\n");
  EXPECT_THAT(error.ToString(), HasSubstr("k.lines.txt:6:19: error: missing the ratio column"));
  EXPECT_THAT(ErrorFor("| Victor Serge\n").ToString(),
              HasSubstr("k.lines.txt:6:1: error: missing the page column"));
}

TEST(RecordTest, AnExtraColumnIsNamed) {
  Error error = ErrorFor("     5    18 p    -0.248 h  7  | Victor Serge\n");
  EXPECT_THAT(error.ToString(), HasSubstr("k.lines.txt:6:29: error: unexpected '7' after the flags"));
}

TEST(RecordTest, ColumnsCountCodePointsNotBytes) {
  // "é" is two bytes; the kind column still starts at code-point column 14.
  Error error = ErrorFor("     é    18 z    -0.248 h    | Victor Serge\n");
  EXPECT_THAT(error.ToString(), HasSubstr("k.lines.txt:6:14: error: unknown kind 'z'"));
}

TEST(RecordTest, ReadRecordChecksTheFileIsUtf8) {
  MemoryFileSystem fs;
  fs.Add("bad.lines.txt", std::string(kHeader) + "     5    18 p    -0.248 h    | caf\xE9\n");
  Result<Record> record = ReadRecord(fs, "bad.lines.txt");
  ASSERT_FALSE(record.ok());
  EXPECT_THAT(record.error().ToString(), HasSubstr("bad.lines.txt:6:"));
}

TEST(RecordTest, ReadRecordReportsAMissingFile) {
  MemoryFileSystem fs;
  Result<Record> record = ReadRecord(fs, "missing.lines.txt");
  ASSERT_FALSE(record.ok());
  EXPECT_EQ(record.error().kind, ErrorKind::kIo);
  EXPECT_THAT(record.error().ToString(), HasSubstr("missing.lines.txt"));
}

TEST(RecordTest, ReadsTheGoldenRecordOfThePamphlet) {
  RealFileSystem fs;
  Result<Record> record =
      ReadRecord(fs, galley::testing::TestDataDir() + "/layout/kronstadt-21.lines.txt");
  ASSERT_TRUE(record.ok()) << record.error().ToString();
  EXPECT_EQ(record->title, "Kronstadt 21");
  EXPECT_EQ(record->pages, 20);
  EXPECT_GT(record->lines.size(), 400u);
}

}  // namespace
}  // namespace galley::proof
