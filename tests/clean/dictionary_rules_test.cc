// The rules that guess words, against the real en-US hunspell dictionary: what each would make
// of a word (whether the guess is made is the gate's business, word_rules_test.cc).
#include <gtest/gtest.h>

#include "clean/broken_hyphens.h"
#include "clean/dropped_accents.h"
#include "clean/frequent_words.h"
#include "clean/misplaced_hyphens.h"
#include "clean/run_together_words.h"
#include "clean/test_dictionary.h"

namespace galley {
namespace {

TEST(SpellCheckerTest, KnowsEnglishAndNotMisreadings) {
  const SpellChecker& dictionary = EnglishDictionary();
  EXPECT_TRUE(dictionary.Knows("revolution"));
  EXPECT_TRUE(dictionary.Knows("I've"));
  EXPECT_TRUE(dictionary.Knows("I\u2019ve"));
  EXPECT_FALSE(dictionary.Knows("mercilass"));
  EXPECT_FALSE(dictionary.Knows("mercilass"));  // the cached answer
  EXPECT_NE(dictionary.path().find("en_US.dic"), std::string::npos);
}

// A language Debian has a dictionary for names its package; one it has none for says so.
TEST(SpellCheckerTest, AMissingDictionaryIsAnError) {
  Result<SpellChecker> missing = SpellChecker::Open("/nonexistent", "de-AT");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("de_AT.dic"), std::string::npos);
  EXPECT_EQ(missing.error().hint, "install it: apt-get install hunspell-de-at");
  Result<SpellChecker> none = SpellChecker::Open("/usr/share/hunspell", "xx-XX");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("Debian has no spelling dictionary"), std::string::npos);
}

WordGuess RunTogether(std::string_view word) { return GuessRunTogether(word, EnglishDictionary()); }

TEST(RunTogetherWordsTest, SplitsWithASpaceAroundAFunctionWordOrAfterAnAdverb) {
  EXPECT_EQ(RunTogether("audaciouslywon").replacement, "audaciously won");
  EXPECT_EQ(RunTogether("intothe").replacement, "into the");
  EXPECT_TRUE(RunTogether("intothe").propose_only.empty());
}

TEST(RunTogetherWordsTest, AHyphenatedSplitIsOnlyProposed) {
  WordGuess guess = RunTogether("freedomgiving");
  EXPECT_EQ(guess.replacement, "freedom-giving");
  EXPECT_EQ(guess.note, "\"freedom\" and \"giving\" are dictionary words");
  EXPECT_FALSE(guess.propose_only.empty());
  EXPECT_EQ(RunTogether("smallscale").replacement, "small-scale");
}

TEST(RunTogetherWordsTest, LeavesOtherWordsAlone) {
  for (const char* word : {
           "modelled",        // a spelling variant: "modeled" is one edit away
           "mercilass",       // no split into two words
           "revolution",      // known
           "Freedomgiving",   // capitalised: a name, perhaps
           "intorbin",        // no split with both parts of three letters
           "regroupings",     // an inflection the dictionary lacks
           "charmant",        // charm-ant: a three-letter part beside a hyphen
           "errare",          // err are: a three-letter part beside a function word
           "courtierlike",    // a derived word: -like
           "handleless",      // -less
           "semidark",        // semi-
           "overclean",       // over- as a prefix, not "over clean"
           "brother-in-law",  // hyphenated
       }) {
    WordGuess guess = RunTogether(word);
    EXPECT_TRUE(guess.replacement.empty()) << word << " → " << guess.replacement;
  }
}

WordGuess Misplaced(std::string_view word) {
  return GuessMisplacedHyphen(word, EnglishDictionary());
}

TEST(MisplacedHyphensTest, SplitsOffAGluedParticle) {
  WordGuess guess = Misplaced("fatherin-law");
  EXPECT_EQ(guess.replacement, "father-in-law");
  EXPECT_EQ(guess.note, "the dictionary's compound");
}

TEST(MisplacedHyphensTest, LeavesOtherHyphenatedWordsAlone) {
  for (const char* word : {"brother-in-law", "anarcho-syndicalist", "Vassili-Ostrov",
                           "street-cars", "counter-revolutionary", "major-domo",
                           "court-martialed", "broad-browed", "proto-deacon",
                           "Krems-Znaim"}) {
    EXPECT_TRUE(Misplaced(word).replacement.empty()) << word << " → "
                                                     << Misplaced(word).replacement;
  }
}

