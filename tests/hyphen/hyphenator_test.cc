// Hyphenation through libhyphen with Debian's English patterns (hyphen-en-us, hyphen-en-gb).
// A missing dictionary fails these tests: they never skip.
#include "hyphen/hyphenator.h"
#include "hyphen/hyphenated_word.h"
#include "support/test_paths.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace galley::hyphen {
namespace {

std::unique_ptr<Hyphenator> Load(const std::string& language, HyphenationSettings settings = {}) {
  auto hyphenator = Hyphenator::ForLanguage(language, std::move(settings));
  EXPECT_TRUE(hyphenator.ok()) << hyphenator.error().ToString();
  return hyphenator.ok() ? std::move(*hyphenator) : nullptr;
}

HyphenationSettings Minimums(int left, int right) {
  HyphenationSettings settings;
  settings.left_min = left;
  settings.right_min = right;
  return settings;
}

TEST(HyphenatorTest, BreaksHyphenationWhereTexDoes) {
  auto us = Load("en-US");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->Breaks("hyphenation"), (std::vector<size_t>{2, 6}));
  EXPECT_EQ(Hyphenated(*us, "hyphenation"), "hy-phen-ation");
}

TEST(HyphenatorTest, IgnoresCase) {
  auto us = Load("en-US");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(Hyphenated(*us, "Hyphenation"), "Hy-phen-ation");
  EXPECT_EQ(Hyphenated(*us, "HYPHENATION"), "HY-PHEN-ATION");
}

TEST(HyphenatorTest, LanguageTagChoosesTheDictionary) {
  auto bare = Load("en");
  auto us = Load("en-US");
  auto gb = Load("en-GB");
  auto gb_lower = Load("en_gb");
  auto gb_script = Load("en-Latn-GB");
  ASSERT_TRUE(bare && us && gb && gb_lower && gb_script);
  EXPECT_EQ(bare->dictionary_path(), "/usr/share/hyphen/hyph_en_US.dic");
  EXPECT_EQ(us->dictionary_path(), "/usr/share/hyphen/hyph_en_US.dic");
  EXPECT_EQ(gb->dictionary_path(), "/usr/share/hyphen/hyph_en_GB.dic");
  EXPECT_EQ(gb_lower->dictionary_path(), gb->dictionary_path());
  EXPECT_EQ(gb_script->dictionary_path(), gb->dictionary_path());
}

TEST(HyphenatorTest, AmericanAndBritishPatternsDiffer) {
  // Found by running both over a word list: British patterns break before the suffix's
  // vowel, American ones keep "-ation" whole.
  auto us = Load("en-US");
  auto gb = Load("en-GB");
  ASSERT_TRUE(us && gb);
  EXPECT_EQ(Hyphenated(*us, "hyphenation"), "hy-phen-ation");
  EXPECT_EQ(Hyphenated(*gb, "hyphenation"), "hy-phen-a-tion");
  EXPECT_EQ(Hyphenated(*us, "manuscript"), "man-u-script");
  EXPECT_EQ(Hyphenated(*gb, "manuscript"), "ma-nu-script");
}

TEST(HyphenatorTest, MinimumsCountLettersNotBytes) {
  // "émigré": six letters, eight bytes; American patterns break it "émi-gré", byte offset 4.
  auto us = Load("en-US");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->Breaks("émigré"), (std::vector<size_t>{4}));
  EXPECT_EQ(Hyphenated(*us, "Émigré"), "Émi-gré");

  // Counting bytes, "émi" (4 bytes) would pass a left minimum of 4 and "gré" a right one.
  EXPECT_TRUE(Load("en-US", Minimums(4, 3))->Breaks("émigré").empty());
  EXPECT_TRUE(Load("en-US", Minimums(2, 4))->Breaks("émigré").empty());
  EXPECT_EQ(Load("en-US", Minimums(3, 3))->Breaks("émigré"),
            (std::vector<size_t>{4}));
}

