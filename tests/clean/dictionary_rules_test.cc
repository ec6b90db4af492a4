// The rules that consult the dictionary, against the real en-US hunspell dictionary.
#include <gtest/gtest.h>

#include "clean/dropped_accents.h"
#include "clean/frequent_words.h"
#include "clean/misplaced_hyphens.h"
#include "clean/run_together_words.h"
#include "clean/test_dictionary.h"

namespace galley {
namespace {

std::string Split(std::string_view text) {
  return SplitRunTogetherWords(text, EnglishDictionary()).text;
}

TEST(SpellCheckerTest, KnowsEnglishAndNotMisreadings) {
  const SpellChecker& dictionary = EnglishDictionary();
  EXPECT_TRUE(dictionary.Knows("revolution"));
  EXPECT_TRUE(dictionary.Knows("I've"));
  EXPECT_TRUE(dictionary.Knows("I\u2019ve"));
  EXPECT_FALSE(dictionary.Knows("mercilass"));
  EXPECT_NE(dictionary.path().find("en_US.dic"), std::string::npos);
}

TEST(SpellCheckerTest, AMissingDictionaryIsAnError) {
  Result<SpellChecker> missing = SpellChecker::Open("/usr/share/hunspell", "xx-XX");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().where.file, "/usr/share/hunspell/xx_XX.aff");
  EXPECT_NE(missing.error().hint.find("hunspell-xx-xx"), std::string::npos);
}

TEST(RunTogetherWordsTest, SplitsWithAHyphenOrASpace) {
  EXPECT_EQ(Split("a new freedomgiving revolution"), "a new freedom-giving revolution");
  EXPECT_EQ(Split("that smallscale strikes"), "that small-scale strikes");
  EXPECT_EQ(Split("an audaciouslywon victory"), "an audaciously won victory");
  EXPECT_EQ(Split("went intothe night"), "went into the night");
}

TEST(RunTogetherWordsTest, LeavesOtherWordsAlone) {
  for (const char* text : {
           "modelled upon the State",    // a spelling variant: "modeled" is one edit away
           "threatened mercilass punishment",  // no split into two words
           "the revolution succeeded",   // known words
           "Freedomgiving",              // capitalised: a name, perhaps
           "intorbin",                   // no split with both parts of three letters
           "regroupings were effected",  // an inflection the dictionary lacks
       }) {
    TextFix fix = SplitRunTogetherWords(text, EnglishDictionary());
    EXPECT_EQ(fix.text, text);
    EXPECT_TRUE(fix.edits.empty()) << text;
  }
}

TEST(MisplacedHyphensTest, MovesTheHyphenToTheCompound) {
  TextFix fix = FixMisplacedHyphens("my fatherin-law, Alexander", EnglishDictionary());
  EXPECT_EQ(fix.text, "my father-in-law, Alexander");
  ASSERT_EQ(fix.edits.size(), 1u);
}

TEST(MisplacedHyphensTest, LeavesOtherHyphenatedWordsAlone) {
  for (const char* text : {"brother-in-law", "anarcho-syndicalist", "Vassili-Ostrov",
                           "street-cars", "counter-revolutionary"}) {
    EXPECT_EQ(FixMisplacedHyphens(text, EnglishDictionary()).text, text);
  }
}

TEST(FrequentWordsTest, AMisreadingOfAFrequentWord) {
  WordCounts counts;
  CountWords("Kronstadt Kronstadt Kronstadt Kronstadt Kronstadt Eronstadt", &counts);
  TextFix fix = FixFrequentWordMisreadings("word reached Eronstadt that", counts,
                                           EnglishDictionary());
  EXPECT_EQ(fix.text, "word reached Kronstadt that");
  ASSERT_EQ(fix.edits.size(), 1u);
  EXPECT_EQ(fix.edits[0].note, "\"Kronstadt\" occurs 5 times");
}

TEST(FrequentWordsTest, DoesNotFire) {
  WordCounts counts;
  CountWords("Bolshevik Bolshevik Bolshevik Bolshevik Bolshevik Zorin Zorin Zorin Zorin "
             "Lenin Lenin Lenin Lenin Lenin Kronstadt Kronstadt Kronstadt Kronstadt",
             &counts);
  for (const char* text : {
           "the Bolsheviks",  // an added letter: an inflection, not a misreading
           "Zorix",           // Zorin occurs only four times
           "Eronstadt",       // Kronstadt occurs only four times
           "Lenin",           // the frequent word itself
           "lenin",           // not capitalised
           "Lemon",           // two letters away
       }) {
    EXPECT_EQ(FixFrequentWordMisreadings(text, counts, EnglishDictionary()).text, text);
  }
}

TEST(FrequentWordsTest, TwoCandidatesAreADoubt) {
  WordCounts counts;
  CountWords("Zorin Zorin Zorin Zorin Zorin Zorik Zorik Zorik Zorik Zorik", &counts);
  TextFix fix = FixFrequentWordMisreadings("Zorix", counts, EnglishDictionary());
  EXPECT_EQ(fix.text, "Zorix");
  EXPECT_EQ(fix.doubts.size(), 1u);
}

TEST(DroppedAccentsTest, RestoresListedLoanwords) {
  EXPECT_EQ(RestoreDroppedAccents("a revolutionary Russian emigre.").text,
            "a revolutionary Russian \u00E9migr\u00E9.");
  EXPECT_EQ(RestoreDroppedAccents("the return of the emigr\u00E9s").text,
            "the return of the \u00E9migr\u00E9s");
  EXPECT_EQ(RestoreDroppedAccents("responsibility vis-a-vis the").text,
            "responsibility vis-\u00E0-vis the");
  EXPECT_EQ(RestoreDroppedAccents("Emigre writers").text, "\u00C9migr\u00E9 writers");
  EXPECT_EQ(RestoreDroppedAccents("his protege").text, "his prot\u00E9g\u00E9");
}

TEST(DroppedAccentsTest, LeavesHomographsAndAccentedWordsAlone) {
  for (const char* text : {"resume the talks", "expose the lie", "a rose", "the pate",
                           "an \u00E9migr\u00E9", "emigrate", "a", "elite"}) {
    TextFix fix = RestoreDroppedAccents(text);
    EXPECT_EQ(fix.text, text);
    EXPECT_TRUE(fix.edits.empty()) << text;
  }
}

}  // namespace
}  // namespace galley
