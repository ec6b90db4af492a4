// The gate every guessing rule passes: a guess is made only on a word unknown to the
// dictionary and to words.txt that occurs nowhere else in the text; otherwise it is a proposal
// with a corrections.tsv line; words.txt and corrections' text are never touched.
#include "clean/word_rules.h"

#include <gtest/gtest.h>

#include "clean/corrections.h"
#include "clean/test_dictionary.h"

namespace galley {
namespace {

// A made-up rule that guesses every word ending in "x" is that word with "s" instead.
WordGuess ExToEs(std::string_view word) {
  if (!word.ends_with("x")) return WordGuess::None();
  return WordGuess::Replace(std::string(word.substr(0, word.size() - 1)) + "s", "x for s");
}

class WordRulesTest : public ::testing::Test {
 protected:
  // Cleans `lines` (after `corrections`) with ExToEs behind the gate.
  std::string Run(std::vector<SourceLine> lines, std::string_view corrections = "",
                  bool guesses_apply = true) {
    if (!corrections.empty()) {
      Result<std::vector<Correction>> parsed = ParseCorrections(corrections, "c.tsv");
      EXPECT_TRUE(parsed.ok());
      EXPECT_TRUE(ApplyCorrections(*parsed, "c.tsv", "s.txt", &lines, &review_).ok());
      review_.changes.clear();
    }
    source_ = lines;
    std::vector<Block> blocks = BuildBlocks(lines, &review_);
    Vocabulary vocabulary(blocks);
    WordGate gate{EnglishDictionary(), words_, vocabulary, guesses_apply};
    RunWordRule("ex", ExToEs, gate, &blocks, &review_);
    WriteProposalCorrections(source_, &review_);
    std::string text;
    for (const Block& block : blocks) text += block.text.text + "\n";
    return text;
  }

