// Temporaries beside outputs (issue 10, item 5): removed on a signal, and a killed run's are
// removed by the next run once they are stale.
#include "io/temporary_files.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>

#include "support/galley_process.h"

namespace galley {
namespace {

using testing::TempDir;
using testing::WriteFileOrDie;

size_t EntriesIn(const std::string& dir) {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator(dir), {}));
}

void MakeOld(const std::string& path, std::chrono::seconds age) {
  auto when = std::filesystem::file_time_type::clock::now() - age;
  std::filesystem::last_write_time(path, when);
}

TEST(TemporaryFilesTest, NamesTellGalleysTemporariesFromOtherFiles) {
  EXPECT_TRUE(IsTemporaryName(".galley-tmp.book.pdf.Ab3xYz"));
  EXPECT_FALSE(IsTemporaryName(".galley-tmp."));
  EXPECT_FALSE(IsTemporaryName("book.pdf"));
  EXPECT_FALSE(IsTemporaryName(".book.pdf.Ab3xYz"));
  EXPECT_FALSE(IsTemporaryName(".galley-cache"));
}

TEST(TemporaryFilesTest, ATemporaryIsNamedForItsTargetAndMovedIntoPlace) {
  TempDir dir;
  Result<TemporaryFile> temporary = WriteTemporaryBeside(dir.File("book.pdf"), "bytes");
  ASSERT_TRUE(temporary.ok());
  std::string name = std::filesystem::path(temporary->path).filename().string();
  EXPECT_TRUE(IsTemporaryName(name)) << name;
  EXPECT_EQ(RegisteredTemporaryCount(), 1);
  ASSERT_TRUE(MoveIntoPlace(*temporary).ok());
  EXPECT_EQ(testing::ReadFileOrEmpty(dir.File("book.pdf")), "bytes");
  EXPECT_EQ(EntriesIn(dir.path()), 1u);
  EXPECT_EQ(RegisteredTemporaryCount(), 0);
}

// The bug: a killed run left out/.title.pdf.XXXXXX that no later run removed.
TEST(TemporaryFilesTest, StaleTemporariesAreRemovedAndFreshOnesKept) {
  TempDir dir;
  WriteFileOrDie(dir.File(".galley-tmp.book.pdf.aaaaaa"), "killed two hours ago");
  MakeOld(dir.File(".galley-tmp.book.pdf.aaaaaa"), std::chrono::hours(2));
  WriteFileOrDie(dir.File(".galley-tmp.book.epub.bbbbbb"), "another run, writing now");
  WriteFileOrDie(dir.File("notes.txt"), "the user's");
  MakeOld(dir.File("notes.txt"), std::chrono::hours(2));
  Result<TemporaryFile> temporary = WriteTemporaryBeside(dir.File("book.pdf"), "bytes");
  ASSERT_TRUE(temporary.ok());
  ASSERT_TRUE(MoveIntoPlace(*temporary).ok());
  EXPECT_FALSE(std::filesystem::exists(dir.File(".galley-tmp.book.pdf.aaaaaa")));
  EXPECT_TRUE(std::filesystem::exists(dir.File(".galley-tmp.book.epub.bbbbbb")));
  EXPECT_TRUE(std::filesystem::exists(dir.File("notes.txt")));
}

TEST(TemporaryFilesTest, AStaleLinkIsRemovedNotItsTarget) {
  TempDir dir;
  WriteFileOrDie(dir.File("precious"), "keep");
  MakeOld(dir.File("precious"), std::chrono::hours(2));
  std::filesystem::create_symlink(dir.File("precious"), dir.File(".galley-tmp.x.pdf.cccccc"));
  struct timespec times[2] = {{0, UTIME_OMIT}, {::time(nullptr) - 7200, 0}};
  ::utimensat(AT_FDCWD, dir.File(".galley-tmp.x.pdf.cccccc").c_str(), times, AT_SYMLINK_NOFOLLOW);
  EXPECT_EQ(RemoveStaleTemporaries(dir.path()), 1);
  EXPECT_TRUE(std::filesystem::exists(dir.File("precious")));
}

// SIGINT or SIGTERM while a temporary exists: the handler removes it and the process still dies
// of the signal. Run in a child, which this test process must not become.
void ExpectSignalRemovesTemporary(int signal_number) {
  TempDir dir;
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // A job started in the background inherits SIGINT ignored, which the handler respects.
    std::signal(signal_number, SIG_DFL);
    RemoveTemporariesOnSignals();
    Result<TemporaryFile> temporary = WriteTemporaryBeside(dir.File("book.pdf"), "half a book");
    if (!temporary.ok() || EntriesIn(dir.path()) != 1) ::_exit(10);
    ::raise(signal_number);
    ::_exit(11);  // not reached: the handler re-raises with the default action
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status)) << "exit status " << WEXITSTATUS(status);
  EXPECT_EQ(WTERMSIG(status), signal_number);
  EXPECT_EQ(EntriesIn(dir.path()), 0u) << "the temporary was left behind";
}

TEST(TemporaryFilesTest, SigintRemovesTemporaries) { ExpectSignalRemovesTemporary(SIGINT); }
TEST(TemporaryFilesTest, SigtermRemovesTemporaries) { ExpectSignalRemovesTemporary(SIGTERM); }

}  // namespace
}  // namespace galley
