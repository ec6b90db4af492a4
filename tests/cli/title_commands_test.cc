// The commands on the first title, as a user runs them: clean reproduces the committed
// manuscript, dump prints the model, build makes both books, and bad input fails cleanly.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::string kTitle = "content/kronstadt-21";
const std::string kMetadata = "title: T\nauthor: A\nlanguage: en-US\n";

// A title folder `name` in `dir` holding `files` (file name, then contents).
std::string TitleFolder(const TempDir& dir, const std::string& name,
                        const std::vector<std::pair<std::string, std::string>>& files) {
  std::string title = dir.File(name);
  std::filesystem::create_directories(title);
  for (const auto& [file, contents] : files) WriteFileOrDie(title + "/" + file, contents);
  return title;
}

TEST(CleanCommandTest, ReproducesCommittedManuscriptByteForByte) {
  TempDir dir;
  ProcessResult r = RunGalley({"clean", kTitle, "-o", dir.File("manuscript.md"), "--report",
                               dir.File("review.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string committed = ReadFileOrEmpty(kTitle + "/manuscript.md");
  ASSERT_FALSE(committed.empty());
  EXPECT_TRUE(ReadFileOrEmpty(dir.File("manuscript.md")) == committed)
      << "content/kronstadt-21/manuscript.md is not what `galley clean` makes from the "
         "committed inputs; run `galley clean content/kronstadt-21` and review the diff";
  std::string review = ReadFileOrEmpty(dir.File("review.txt"));
  // Every change cites its source line, e.g. the folio on line 111.
  EXPECT_THAT(review, HasSubstr("L111  - 6 -  →  <pb n=\"6\"/>"));
}

TEST(CleanCommandTest, CorrectionThatMatchesNothingFailsAndWritesNothing) {
  TempDir dir;
  std::string title =
      TitleFolder(dir, "pamphlet",
                  {{"source.ocr.txt", "Some text here.\n"},
                   {"metadata.txt", kMetadata},
                   {"corrections.tsv", "# fixes\nnot in the source\tx\ta reason\n"}});
  ProcessResult r = RunGalley({"clean", title});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("corrections.tsv:2:1"));
  EXPECT_FALSE(std::filesystem::exists(title + "/manuscript.md"));
}

// A clean Markdown source is taken as it is; a mistake in it is named at its line of source.md,
// and nothing is written.
TEST(CleanCommandTest, AMarkdownSourceIsCheckedAtItsOwnLines) {
  TempDir dir;
  std::string title =
      TitleFolder(dir, "songs", {{"metadata.txt", kMetadata},
                                 {"source.md", "# Songs\n\nA verse,\\\nits second line.\n"}});
  ProcessResult ok = RunGalley({"clean", title});
  ASSERT_EQ(ok.exit_code, 0) << ok.err;
  EXPECT_EQ(ReadFileOrEmpty(title + "/manuscript.md"),
            "---\ntitle: T\nauthor: A\nlanguage: en-US\n---\n\n# Songs\n\nA verse,\\\n"
            "its second line.\n");

  std::filesystem::remove(title + "/manuscript.md");
  WriteFileOrDie(title + "/source.md", "# Songs\n\nA note[^gone] that is missing.\n");
  ProcessResult bad = RunGalley({"clean", title});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.err, HasSubstr("source.md:3:"));
  EXPECT_FALSE(std::filesystem::exists(title + "/manuscript.md"));

  // An error that names a second place in source.md names it at its line there too.
  WriteFileOrDie(title + "/source.md", "# Songs\n\nA verse.\n\n### Too deep\n");
  ProcessResult deep = RunGalley({"clean", title});
  EXPECT_EQ(deep.exit_code, 1);
  EXPECT_THAT(deep.err, HasSubstr("source.md:5:1: error: a level-3 heading follows a level-1 "
                                  "heading (at " + title + "/source.md:1:1)"));
}

// A metadata value that metadata.txt's own check lets through but the manuscript's front matter
// refuses (a 27 KB language tag of well-formed subtags, over the limit of 256 characters) is named at its line
// and column of metadata.txt: the error named the file alone (issue 10).
TEST(CleanCommandTest, AFrontMatterErrorFromMetadataIsNamedAtItsValue) {
  TempDir dir;
  std::string tag = "en";
  while (tag.size() < 27000) tag += "-abcdefgh";
  std::string title =
      TitleFolder(dir, "songs",
                  {{"metadata.txt", "title: T\nauthor: A\n\nlanguage:  " + tag + "\n"},
                   {"source.md", "# Songs\n\nA verse.\n"}});
  ProcessResult r = RunGalley({"clean", title});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("metadata.txt:4:12: error:"));
  EXPECT_FALSE(std::filesystem::exists(title + "/manuscript.md"));
}

