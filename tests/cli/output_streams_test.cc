// Outputs that are not regular files, as a user gives them (issue 12): `-o -` streams the book
// to standard output, an existing device or FIFO is written to and never replaced, and a
// directory is an error. Nothing that belongs beside a file (layout record, cache) is written.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kTitle = galley::testing::SourceDir() + "/content/kronstadt-21";
const std::string kFixedDate = "SOURCE_DATE_EPOCH=1700000000";  // the same bytes twice

bool IsCharacterDevice(const std::string& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0 && S_ISCHR(info.st_mode);
}

size_t EntriesIn(const std::string& dir) {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

TEST(OutputStreamsTest, EpubToStandardOutputIsTheSameBookAsTheFile) {
  TempDir dir;
  ProcessResult file = RunGalley({"epub", kTitle, "-o", dir.File("book.epub"), "--no-cache"},
                                 dir.path(), {kFixedDate});
  ASSERT_EQ(file.exit_code, 0) << file.err;
  std::string expected = ReadFileOrEmpty(dir.File("book.epub"));
  std::filesystem::remove(dir.File("book.epub"));
  ProcessResult streamed = RunGalley({"epub", kTitle, "-o", "-"}, dir.path(), {kFixedDate});
  ASSERT_EQ(streamed.exit_code, 0) << streamed.err;
  EXPECT_THAT(streamed.out, StartsWith("PK"));
  EXPECT_TRUE(streamed.out == expected) << "the streamed EPUB differs from the file";
  EXPECT_THAT(streamed.err, HasSubstr("wrote standard output"));
  EXPECT_EQ(EntriesIn(dir.path()), 0u) << "no file named -, no .galley-cache";
}

TEST(OutputStreamsTest, PdfToStandardOutputWritesNoRecord) {
  TempDir dir;
  ProcessResult file = RunGalley({"-q", "pdf", kTitle, "-o", dir.File("book.pdf"), "--no-record"},
                                 dir.path(), {kFixedDate});
  ASSERT_EQ(file.exit_code, 0) << file.err;
  std::string expected = ReadFileOrEmpty(dir.File("book.pdf"));
  std::filesystem::remove(dir.File("book.pdf"));
  ProcessResult streamed = RunGalley({"-q", "pdf", kTitle, "-o", "-"}, dir.path(), {kFixedDate});
  ASSERT_EQ(streamed.exit_code, 0) << streamed.err;
  EXPECT_THAT(streamed.out, StartsWith("%PDF-"));
  EXPECT_TRUE(streamed.out == expected) << "the streamed PDF differs from the file";
  EXPECT_EQ(EntriesIn(dir.path()), 0u) << "no file named -, no -.lines.txt";
}

TEST(OutputStreamsTest, ReportAndStandardOutputTogetherIsAUsageError) {
  ProcessResult r = RunGalley({"pdf", kTitle, "-o", "-", "--report"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("standard output"));
  EXPECT_EQ(r.out, "");
}

// The bug: the temporary was renamed over /dev/full, leaving a regular file in its place.
TEST(OutputStreamsTest, DevFullFailsAndStaysADevice) {
  ProcessResult r = RunGalley({"-q", "pdf", kTitle, "-o", "/dev/full"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("/dev/full"));
  EXPECT_THAT(r.err, HasSubstr("No space left"));
  EXPECT_TRUE(IsCharacterDevice("/dev/full"));
  EXPECT_FALSE(std::filesystem::exists("/dev/full.lines.txt"));
}

TEST(OutputStreamsTest, DevNullIsWrittenToWithNothingBesideIt) {
  ProcessResult r = RunGalley({"-q", "epub", kTitle, "-o", "/dev/null"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(IsCharacterDevice("/dev/null"));
  EXPECT_FALSE(std::filesystem::exists("/dev/.galley-cache"));
}

TEST(OutputStreamsTest, DirectoryAsOutputIsAnErrorNamingIt) {
  TempDir dir;
  ProcessResult r = RunGalley({"-q", "pdf", kTitle, "-o", dir.path()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr(dir.path()));
  EXPECT_THAT(r.err, HasSubstr("is a directory"));
  EXPECT_TRUE(std::filesystem::is_directory(dir.path()));
}

}  // namespace
}  // namespace galley::testing
