#include "catalogue/fingerprint.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/galley_process.h"

namespace galley {
namespace {

using testing::TempDir;
using testing::WriteFileOrDie;

Hash128 Of(const std::string& dir, std::vector<std::string> settings = {}) {
  Result<Hash128> hash = TreeFingerprint({dir}, settings);
  EXPECT_TRUE(hash.ok()) << hash.error().ToString();
  return hash.ok() ? *hash : Hash128{};
}

class FingerprintTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_.File("title/sub"));
    WriteFileOrDie(dir_.File("title/manuscript.md"), "Text.\n");
    WriteFileOrDie(dir_.File("title/sub/words.txt"), "Kronstadt\n");
  }
  std::string Title() const { return dir_.File("title"); }
  TempDir dir_;
};

TEST_F(FingerprintTest, SameBytesSameFingerprint) {
  EXPECT_EQ(Of(Title()), Of(Title()));
  EXPECT_EQ(FingerprintHex(Of(Title())).size(), 32u);
}

TEST_F(FingerprintTest, AnEditChangesIt) {
  Hash128 before = Of(Title());
  WriteFileOrDie(dir_.File("title/sub/words.txt"), "Kronstadt\nPetrograd\n");
  EXPECT_NE(before, Of(Title()));
}

TEST_F(FingerprintTest, ARenameOrANewFileChangesIt) {
  Hash128 before = Of(Title());
  std::filesystem::rename(dir_.File("title/sub/words.txt"), dir_.File("title/sub/word.txt"));
  Hash128 renamed = Of(Title());
  EXPECT_NE(before, renamed);
  WriteFileOrDie(dir_.File("title/print.template"), "");
  EXPECT_NE(renamed, Of(Title()));
}

TEST_F(FingerprintTest, MovingBytesBetweenFilesChangesIt) {
  // Lengths are hashed, so "ab"+"c" is not "a"+"bc".
  WriteFileOrDie(dir_.File("title/manuscript.md"), "ab");
  WriteFileOrDie(dir_.File("title/sub/words.txt"), "c");
  Hash128 before = Of(Title());
  WriteFileOrDie(dir_.File("title/manuscript.md"), "a");
  WriteFileOrDie(dir_.File("title/sub/words.txt"), "bc");
  EXPECT_NE(before, Of(Title()));
}

TEST_F(FingerprintTest, SettingsAndTheSharedPartCount) {
  EXPECT_NE(Of(Title(), {"0.1.0"}), Of(Title(), {"0.1.1"}));
  TitleFolder title = LocateTitle(Title());
  Result<Hash128> a = TitleFingerprint(title, Of(Title(), {"a"}));
  Result<Hash128> b = TitleFingerprint(title, Of(Title(), {"b"}));
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(*a, *b);
}

TEST_F(FingerprintTest, FilesReadOutsideTheCoveredFoldersCount) {
  std::filesystem::create_directories(dir_.File("house"));
  std::string house = dir_.File("house/house.template");
  WriteFileOrDie(house, "font.size = 11pt\n");
  std::string list = Title() + "/manuscript.md\n" + house + "\n";
  Hash128 own = Of(Title());
  Hash128 before = WithFilesRead(own, list, {Title()});
  EXPECT_NE(before, own);
  EXPECT_EQ(before, WithFilesRead(own, list, {Title()}));

  WriteFileOrDie(Title() + "/manuscript.md", "Edited.\n");  // covered: hashed by `own`
  EXPECT_EQ(before, WithFilesRead(own, list, {Title()}));
  WriteFileOrDie(house, "font.size = 12pt\n");
  Hash128 edited = WithFilesRead(own, list, {Title()});
  EXPECT_NE(before, edited);
  std::filesystem::remove(house);
  EXPECT_NE(edited, WithFilesRead(own, list, {Title()}));
  EXPECT_EQ(own, WithFilesRead(own, "", {Title()}));
}

TEST_F(FingerprintTest, AMissingPathIsAnIoErrorNamingIt) {
  Result<Hash128> hash = TreeFingerprint({dir_.File("nowhere")});
  ASSERT_FALSE(hash.ok());
  EXPECT_NE(hash.error().ToString().find("nowhere"), std::string::npos);
}

}  // namespace
}  // namespace galley
