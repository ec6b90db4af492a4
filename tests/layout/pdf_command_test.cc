// `galley pdf` end to end, through the built binary: the golden layout record of Kronstadt 21,
// the quality report's promises, the bad-input contract (message with file:line, exit 1, the
// previous PDF untouched) and byte-identical output.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "layout/template_parameters.h"

namespace galley::layout {
namespace {

using ::testing::HasSubstr;

struct Outcome {
  int exit_code = -1;
  std::string out, err;
};

std::string Slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void Write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

class PdfCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("galley-pdf-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    ASSERT_TRUE(std::filesystem::exists(GALLEY_BINARY))
        << GALLEY_BINARY << " is not built: build the galley target first";
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Runs galley from the repository root with `args` (a shell-quoted string).
  Outcome Galley(const std::string& args, const std::string& env = "") {
    std::string command = "cd '" + std::string(GALLEY_SOURCE_DIR) + "' && " + env + " '" +
                          GALLEY_BINARY + "' " + args + " >'" + File("stdout") + "' 2>'" +
                          File("stderr") + "'";
    int status = std::system(command.c_str());
    return {WEXITSTATUS(status), Slurp(File("stdout")), Slurp(File("stderr"))};
  }
  std::string File(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

// The golden layout record: every line break of the pamphlet under the default template.
// A change here is a change to the book; review the diff, then regenerate deliberately with
//   build/galley -q pdf content/kronstadt-21 -o /tmp/k.pdf --record
//       tests/data/layout/kronstadt-21.lines.txt
// (one command; docs/layout-record.md).
TEST_F(PdfCommandTest, KronstadtLineBreaksMatchTheGoldenRecord) {
  Outcome run = Galley("-q pdf content/kronstadt-21 -o '" + File("k.pdf") + "' --record '" +
                   File("k.lines.txt") + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::string golden_path = std::string(GALLEY_TESTDATA_DIR) + "/layout/kronstadt-21.lines.txt";
  std::string golden = Slurp(golden_path);
  ASSERT_FALSE(golden.empty()) << golden_path << " is missing";
  std::string actual = Slurp(File("k.lines.txt"));
  if (actual != golden) {
    std::string diff = "diff -u '" + golden_path + "' '" + File("k.lines.txt") + "' > '" +
                       File("diff") + "'";
    (void)std::system(diff.c_str());
    FAIL() << "the line breaks changed; review the diff and regenerate the golden file "
              "(docs/layout-record.md):\n"
           << Slurp(File("diff"));
  }
}

TEST_F(PdfCommandTest, TheReportOnThePamphletKeepsIssueFoursPromises) {
  Outcome run = Galley("-q pdf content/kronstadt-21 -o '" + File("k.pdf") + "' --report");
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

TEST_F(PdfCommandTest, ABadTemplateIsReportedWithItsLineAndThePreviousPdfIsKept) {
  Write(File("k.pdf"), "previous PDF");
  Write(File("bad.template"), "font.size = 10pt\nmargin.iner = 18mm\n");
  Outcome run = Galley("pdf content/kronstadt-21 -o '" + File("k.pdf") + "' --template '" +
                   File("bad.template") + "'");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(File("bad.template") + ":2:1: error: unknown template key"));
  EXPECT_THAT(run.err, HasSubstr("did you mean 'margin.inner'"));
  EXPECT_EQ(Slurp(File("k.pdf")), "previous PDF");
}

TEST_F(PdfCommandTest, ImpossibleGeometryAndMissingFontsAreErrors) {
  Write(File("k.pdf"), "previous PDF");
  Write(File("wide.template"),
        "font.regular = " + std::string(GALLEY_SOURCE_DIR) + "/fonts/EBGaramond12-Regular.otf\n"
        "margin.inner = 80mm\nmargin.outer = 80mm\n");
  Outcome wide = Galley("pdf content/kronstadt-21 -o '" + File("k.pdf") + "' --template '" +
                    File("wide.template") + "'");
  EXPECT_EQ(wide.exit_code, 1);
  EXPECT_THAT(wide.err, HasSubstr("wide.template:3:16: error: the margins"));

  Write(File("font.template"), "font.size = 10pt\nfont.regular = nowhere/Garamond.otf\n");
  Outcome font = Galley("pdf content/kronstadt-21 -o '" + File("k.pdf") + "' --template '" +
                    File("font.template") + "'");
  EXPECT_EQ(font.exit_code, 1);
  EXPECT_THAT(font.err, HasSubstr("font.template:2:16: error: font file"));
  EXPECT_EQ(Slurp(File("k.pdf")), "previous PDF");
}

// The layout record, for galley proof, goes beside the PDF unless asked elsewhere or not at all;
// it is the record --record writes.
TEST_F(PdfCommandTest, TheLayoutRecordIsWrittenBesideThePdf) {
  ASSERT_EQ(Galley("-q pdf content/kronstadt-21 -o '" + File("k.pdf") + "'").exit_code, 0);
  ASSERT_TRUE(std::filesystem::exists(File("k.lines.txt")));
  ASSERT_EQ(Galley("-q pdf content/kronstadt-21 -o '" + File("other.pdf") + "' --record '" +
                   File("asked.lines.txt") + "'")
                .exit_code,
            0);
  EXPECT_EQ(Slurp(File("k.lines.txt")), Slurp(File("asked.lines.txt")));
  EXPECT_FALSE(std::filesystem::exists(File("other.lines.txt")));
  ASSERT_EQ(Galley("-q pdf content/kronstadt-21 -o '" + File("none.pdf") + "' --no-record").exit_code,
            0);
  EXPECT_FALSE(std::filesystem::exists(File("none.lines.txt")));
  EXPECT_EQ(Galley("pdf content/kronstadt-21 -o '" + File("x.pdf") + "' --no-record --record '" +
                   File("x.txt") + "'")
                .exit_code,
            2);
}

TEST_F(PdfCommandTest, UsageErrorsExitWithTwo) {
  EXPECT_EQ(Galley("pdf content/kronstadt-21 --bleed 3").exit_code, 2);
  EXPECT_EQ(Galley("pdf content/kronstadt-21 --impose poster").exit_code, 2);
  EXPECT_EQ(Galley("pdf").exit_code, 2);
}

TEST_F(PdfCommandTest, HelpTemplateListsEveryKey) {
  Outcome run = Galley("pdf --help-template");
  ASSERT_EQ(run.exit_code, 0);
  for (const TemplateParameter& parameter : TemplateParameters()) {
    EXPECT_THAT(run.out, HasSubstr("  " + parameter.key + " = ")) << parameter.key;
  }
}

TEST_F(PdfCommandTest, TheSameInputsGiveTheSameBytes) {
  for (std::string env : {"", "SOURCE_DATE_EPOCH=1700000000"}) {
    ASSERT_EQ(Galley("-q pdf content/kronstadt-21 -o '" + File("a.pdf") + "'", env).exit_code, 0);
    ASSERT_EQ(Galley("-q pdf content/kronstadt-21 -o '" + File("b.pdf") + "'", env).exit_code, 0);
    std::string a = Slurp(File("a.pdf")), b = Slurp(File("b.pdf"));
    EXPECT_GT(a.size(), 10000u);
    EXPECT_TRUE(a == b) << "two runs differ (" << env << ")";
  }
  std::string dated = Slurp(File("a.pdf"));
  EXPECT_THAT(dated, HasSubstr("20231114221320"));  // the creation date, from the epoch
}

TEST_F(PdfCommandTest, TheTypescriptTemplateMakesABook) {
  Outcome run = Galley("-q pdf content/kronstadt-21 -o '" + File("t.pdf") +
                   "' --template templates/print/typescript.template --report");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("galley quality report: Kronstadt 21"));
  EXPECT_GT(Slurp(File("t.pdf")).size(), 10000u);
}

}  // namespace
}  // namespace galley::layout
