// Inputs stay inside the title (issue 10, item 6), as a user meets them: a source linked to a
// file outside the title is refused with the link named and what to do, --allow-outside reads it,
// and a template's font outside its folder, Galley's fonts and the system's font folders is
// refused at the template's line.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>

#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::testing {
namespace {

using ::testing::HasSubstr;

const std::string kMetadata = "title: T\nauthor: A\nlanguage: en-US\n";
const std::string kManuscript =
    "---\ntitle: T\nauthor: A\nlanguage: en\ndate: 2020-01-01\n---\n\n# One\n\nSome text.\n";
const std::string kShippedFonts = galley::testing::SourceDir() + "/fonts/";
const std::string kShippedFont = kShippedFonts + "EBGaramond12-Regular.otf";

// A template setting the regular face to `regular` and the others to Galley's own.
std::string TemplateWithRegularFont(const std::string& regular) {
  return "font.regular = " + regular + "\nfont.italic = " + kShippedFonts +
         "EBGaramond12-Italic.otf\nfont.bold = " + kShippedFonts + "EBGaramond12-Bold.otf\n";
}

// The bug: a symlinked source.ocr.txt → /etc/passwd was cleaned into the manuscript.
TEST(InputsInsideTitleTest, ASourceLinkedOutsideTheTitleIsRefused) {
  TempDir dir;
  std::string title = dir.File("pamphlet");
  std::filesystem::create_directories(title);
  WriteFileOrDie(title + "/metadata.txt", kMetadata);
  std::filesystem::create_symlink("/etc/passwd", title + "/source.ocr.txt");
  ProcessResult r = RunGalley({"clean", title});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("source.ocr.txt"));
  EXPECT_THAT(r.err, HasSubstr("/etc/passwd"));
  EXPECT_THAT(r.err, HasSubstr("--allow-outside"));
  EXPECT_FALSE(std::filesystem::exists(title + "/manuscript.md"));
}

TEST(InputsInsideTitleTest, AllowOutsideReadsTheLinkedSource) {
  TempDir dir;
  std::string title = dir.File("pamphlet");
  std::filesystem::create_directories(title);
  WriteFileOrDie(title + "/metadata.txt", kMetadata);
  WriteFileOrDie(dir.File("typed.txt"), "Some text typed elsewhere.\n");
  std::filesystem::create_symlink(dir.File("typed.txt"), title + "/source.ocr.txt");
  ProcessResult r = RunGalley({"clean", title, "--allow-outside"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(ReadFileOrEmpty(title + "/manuscript.md"), HasSubstr("typed elsewhere"));
}

TEST(InputsInsideTitleTest, AManuscriptLinkedOutsideTheTitleIsRefusedByPdf) {
  TempDir dir;
  std::string title = dir.File("book");
  std::filesystem::create_directories(title);
  std::filesystem::create_directories(dir.File("elsewhere"));
  WriteFileOrDie(dir.File("elsewhere/manuscript.md"), kManuscript);
  std::filesystem::create_symlink(dir.File("elsewhere/manuscript.md"), title + "/manuscript.md");
  ProcessResult r = RunGalley({"pdf", title, "-o", dir.File("book.pdf")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("manuscript.md"));
  EXPECT_THAT(r.err, HasSubstr("--allow-outside"));
  EXPECT_FALSE(std::filesystem::exists(dir.File("book.pdf")));
}

TEST(InputsInsideTitleTest, ALinkWithinTheTitleIsFine) {
  TempDir dir;
  std::string title = dir.File("book");
  std::filesystem::create_directories(title + "/drafts");
  WriteFileOrDie(title + "/drafts/v2.md", kManuscript);
  std::filesystem::create_symlink("drafts/v2.md", title + "/manuscript.md");
  ProcessResult r = RunGalley({"-q", "epub", title, "-o", dir.File("book.epub")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

// Any font on the system could be named by an absolute path and embedded in the PDF.
TEST(InputsInsideTitleTest, AFontOutsideTheTemplatesFolderIsRefused) {
  TempDir dir;
  TempDir fonts;  // under the system's temporary folder, like /tmp/x.otf
  std::filesystem::copy_file(kShippedFont, fonts.File("x.otf"));
  std::string title = dir.File("book");
  std::filesystem::create_directories(title);
  WriteFileOrDie(title + "/manuscript.md", kManuscript);
  WriteFileOrDie(title + "/print.template", TemplateWithRegularFont(fonts.File("x.otf")));
  ProcessResult r = RunGalley({"pdf", title, "-o", dir.File("book.pdf")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("print.template:1"));
  EXPECT_THAT(r.err, HasSubstr(fonts.File("x.otf")));
  EXPECT_THAT(r.err, HasSubstr("--allow-outside"));
  EXPECT_FALSE(std::filesystem::exists(dir.File("book.pdf")));

  ProcessResult allowed =
      RunGalley({"-q", "pdf", title, "-o", dir.File("book.pdf"), "--allow-outside"});
  EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
}

TEST(InputsInsideTitleTest, AFontBesideTheTemplateIsFine) {
  TempDir dir;
  std::string title = dir.File("book");
  std::filesystem::create_directories(title + "/fonts");
  std::filesystem::copy_file(kShippedFont, title + "/fonts/body.otf");
  WriteFileOrDie(title + "/manuscript.md", kManuscript);
  WriteFileOrDie(title + "/print.template", TemplateWithRegularFont("fonts/body.otf"));
  ProcessResult r = RunGalley({"-q", "pdf", title, "-o", dir.File("book.pdf")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace galley::testing
