// metadata.txt's settings for galley clean, and the rule set they and the source choose.
#include "clean/clean_settings.h"

#include <gtest/gtest.h>

#include "clean/rule_set.h"

namespace galley {
namespace {

constexpr const char* kFile = "t/metadata.txt";

TEST(CleanSettingsTest, SettingsAreTakenOutOfTheFrontMatter) {
  std::string text =
      "title: T\nsource-encoding: ISO-8859-1\nauthor: A\nrules-off: accent, run-together\n"
      "rules-on: page-join\nguesses: propose\nsource-format: gutenberg\nlanguage: en-GB\n";
  Result<CleanSettings> settings = TakeCleanSettings(&text, kFile);
  ASSERT_TRUE(settings.ok()) << settings.error().ToString();
  EXPECT_EQ(text, "title: T\n\nauthor: A\n\n\n\n\nlanguage: en-GB\n");  // line numbers kept
  EXPECT_EQ(settings->source_encoding, "iso-8859-1");
  EXPECT_EQ(settings->source_format, SourceFormat::kGutenberg);
  ASSERT_EQ(settings->rules_off.size(), 2u);
  EXPECT_EQ(settings->rules_off[1].text, "run-together");
  EXPECT_EQ(settings->rules_off[1].line, 4);
  EXPECT_EQ(settings->rules_off[1].column, 20);
  EXPECT_EQ(settings->guesses_apply, false);
}

TEST(CleanSettingsTest, BadValuesAreErrorsAtTheirColumn) {
  auto error = [](std::string text) {
    Result<CleanSettings> settings = TakeCleanSettings(&text, kFile);
    EXPECT_FALSE(settings.ok());
    return settings.ok() ? Error{} : settings.error();
  };
  Error encoding = error("title: T\nsource-encoding: latin-9\n");
  EXPECT_EQ(encoding.where.ToString(), "t/metadata.txt:2:18");
  EXPECT_NE(encoding.hint.find("windows-1252"), std::string::npos);
  EXPECT_EQ(error("source-format: pdf\n").where.ToString(), "t/metadata.txt:1:16");
  EXPECT_EQ(error("guesses: maybe\n").where.ToString(), "t/metadata.txt:1:10");
  EXPECT_NE(error("guesses: apply\nguesses: apply\n").message.find("given twice"),
            std::string::npos);
}

RuleSet Rules(SourceFormat format, std::string_view language, std::string settings_text) {
  Result<CleanSettings> settings = TakeCleanSettings(&settings_text, kFile);
  EXPECT_TRUE(settings.ok());
  Result<RuleSet> rules = RuleSet::Make(format, language, *settings, kFile);
  EXPECT_TRUE(rules.ok()) << rules.error().ToString();
  return std::move(*rules);
}

TEST(RuleSetTest, EnglishRulesDoNotRunOnGerman) {
  RuleSet german = Rules(SourceFormat::kOcr, "de-DE", "");
  EXPECT_FALSE(german.Runs("run-together"));
  EXPECT_FALSE(german.Runs("misplaced-hyphen"));
  EXPECT_FALSE(german.Runs("accent"));
  EXPECT_TRUE(german.Runs("frequent-word"));
  EXPECT_TRUE(german.Runs("broken-hyphen"));
  EXPECT_TRUE(Rules(SourceFormat::kOcr, "en-GB", "").Runs("run-together"));
  bool listed = false;
  for (const RuleNotRun& off : german.NotRun()) {
    if (off.rule == "accent") listed = off.why == "written for English";
  }
  EXPECT_TRUE(listed);
}

TEST(RuleSetTest, AProjectGutenbergTextIsProofread) {
  RuleSet gutenberg = Rules(SourceFormat::kGutenberg, "en", "");
  EXPECT_FALSE(gutenberg.GuessesApply());
  EXPECT_FALSE(gutenberg.Runs("page-join"));
  EXPECT_FALSE(gutenberg.Runs("stray-number"));
  EXPECT_TRUE(gutenberg.Runs("note"));
  RuleSet ocr = Rules(SourceFormat::kOcr, "en", "");
  EXPECT_TRUE(ocr.GuessesApply());
  EXPECT_TRUE(ocr.Runs("page-join"));
  EXPECT_FALSE(ocr.Runs("note"));
}

TEST(RuleSetTest, MetadataSwitchesRulesPerTitle) {
  RuleSet rules = Rules(SourceFormat::kGutenberg, "en",
                        "rules-off: accent quotes\nrules-on: page-join\nguesses: apply\n");
  EXPECT_FALSE(rules.Runs("accent"));
  EXPECT_FALSE(rules.Runs("quotes"));
  EXPECT_TRUE(rules.Runs("page-join"));
  EXPECT_TRUE(rules.GuessesApply());
}

TEST(RuleSetTest, NamingABadRuleIsAnError) {
  auto error = [](std::string_view language, std::string text) {
    Result<CleanSettings> settings = TakeCleanSettings(&text, kFile);
    Result<RuleSet> rules = RuleSet::Make(SourceFormat::kOcr, language, *settings, kFile);
    EXPECT_FALSE(rules.ok());
    return rules.ok() ? Error{} : rules.error();
  };
  Error unknown = error("en", "title: T\nrules-off: accent, acents\n");
  EXPECT_EQ(unknown.where.ToString(), "t/metadata.txt:2:20");
  EXPECT_NE(unknown.message.find("unknown rule \"acents\""), std::string::npos);
  EXPECT_NE(error("en", "rules-off: correction\n").message.find("the editor's own input"),
            std::string::npos);
  EXPECT_NE(error("de", "rules-on: run-together\n").message.find("written for English"),
            std::string::npos);
}

}  // namespace
}  // namespace galley
