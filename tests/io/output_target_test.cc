// Outputs that are not regular files (issue 12): standard output, devices and FIFOs are written
// to in place, never replaced; a directory is an error.
#include "io/output_target.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <future>
#include <string>

#include "io/file_system.h"

namespace galley {
namespace {

class OutputTargetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("galley-output-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  bool IsCharacterDevice(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && S_ISCHR(info.st_mode);
  }

  std::filesystem::path dir_;
  RealFileSystem fs_;
};

TEST_F(OutputTargetTest, ClassifiesEachKindOfPath) {
  std::string file = (dir_ / "book.pdf").string();
  EXPECT_EQ(ClassifyOutput(file), OutputKind::kFile);  // not there yet
  ASSERT_TRUE(fs_.WriteFileAtomically(file, "x").ok());
  EXPECT_EQ(ClassifyOutput(file), OutputKind::kFile);
  EXPECT_EQ(ClassifyOutput("-"), OutputKind::kStandardOutput);
  EXPECT_EQ(ClassifyOutput("/dev/null"), OutputKind::kStream);
  EXPECT_EQ(ClassifyOutput(dir_.string()), OutputKind::kDirectory);
  std::string fifo = (dir_ / "pipe").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  EXPECT_EQ(ClassifyOutput(fifo), OutputKind::kStream);
  EXPECT_TRUE(HasFolderBeside(file));
  EXPECT_FALSE(HasFolderBeside("-"));
  EXPECT_FALSE(HasFolderBeside("/dev/null"));
  EXPECT_EQ(DescribeOutput("-"), "standard output");
  EXPECT_EQ(DescribeOutput(file), file);
}

TEST_F(OutputTargetTest, WritesToDevNullAndLeavesTheDevice) {
  ASSERT_TRUE(fs_.WriteFileAtomically("/dev/null", "a book").ok());
  EXPECT_TRUE(IsCharacterDevice("/dev/null"));
}

// The bug this fixes: the temporary file was renamed over /dev/full.
TEST_F(OutputTargetTest, DevFullIsAnErrorAndStaysADevice) {
  Status status = fs_.WriteFileAtomically("/dev/full", std::string(100000, 'x'));
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().where.file, "/dev/full");
  EXPECT_NE(status.error().message.find("No space left"), std::string::npos)
      << status.error().message;
  EXPECT_TRUE(IsCharacterDevice("/dev/full"));
}

TEST_F(OutputTargetTest, WritesIntoAFifoWithoutReplacingIt) {
  std::string fifo = (dir_ / "pipe").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string bytes(200000, 'b');  // more than a pipe holds: the reader must run alongside
  std::future<std::string> read = std::async(std::launch::async, [&] {
    Result<std::string> got = fs_.ReadFile(fifo);
    return got.ok() ? *got : std::string("read failed");
  });
  ASSERT_TRUE(fs_.WriteFileAtomically(fifo, bytes).ok());
  EXPECT_EQ(read.get(), bytes);
  struct stat info {};
  ASSERT_EQ(::lstat(fifo.c_str(), &info), 0);
  EXPECT_TRUE(S_ISFIFO(info.st_mode));
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_), {}), 1);  // no temporary
}

TEST_F(OutputTargetTest, DirectoryIsAnErrorNamingIt) {
  Status status = fs_.WriteFileAtomically(dir_.string(), "x");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().where.file, dir_.string());
  EXPECT_NE(status.error().message.find("is a directory"), std::string::npos);
  EXPECT_TRUE(std::filesystem::is_directory(dir_));
  EXPECT_TRUE(std::filesystem::is_empty(dir_));
}

// "-" goes to file descriptor 1; the test points it at a file for the duration.
TEST_F(OutputTargetTest, DashWritesToStandardOutput) {
  std::string captured = (dir_ / "stdout").string();
  std::fflush(stdout);
  int saved = ::dup(STDOUT_FILENO);
  int fd = ::open(captured.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDOUT_FILENO);
  ::close(fd);
  Status status = fs_.WriteFileAtomically("-", "book bytes\n");
  std::fflush(stdout);
  ::dup2(saved, STDOUT_FILENO);
  ::close(saved);
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(*fs_.ReadFile(captured), "book bytes\n");
  EXPECT_FALSE(std::filesystem::exists(dir_ / "-"));
}

}  // namespace
}  // namespace galley
