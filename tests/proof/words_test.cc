// Words rebuilt from typeset lines: break hyphens that may or may not have been written,
// dashes at line ends, and what counts as the same word.
#include "proof/words.h"

#include <gtest/gtest.h>

namespace galley::proof {
namespace {

struct TestLine {
  std::string text;
  bool hyphenated = false;
};

std::vector<Word> WordsOf(const std::vector<TestLine>& lines) {
  WordCollector collector;
  for (size_t i = 0; i < lines.size(); ++i) {
    collector.AddLine(lines[i].text, lines[i].hyphenated, i + 1 < lines.size());
  }
  return collector.Take();
}

std::vector<std::string> Shown(const std::vector<Word>& words) {
  std::vector<std::string> out;
  for (const Word& word : words) out.push_back(word.Display());
  return out;
}

bool Same(const std::vector<TestLine>& a, const std::vector<TestLine>& b) {
  std::vector<Word> x = WordsOf(a), y = WordsOf(b);
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (!SameWord(x[i], y[i])) return false;
  }
  return true;
}

TEST(WordsTest, ABreakHyphenJoinsTheWordAcrossLines) {
  std::vector<Word> words = WordsOf({{"a revolutionary Russian émi-", true}, {"gré. His youth"}});
  EXPECT_EQ(Shown(words), (std::vector<std::string>{"a", "revolutionary", "Russian", "émigré.",
                                                    "His", "youth"}));
  EXPECT_EQ(words[3].bare, "émigré.");
  EXPECT_EQ(words[3].at_break, (std::vector<uint32_t>{4}));  // after "émi", 4 bytes
}

TEST(WordsTest, AHyphenedLineEndingWithoutTheFlagIsAWrittenHyphenBeforeASpace) {
  // Without `h` the line did not end in a break hyphen: the words stay apart.
  EXPECT_EQ(Shown(WordsOf({{"pre-"}, {"and post-war"}})),
            (std::vector<std::string>{"pre-", "and", "post-war"}));
}

TEST(WordsTest, AWordBrokenAtItsOwnHyphenEqualsItUnbrokenWithOrWithoutTheHyphen) {
  std::vector<TestLine> broken = {{"the lime-", true}, {"tree"}};
  EXPECT_TRUE(Same(broken, {{"the lime-tree"}}));
  EXPECT_TRUE(Same(broken, {{"the limetree"}}));
  // But a written hyphen taken out (or put in) is a change of text.
  EXPECT_FALSE(Same({{"the lime-tree"}}, {{"the limetree"}}));
}

TEST(WordsTest, ABreakBeforeACapitalKeepsAWrittenHyphen) {
  std::vector<Word> words = WordsOf({{"of interest to anti-", true}, {"Stalinists"}});
  EXPECT_EQ(words.back().Display(), "anti-Stalinists");
  EXPECT_TRUE(Same({{"anti-", true}, {"Stalinists"}}, {{"anti-Stalinists"}}));
  EXPECT_FALSE(Same({{"anti-", true}, {"Stalinists"}}, {{"antiStalinists"}}));
}

TEST(WordsTest, WrittenAndBreakHyphensInOneWord) {
  std::vector<Word> words = WordsOf({{"‘anarcho-syn-", true}, {"dicalist’ views"}});
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].Display(), "‘anarcho-syndicalist’");
  EXPECT_TRUE(Same({{"‘anarcho-syn-", true}, {"dicalist’ views"}},
                   {{"‘anarcho-", true}, {"syndicalist’ views"}}));
}

TEST(WordsTest, DashesAreWordsSoSpacesAroundThemDoNotCount) {
  EXPECT_EQ(Shown(WordsOf({{"power – how"}})), (std::vector<std::string>{"power", "–", "how"}));
  EXPECT_TRUE(Same({{"March 1917–"}, {"1921"}}, {{"March 1917–1921"}}));
  EXPECT_TRUE(Same({{"and/"}, {"or"}}, {{"and/or"}}));
  EXPECT_FALSE(Same({{"1917–1921"}}, {{"1917—1921"}}));
}

TEST(WordsTest, AnEditedWordIsNotTheSame) {
  EXPECT_FALSE(Same({{"taken power three"}}, {{"taken power four"}}));
  EXPECT_FALSE(Same({{"a lot"}}, {{"alot"}}));
}

}  // namespace
}  // namespace galley::proof