TEST(BrokenHyphensTest, JoinsAWordTheDictionarySpellsWhole) {
  EXPECT_EQ(GuessBrokenHyphen("misunder-stood", EnglishDictionary()).replacement,
            "misunderstood");
  EXPECT_TRUE(GuessBrokenHyphen("well-known", EnglishDictionary()).replacement.empty());
  WordGuess unknown = GuessBrokenHyphen("Kozlov-ski", EnglishDictionary());
  EXPECT_TRUE(unknown.replacement.empty());
  EXPECT_FALSE(unknown.doubt.empty());
}

TEST(BrokenHyphensTest, OnlyAHyphenThatEndsASourceLineCounts) {
  InlineText text;
  text.text = "a misunder-stood well-known word";
  text.AddMark({0, MarkKind::kLineStart, 1, {}});
  text.AddMark({11, MarkKind::kLineStart, 2, {}});  // "stood" starts line 2
  std::vector<WordSpan> words = FindWords(text.text);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_TRUE(HasLineEndHyphen(text, words[1]));
  EXPECT_FALSE(HasLineEndHyphen(text, words[2]));
}

Vocabulary Counted(std::string_view text) {
  Vocabulary vocabulary;
  vocabulary.Add(text);
  return vocabulary;
}

TEST(FrequentWordsTest, AMisreadingOfAFrequentWord) {
  Vocabulary vocabulary =
      Counted("Kronstadt Kronstadt Kronstadt Kronstadt Kronstadt Eronstadt");
  WordGuess guess = FrequentWords(vocabulary).Guess("Eronstadt", EnglishDictionary());
  EXPECT_EQ(guess.replacement, "Kronstadt");
  EXPECT_EQ(guess.note, "\"Kronstadt\" occurs 5 times");
}

TEST(FrequentWordsTest, DoesNotFire) {
  Vocabulary vocabulary = Counted(
      "Bolshevik Bolshevik Bolshevik Bolshevik Bolshevik Zorin Zorin Zorin Zorin "
      "Lenin Lenin Lenin Lenin Lenin Kronstadt Kronstadt Kronstadt Kronstadt "
      "Kurágin Kurágin Kurágin Kurágin Kurágin Karágin Karágin Karágin Karágin Karágin "
      "Karágins Karágins Karágins Karágins Karágins Kurágins abbé abbé abbé abbé abbé");
  FrequentWords frequent(vocabulary);
  for (const char* word : {
           "Bolsheviks",  // an added letter: an inflection, not a misreading
           "Zorix",       // Zorin occurs only four times
           "Eronstadt",   // Kronstadt occurs only four times
           "Lenin",       // the frequent word itself
           "lenin",       // not capitalised
           "Lemon",       // two letters away, and short
           "Kurágins",    // the plural of a word the text holds, not Karágins
           "Abbé",        // differs in case only
       }) {
    EXPECT_TRUE(frequent.Guess(word, EnglishDictionary()).replacement.empty()) << word;
  }
}

TEST(FrequentWordsTest, TwoCandidatesAreADoubt) {
  Vocabulary vocabulary = Counted("Zorinov Zorinov Zorinov Zorinov Zorinov Zorikov Zorikov "
                                  "Zorikov Zorikov Zorikov");
  WordGuess guess = FrequentWords(vocabulary).Guess("Zorixov", EnglishDictionary());
  EXPECT_TRUE(guess.replacement.empty());
  EXPECT_NE(guess.doubt.find("\"Zorikov\" and \"Zorinov\""), std::string::npos);
}

TEST(DroppedAccentsTest, RestoresListedLoanwords) {
  EXPECT_EQ(GuessDroppedAccents("emigre").replacement, "\u00E9migr\u00E9");
  EXPECT_EQ(GuessDroppedAccents("emigr\u00E9s").replacement, "\u00E9migr\u00E9s");
  EXPECT_EQ(GuessDroppedAccents("vis-a-vis").replacement, "vis-\u00E0-vis");
  EXPECT_EQ(GuessDroppedAccents("Emigre").replacement, "\u00C9migr\u00E9");
  EXPECT_EQ(GuessDroppedAccents("protege").replacement, "prot\u00E9g\u00E9");
}

TEST(DroppedAccentsTest, LeavesHomographsAndAccentedWordsAlone) {
  for (const char* word : {"resume", "expose", "rose", "pate", "\u00E9migr\u00E9", "emigrate",
                           "a", "elite"}) {
    EXPECT_TRUE(GuessDroppedAccents(word).replacement.empty()) << word;
  }
}

}  // namespace
}  // namespace galley
