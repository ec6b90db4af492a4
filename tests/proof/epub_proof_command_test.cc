// `galley proof` on EPUBs, end to end through the built binary: Kronstadt 21's EPUB before and
// after a one-word correction (the chapter and the word are named), an identical rebuild (no
// changes, exit 0), a title against its last EPUB (made in memory, nothing written), and the
// errors for what is neither a layout record, a title nor an EPUB.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
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

constexpr const char* kTitle = "content/kronstadt-21";
constexpr const char* kOriginal = "had taken power three and a half years earlier";
constexpr const char* kCorrected = "had seized power three and a half years earlier";

class EpubProofCommandTest : public ProofCommandFixture {
 protected:
  // Makes the EPUB of `title` at `epub`.
  void Epub(const std::string& title, const std::string& epub) {
    Outcome run = Galley({"-q", "epub", title, "-o", epub, "--no-cache"});
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }

  // A copy of Kronstadt 21's title folder with the one-word correction in its manuscript.
  std::string CorrectedPamphlet() { return EditedPamphlet(kOriginal, kCorrected); }

  std::vector<std::string> Listing() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir_.path())) {
      names.push_back(entry.path().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }
};

TEST_F(EpubProofCommandTest, AOneWordCorrectionNamesTheChapterAndTheWord) {
  ASSERT_NO_FATAL_FAILURE(Epub(kTitle, File("a.epub")));
  ASSERT_NO_FATAL_FAILURE(Epub(CorrectedPamphlet(), File("b.epub")));

  Outcome run = Galley({"proof", File("a.epub"), File("b.epub")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("documents    1 text changed, 0 markup changed, 0 added, 0 removed"));
  EXPECT_THAT(run.out, HasSubstr("\ntext changed\n  Introduction (EPUB/text/introduction.xhtml), 1 change\n"));
  EXPECT_THAT(run.out, HasSubstr("had [-taken-] {+seized+} power"));
  EXPECT_THAT(run.out, HasSubstr("\nchanged: 1 document's text.\n"));

  Outcome failing = Galley({"proof", "--fail-on-change", File("a.epub"), File("b.epub")});
  EXPECT_EQ(failing.exit_code, 3) << failing.err;
  EXPECT_EQ(failing.out, run.out);
}

TEST_F(EpubProofCommandTest, AnIdenticalRebuildHasNoChangesAndExitsZero) {
  ASSERT_NO_FATAL_FAILURE(Epub(kTitle, File("a.epub")));
  ASSERT_NO_FATAL_FAILURE(Epub(kTitle, File("again.epub")));
  Outcome run = Galley({"proof", "--fail-on-change", File("a.epub"), File("again.epub")});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_THAT(run.out, HasSubstr("\nno changes: every file of the EPUB is as before.\n"));
}

// The everyday form: the EPUB of the last build against the title as it is now, its EPUB made
// in memory — the same findings, and nothing written.
TEST_F(EpubProofCommandTest, ATitleAgainstItsLastEpubIsMadeInMemory) {
  ASSERT_NO_FATAL_FAILURE(Epub(kTitle, File("a.epub")));
  std::string corrected = CorrectedPamphlet();
  std::vector<std::string> before = Listing();

  Outcome run = Galley({"proof", "--fail-on-change", File("a.epub"), corrected});
  EXPECT_EQ(run.exit_code, 3) << run.err;
  // cover, title page, imprint, introduction, biography, text, colophon
  EXPECT_THAT(run.out, HasSubstr("after:  " + corrected + ", made now (7 content documents)"));
  EXPECT_THAT(run.out, HasSubstr("had [-taken-] {+seized+} power"));
  EXPECT_EQ(Listing(), before) << "proof writes nothing";

  Outcome unchanged = Galley({"proof", "--fail-on-change", kTitle, File("a.epub")});
  EXPECT_EQ(unchanged.exit_code, 0) << unchanged.out << unchanged.err;
  EXPECT_THAT(unchanged.out, HasSubstr("no changes"));
}

// Until EPUBs were recognised, a PDF or an EPUB given to proof was read as a record: binary
// bytes on the terminal and a hint to save the file as UTF-8 text.
TEST_F(EpubProofCommandTest, APdfIsNeitherARecordATitleNorAnEpub) {
  WriteFileOrDie(File("book.pdf"), std::string("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\0\0", 26));
  Outcome run = Galley({"proof", File("book.pdf"), kTitle});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(File("book.pdf") +
                                 ": error: not a layout record, a title or an EPUB: this is a PDF"));
  EXPECT_THAT(run.err, HasSubstr(File("book.lines.txt")));
  EXPECT_THAT(run.err, Not(HasSubstr("UTF-8")));
  EXPECT_EQ(run.out, "");
}

TEST_F(EpubProofCommandTest, AZipThatIsNotAnEpubSaysSo) {
  // The smallest ZIP archive: an end-of-central-directory record and nothing else.
  WriteFileOrDie(File("empty.zip"), std::string("PK\x05\x06", 4) + std::string(18, '\0'));
  ASSERT_NO_FATAL_FAILURE(Epub(kTitle, File("a.epub")));
  Outcome run = Galley({"proof", File("a.epub"), File("empty.zip")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(File("empty.zip") + ": error: a ZIP archive, but not an EPUB"));
  EXPECT_EQ(run.out, "");
}

TEST_F(EpubProofCommandTest, AFolderThatIsNotATitleSaysSo) {
  std::filesystem::create_directory(File("drafts"));
  Outcome run = Galley({"proof", File("drafts"), kTitle});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(File("drafts") + ": error: a folder, but not a title: it has no "
                                                  "manuscript.md"));
}

TEST_F(EpubProofCommandTest, ARecordCannotBeComparedWithAnEpub) {
  ASSERT_NO_FATAL_FAILURE(Epub(kTitle, File("a.epub")));
  std::string record = galley::testing::TestDataDir() + "/layout/kronstadt-21.lines.txt";
  Outcome run = Galley({"proof", record, File("a.epub")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr(record + ": error: a layout record describes the printed book "
                                          "and cannot be compared with an EPUB"));
}

TEST_F(EpubProofCommandTest, AnHtmlReportIsAUsageErrorForEpubs) {
  ASSERT_NO_FATAL_FAILURE(Epub(kTitle, File("a.epub")));
  Outcome run = Galley({"proof", File("a.epub"), File("a.epub"), "--html", File("r.html")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("--html"));
  EXPECT_FALSE(std::filesystem::exists(File("r.html")));
}

}  // namespace
}  // namespace galley::proof
