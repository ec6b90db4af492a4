// A Project Gutenberg plain-text file taken as downloaded (ISO-8859-1, CR LF): its header,
// credit and footer left out and reported, `_italics_`, illustrations, `[1]` and
// `[Footnote 2: …]` notes, headings after blank lines; the guessing rules only propose.
#include <gtest/gtest.h>

#include "clean/clean_title.h"
#include "clean/gutenberg_frame.h"

namespace galley {
namespace {

// Lines joined with CR LF, each given in UTF-8 and written in ISO-8859-1.
std::string Latin1File(std::vector<std::string> lines) {
  std::string out;
  for (const std::string& line : lines) {
    for (size_t i = 0; i < line.size(); ++i) {
      unsigned char c = static_cast<unsigned char>(line[i]);
      if (c == 0xC3) {
        out.push_back(static_cast<char>((static_cast<unsigned char>(line[++i]) & 0x3F) | 0xC0));
      } else {
        out.push_back(line[i]);
      }
    }
    out += "\r\n";
  }
  return out;
}

class GutenbergTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_.Add("t/source.ocr.txt",
            Latin1File({"The Project Gutenberg EBook of A Test, by Nobody", "",
                        "This eBook is for the use of anyone anywhere at no cost.", "",
                        "Title: A Test", "", "Character set encoding: ISO-8859-1", "",
                        "*** START OF THIS PROJECT GUTENBERG EBOOK A TEST ***", "", "",
                        "Produced by Somebody and the Online Distributed", "Proofreading Team",
                        "", "", "", "", "CHAPTER I", "", "",
                        "The caf\u00E9 of _Monsieur", "Dupont_ was full.[1] A horsecloth", "hung there.[2]",
                        "", "[Illustration: The caf\u00E9,", "", "_from a drawing_]", "",
                        "[1] Now a bank.", "",
                        "[Footnote 2: A cloth for a horse.", "", "Still used.]", "", "",
                        "End of the Project Gutenberg EBook of A Test, by Nobody", "",
                        "*** END OF THIS PROJECT GUTENBERG EBOOK A TEST ***", "",
                        "Section 1. General Terms of Use"}));
    fs_.Add("t/metadata.txt",
            "title: A Test\nauthor: Nobody\nlanguage: en-GB\nsource-encoding: iso-8859-1\n");
  }

  Result<CleanResult> Clean() { return CleanTitle(fs_, LocateTitle("t")); }

  MemoryFileSystem fs_;
};

TEST_F(GutenbergTest, TheFileIsReadAsDownloaded) {
  std::string downloaded = fs_.files().at("t/source.ocr.txt");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_EQ(fs_.files().at("t/source.ocr.txt"), downloaded);
  EXPECT_EQ(result->manuscript,
            "---\ntitle: A Test\nauthor: Nobody\nlanguage: en-GB\n---\n"
            "\n## CHAPTER I\n"
            "\nThe caf\u00E9 of *Monsieur Dupont* was full.[^1] A horsecloth hung there.[^2]\n"
            "\n[^1]: Now a bank.\n"
            "\n[^2]: A cloth for a horse.\n"
            "\n    Still used.\n");
  EXPECT_EQ(result->review.format, "gutenberg");
}

TEST_F(GutenbergTest, TheFrameAndIllustrationAreReported) {
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  std::vector<std::string> notes;
  for (const Change& change : result->review.changes) {
    if (change.rule == "gutenberg") notes.push_back(change.note);
    if (change.rule == "illustration") {
      EXPECT_EQ(change.line, 25);
      EXPECT_EQ(change.before, "[Illustration: The caf\u00E9,  _from a drawing_]");
    }
  }
  EXPECT_EQ(notes, (std::vector<std::string>{"Project Gutenberg's header, lines 1\u20139",
                                             "the producers' credit, lines 12\u201313",
                                             "Project Gutenberg's footer and licence, lines "
                                             "36\u201340"}));
}

// A proofread text's words are the transcriber's: guesses are proposals.
TEST_F(GutenbergTest, GuessesAreOnlyProposed) {
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  ASSERT_EQ(result->review.proposals.size(), 1u);
  EXPECT_EQ(result->review.proposals[0].word, "horsecloth");
  EXPECT_EQ(result->review.proposals[0].held_back, "guesses are proposals for this source");
}

