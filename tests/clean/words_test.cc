#include "clean/words.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  for (const WordSpan& span : FindWords(text)) {
    words.emplace_back(text.substr(span.offset, span.length));
  }
  return words;
}

TEST(FindWordsTest, LettersWithInnerHyphensAndApostrophes) {
  EXPECT_EQ(Words("'I've told you,' he said - brother-in-law's émigré."),
            (std::vector<std::string>{"I've", "told", "you", "he", "said", "brother-in-law's",
                                      "émigré"}));
  EXPECT_EQ(Words("workers' WE\u2019LL -x- y-"),
            (std::vector<std::string>{"workers", "WE\u2019LL", "x", "y"}));
}

TEST(FindWordsTest, RunsGluedToDigitsAreNotWords) {
  EXPECT_EQ(Words("53A Westmoreland 10th 1880-1920 vol. I"),
            (std::vector<std::string>{"Westmoreland", "vol", "I"}));
}

TEST(CaseOfTest, Classes) {
  EXPECT_EQ(CaseOf("smallscale"), WordCase::kLower);
  EXPECT_EQ(CaseOf("Eronstadt"), WordCase::kTitle);
  EXPECT_EQ(CaseOf("KRONSTADT"), WordCase::kUpper);
  EXPECT_EQ(CaseOf("McKay"), WordCase::kMixed);
  EXPECT_EQ(CaseOf("I"), WordCase::kTitle);
  EXPECT_EQ(CaseOf("Émigré"), WordCase::kTitle);
}

TEST(EditDistanceTest, Levenshtein) {
  EXPECT_EQ(EditDistance(U"modelled", U"modeled"), 1);
  EXPECT_EQ(EditDistance(U"Eronstadt", U"Kronstadt"), 1);
  EXPECT_EQ(EditDistance(U"kitten", U"sitting"), 3);
  EXPECT_EQ(EditDistance(U"", U"abc"), 3);
  EXPECT_EQ(EditDistance(U"same", U"same"), 0);
}

}  // namespace
}  // namespace galley