  Review review_;
  TitleWords words_;
  std::vector<SourceLine> source_;
};

TEST_F(WordRulesTest, AUniqueUnknownWordIsChanged) {
  EXPECT_EQ(Run({{1, "the mercilax men"}}), "the mercilas men\n");
  ASSERT_EQ(review_.changes.size(), 1u);
  EXPECT_EQ(review_.changes[0].rule, "ex");
  EXPECT_EQ(review_.changes[0].before, "mercilax");
  EXPECT_EQ(review_.changes[0].note, "x for s");
  EXPECT_TRUE(review_.proposals.empty());
}

TEST_F(WordRulesTest, AWordTheDictionaryKnowsIsOnlyProposed) {
  EXPECT_EQ(Run({{1, "a wax seal"}}), "a wax seal\n");
  EXPECT_TRUE(review_.changes.empty());
  ASSERT_EQ(review_.proposals.size(), 1u);
  const Proposal& proposal = review_.proposals[0];
  EXPECT_EQ(proposal.word, "wax");
  EXPECT_EQ(proposal.replacement, "was");
  EXPECT_EQ(proposal.held_back, "the dictionary knows \"wax\"");
  EXPECT_EQ(proposal.corrections,
            std::vector<std::string>{"wax\twas\taccept the ex rule's proposal"});
}

TEST_F(WordRulesTest, AWordThatOccursElsewhereIsOnlyProposed) {
  EXPECT_EQ(Run({{1, "Zorix met"}, {2, ""}, {3, "and Zorix left"}}), "Zorix met\nand Zorix left\n");
  ASSERT_EQ(review_.proposals.size(), 1u);
  EXPECT_EQ(review_.proposals[0].held_back, "\"Zorix\" occurs 2 times");
  EXPECT_EQ(review_.proposals[0].lines, (std::vector<int>{1, 3}));
}

TEST_F(WordRulesTest, ASourceWhoseGuessesAreProposalsChangesNothing) {
  EXPECT_EQ(Run({{1, "the mercilax men"}}, "", false), "the mercilax men\n");
  ASSERT_EQ(review_.proposals.size(), 1u);
  EXPECT_EQ(review_.proposals[0].held_back, "guesses are proposals for this source");
}

TEST_F(WordRulesTest, AWordInTheTitlesWordListIsNeitherChangedNorProposed) {
  words_ = *TitleWords::Parse("# names\nZorix\n", "words.txt");
  EXPECT_EQ(Run({{1, "Zorix and Zorix\u2019s"}}), "Zorix and Zorix\u2019s\n");
  EXPECT_TRUE(review_.changes.empty());
  EXPECT_TRUE(review_.proposals.empty());
}

TEST_F(WordRulesTest, ACorrectionsResultIsLeftAlone) {
  EXPECT_EQ(Run({{1, "the mercilas men"}}, "mercilas\tmercilax\tthe author's spelling\n"),
            "the mercilax men\n");
  EXPECT_TRUE(review_.changes.empty());
  EXPECT_TRUE(review_.proposals.empty());
}

// A correction line must change exactly the proposed words: where the word also stands inside
// another, each line is named.
TEST_F(WordRulesTest, TheCorrectionLineNamesTheSourceLineWhenTheWordStandsElsewhere) {
  Run({{1, "a wax seal"}, {2, ""}, {3, "the waxen image"}});
  ASSERT_EQ(review_.proposals.size(), 1u);
  EXPECT_EQ(review_.proposals[0].corrections,
            std::vector<std::string>{"@1\twax\twas\taccept the ex rule's proposal"});
}

TEST_F(WordRulesTest, AWordSplitOverTwoLinesHasNoCorrectionLine) {
  Run({{1, "a won-"}, {2, "derful wax and wax"}});
  ASSERT_EQ(review_.proposals.size(), 1u);
  Run({{1, "the ma-"}, {2, "lax and the malax"}});
  bool found = false;
  for (const Proposal& proposal : review_.proposals) {
    if (proposal.word != "ma-lax") continue;
    found = true;
    EXPECT_TRUE(proposal.corrections.empty());
  }
  EXPECT_TRUE(found);
}

TEST(TitleWordsTest, OneWordALineThatTheTextHolds) {
  Result<TitleWords> words = TitleWords::Parse("Tukachevsky\n\n# a comment\n  Zorin  \n", "w.txt");
  ASSERT_TRUE(words.ok());
  EXPECT_TRUE(words->Contains("Zorin"));
  EXPECT_TRUE(words->Contains("Zorin\u2019s"));
  EXPECT_FALSE(words->Contains("zorin"));
  Vocabulary vocabulary;
  vocabulary.Add("Zorin\u2019s men and Tukachevsky");
  EXPECT_TRUE(words->CheckAllOccur(vocabulary, "s.txt").ok());

  Vocabulary without;
  without.Add("Zorin");
  Status missing = words->CheckAllOccur(without, "s.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().where.ToString(), "w.txt:1:1");
  EXPECT_NE(missing.error().message.find("\"Tukachevsky\" does not occur in s.txt"),
            std::string::npos);

  Result<TitleWords> two = TitleWords::Parse("vis a vis\n", "w.txt");
  ASSERT_FALSE(two.ok());
  EXPECT_EQ(two.error().where.ToString(), "w.txt:1:4");
}

// The source has a typist's ' where the cleaned text has ’: a listed word matches both, however
// words.txt writes it (M'Sartoo, m’ toulin).
TEST(TitleWordsTest, AnApostropheIsStraightOrCurly) {
  Result<TitleWords> words = TitleWords::Parse("M'Sartoo\nk\u2019Chebollock\n", "w.txt");
  ASSERT_TRUE(words.ok());
  EXPECT_TRUE(words->Contains("M\u2019Sartoo"));
  EXPECT_TRUE(words->Contains("M'Sartoo"));
  EXPECT_TRUE(words->Contains("k'Chebollock"));
  EXPECT_FALSE(words->Contains("MSartoo"));
  Vocabulary source;
  source.Add("M'Sartoo and k'Chebollock");
  EXPECT_TRUE(words->CheckAllOccur(source, "s.txt").ok());
}

}  // namespace
}  // namespace galley
