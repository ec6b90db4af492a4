// `galley proof` end to end, through the built binary, on real records: Kronstadt 21 typeset
// with the built galley before and after a one-word correction of its manuscript, and before
// and after a change to the template's type size; then the exit-code contract (0, 1, 2, 3) and
// the report written whole or not at all.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <vector>

#include "proof/proof_command_fixture.h"
#include "support/galley_process.h"
#include "support/test_paths.h"

namespace galley::proof {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

using Outcome = galley::testing::ProcessResult;
using galley::testing::ReadFileOrEmpty;
using galley::testing::WriteFileOrDie;

class ProofCommandTest : public ProofCommandFixture {
 protected:
  // Typesets `title` (a folder) and writes its layout record to `record`.
  void Record(const std::string& title, const std::string& record,
              const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args = {"-q", "pdf", title, "-o", File("book.pdf"), "--record", record};
    args.insert(args.end(), extra.begin(), extra.end());
    Outcome run = Galley(args);
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
};

TEST_F(ProofCommandTest, AOneWordCorrectionIsReportedAtItsManuscriptLine) {
  ASSERT_NO_FATAL_FAILURE(Record("content/kronstadt-21", File("before.lines.txt")));
  std::string edited = EditedPamphlet("had taken power three and a half years earlier",
                                      "had seized power three and a half years earlier");
  ASSERT_NO_FATAL_FAILURE(Record(edited, File("after.lines.txt")));

  Outcome run = Galley({"proof", File("before.lines.txt"), File("after.lines.txt"), "--html",
                        File("report.html")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // The paragraph on manuscript line 34 changed, with its word diff; nothing was added or
  // removed, and no other paragraph's text changed.
  EXPECT_THAT(run.out, HasSubstr("paragraphs   1 text changed, 0 added, 0 removed"));
  EXPECT_THAT(run.out, HasSubstr("\ntext changed\n  line 34 p, page 7"));
  EXPECT_THAT(run.out, HasSubstr("had [-taken-] {+seized+} power"));
  std::string html = ReadFileOrEmpty(File("report.html"));
  EXPECT_THAT(html, HasSubstr("text changed: line 34 p, page 7"));
  EXPECT_THAT(html, HasSubstr("<del>taken</del> <ins>seized</ins>"));

  Outcome failing = Galley(
      {"proof", "--fail-on-change", File("before.lines.txt"), File("after.lines.txt")});
  EXPECT_EQ(failing.exit_code, 3) << failing.err;
  EXPECT_EQ(failing.out, run.out);
}

// The everyday form: the record `galley pdf` left beside the last PDF against the title as it
// is now, typeset in memory — the same findings, and nothing written.
TEST_F(ProofCommandTest, ATitleIsTypesetNowAndNothingIsWritten) {
  Outcome pdf = Galley({"-q", "pdf", "content/kronstadt-21", "-o", File("kronstadt-21.pdf")});
  ASSERT_EQ(pdf.exit_code, 0) << pdf.err;
  ASSERT_TRUE(std::filesystem::exists(File("kronstadt-21.lines.txt")))
      << "galley pdf writes its layout record beside the PDF";
  std::string edited = EditedPamphlet("had taken power three and a half years earlier",
                                      "had seized power three and a half years earlier");
  auto listing = [&] {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_.path())) {
      names.push_back(entry.path().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  std::vector<std::string> before_files = listing();

  Outcome run = Galley({"proof", File("kronstadt-21.lines.txt"), edited});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("after:  " + edited + ", typeset now (20 pages"));
  EXPECT_THAT(run.out, HasSubstr("paragraphs   1 text changed, 0 added, 0 removed"));
  EXPECT_THAT(run.out, HasSubstr("had [-taken-] {+seized+} power"));
  EXPECT_EQ(listing(), before_files) << "proof writes nothing but its report";

  Outcome unchanged =
      Galley({"proof", "--fail-on-change", File("kronstadt-21.lines.txt"), "content/kronstadt-21"});
  EXPECT_EQ(unchanged.exit_code, 0) << unchanged.out << unchanged.err;
  EXPECT_THAT(unchanged.out, HasSubstr("no changes"));
}

TEST_F(ProofCommandTest, ALargerTypeSizeReBreaksTheBookButChangesNoText) {
  ASSERT_NO_FATAL_FAILURE(Record("content/kronstadt-21", File("before.lines.txt")));
  // One line over the default template (which it starts from, fonts and all): 10.5 pt type.
  WriteFileOrDie(File("larger.template"), "font.size = 10.5pt\n");
  ASSERT_NO_FATAL_FAILURE(Record("content/kronstadt-21", File("after.lines.txt"),
                                 {"--template", File("larger.template")}));

  Outcome run = Galley(
      {"proof", "--fail-on-change", File("before.lines.txt"), File("after.lines.txt")});
  EXPECT_EQ(run.exit_code, 3) << run.err;
  EXPECT_THAT(run.out, HasSubstr("paragraphs   0 text changed, 0 added, 0 removed, "));
  EXPECT_THAT(run.out, HasSubstr("\nre-broken\n  line "));
  EXPECT_THAT(run.out, HasSubstr("\npages\n  page "));
  EXPECT_THAT(run.out, HasSubstr("now begins"));
}

TEST_F(ProofCommandTest, TheSameRecordTwiceHasNoChangesAndExitsZero) {
  ASSERT_NO_FATAL_FAILURE(Record("content/kronstadt-21", File("a.lines.txt")));
  Outcome run = Galley({"proof", "--fail-on-change", File("a.lines.txt"), File("a.lines.txt")});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("no changes"));
}

TEST_F(ProofCommandTest, AMalformedRecordExitsOneNamingItsLineAndColumn) {
  // The golden record with its first text line's flags field (the sixth, after `line ROLE
  // LEVEL PARAGRAPH INDEX`) beginning with a flag that does not exist.
  std::string golden = galley::testing::TestDataDir() + "/layout/kronstadt-21.lines.txt";
  std::istringstream lines(ReadFileOrEmpty(golden));
  std::string bad, line;
  int number = 0, broken = 0;
  size_t column = 0;
  while (std::getline(lines, line)) {
    ++number;
    if (broken == 0 && line.starts_with("line ")) {
      size_t at = 0;
      for (int field = 0; field < 5; ++field) at = line.find(' ', at) + 1;
      line[at] = 'k';
      column = at + 1;
      broken = number;
    }
    bad += line + "\n";
  }
  ASSERT_GT(broken, 0) << golden << " has no typeset line";
  WriteFileOrDie(File("bad.lines.txt"), bad);
  WriteFileOrDie(File("report.html"), "previous report");
  Outcome run = Galley({"proof", golden, File("bad.lines.txt"), "--html", File("report.html")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(File("bad.lines.txt") + ":" + std::to_string(broken) + ":" +
                                 std::to_string(column) + ": error: this layout record is "
                                 "malformed: line flags"));
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(ReadFileOrEmpty(File("report.html")), "previous report");
}

TEST_F(ProofCommandTest, AMissingRecordExitsOne) {
  Outcome run = Galley({"proof", File("none.lines.txt"), File("none.lines.txt")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(File("none.lines.txt")));
}

TEST_F(ProofCommandTest, AReportThatCannotBeWrittenExitsOne) {
  std::string golden = galley::testing::TestDataDir() + "/layout/kronstadt-21.lines.txt";
  Outcome run = Galley({"proof", golden, golden, "--html", File("no-such-dir/report.html")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no-such-dir"));
  EXPECT_FALSE(std::filesystem::exists(File("no-such-dir")));
}

TEST_F(ProofCommandTest, AMissingArgumentIsAUsageError) {
  Outcome run = Galley({"proof", "only-one.lines.txt"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, Not(HasSubstr("error: this is not")));
}

TEST_F(ProofCommandTest, HelpDocumentsTheExitCodes) {
  Outcome run = Galley({"proof", "--help"});
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_THAT(run.out, HasSubstr("  3  the books differ and --fail-on-change was given"));
  EXPECT_THAT(run.out, HasSubstr("--fail-on-change"));
  EXPECT_THAT(run.out, HasSubstr("--html"));
}

}  // namespace
}  // namespace galley::proof
