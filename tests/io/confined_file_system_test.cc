// Inputs stay inside the title (issue 10, item 6): a link that leads out of the allowed folders
// is refused, naming the link; links inside them and paths the user wrote outside them are read.
#include "io/confined_file_system.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/galley_process.h"

namespace galley {
namespace {

using testing::TempDir;
using testing::WriteFileOrDie;

class ConfinedFileSystemTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.File("title"));
    std::filesystem::create_directories(dir_.File("elsewhere"));
    WriteFileOrDie(dir_.File("elsewhere/secret.txt"), "secret");
    WriteFileOrDie(dir_.File("title/words.txt"), "words");
    fs_.Allow(dir_.File("title"));
  }
  TempDir dir_;
  RealFileSystem real_;
  ConfinedFileSystem fs_{real_};
};

TEST_F(ConfinedFileSystemTest, AFileInTheTitleIsRead) {
  EXPECT_EQ(*fs_.ReadFile(dir_.File("title/words.txt")), "words");
}

TEST_F(ConfinedFileSystemTest, ALinkInsideTheTitleIsRead) {
  std::filesystem::create_symlink("words.txt", dir_.File("title/other.txt"));
  EXPECT_EQ(*fs_.ReadFile(dir_.File("title/other.txt")), "words");
}

// The bug: source.ocr.txt → /etc/passwd was followed and its text published.
TEST_F(ConfinedFileSystemTest, ALinkLeavingTheTitleIsRefusedAndNamed) {
  std::filesystem::create_symlink("/etc/passwd", dir_.File("title/source.ocr.txt"));
  Result<std::string> read = fs_.ReadFile(dir_.File("title/source.ocr.txt"));
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.error().message.find("/etc/passwd"), std::string::npos) << read.error().message;
  EXPECT_NE(read.error().message.find("title/source.ocr.txt"), std::string::npos);
  EXPECT_NE(read.error().hint.find("--allow-outside"), std::string::npos);
}

TEST_F(ConfinedFileSystemTest, ALinkedFolderLeavingTheTitleIsNamed) {
  std::filesystem::create_symlink(dir_.File("elsewhere"), dir_.File("title/notes"));
  Result<std::string> read = fs_.ReadFile(dir_.File("title/notes/secret.txt"));
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.error().message.find("title/notes leads to"), std::string::npos)
      << read.error().message;
}

TEST_F(ConfinedFileSystemTest, APathWrittenOutsideTheTitleIsReadAsAsked) {
  EXPECT_EQ(*fs_.ReadFile(dir_.File("elsewhere/secret.txt")), "secret");
}

TEST_F(ConfinedFileSystemTest, ALinkToAnotherAllowedFolderIsRead) {
  fs_.Allow(dir_.File("elsewhere"));
  std::filesystem::create_symlink(dir_.File("elsewhere/secret.txt"), dir_.File("title/s.txt"));
  EXPECT_EQ(*fs_.ReadFile(dir_.File("title/s.txt")), "secret");
}

TEST_F(ConfinedFileSystemTest, UnconfinedReadsFollowEveryLink) {
  ConfinedFileSystem open(real_);
  std::filesystem::create_symlink(dir_.File("elsewhere/secret.txt"), dir_.File("title/s.txt"));
  EXPECT_EQ(*open.ReadFile(dir_.File("title/s.txt")), "secret");
}

TEST(InputFoldersTest, WithinComparesWholeFolderNames) {
  EXPECT_TRUE(IsWithin("/a/b/c", "/a/b"));
  EXPECT_TRUE(IsWithin("/a/b", "/a/b"));
  EXPECT_FALSE(IsWithin("/a/bc", "/a/b"));
  EXPECT_FALSE(IsWithin("/a", "/a/b"));
}

}  // namespace
}  // namespace galley
