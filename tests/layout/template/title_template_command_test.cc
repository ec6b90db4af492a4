// A title's own print.template through the built galley: a one-line template builds, a template
// in another folder that it extends brings its own font, and a bad `extends` stops the build at
// its line with nothing written (docs/templates.md, "Starting from another template").
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::layout {
namespace {

using ::testing::HasSubstr;
using testing::ReadFileOrEmpty;
using testing::WriteFileOrDie;

class TitleTemplateCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(galley::testing::GalleyBinary()))
        << galley::testing::GalleyBinary() << " is not built: build the galley target first";
    std::filesystem::create_directories(Title(""));
    std::string source = galley::testing::SourceDir() + "/content/kronstadt-21/";
    for (const char* name : {"manuscript.md", "metadata.txt"}) {
      WriteFileOrDie(Title(name), ReadFileOrEmpty(source + name));
    }
  }

  std::string Title(const std::string& name) const { return dir_.File("book/" + name); }

  // `galley pdf` on the copied title, run from the repository root.
  testing::ProcessResult Pdf() {
    return testing::RunGalley({"-q", "pdf", Title(""), "-o", dir_.File("book.pdf")});
  }

  testing::TempDir dir_;
};

TEST_F(TitleTemplateCommandTest, AOneLineTemplateBuilds) {
  WriteFileOrDie(Title("print.template"), "font.size = 11pt\n");
  testing::ProcessResult run = Pdf();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_GT(ReadFileOrEmpty(dir_.File("book.pdf")).size(), 10000u);
  // The record keeps the size the title set and the default's other keys.
  std::string record = ReadFileOrEmpty(dir_.File("book.lines.txt"));
  EXPECT_THAT(record, HasSubstr("setting font.size | 11pt\n"));
  EXPECT_THAT(record, HasSubstr("setting font.regular | EBGaramond12-Regular.otf\n"));
}

TEST_F(TitleTemplateCommandTest, AnExtendedTemplateFindsItsFontBesideItself) {
  std::filesystem::create_directories(dir_.File("press/faces"));
  std::string garamond = galley::testing::SourceDir() + "/fonts/EBGaramond12-Italic.otf";
  WriteFileOrDie(dir_.File("press/faces/House-Roman.otf"), ReadFileOrEmpty(garamond));
  WriteFileOrDie(dir_.File("press/house.template"),
                 "font.regular = faces/House-Roman.otf\nfolio.format = \"[{}]\"\n");
  WriteFileOrDie(Title("print.template"), "extends = ../press/house.template\nfont.size = 9pt\n");
  testing::ProcessResult run = Pdf();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string record = ReadFileOrEmpty(dir_.File("book.lines.txt"));
  EXPECT_THAT(record, HasSubstr("setting font.regular | House-Roman.otf\n"));
  EXPECT_THAT(record, HasSubstr("setting folio.format | [{}]\n"));
  EXPECT_THAT(record, HasSubstr("setting font.size | 9pt\n"));
}

TEST_F(TitleTemplateCommandTest, AMissingParentStopsTheBuildAtItsLine) {
  WriteFileOrDie(Title("print.template"), "font.size = 11pt\nextends = house.template\n");
  testing::ProcessResult run = Pdf();
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(Title("print.template") + ":2:11: error: template "));
  EXPECT_THAT(run.err, HasSubstr("house.template does not exist"));
  EXPECT_FALSE(std::filesystem::exists(dir_.File("book.pdf")));
}

TEST_F(TitleTemplateCommandTest, ACycleStopsTheBuildAtTheLineThatClosesIt) {
  WriteFileOrDie(dir_.File("other.template"), "# back again\nextends = book/print.template\n");
  WriteFileOrDie(Title("print.template"), "extends = ../other.template\n");
  testing::ProcessResult run = Pdf();
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(dir_.File("other.template") + ":2:11: error: extends "));
  EXPECT_FALSE(std::filesystem::exists(dir_.File("book.pdf")));
}

}  // namespace
}  // namespace galley::layout
