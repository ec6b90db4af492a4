// `galley pdf` end to end, through the built binary: the quality report's promises on Kronstadt
// 21, the bad-input contract (message with file:line, exit 1, the previous PDF untouched) and
// byte-identical output. Every title's golden layout record is title_records_test.cc's.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <vector>

#include "layout/template/template_parameters.h"
#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

using Outcome = testing::ProcessResult;
using testing::ReadFileOrEmpty;
using testing::WriteFileOrDie;

class PdfCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(std::filesystem::exists(galley::testing::GalleyBinary()))
        << galley::testing::GalleyBinary() << " is not built: build the galley target first";
  }

  // Runs galley from the repository root.
  Outcome Galley(const std::vector<std::string>& args, const std::vector<std::string>& env = {}) {
    return testing::RunGalley(args, "", env);
  }
  std::string File(const std::string& name) const { return dir_.File(name); }

  testing::TempDir dir_;
};

TEST_F(PdfCommandTest, TheReportOnThePamphletKeepsIssueFoursPromises) {
  Outcome run = Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("k.pdf"), "--report"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  bool found = false;
  while (std::getline(lines, line)) {
    std::istringstream fields(line);
    std::string label;
    int count, hyphenated, run_length, overfull, underfull, widows, orphans;
    double min, mean, max;
    fields >> label;
    if (label != "total") continue;
    found = true;
    fields >> count >> hyphenated >> run_length >> min >> mean >> max >> overfull >> underfull >>
        widows >> orphans;
    EXPECT_GT(count, 300);
    EXPECT_EQ(overfull, 0);
    EXPECT_EQ(widows, 0);
    EXPECT_EQ(orphans, 0);
    EXPECT_LE(run_length, 2);
  }
  EXPECT_TRUE(found) << run.out;
}

// With --report the finished pages wait in the temporary file like a plain run's (the report
// is measured as they are read back), rather than all in memory: a TMPDIR that cannot take
// them stops the run there too, naming the folder.
TEST_F(PdfCommandTest, TheReportKeepsPagesInTheTemporaryFolderToo) {
  std::string missing = File("no-such-folder");
  for (bool report : {false, true}) {
    std::vector<std::string> args = {"-q", "pdf", "content/kronstadt-21", "-o", File("k.pdf")};
    if (report) args.push_back("--report");
    Outcome run = Galley(args, {"TMPDIR=" + missing});
    EXPECT_EQ(run.exit_code, 1) << (report ? "--report: " : "") << run.err;
    EXPECT_THAT(run.err, HasSubstr(missing)) << (report ? "--report" : "");
  }
  EXPECT_FALSE(std::filesystem::exists(File("k.pdf")));
}

