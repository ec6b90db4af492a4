// `galley epub` end to end: the built binary, its exit codes, its messages, and the rule that
// a failed run leaves the previous book alone. Bad manuscripts that the parser refuses (a
// label used twice, an unknown language) are tested here through the command.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace {

namespace fs = std::filesystem;

using CommandResult = galley::testing::ProcessResult;
using Args = std::vector<std::string>;

std::string Slurp(const fs::path& path) { return galley::testing::ReadFileOrEmpty(path.string()); }

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  galley::testing::WriteFileOrDie(path.string(), text);
}

class EpubCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(fs::exists(galley::testing::GalleyBinary()))
        << "build the galley binary first: " << galley::testing::GalleyBinary();
    dir_ = fs::path(::testing::TempDir()) /
           ("epub-command-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "out");
  }

  // Runs galley from the repository root (where fonts/ and templates/ are), with `env`
  // entries ("NAME=value") added to its environment.
  CommandResult Galley(const Args& args, const Args& env = {}) {
    return galley::testing::RunGalley(args, "", env);
  }

  // A manuscript in the test's folder: the small book with `from` replaced by `to`.
  std::string Manuscript(const std::string& from = "", const std::string& to = "") {
    std::string text = Slurp(galley::testing::TestDataDir() + "/epub/small-book.md");
    if (!from.empty()) {
      size_t at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      if (at != std::string::npos) text.replace(at, from.size(), to);
    }
    fs::path path = dir_ / "book" / "manuscript.md";
    Write(path, text);
    return path.string();
  }

  fs::path dir_;
};

TEST_F(EpubCommandTest, WritesTheBookAndReportsProgress) {
  std::string output = (dir_ / "out" / "small.epub").string();
  CommandResult run = Galley({"epub", Manuscript(), "-o", output});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("galley: writing " + output), std::string::npos) << run.err;
  EXPECT_EQ(Slurp(output).substr(38, 20), "application/epub+zip");
  EXPECT_TRUE(fs::is_directory(dir_ / "out" / ".galley-cache")) << "the cache sits beside the book";

  CommandResult quiet = Galley({"-q", "epub", Manuscript(), "-o", output});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
}

TEST_F(EpubCommandTest, ATitleFolderGivesOutSlugEpub) {
  Manuscript();
  fs::path root = dir_ / "root";
  fs::create_directories(root / "content");
  fs::create_directories(root / "out");
  fs::copy(dir_ / "book", root / "content" / "small-book", fs::copy_options::recursive);
  CommandResult run = galley::testing::RunGalley(
      {"-q", "epub", "content/small-book", "--fonts", galley::testing::SourceDir() + "/fonts",
       "--stylesheet", galley::testing::SourceDir() + "/templates/epub/book.css"},
      root.string());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(fs::exists(root / "out" / "small-book.epub"));
}

TEST_F(EpubCommandTest, SourceDateEpochIsReproducible) {
  std::string a = (dir_ / "out" / "a.epub").string(), b = (dir_ / "out" / "b.epub").string();
  ASSERT_EQ(Galley({"-q", "epub", Manuscript(), "-o", a}, {"SOURCE_DATE_EPOCH=1700000000"}).exit_code, 0);
  ASSERT_EQ(Galley({"-q", "epub", Manuscript(), "-o", b, "--no-cache"},
                   {"SOURCE_DATE_EPOCH=1700000000", "TZ=Asia/Tokyo"}).exit_code, 0);
  EXPECT_EQ(Slurp(a), Slurp(b));
  ASSERT_EQ(Galley({"-q", "epub", Manuscript(), "-o", b}, {"SOURCE_DATE_EPOCH=1600000000"}).exit_code, 0);
  EXPECT_NE(Slurp(a), Slurp(b)) << "the epoch is the modification time";
}

TEST_F(EpubCommandTest, AMalformedSourceDateEpochIsAnError) {
  CommandResult run = Galley({"epub", Manuscript(), "-o", (dir_ / "out" / "x.epub").string()},
                             {"SOURCE_DATE_EPOCH=yesterday"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("SOURCE_DATE_EPOCH"), std::string::npos) << run.err;
}

// Each bad input: exit 1, a message naming the place, and the previous book untouched.
class EpubCommandBadInputTest : public EpubCommandTest {
 protected:
  void ExpectRefused(const Args& args, const std::string& place, const std::string& words) {
    fs::path output = dir_ / "out" / "book.epub";
    Write(output, "the previous book");
    Args command = {"epub"};
    command.insert(command.end(), args.begin(), args.end());
    command.insert(command.end(), {"-o", output.string()});
    CommandResult run = Galley(command);
    EXPECT_EQ(run.exit_code, 1) << run.err;
    EXPECT_NE(run.err.find(place), std::string::npos) << "expected " << place << " in:\n" << run.err;
    EXPECT_NE(run.err.find(words), std::string::npos) << "expected " << words << " in:\n" << run.err;
    EXPECT_EQ(Slurp(output), "the previous book");
  }
};

TEST_F(EpubCommandBadInputTest, TwoPageMarkersWithTheSameLabel) {
  std::string path = Manuscript("<pb n=\"8\"/>", "<pb n=\"7\"/>");
  ExpectRefused({path}, path + ":", "7");
}

TEST_F(EpubCommandBadInputTest, AnUnknownLanguageTag) {
  std::string path = Manuscript("language: en-GB", "language: xx-Klingon-1");
  ExpectRefused({path}, path + ":7:", "language");
}

TEST_F(EpubCommandBadInputTest, AnEmptyTitle) {
  std::string path = Manuscript("title: A Small Book", "title:");
  ExpectRefused({path}, path + ":2:", "title");
}

TEST_F(EpubCommandBadInputTest, AMissingLanguage) {
  std::string path = Manuscript("language: en-GB\n", "");
  ExpectRefused({path}, path + ":", "language");
}

TEST_F(EpubCommandBadInputTest, AMissingFontFolder) {
  ExpectRefused({Manuscript(), "--fonts", (dir_ / "no-fonts").string()},
                (dir_ / "no-fonts" / "EBGaramond12-Regular.otf").string(), "missing");
}

TEST_F(EpubCommandBadInputTest, AMissingCoverImage) {
  ExpectRefused({Manuscript(), "--cover", (dir_ / "cover.png").string()},
                (dir_ / "cover.png").string(), "missing");
}

TEST_F(EpubCommandTest, AnOutputFolderThatDoesNotExist) {
  CommandResult run = Galley({"epub", Manuscript(), "-o", (dir_ / "nowhere" / "book.epub").string()});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("does not exist"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(dir_ / "nowhere")) << "the cache must not create the output folder";
}

// /proc accepts no new files, even from root: the folder exists but cannot be written.
TEST_F(EpubCommandTest, AnOutputFolderThatCannotBeWritten) {
  CommandResult run = Galley({"epub", Manuscript(), "-o", "/proc/galley-test.epub"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("/proc/galley-test.epub"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("cannot be written"), std::string::npos) << run.err;
}

}  // namespace
