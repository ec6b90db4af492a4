// Outputs all-or-nothing (issue 10, item 5), as a user meets them: a build that fails anywhere
// leaves every earlier book and record as it was, a PDF whose record cannot be written is not
// written either, no temporary is left behind, and a killed run's temporaries are removed by
// the next run in that folder.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "support/galley_process.h"

namespace galley::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string SmallTitle(const TempDir& dir) {
  std::string title = dir.File("book");
  std::filesystem::create_directories(title);
  WriteFileOrDie(title + "/manuscript.md",
                 "---\ntitle: T\nauthor: A\nlanguage: en\ndate: 2020-01-01\n---\n\n# One\n\nSome text.\n");
  return title;
}

// Files in `folder` whose names start with a dot: a temporary left behind would be one.
std::vector<std::string> HiddenFilesIn(const std::string& folder) {
  std::vector<std::string> hidden;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::string name = entry.path().filename().string();
    if (name.starts_with(".") && name != ".galley-cache") hidden.push_back(name);
  }
  return hidden;
}

// The bug: the EPUB was replaced, then the template failed and the PDF was not.
TEST(AllOrNothingTest, ABadTemplateLeavesTheOldEpubPdfAndRecord) {
  TempDir dir;
  std::string title = SmallTitle(dir);
  std::filesystem::create_directories(dir.File("out"));
  WriteFileOrDie(dir.File("out/book.epub"), "old epub");
  WriteFileOrDie(dir.File("out/book.pdf"), "old pdf");
  WriteFileOrDie(dir.File("out/book.lines.txt"), "old record");
  WriteFileOrDie(dir.File("bad.template"), "page.width = wide\n");
  ProcessResult r =
      RunGalley({"build", title, "-o", dir.File("out"), "--template", dir.File("bad.template")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("bad.template:1"));
  EXPECT_TRUE(ReadFileOrEmpty(dir.File("out/book.epub")) == "old epub") << r.err;
  EXPECT_TRUE(ReadFileOrEmpty(dir.File("out/book.pdf")) == "old pdf") << r.err;
  EXPECT_TRUE(ReadFileOrEmpty(dir.File("out/book.lines.txt")) == "old record") << r.err;
  EXPECT_THAT(HiddenFilesIn(dir.File("out")), ::testing::IsEmpty());
}

TEST(AllOrNothingTest, ABuildThatSucceedsReplacesAllThree) {
  TempDir dir;
  std::string title = SmallTitle(dir);
  WriteFileOrDie(dir.File("book.epub"), "old epub");
  ProcessResult r = RunGalley({"-q", "build", title, "-o", dir.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(ReadFileOrEmpty(dir.File("book.epub")), StartsWith("PK"));
  EXPECT_THAT(ReadFileOrEmpty(dir.File("book.pdf")), StartsWith("%PDF-"));
  EXPECT_THAT(ReadFileOrEmpty(dir.File("book.lines.txt")), StartsWith("galley layout record"));
  EXPECT_THAT(HiddenFilesIn(dir.path()), ::testing::IsEmpty());
}

// The bug: the PDF was replaced, then the record failed, leaving a record of another PDF.
TEST(AllOrNothingTest, ARecordThatCannotBeWrittenLeavesTheOldPdf) {
  TempDir dir;
  std::string title = SmallTitle(dir);
  WriteFileOrDie(dir.File("book.pdf"), "old pdf");
  ProcessResult r = RunGalley(
      {"pdf", title, "-o", dir.File("book.pdf"), "--record", "/nonexistent/x.lines.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/x.lines.txt"));
  EXPECT_TRUE(ReadFileOrEmpty(dir.File("book.pdf")) == "old pdf") << r.err;
  EXPECT_THAT(HiddenFilesIn(dir.path()), ::testing::IsEmpty());
}

// galley clean's manuscript and review go together too.
TEST(AllOrNothingTest, AReviewThatCannotBeWrittenLeavesTheOldManuscript) {
  TempDir dir;
  std::string title = dir.File("pamphlet");
  std::filesystem::create_directories(title);
  WriteFileOrDie(title + "/source.ocr.txt", "Some text here.\n");
  WriteFileOrDie(title + "/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\n");
  WriteFileOrDie(title + "/manuscript.md", "old manuscript");
  ProcessResult r = RunGalley({"clean", title, "--report", dir.File("missing/review.txt")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("missing/review.txt"));
  EXPECT_EQ(ReadFileOrEmpty(title + "/manuscript.md"), "old manuscript");
  EXPECT_THAT(HiddenFilesIn(title), ::testing::IsEmpty());
}

// The bug: a killed run's out/.book.pdf.XXXXXX stayed for ever.
TEST(AllOrNothingTest, AKilledRunsTemporaryIsRemovedByTheNextRun) {
  TempDir dir;
  std::string title = SmallTitle(dir);
  std::string stale = dir.File(".galley-tmp.book.pdf.Qx81zA");
  WriteFileOrDie(stale, "%PDF- half");
  std::filesystem::last_write_time(
      stale, std::filesystem::file_time_type::clock::now() - std::chrono::hours(3));
  ProcessResult r = RunGalley({"-q", "pdf", title, "-o", dir.File("book.pdf"), "--no-record"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(std::filesystem::exists(stale));
  EXPECT_THAT(HiddenFilesIn(dir.path()), ::testing::IsEmpty());
}

}  // namespace
}  // namespace galley::testing