TEST_F(GutenbergTest, NotesWithoutPartnersAreDoubts) {
  fs_.Add("t/source.ocr.txt",
          "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\nText[3] here.\n\n[4] A note.\n");
  fs_.Add("t/metadata.txt", "title: A Test\nauthor: Nobody\nlanguage: en-GB\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("Text\\[3\\] here.\n\n\\[4\\] A note.\n"), std::string::npos)
      << result->manuscript;
  ASSERT_EQ(result->review.doubts.size(), 2u);
}

// Project Gutenberg wraps its lines at spaces, so a line that ends in a hyphen ended before a
// space: the hyphen of a suspended compound keeps it, where an OCR text's broken word would
// be joined.
TEST_F(GutenbergTest, ALineEndingInAHyphenEndsBeforeASpace) {
  fs_.Add("t/source.ocr.txt",
          "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\nin ein Speise-\nund Bierhaus.\n");
  fs_.Add("t/metadata.txt", "title: A Test\nauthor: Nobody\nlanguage: en-GB\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("in ein Speise- und Bierhaus."), std::string::npos)
      << result->manuscript;
}

TEST_F(GutenbergTest, ANoteSetInsideItsParagraphBecomesANote) {
  fs_.Add("t/source.ocr.txt",
          "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\nim Ratskeller [Footnote: Oder\n"
          "Rathauskeller.] am Tisch, und hier[1] nicht.\n\n[1] Eine Anmerkung.\n");
  fs_.Add("t/metadata.txt", "title: A Test\nauthor: Nobody\nlanguage: en-GB\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("\nim Ratskeller[^1] am Tisch, und hier[^2] nicht.\n"
                                    "\n[^1]: Oder Rathauskeller.\n\n[^2]: Eine Anmerkung.\n"),
            std::string::npos)
      << result->manuscript;
}

TEST_F(GutenbergTest, TheFormatMayBeSetAndTheFrameMayBeMissing) {
  fs_.Add("t/source.ocr.txt", "Just _text_.\n");
  fs_.Add("t/metadata.txt",
          "title: A Test\nauthor: Nobody\nlanguage: en-GB\nsource-format: gutenberg\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("Just *text*."), std::string::npos);
  ASSERT_EQ(result->review.doubts.size(), 1u);
  EXPECT_EQ(result->review.doubts[0].rule, "gutenberg");
}

// `text` as a source's lines with Project Gutenberg's frame left out, and the review of it.
struct Unframed {
  std::vector<SourceLine> lines;
  Review review;
};
Unframed WithoutFrame(const std::string& text) {
  Unframed out{SplitLines(text), {}};
  RemoveGutenbergFrame(&out.lines, "s", &out.review);
  return out;
}

TEST(GutenbergFrameTest, OldSmallPrintEndsTheHeader) {
  const std::string file =
      "**The Project Gutenberg Etext of X**\n\n*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*"
      "Ver.04.29.93*END*\n\nText.\n\nEnd of the Project Gutenberg Etext of X\n";
  EXPECT_TRUE(HasGutenbergStart(SplitLines(file)));
  auto [lines, review] = WithoutFrame(file);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].text, "Text.");
}

// A start line wider than the file wraps: the header runs to the line that closes its "***".
// The producers' credit and Project Gutenberg's note on its HTML edition after it go too.
TEST(GutenbergFrameTest, AWrappedStartLineCreditAndEditionsNoteAreLeftOut) {
  auto [lines, review] = WithoutFrame(
      "Title: X\n\n***START OF THE PROJECT GUTENBERG EBOOK CONTRIBUTION TO PASSAMAQUODDY\n"
      "FOLK-LORE***\n\n\nE-text prepared by Somebody and the Online\nDistributed Proofreading "
      "Team\n\n\nNote: Project Gutenberg also has an HTML version of this file\n"
      "      which includes the original illustrations.\n\n\nThe text.\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2].text, "The text.");
  ASSERT_EQ(review.changes.size(), 3u);
  EXPECT_EQ(review.changes[0].note, "Project Gutenberg's header, lines 1\u20134");
  EXPECT_EQ(review.changes[1].line, 7);
  EXPECT_EQ(review.changes[2].note, "Project Gutenberg's note on its other editions, lines 11\u201312");
}

// An older file credits its producers by name only; the Distributed Proofreaders in it say
// it is the credit.
TEST(GutenbergFrameTest, ACreditNamingTheDistributedProofreadersIsLeftOut) {
  auto [lines, review] = WithoutFrame(
      "*** START OF THE PROJECT GUTENBERG EBOOK, IMMENSEE ***\n\n\nDelphine Lettau, Charles "
      "Franks, and the Online Distributed Proofreading\nTeam.\n\n\nIMMENSEE\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[2].text, "IMMENSEE");
  ASSERT_EQ(review.changes.size(), 2u);
  EXPECT_EQ(review.changes[1].note, "the producers' credit, lines 4\u20135");
}

// A copy whose header was cut off (Project Gutenberg's own repositories keep such files) still
// has its footer, and it is still no part of the book; the missing header is a doubt.
TEST(GutenbergFrameTest, TheFooterGoesWhenTheHeaderIsMissing) {
  auto [lines, review] = WithoutFrame(
      "Yo, se\u00F1ora, soy de Segovia.\n\n\nEnd of the Project Gutenberg EBook of Historia de la "
      "vida del Busc\u00F3n,\nby Francisco de Quevedo\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "Yo, se\u00F1ora, soy de Segovia.");
  ASSERT_EQ(review.changes.size(), 1u);
  EXPECT_EQ(review.changes[0].note, "Project Gutenberg's footer and licence, lines 4\u20135");
  ASSERT_EQ(review.doubts.size(), 1u);
}

// Transcriptions in other languages name the placeholder in their own words.
TEST_F(GutenbergTest, AnIllustrationPlaceholderInItsTranscriptionsLanguageIsLeftOut) {
  fs_.Add("t/source.ocr.txt",
          "*** START OF THE PROJECT GUTENBERG EBOOK X ***\n\nPrima\nriga.\n\n[Illustrazione: ALESSANDRO\n"
          "MANZONI.]\n\nDopo.\n\n[Abbildung: Ein Bild.]\n\n[Ilustraci\u00F3n]\n\nFin.\n");
  fs_.Add("t/metadata.txt", "title: A Test\nauthor: Nobody\nlanguage: it\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("---\n\nPrima riga.\n\nDopo.\n\nFin.\n"), std::string::npos)
      << result->manuscript;
  int illustrations = 0;
  for (const Change& change : result->review.changes) illustrations += change.rule == "illustration";
  EXPECT_EQ(illustrations, 3);
}

// A start line that closes its "***" on its own line ends the header there, whatever follows.
TEST(GutenbergFrameTest, AnUnwrappedStartLineEndsTheHeader) {
  auto [lines, review] = WithoutFrame(
      "*** START OF THIS PROJECT GUTENBERG EBOOK X ***\nFIRST LINE ***\n");
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].text, "FIRST LINE ***");
}

}  // namespace
}  // namespace galley
