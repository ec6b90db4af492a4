#include "layout/paragraph/word_context.h"

#include <gtest/gtest.h>

#include <string>

namespace galley::layout {
namespace {

// The word around the first occurrence of `inside` in `text`.
WordSpan Around(const std::string& text, const std::string& inside) {
  return WordAround(text, static_cast<uint32_t>(text.find(inside)));
}

TEST(WordContextTest, AWordRunsBetweenWhiteSpaceWithItsPunctuation) {
  std::string text = "the \u2018anarcho-syndicalist\u2019 line";
  WordSpan word = Around(text, "syndic");
  EXPECT_EQ(text.substr(word.begin, word.end - word.begin),
            "\u2018anarcho-syndicalist\u2019");
  EXPECT_TRUE(IsHyphenatedCompound(text, word));
  EXPECT_FALSE(IsHyphenatedCompound(text, Around(text, "line")));
  std::string dash = "war \u2014 peace - and co- operation";
  EXPECT_FALSE(IsHyphenatedCompound(dash, Around(dash, "co-")));  // no letter after it
}

TEST(WordContextTest, ACapitalisedWordBeginsASentenceOnlyAfterItsEnd) {
  std::string text = "In Petrograd. \u201CKronstadt!\u201D (Trotsky) said: Lenin";
  EXPECT_TRUE(BeginsSentence(text, Around(text, "In")));
  EXPECT_FALSE(BeginsSentence(text, Around(text, "Petrograd")));
  EXPECT_TRUE(BeginsSentence(text, Around(text, "Kronstadt")));
  EXPECT_TRUE(BeginsSentence(text, Around(text, "(Trotsky")));
  EXPECT_FALSE(BeginsSentence(text, Around(text, "Lenin")));
  EXPECT_TRUE(IsCapitalised(text, Around(text, "Kronstadt")));
  EXPECT_FALSE(IsCapitalised(text, Around(text, "said")));
}

}  // namespace
}  // namespace galley::layout
