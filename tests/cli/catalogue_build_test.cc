// galley build DIR on a folder of titles: every title built, unchanged titles skipped,
// failures listed at the end with exit 1, and shards whose union is the whole build.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "support/galley_process.h"

namespace galley::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

void WriteTitle(const std::string& catalogue, const std::string& slug, const std::string& text) {
  fs::create_directories(catalogue + "/" + slug);
  WriteFileOrDie(catalogue + "/" + slug + "/manuscript.md",
                 "---\ntitle: " + slug + "\nauthor: A. Writer\nlanguage: en\ndate: 2020-01-01\n---\n\n# One\n\n" +
                     text + "\n");
}

std::string Catalogue(const TempDir& dir, int titles) {
  std::string catalogue = dir.File("titles");
  for (int i = 0; i < titles; ++i) {
    WriteTitle(catalogue, "title-" + std::to_string(i),
               "Paragraph " + std::to_string(i) + " of a small book, set in two formats.");
  }
  return catalogue;
}

// The books in `dir` (not the ledger and logs), by name.
std::set<std::string> Books(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) names.insert(entry.path().filename().string());
  }
  return names;
}

TEST(CatalogueBuildTest, BuildsEveryTitleThenOnlyWhatChanged) {
  TempDir dir;
  std::string catalogue = Catalogue(dir, 3);
  std::string out = dir.File("out");
  ProcessResult first = RunGalley({"build", catalogue, "-o", out, "-j", "2"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.out, HasSubstr("3 titles: 3 built, 0 unchanged, 0 failed"));
  EXPECT_EQ(Books(out).size(), 9u);  // .epub, .pdf, .lines.txt each

  ProcessResult again = RunGalley({"build", catalogue, "-o", out});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("3 titles: 0 built, 3 unchanged, 0 failed"));

  WriteTitle(catalogue, "title-1", "An edited paragraph.");
  ProcessResult edited = RunGalley({"build", catalogue, "-o", out});
  ASSERT_EQ(edited.exit_code, 0) << edited.err;
  EXPECT_THAT(edited.out, HasSubstr("3 titles: 1 built, 2 unchanged, 0 failed"));
  EXPECT_THAT(edited.err, HasSubstr("built title-1"));

  ProcessResult forced = RunGalley({"build", catalogue, "-o", out, "--force"});
  EXPECT_THAT(forced.out, HasSubstr("3 titles: 3 built"));
}

// A house template outside the catalogue, which one title's print.template extends: editing it
// rebuilds that title, though nothing in the title folder changed.
TEST(CatalogueBuildTest, AFileReadFromOutsideTheTitleCountsAsAnInput) {
  TempDir dir;
  std::string catalogue = Catalogue(dir, 2);
  fs::create_directories(dir.File("house"));
  std::string house = dir.File("house/house.template");
  WriteFileOrDie(house, "font.size = 11pt\n");
  WriteFileOrDie(catalogue + "/title-0/print.template", "extends = " + house + "\n");
  std::string out = dir.File("out");
  ProcessResult first = RunGalley({"build", catalogue, "-o", out});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ProcessResult again = RunGalley({"build", catalogue, "-o", out});
  EXPECT_THAT(again.out, HasSubstr("2 titles: 0 built, 2 unchanged, 0 failed"));

  WriteFileOrDie(house, "font.size = 12pt\n");
  ProcessResult edited = RunGalley({"build", catalogue, "-o", out});
  ASSERT_EQ(edited.exit_code, 0) << edited.err;
  EXPECT_THAT(edited.out, HasSubstr("2 titles: 1 built, 1 unchanged, 0 failed"));
  EXPECT_THAT(edited.err, HasSubstr("built title-0"));
}

TEST(CatalogueBuildTest, AFailingTitleIsListedAndTheOthersAreBuilt) {
  TempDir dir;
  std::string catalogue = Catalogue(dir, 2);
  fs::create_directories(catalogue + "/broken");
  WriteFileOrDie(catalogue + "/broken/manuscript.md",
                 "---\ntitle: B\nauthor: A\nlanguage: en\ndate: 2020-01-01\ncolour: red\n---\n\nText.\n");
  ProcessResult r = RunGalley({"build", catalogue, "-o", dir.File("out")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.out, HasSubstr("3 titles: 2 built, 0 unchanged, 1 failed"));
  EXPECT_THAT(r.out, HasSubstr("failed: broken: "));
  EXPECT_THAT(r.out, HasSubstr("manuscript.md:6:1"));
  EXPECT_TRUE(fs::exists(dir.File("out/title-0.pdf")));
  EXPECT_FALSE(fs::exists(dir.File("out/broken.pdf")));

  // Still failing, so built again next time, not taken as unchanged.
  ProcessResult again = RunGalley({"build", catalogue, "-o", dir.File("out")});
  EXPECT_THAT(again.out, HasSubstr("2 unchanged, 1 failed"));
}

TEST(CatalogueBuildTest, ThreeShardsMakeTheWholeBuildByteForByte) {
  TempDir dir;
  std::string catalogue = Catalogue(dir, 6);
  ProcessResult whole = RunGalley({"build", catalogue, "-o", dir.File("whole")});
  ASSERT_EQ(whole.exit_code, 0) << whole.err;

  std::set<std::string> union_of_shards;
  for (int shard = 0; shard < 3; ++shard) {
    std::string out = dir.File("shard-" + std::to_string(shard));
    ProcessResult part = RunGalley({"build", catalogue, "-o", out, "--shard", "auto"}, "",
                                   {"SLURM_ARRAY_TASK_ID=" + std::to_string(shard + 1),
                                    "SLURM_ARRAY_TASK_MIN=1", "SLURM_ARRAY_TASK_COUNT=3"});
    ASSERT_EQ(part.exit_code, 0) << part.err;
    for (const std::string& book : Books(out)) {
      EXPECT_TRUE(union_of_shards.insert(book).second) << book << " is in two shards";
      EXPECT_TRUE(ReadFileOrEmpty(out + "/" + book) ==
                  ReadFileOrEmpty(dir.File("whole/" + book)))
          << book << " differs from the unsharded build";
    }
  }
  EXPECT_EQ(union_of_shards, Books(dir.File("whole")));
}

TEST(CatalogueBuildTest, CatalogueOptionsOnOneTitleAreAUsageMistake) {
  TempDir dir;
  std::string catalogue = Catalogue(dir, 1);
  ProcessResult r = RunGalley({"build", catalogue + "/title-0", "-o", dir.File("out"), "-j", "2"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("folder of titles"));
  ProcessResult bad_shard = RunGalley({"build", catalogue, "-o", dir.File("out"), "--shard", "3/3"});
  EXPECT_EQ(bad_shard.exit_code, 1);
  EXPECT_THAT(bad_shard.err, HasSubstr("--shard"));
}

}  // namespace
}  // namespace galley::testing
