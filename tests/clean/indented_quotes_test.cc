// Indented quotations and verse in plain text: which runs of indented lines are quoted, which
// keep their lines, and what the manuscript and the review make of them.
#include "clean/indented_quotes.h"

#include <gtest/gtest.h>

#include "clean/blocks.h"
#include "clean/clean_rules.h"
#include "clean/clean_title.h"
#include "clean/manuscript_writer.h"
#include "io/file_system.h"

namespace galley {
namespace {

// Body text wrapped at about 70 columns, as Project Gutenberg's files are.
const std::vector<std::string> kBody = {
    "The sailors of the fleet had sent their delegates to the capital, and",
    "the delegates came back with a report that no one in the town could",
    "believe at first; the meeting in the square heard it out in silence.",
};

std::vector<SourceLine> Lines(const std::vector<std::vector<std::string>>& parts) {
  std::vector<SourceLine> lines;
  for (const std::vector<std::string>& part : parts) {
    for (const std::string& text : part) {
      lines.push_back({static_cast<int>(lines.size() + 1), text});
    }
  }
  return lines;
}

// "q" for a line in a quotation, "v" in verse, "." for neither.
std::string Marks(const std::vector<SourceLine>& lines) {
  std::string out;
  for (const std::optional<QuotedLine>& q : FindIndentedQuotes(lines, {})) {
    out += !q ? '.' : q->verse ? 'v' : 'q';
  }
  return out;
}

const std::vector<std::string> kStanzas = {
    "    The sea is calm this night,",
    "    The tide is full, the moon lies fair",
    "    Upon the straits;",
    "",
    "    Come to the window,",
    "    Sweet is the night air!",
};

const std::vector<std::string> kProseQuote = {
    "    I will arise with tomahawk in my hand, and I must have revenge on",
    "    that nation which has slain my poor people. I arise with war club",
    "    in my hand, and follow the bloody track of that nation.",
};

TEST(FindIndentedQuotesTest, StanzasAreOneQuotationOfVerse) {
  std::vector<SourceLine> lines = Lines({kBody, {""}, kStanzas, {""}, kBody});
  EXPECT_EQ(Marks(lines), "....vvv.vv....");
  std::vector<std::optional<QuotedLine>> q = FindIndentedQuotes(lines, {});
  EXPECT_EQ(q[4]->quotation, 1);
  EXPECT_EQ(q[8]->quotation, 1);
}

TEST(FindIndentedQuotesTest, WrappedProseIsAQuotedParagraph) {
  EXPECT_EQ(Marks(Lines({kBody, {""}, kProseQuote, {""}, kBody})), "....qqq....");
  // Bounded by a change of indentation, without blank lines.
  EXPECT_EQ(Marks(Lines({kBody, kProseQuote, kBody})), "...qqq...");
}

TEST(FindIndentedQuotesTest, ShortLinesAreVerseWithoutCapitals) {
  EXPECT_EQ(Marks(Lines({kBody, {"", "    so much depends", "    upon", "", "    a red wheel",
                                 "    barrow", ""}, kBody})),
            "....vv.vv....");
}

TEST(FindIndentedQuotesTest, VerseThatSetsInItsRefrainIsVerse) {
  // Fewer lines at the stanza's edge than set further in, each indentation shared.
  EXPECT_EQ(Marks(Lines({kBody, {"", "    When gallant Tom Sheppard to Tyburn was led,",
                                 "    He was offered the Bowl, but he left it and smiled,",
                                 "        The rascal one day,", "        Will pass by this way,",
                                 "      And drink a full measure to moisten his clay!",
                                 "      And never will Bowl of Saint Giles have beguiled", ""},
                         kBody})),
            "....vvvvvv....");
  // Lines at a different column each are still no quotation.
  EXPECT_EQ(Marks(Lines({kBody, {"", "    When gallant Tom Sheppard to Tyburn was led,",
                                 "    He was offered the Bowl, but he left it and smiled,",
                                 "        The rascal one day,", "       Will pass by this way,",
                                 "      And drink a full measure to moisten his clay!", ""},
                         kBody})),
            ".............");
}

TEST(FindIndentedQuotesTest, AStanzaLongEnoughDecidesForItself) {
  // A quoted paragraph of prose, then a ballad's stanza in the same quotation: the stanza keeps
  // its lines, the prose is joined.
  std::vector<std::string> ballad = {"    By many a highwayman many a draught",
                                     "    Of nutty-brown ale at Saint Giles's was quaft,",
                                     "    Until the old lazar-house chanced to fall down,",
                                     "    And the broad-bottom'd bowl was removed to the Crown."};
  EXPECT_EQ(Marks(Lines({kBody, {""}, kProseQuote, {""}, ballad, {""}, kBody})),
            "....qqq.vvvv....");
  // A short stanza is what its quotation is.
  EXPECT_EQ(Marks(Lines({kBody, {""}, kProseQuote, {""}, {ballad[0], ballad[1]}, {""}, kBody})),
            "....qqq.qq....");
}

TEST(FindIndentedQuotesTest, ASignatureIsNotAQuotation) {
  // Set far in (past a quarter of the measure), at two different columns, or both.
  EXPECT_EQ(Marks(Lines({kBody, {"", "                              Your affectionate",
                                 "                              JULIE.", ""}, kBody})),
            "..........");
  EXPECT_EQ(Marks(Lines({kBody, {"", "    Yours truly,", "        J. SMITH.", ""}, kBody})),
            "..........");
}

TEST(FindIndentedQuotesTest, RaggedOcrSpacesAreNotQuotations) {
  EXPECT_EQ(Marks(Lines({kBody, {"  The sailors of Kronstadt rose in March, and the",
                                 "  delegates came", " back with a report that", kBody[0],
                                 "   believe at first;", "  the meeting heard it out."}})),
            ".........");
  // One indented line alone is no quotation either.
  EXPECT_EQ(Marks(Lines({kBody, {"", "    Wait for me.", ""}, kBody})), ".........");
}

TEST(FindIndentedQuotesTest, AHangingIndentIsNotAQuotation) {
  // A paragraph's or list item's further lines set in under its first.
  EXPECT_EQ(Marks(Lines({kBody, {"", "Demands:", "    new elections by secret ballot,",
                                 "    freedom of speech.", ""}, kBody})),
            "...........");
}

TEST(FindIndentedQuotesTest, CentredLinesAreNotQuotations) {
  EXPECT_EQ(Marks(Lines({kBody, {"", "            THE PRINCESS", "          WINSOME AND HER",
                                 "                KIN", ""}, kBody})),
            "...........");
}

TEST(FindIndentedQuotesTest, DialogueInATextThatIndentsItsParagraphs) {
  // Each paragraph's first line set in by five: two lines of dialogue at that indentation are
  // two paragraphs, not a quotation; a quotation set in further still is one.
  std::vector<std::string> paragraphs;
  for (int i = 0; i < 3; ++i) {
    paragraphs.push_back("     The sailors of the fleet had sent their delegates to the");
    paragraphs.push_back(kBody[1]);
  }
  EXPECT_EQ(Marks(Lines({paragraphs, {"     \"Yes,\" he said.", "     \"No,\" she said.", kBody[2]}})),
            ".........");
  EXPECT_EQ(Marks(Lines({paragraphs, {"", "          Come to the window,",
                                      "          Sweet is the night air!", "", kBody[2]}})),
            ".......vv..");
}

TEST(FindIndentedQuotesTest, ABookOfVerseWithAProsePreface) {
  // More verse lines than prose lines: the prose's long lines still mark the body's edge.
  std::vector<std::string> poems;
  for (int i = 0; i < 3; ++i) poems.insert(poems.end(), {"", kStanzas[0], kStanzas[1], kStanzas[2]});
  EXPECT_EQ(Marks(Lines({kBody, poems})), "....vvv.vvv.vvv");
}

TEST(FindIndentedQuotesTest, AOneLineStanzaJoinsItsQuotation) {
  EXPECT_EQ(Marks(Lines({kBody, {""}, kStanzas, {"", "    Listen!", ""}, kBody})),
            "....vvv.vv.v....");
}

std::string Manuscript(const std::vector<SourceLine>& lines) {
  Review review;
  std::vector<Block> blocks = BuildBlocks(lines, &review);
  return WriteManuscript({}, {Division{{}, {}, {}, std::move(blocks)}});
}

TEST(IndentedQuotesManuscriptTest, VerseKeepsItsLinesInABlockQuote) {
  std::string manuscript = Manuscript(Lines({kBody, {""}, kStanzas, {""}, kBody}));
  EXPECT_NE(manuscript.find("in silence.\n\n"
                            "> The sea is calm this night,\\\n"
                            "> The tide is full, the moon lies fair\\\n"
                            "> Upon the straits;\n"
                            ">\n"
                            "> Come to the window,\\\n"
                            "> Sweet is the night air!\n"
                            "\nThe sailors"),
            std::string::npos)
      << manuscript;
}

TEST(IndentedQuotesManuscriptTest, ProseIsJoinedAndLineStartsAreEscaped) {
  std::string manuscript = Manuscript(Lines({kBody, kProseQuote, kBody}));
  EXPECT_NE(manuscript.find("\n> I will arise with tomahawk in my hand, and I must have revenge on "
                            "that nation which has slain my poor people. I arise with war club "
                            "in my hand, and follow the bloody track of that nation.\n"),
            std::string::npos)
      << manuscript;
  // A verse line that would open a list or a nested quote is escaped.
  manuscript = Manuscript(Lines({kBody, {"", "    One, two,", "    - three -", "    4. Four", ""},
                                 kBody}));
  EXPECT_NE(manuscript.find("> One, two,\\\n> \\- three -\\\n> 4\\. Four\n"), std::string::npos)
      << manuscript;
}

TEST(IndentedQuotesManuscriptTest, TheReviewListsEachQuotedParagraph) {
  Review review;
  BuildBlocks(Lines({kBody, {""}, kStanzas, {""}, kBody}), &review);
  std::vector<Change> quoted;
  for (const Change& change : review.changes) {
    if (change.rule == rule::kBlockQuote) quoted.push_back(change);
  }
  ASSERT_EQ(quoted.size(), 2u);
  EXPECT_EQ(quoted[0].line, 5);
  EXPECT_EQ(quoted[0].after, "> The sea is calm this night,\\");
  EXPECT_EQ(quoted[0].note, "verse: its lines kept");
  EXPECT_EQ(quoted[1].line, 9);
}

TEST(IndentedQuotesTitleTest, AnEditorSwitchesTheRuleOff) {
  MemoryFileSystem fs;
  std::string source;
  for (const std::string& line : kBody) source += line + "\n";
  source += "\n";
  for (const std::string& line : kStanzas) source += line + "\n";
  source += "\n";
  for (const std::string& line : kBody) source += line + "\n";
  fs.Add("t/source.ocr.txt", source);
  fs.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\n");
  Result<CleanResult> on = CleanTitle(fs, LocateTitle("t"));
  ASSERT_TRUE(on.ok()) << on.error().ToString();
  EXPECT_NE(on->manuscript.find("> The sea is calm this night,\\\n"), std::string::npos)
      << on->manuscript;
  fs.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\nrules-off: block-quote\n");
  Result<CleanResult> off = CleanTitle(fs, LocateTitle("t"));
  ASSERT_TRUE(off.ok()) << off.error().ToString();
  EXPECT_NE(off->manuscript.find("\nThe sea is calm this night, The tide is full"), std::string::npos)
      << off->manuscript;
}

}  // namespace
}  // namespace galley
