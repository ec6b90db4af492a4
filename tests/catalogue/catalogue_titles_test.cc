#include "catalogue/catalogue_titles.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "catalogue/build_ledger.h"
#include "support/galley_process.h"

namespace galley {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::TempDir;
using testing::WriteFileOrDie;

TEST(CatalogueTitlesTest, FindsTitleFoldersInSlugOrderAndSkipsOthers) {
  TempDir dir;
  for (const char* name : {"zola", "austen", "notes", "balzac"}) {
    std::filesystem::create_directories(dir.File(name));
  }
  WriteFileOrDie(dir.File("zola/source.ocr.txt"), "x");
  WriteFileOrDie(dir.File("austen/manuscript.md"), "x");
  WriteFileOrDie(dir.File("balzac/source.md"), "x");
  WriteFileOrDie(dir.File("notes/todo.txt"), "x");
  WriteFileOrDie(dir.File("README.md"), "x");

  Result<std::vector<TitleFolder>> titles = FindCatalogueTitles(dir.path());
  ASSERT_TRUE(titles.ok()) << titles.error().ToString();
  std::vector<std::string> slugs;
  for (const TitleFolder& title : *titles) slugs.push_back(title.slug);
  EXPECT_THAT(slugs, ElementsAre("austen", "balzac", "zola"));
  EXPECT_TRUE(IsTitleFolder(dir.File("zola")));
  EXPECT_FALSE(IsTitleFolder(dir.path()));
}

TEST(CatalogueTitlesTest, AFolderWithoutTitlesSaysWhatATitleHolds) {
  TempDir dir;
  Result<std::vector<TitleFolder>> titles = FindCatalogueTitles(dir.path());
  ASSERT_FALSE(titles.ok());
  EXPECT_THAT(titles.error().ToString(), HasSubstr("source.ocr.txt"));
}

TEST(BuildLedgerTest, UnchangedOnlyWithTheSameFingerprintAndEveryBook) {
  TempDir dir;
  BuildLedger ledger(dir.path());
  Hash128 fingerprint{1, 2};
  for (const std::string& book : ledger.Books("t")) WriteFileOrDie(book, "x");
  EXPECT_FALSE(ledger.Unchanged("t", fingerprint));  // never built
  ASSERT_TRUE(ledger.Record("t", fingerprint).ok());
  EXPECT_TRUE(ledger.Unchanged("t", fingerprint));
  EXPECT_FALSE(ledger.Unchanged("t", Hash128{1, 3}));
  std::filesystem::remove(ledger.Books("t")[1]);  // the PDF deleted by hand
  EXPECT_FALSE(ledger.Unchanged("t", fingerprint));
  WriteFileOrDie(ledger.Books("t")[1], "x");
  ledger.Forget("t");
  EXPECT_FALSE(ledger.Unchanged("t", fingerprint));
}

}  // namespace
}  // namespace galley