// Strong emphasis in the default template sets any Latin text: EB Garamond's own bold has ASCII
// alone, and a German book's bold "Übermut" stopped the build ("no glyph for 'Ü'").
TEST_F(PdfCommandTest, BoldTextBeyondAsciiSetsInTheDefaultTemplate) {
  WriteFileOrDie(File("book.md"),
                 "---\ntitle: Fett\nauthor: A. Autorin\nlanguage: de\ndate: 2024-01-01\n---\n\n"
                 "# Kapitel\n\nEin Satz mit **Übermut**, **„naïveté“ – œuvre…** und mehr.\n");
  Outcome run = Galley({"-q", "pdf", File("book.md"), "-o", File("b.pdf"), "--no-record"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string command = "pdftotext " + File("b.pdf") + " " + File("b.txt");
  ASSERT_EQ(std::system(command.c_str()), 0);
  std::string text = ReadFileOrEmpty(File("b.txt"));
  EXPECT_THAT(text, HasSubstr("Übermut"));
  EXPECT_THAT(text, HasSubstr("naïveté"));
  std::string fonts = "pdffonts " + File("b.pdf") + " > " + File("fonts.txt");
  ASSERT_EQ(std::system(fonts.c_str()), 0);
  EXPECT_THAT(ReadFileOrEmpty(File("fonts.txt")), HasSubstr("Junicode"));
}

TEST_F(PdfCommandTest, ABadTemplateIsReportedWithItsLineAndThePreviousPdfIsKept) {
  WriteFileOrDie(File("k.pdf"), "previous PDF");
  WriteFileOrDie(File("bad.template"), "font.size = 10pt\nmargin.iner = 18mm\n");
  Outcome run = Galley({"pdf", "content/kronstadt-21", "-o", File("k.pdf"), "--template",
                        File("bad.template")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(File("bad.template") + ":2:1: error: unknown template key"));
  EXPECT_THAT(run.err, HasSubstr("did you mean 'margin.inner'"));
  EXPECT_EQ(ReadFileOrEmpty(File("k.pdf")), "previous PDF");
}

TEST_F(PdfCommandTest, ImpossibleGeometryAndMissingFontsAreErrors) {
  WriteFileOrDie(File("k.pdf"), "previous PDF");
  WriteFileOrDie(File("wide.template"),
        "font.regular = " + galley::testing::SourceDir() + "/fonts/EBGaramond12-Regular.otf\n"
        "margin.inner = 80mm\nmargin.outer = 80mm\n");
  Outcome wide = Galley({"pdf", "content/kronstadt-21", "-o", File("k.pdf"), "--template",
                         File("wide.template")});
  EXPECT_EQ(wide.exit_code, 1);
  EXPECT_THAT(wide.err, HasSubstr("wide.template:3:16: error: the margins"));

  WriteFileOrDie(File("font.template"), "font.size = 10pt\nfont.regular = nowhere/Garamond.otf\n");
  Outcome font = Galley({"pdf", "content/kronstadt-21", "-o", File("k.pdf"), "--template",
                         File("font.template")});
  EXPECT_EQ(font.exit_code, 1);
  EXPECT_THAT(font.err, HasSubstr("font.template:2:16: error: font file"));
  EXPECT_EQ(ReadFileOrEmpty(File("k.pdf")), "previous PDF");
}

// The layout record, for galley proof, goes beside the PDF unless asked elsewhere or not at all;
// it is the record --record writes.
TEST_F(PdfCommandTest, TheLayoutRecordIsWrittenBesideThePdf) {
  ASSERT_EQ(Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("k.pdf")}).exit_code, 0);
  ASSERT_TRUE(std::filesystem::exists(File("k.lines.txt")));
  ASSERT_EQ(Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("other.pdf"), "--record",
                    File("asked.lines.txt")})
                .exit_code,
            0);
  EXPECT_EQ(ReadFileOrEmpty(File("k.lines.txt")), ReadFileOrEmpty(File("asked.lines.txt")));
  EXPECT_FALSE(std::filesystem::exists(File("other.lines.txt")));
  ASSERT_EQ(Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("none.pdf"), "--no-record"}).exit_code,
            0);
  EXPECT_FALSE(std::filesystem::exists(File("none.lines.txt")));
  EXPECT_EQ(Galley({"pdf", "content/kronstadt-21", "-o", File("x.pdf"), "--no-record", "--record",
                    File("x.txt")})
                .exit_code,
            2);
}

TEST_F(PdfCommandTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Galley({"pdf", "content/kronstadt-21", "--bleed", "3"}).exit_code, 2);
  EXPECT_EQ(Galley({"pdf", "content/kronstadt-21", "--impose", "poster"}).exit_code, 2);
  EXPECT_EQ(Galley({"pdf"}).exit_code, 2);
}

TEST_F(PdfCommandTest, HelpTemplateListsEveryKey) {
  Outcome run = Galley({"pdf", "--help-template"});
  ASSERT_EQ(run.exit_code, 0);
  for (const TemplateParameter& parameter : TemplateParameters()) {
    EXPECT_THAT(run.out, HasSubstr("  " + parameter.key + " = ")) << parameter.key;
  }
}

TEST_F(PdfCommandTest, TheSameInputsGiveTheSameBytes) {
  for (std::vector<std::string> env :
       {std::vector<std::string>{}, std::vector<std::string>{"SOURCE_DATE_EPOCH=1700000000"}}) {
    ASSERT_EQ(Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("a.pdf")}, env).exit_code, 0);
    ASSERT_EQ(Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("b.pdf")}, env).exit_code, 0);
    std::string a = ReadFileOrEmpty(File("a.pdf")), b = ReadFileOrEmpty(File("b.pdf"));
    EXPECT_GT(a.size(), 10000u);
    EXPECT_TRUE(a == b) << "two runs differ (" << (env.empty() ? "" : env[0]) << ")";
  }
  std::string dated = ReadFileOrEmpty(File("a.pdf"));
  EXPECT_THAT(dated, HasSubstr("20231114221320"));  // the creation date, from the epoch
}

TEST_F(PdfCommandTest, TheTypescriptTemplateMakesABook) {
  Outcome run = Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("t.pdf"), "--template",
                        "templates/print/typescript.template", "--report"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("galley quality report: Kronstadt 21"));
  EXPECT_GT(ReadFileOrEmpty(File("t.pdf")).size(), 10000u);
}

}  // namespace
}  // namespace galley::layout
