// Language tags onto Debian's dictionary files and packages, checked against the files
// scripts/install-deps.sh installs (hunspell-de-de, hyphen-de, hunspell-fr, …): a missing one
// fails these tests, it never skips them.
#include "language/dictionaries.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/galley_process.h"

namespace galley::language {
namespace {

using Kind = DictionaryKind;

TEST(LanguageTagTest, SplitsLanguageScriptAndRegionInTheirCase) {
  EXPECT_EQ(ParseLanguageTag("de").ToString(), "de");
  EXPECT_EQ(ParseLanguageTag("de-DE").ToString(), "de-DE");
  EXPECT_EQ(ParseLanguageTag("en_gb").ToString(), "en-GB");
  EXPECT_EQ(ParseLanguageTag("EN-latn-gb").ToString(), "en-Latn-GB");
  EXPECT_EQ(ParseLanguageTag("es-419").region, "419");
  EXPECT_EQ(ParseLanguageTag("de-1996").region, "");  // a variant, not a region
  EXPECT_EQ(ParseLanguageTag("").language, "");
}

TEST(LanguageTagTest, NamesTheLanguageInEnglish) {
  EXPECT_EQ(LanguageName(ParseLanguageTag("de-AT")), "German");
  EXPECT_EQ(LanguageName(ParseLanguageTag("fr")), "French");
  EXPECT_EQ(LanguageName(ParseLanguageTag("qqx")), "qqx");
}

TEST(DictionariesTest, FileNamesFollowDebiansNaming) {
  EXPECT_EQ(DictionaryFileNames(Kind::kHyphenation, ParseLanguageTag("de")),
            (std::vector<std::string>{"hyph_de_DE.dic", "hyph_de.dic"}));
  EXPECT_EQ(DictionaryFileNames(Kind::kSpelling, ParseLanguageTag("de")),
            (std::vector<std::string>{"de_DE.dic", "de.dic"}));
  EXPECT_EQ(DictionaryFileNames(Kind::kSpelling, ParseLanguageTag("en")).front(), "en_US.dic");
  EXPECT_EQ(DictionaryFileNames(Kind::kSpelling, ParseLanguageTag("en-GB")).front(),
            "en_GB.dic");
  EXPECT_EQ(DictionaryFileNames(Kind::kHyphenation, ParseLanguageTag("pt")).front(),
            "hyph_pt_PT.dic");
}

TEST(DictionariesTest, PackagesAreDebiansOwn) {
  auto hyphen = [](const char* tag) { return DebianPackage(Kind::kHyphenation, ParseLanguageTag(tag)); };
  auto spelling = [](const char* tag) { return DebianPackage(Kind::kSpelling, ParseLanguageTag(tag)); };
  EXPECT_EQ(hyphen("de"), "hyphen-de");
  EXPECT_EQ(hyphen("de-CH"), "hyphen-de");
  EXPECT_EQ(hyphen("en"), "hyphen-en-us");
  EXPECT_EQ(hyphen("en-GB"), "hyphen-en-gb");
  EXPECT_EQ(hyphen("fr-CA"), "hyphen-fr");
  EXPECT_EQ(hyphen("pt-BR"), "hyphen-pt-br");
  EXPECT_EQ(hyphen("tlh"), "");
  EXPECT_EQ(spelling("de"), "hunspell-de-de");
  EXPECT_EQ(spelling("de-AT"), "hunspell-de-at");
  EXPECT_EQ(spelling("en-GB"), "hunspell-en-gb");
  EXPECT_EQ(spelling("it"), "hunspell-it");
  EXPECT_EQ(spelling("et"), "myspell-et");
  EXPECT_EQ(spelling("tlh"), "");
}

// The six languages install-deps.sh provides, found where Debian puts them.
TEST(DictionariesTest, FindsTheInstalledDictionaries) {
  auto find = [](Kind kind, const char* tag) {
    Result<std::string> path = FindDictionary(kind, tag, DebianDictionaryDirectory(kind));
    EXPECT_TRUE(path.ok()) << tag << ": " << path.error().ToString();
    return path.ok() ? *path : std::string();
  };
  EXPECT_EQ(find(Kind::kHyphenation, "de"), "/usr/share/hyphen/hyph_de_DE.dic");
  EXPECT_EQ(find(Kind::kHyphenation, "de-DE"), "/usr/share/hyphen/hyph_de_DE.dic");
  EXPECT_EQ(find(Kind::kHyphenation, "en"), "/usr/share/hyphen/hyph_en_US.dic");
  EXPECT_EQ(find(Kind::kHyphenation, "en-GB"), "/usr/share/hyphen/hyph_en_GB.dic");
  EXPECT_EQ(find(Kind::kHyphenation, "fr"), "/usr/share/hyphen/hyph_fr_FR.dic");
  EXPECT_EQ(find(Kind::kHyphenation, "es"), "/usr/share/hyphen/hyph_es_ES.dic");
  EXPECT_EQ(find(Kind::kHyphenation, "it"), "/usr/share/hyphen/hyph_it_IT.dic");
  EXPECT_EQ(find(Kind::kSpelling, "de"), "/usr/share/hunspell/de_DE.dic");
  EXPECT_EQ(find(Kind::kSpelling, "en-US"), "/usr/share/hunspell/en_US.dic");
  EXPECT_EQ(find(Kind::kSpelling, "en-GB"), "/usr/share/hunspell/en_GB.dic");
  EXPECT_EQ(find(Kind::kSpelling, "fr"), "/usr/share/hunspell/fr_FR.dic");
  EXPECT_EQ(find(Kind::kSpelling, "es"), "/usr/share/hunspell/es_ES.dic");
  EXPECT_EQ(find(Kind::kSpelling, "it"), "/usr/share/hunspell/it_IT.dic");
}

TEST(DictionariesTest, AMissingDictionaryNamesThePackageToInstall) {
  galley::testing::TempDir empty;
  Result<std::string> path = FindDictionary(Kind::kHyphenation, "de", empty.path());
  ASSERT_FALSE(path.ok());
  EXPECT_EQ(path.error().kind, ErrorKind::kInput);
  EXPECT_NE(path.error().message.find("German"), std::string::npos) << path.error().message;
  EXPECT_NE(path.error().message.find("hyph_de_DE.dic"), std::string::npos);
  EXPECT_EQ(path.error().hint, "install it: apt-get install hyphen-de");
}

TEST(DictionariesTest, ALanguageDebianHasNoDictionaryForSaysSo) {
  Result<std::string> path = FindDictionary(Kind::kHyphenation, "tlh", "/usr/share/hyphen");
  ASSERT_FALSE(path.ok());
  EXPECT_NE(path.error().message.find("Debian has no hyphenation patterns for Klingon (tlh)"),
            std::string::npos)
      << path.error().message;
  EXPECT_EQ(path.error().hint.find("apt-get"), std::string::npos);
}

// Another region's dictionary never stands in for the one the tag names.
TEST(DictionariesTest, ARegionIsNotReplacedByAnother) {
  galley::testing::TempDir dir;
  galley::testing::WriteFileOrDie(dir.File("en_US.dic"), "1\nword\n");
  EXPECT_FALSE(FindDictionary(Kind::kSpelling, "en-AU", dir.path()).ok());
  EXPECT_TRUE(FindDictionary(Kind::kSpelling, "en", dir.path()).ok());
  // Without a region, any region of the language will do when the usual one is missing.
  galley::testing::WriteFileOrDie(dir.File("hyph_xx_YY.dic"), "UTF-8\n");
  Result<std::string> any = FindDictionary(Kind::kHyphenation, "xx", dir.path());
  ASSERT_TRUE(any.ok());
  EXPECT_EQ(any.value(), dir.File("hyph_xx_YY.dic"));
}

}  // namespace
}  // namespace galley::language
