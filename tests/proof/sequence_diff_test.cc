// Myers' diff: small cases a person can check, and random sequences whose common subsequence
// must be as long as the textbook dynamic programme finds (so the linear-space bisection never
// settles for less than the longest).
#include "proof/sequence_diff.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace galley::proof {
namespace {

std::vector<SequenceMatch> Match(const std::string& a, const std::string& b) {
  return MatchSequences(a.size(), b.size(), [&](size_t i, size_t j) { return a[i] == b[j]; });
}

// The common subsequence as a string, from the matches.
std::string Common(const std::string& a, const std::vector<SequenceMatch>& matches) {
  std::string out;
  for (const SequenceMatch& match : matches) out += a[match.before];
  return out;
}

size_t LcsLength(const std::string& a, const std::string& b) {
  std::vector<std::vector<size_t>> table(a.size() + 1, std::vector<size_t>(b.size() + 1, 0));
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1
                                         : std::max(table[i - 1][j], table[i][j - 1]);
    }
  }
  return table[a.size()][b.size()];
}

TEST(SequenceDiffTest, EqualSequencesMatchWhole) {
  std::vector<SequenceMatch> matches = Match("abc", "abc");
  EXPECT_EQ(matches, (std::vector<SequenceMatch>{{0, 0}, {1, 1}, {2, 2}}));
}

TEST(SequenceDiffTest, AnInsertionLeavesEverythingElseMatched) {
  EXPECT_EQ(Match("abcd", "abXcd"), (std::vector<SequenceMatch>{{0, 0}, {1, 1}, {2, 3}, {3, 4}}));
}

TEST(SequenceDiffTest, EmptyAndDisjointSequencesMatchNothing) {
  EXPECT_TRUE(Match("", "abc").empty());
  EXPECT_TRUE(Match("abc", "").empty());
  EXPECT_TRUE(Match("abc", "xyz").empty());
}

TEST(SequenceDiffTest, TheClassicExampleHasACommonSubsequenceOfFour) {
  // Myers 1986, figure 1: ABCABBA and CBABAC differ by 5 (an LCS of 4, e.g. CABA or BABA).
  std::vector<SequenceMatch> matches = Match("ABCABBA", "CBABAC");
  EXPECT_EQ(matches.size(), 4u);
}

TEST(SequenceDiffTest, RandomSequencesGetALongestCommonSubsequence) {
  std::mt19937 random(20261125);
  for (int round = 0; round < 400; ++round) {
    std::uniform_int_distribution<int> length(0, 40), letter(0, round % 2 == 0 ? 2 : 5);
    std::string a, b;
    for (int i = length(random); i > 0; --i) a += static_cast<char>('a' + letter(random));
    b = a;
    // Edit a copy so the sequences are related, as two records of a book are.
    for (int edits = round % 7; edits > 0 && !b.empty(); --edits) {
      size_t at = std::uniform_int_distribution<size_t>(0, b.size() - 1)(random);
      if (edits % 2 == 0) {
        b.erase(at, 1);
      } else {
        b.insert(at, 1, static_cast<char>('a' + letter(random)));
      }
    }
    std::vector<SequenceMatch> matches = Match(a, b);
    ASSERT_EQ(matches.size(), LcsLength(a, b)) << a << " / " << b;
    for (size_t k = 0; k < matches.size(); ++k) {
      ASSERT_EQ(a[matches[k].before], b[matches[k].after]) << a << " / " << b;
      if (k > 0) {
        ASSERT_LT(matches[k - 1].before, matches[k].before);
        ASSERT_LT(matches[k - 1].after, matches[k].after);
      }
    }
  }
}

TEST(SequenceDiffTest, CommonTextIsKeptInOrder) {
  std::string a = "the quick brown fox", b = "the quack brawn fix";
  std::vector<SequenceMatch> matches = Match(a, b);
  EXPECT_EQ(matches.size(), LcsLength(a, b));
  EXPECT_EQ(Common(a, matches), "the quck brwn fx");
}

}  // namespace
}  // namespace galley::proof
