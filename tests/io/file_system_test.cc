#include "io/file_system.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

namespace galley {
namespace {

class RealFileSystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("galley-io-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::filesystem::permissions(dir_, std::filesystem::perms::owner_all);
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  RealFileSystem fs_;
};

TEST_F(RealFileSystemTest, WritesAndReadsBack) {
  std::string path = (dir_ / "a.txt").string();
  ASSERT_TRUE(fs_.WriteFileAtomically(path, "hello").ok());
  EXPECT_EQ(*fs_.ReadFile(path), "hello");
  ASSERT_TRUE(fs_.WriteFileAtomically(path, "again").ok());
  EXPECT_EQ(*fs_.ReadFile(path), "again");
  // No temporary left behind.
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_), {}), 1);
}

TEST_F(RealFileSystemTest, ReadsEmptyLargeAndBinaryFilesWhole) {
  std::string empty = (dir_ / "empty").string();
  ASSERT_TRUE(fs_.WriteFileAtomically(empty, "").ok());
  EXPECT_EQ(*fs_.ReadFile(empty), "");
  std::string large(300000, '\0');
  for (size_t i = 0; i < large.size(); ++i) large[i] = static_cast<char>(i * 31 % 251);
  std::string path = (dir_ / "large.bin").string();
  ASSERT_TRUE(fs_.WriteFileAtomically(path, large).ok());
  EXPECT_EQ(*fs_.ReadFile(path), large);
}

// /proc files report a size of 0 but have content: the reader must not trust the size alone.
TEST_F(RealFileSystemTest, ReadsFilesWhoseSizeIsUnknown) {
  Result<std::string> status = fs_.ReadFile("/proc/self/status");
  ASSERT_TRUE(status.ok());
  EXPECT_NE(status->find("Name:"), std::string::npos);
}

TEST_F(RealFileSystemTest, MissingDirectoryIsAClearError) {
  Status status = fs_.WriteFileAtomically((dir_ / "nope" / "a.txt").string(), "x");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().message.find("does not exist"), std::string::npos);
  EXPECT_NE(status.error().hint.find("mkdir"), std::string::npos);
}

TEST_F(RealFileSystemTest, ReadOnlyDirectoryKeepsOldFile) {
  if (::geteuid() == 0) {
    // root ignores directory permissions; a read-only mount would be needed. Check the
    // error path through a path whose directory component is a file instead.
    std::string file = (dir_ / "plain").string();
    ASSERT_TRUE(fs_.WriteFileAtomically(file, "old").ok());
    EXPECT_FALSE(fs_.WriteFileAtomically(file + "/child", "new").ok());
    EXPECT_EQ(*fs_.ReadFile(file), "old");
    return;
  }
  std::string path = (dir_ / "book.epub").string();
  ASSERT_TRUE(fs_.WriteFileAtomically(path, "old").ok());
  std::filesystem::permissions(dir_, std::filesystem::perms::owner_read |
                                         std::filesystem::perms::owner_exec);
  EXPECT_FALSE(fs_.WriteFileAtomically(path, "new").ok());
  EXPECT_EQ(*fs_.ReadFile(path), "old");
}

TEST_F(RealFileSystemTest, ReadTextFileRejectsBadUtf8) {
  std::string path = (dir_ / "bad.txt").string();
  std::ofstream(path) << "ok\nbad \xff here\n";
  Result<std::string> text = ReadTextFile(fs_, path);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().where.pos, (SourcePos{2, 5}));
}

TEST(MemoryFileSystemTest, MissingFileIsAnError) {
  MemoryFileSystem fs;
  EXPECT_FALSE(fs.ReadFile("nope").ok());
  fs.Add("a", "b");
  EXPECT_EQ(*fs.ReadFile("a"), "b");
}

}  // namespace
}  // namespace galley