TEST(DumpCommandTest, PrintsTheModelAsJson) {
  ProcessResult r = RunGalley({"dump", kTitle + "/manuscript.md"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, StartsWith("{"));
  EXPECT_THAT(r.out, HasSubstr("\"Kronstadt 21\""));
  EXPECT_THAT(r.out, HasSubstr("\"page-marker\""));
  EXPECT_THAT(r.out, HasSubstr("\"colophon\""));
}

TEST(DumpCommandTest, BadManuscriptNamesFileLineAndColumn) {
  TempDir dir;
  WriteFileOrDie(dir.File("m.md"), "---\ntitle: T\nauthor: A\nlanguage: en\ncolour: red\n---\n\nText.\n");
  ProcessResult r = RunGalley({"dump", dir.File("m.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("m.md:5:1"));
  EXPECT_THAT(r.err, HasSubstr("colour"));
  EXPECT_TRUE(r.out.empty());
}

TEST(DumpCommandTest, NotUtf8IsAnInputError) {
  TempDir dir;
  WriteFileOrDie(dir.File("m.md"), "---\ntitle: T\nauthor: A\nlanguage: en\n---\n\nEmigr\xe9.\n");
  ProcessResult r = RunGalley({"dump", dir.File("m.md")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("m.md:7:6"));
  EXPECT_THAT(r.err, HasSubstr("UTF-8"));
}

TEST(BuildCommandTest, MakesBothBooks) {
  TempDir dir;
  ProcessResult r = RunGalley({"build", kTitle, "-o", dir.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(ReadFileOrEmpty(dir.File("kronstadt-21.epub")), StartsWith("PK"));
  EXPECT_THAT(ReadFileOrEmpty(dir.File("kronstadt-21.pdf")), StartsWith("%PDF-"));
  // The PDF's layout record, for galley proof.
  EXPECT_THAT(ReadFileOrEmpty(dir.File("kronstadt-21.lines.txt")),
              StartsWith("galley layout record 2"));
  EXPECT_THAT(r.err, HasSubstr("galley: wrote"));  // progress
}

// A press keeps its titles in a folder of its own: run from elsewhere, galley still finds its
// default template, stylesheet and fonts, and makes the same books.
TEST(BuildCommandTest, WorksFromAnotherFolderWithTheShippedTemplatesAndFonts) {
  TempDir dir;
  std::string title = galley::testing::SourceDir() + "/" + kTitle;
  ProcessResult r = RunGalley({"-q", "build", title, "-o", "."}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(ReadFileOrEmpty(dir.File("kronstadt-21.epub")), StartsWith("PK"));
  EXPECT_THAT(ReadFileOrEmpty(dir.File("kronstadt-21.pdf")), StartsWith("%PDF-"));
}

TEST(BuildCommandTest, QuietBuildSaysNothing) {
  TempDir dir;
  ProcessResult r = RunGalley({"--quiet", "build", kTitle, "-o", dir.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

TEST(BuildCommandTest, MissingOutputFolderIsAnErrorAndWritesNothing) {
  TempDir dir;
  ProcessResult r = RunGalley({"build", kTitle, "-o", dir.File("missing")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("does not exist"));
  EXPECT_FALSE(std::filesystem::exists(dir.File("missing")));
}

// A Gutenberg text often keeps its own contents list and notes under headings of those
// names; Galley's own contents page and endnotes must not clash with them (the PDF's named
// destinations were "defined twice" and no PDF was made).
TEST(BuildCommandTest, HeadingsNamedLikeGalleysOwnPagesDoNotClash) {
  TempDir dir;
  std::string title = TitleFolder(
      dir, "book",
      {{"manuscript.md",
        "---\ntitle: T\nauthor: A\nlanguage: en\ndate: 2024\n---\n\n"
        "# Contents\n\nChapter One.\n\n# Title Page\n\nT.\n\n"
        "# Chapter One\n\nText with a note.[^1]\n\n# Notes\n\nThe author's notes.\n\n"
        "[^1]: A note.\n"}});
  ProcessResult r = RunGalley({"-q", "build", title, "-o", dir.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(ReadFileOrEmpty(dir.File("book.pdf")), StartsWith("%PDF-"));
  EXPECT_THAT(ReadFileOrEmpty(dir.File("book.epub")), StartsWith("PK"));
  ProcessResult check = RunGalley({"check", dir.File("book.epub")});
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
}

// Cairo refuses text holding a noncharacter; the PDF stopped with "Cairo failed drawing page
// 5: input string not valid UTF-8" and no place (found by the pdf fuzzer). Both books refuse it
// where the manuscript has it, raw or as a character reference.
TEST(BuildCommandTest, ANoncharacterIsRefusedWhereItIs) {
  for (std::string text : {"urgent&#xFFFE;told me", "urgent\xEF\xBF\xBEtold me"}) {
    TempDir dir;
    std::string title = TitleFolder(
        dir, "book",
        {{"manuscript.md",
          "---\ntitle: T\nauthor: A\nlanguage: en\ndate: 2024\n---\n\n# One\n\n" + text + "\n"}});
    for (const char* command : {"pdf", "epub"}) {
      ProcessResult r = RunGalley({"-q", command, title, "-o", dir.File("out")});
      EXPECT_EQ(r.exit_code, 1) << command << ": " << r.err;
      EXPECT_THAT(r.err, HasSubstr("manuscript.md:10:")) << command;
      EXPECT_THAT(r.err, HasSubstr("noncharacter")) << command;
      EXPECT_FALSE(std::filesystem::exists(dir.File("out"))) << command;
    }
  }
}

TEST(BuildCommandTest, BrokenManuscriptLeavesPreviousBooksUntouched) {
  TempDir dir;
  std::string title = TitleFolder(
      dir, "book",
      {{"manuscript.md",
        "---\ntitle: T\nauthor: A\nlanguage: en\n---\n\n# One\n\n### Three\n\nText.\n"}});
  WriteFileOrDie(dir.File("book.epub"), "old epub");
  WriteFileOrDie(dir.File("book.pdf"), "old pdf");
  ProcessResult r = RunGalley({"build", title, "-o", dir.path()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("manuscript.md:9:1"));
  EXPECT_EQ(ReadFileOrEmpty(dir.File("book.epub")), "old epub");
  EXPECT_EQ(ReadFileOrEmpty(dir.File("book.pdf")), "old pdf");
}

}  // namespace
}  // namespace galley::testing