TEST(HyphenatorTest, MinimumsDropBreaksNearTheEnds) {
  EXPECT_EQ(Hyphenated(*Load("en-US", Minimums(3, 3)), "hyphenation"), "hyphen-ation");
  EXPECT_EQ(Hyphenated(*Load("en-US", Minimums(2, 6)), "hyphenation"), "hy-phenation");
  EXPECT_EQ(Hyphenated(*Load("en-US", Minimums(3, 6)), "hyphenation"),
            "hyphenation");
}

TEST(HyphenatorTest, ExceptionsOverridePatterns) {
  HyphenationSettings settings;
  settings.exceptions = {{"Manuscript", "man-u-script"},   // keys match in any case
                         {"hyphenation", "hyphenation"},   // never break
                         {"overall", "o-ver-all"}};        // the minimums still apply
  auto gb = Load("en-GB", settings);
  ASSERT_NE(gb, nullptr);
  EXPECT_EQ(Hyphenated(*gb, "manuscript"), "man-u-script");
  EXPECT_EQ(Hyphenated(*gb, "MANUSCRIPT"), "MAN-U-SCRIPT");
  EXPECT_EQ(Hyphenated(*gb, "hyphenation"), "hyphenation");
  EXPECT_EQ(Hyphenated(*gb, "overall"), "over-all");
  EXPECT_EQ(Hyphenated(*gb, "communication"), "com-mu-nic-a-tion");  // patterns elsewhere
  EXPECT_TRUE(gb->IsException("Manuscript"));
  EXPECT_FALSE(gb->IsException("communication"));
}

TEST(HyphenatorTest, ExceptionSpellingADifferentWordIsAnError) {
  HyphenationSettings settings;
  settings.exceptions = {{"manuscript", "man-u-scrip"}};
  auto result = Hyphenator::ForLanguage("en-US", settings);
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message.find("\"manuscript\""), std::string::npos);
  EXPECT_NE(result.error().hint.find("man-u-script"), std::string::npos);
}

TEST(HyphenatorTest, UnknownLanguageSaysDebianHasNoPatterns) {
  auto result = Hyphenator::ForLanguage("tlh-KX", {});
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::kInput);
  EXPECT_NE(result.error().message.find("Debian has no hyphenation patterns for Klingon (tlh-KX)"),
            std::string::npos)
      << result.error().message;
}

TEST(HyphenatorTest, EmptyLanguageIsAnError) {
  auto result = Hyphenator::ForLanguage("", {});
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().hint.find("language"), std::string::npos);
}

// Debian's hyphen-de ships ISO8859-1 patterns; they are read as they are installed.
TEST(HyphenatorTest, GermanPatternsAreReadInTheirOwnEncoding) {
  auto german = Load("de");
  ASSERT_NE(german, nullptr);
  EXPECT_EQ(german->dictionary_path(), "/usr/share/hyphen/hyph_de_DE.dic");
  EXPECT_EQ(Hyphenated(*german, "Silbentrennung"), "Sil-ben-tren-nung");
  // Umlauts and ß are letters of the patterns, counted as one letter each.
  EXPECT_EQ(Hyphenated(*german, "Schönheit"), "Schön-heit");
  EXPECT_EQ(Hyphenated(*german, "Verwandlung"), "Ver-wand-lung");
}

TEST(HyphenatorTest, Latin1TestDictionaryBreaksAtItsPattern) {
  PatternSource source;
  source.dictionary_dir = galley::testing::TestDataDir() + "/hyphen/latin1";
  auto result = Hyphenator::ForLanguage("xx", Minimums(1, 1), source);
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_EQ(Hyphenated(**result, "abab"), "ab-ab");
}

TEST(HyphenatorTest, EmptyAndShortWordsHaveNoBreaks) {
  auto us = Load("en-US");
  ASSERT_NE(us, nullptr);
  EXPECT_TRUE(us->Breaks("").empty());
  EXPECT_TRUE(us->Breaks("a").empty());
  EXPECT_TRUE(us->Breaks("the").empty());
}

}  // namespace
}  // namespace galley::hyphen
