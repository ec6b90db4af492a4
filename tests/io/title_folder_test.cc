#include "io/title_folder.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace galley {
namespace {

TEST(TitleFolderTest, FindsFilesByName) {
  TitleFolder title = LocateTitle("content/kronstadt-21/");
  EXPECT_EQ(title.dir, "content/kronstadt-21");
  EXPECT_EQ(title.slug, "kronstadt-21");
  EXPECT_EQ(title.source, "content/kronstadt-21/source.ocr.txt");
  EXPECT_EQ(title.manuscript, "content/kronstadt-21/manuscript.md");
}

TEST(TitleFolderTest, DotFoldersAreNamedAfterTheFolderTheyLeadTo) {
  std::string here = std::filesystem::current_path().filename().string();
  std::string parent = std::filesystem::current_path().parent_path().filename().string();
  EXPECT_EQ(LocateTitle(".").slug, here);
  EXPECT_EQ(LocateTitle("./").slug, here);
  EXPECT_EQ(LocateTitle("..").slug, parent);
  EXPECT_EQ(LocateTitle(".").manuscript, "./manuscript.md");
  EXPECT_EQ(LocateTitle("content/kronstadt-21/.").slug, "kronstadt-21");
  EXPECT_EQ(LocateTitle("content/kronstadt-21/notes/..").slug, "kronstadt-21");
  EXPECT_EQ(LocateTitleOrManuscript("../draft.md").slug, parent);
  EXPECT_EQ(LocateTitleOrManuscript("./pamphlet.md").slug, "pamphlet");
}

TEST(TitleFolderTest, ManuscriptArgumentNamesItsFolder) {
  TitleFolder title = LocateTitleOrManuscript("books/serge/draft.md");
  EXPECT_EQ(title.slug, "serge");
  EXPECT_EQ(title.manuscript, "books/serge/draft.md");
  EXPECT_EQ(title.print_template, "books/serge/print.template");
}

TEST(TitleFolderTest, ManuscriptInWorkingDirectoryNamesBooksAfterTheFile) {
  EXPECT_EQ(LocateTitleOrManuscript("pamphlet.md").slug, "pamphlet");
  EXPECT_EQ(LocateTitleOrManuscript("pamphlet.md").manuscript, "pamphlet.md");
}

TEST(TitleFolderTest, FolderArgumentIsATitle) {
  EXPECT_EQ(LocateTitleOrManuscript("content/kronstadt-21").manuscript,
            "content/kronstadt-21/manuscript.md");
}

}  // namespace
}  // namespace galley
