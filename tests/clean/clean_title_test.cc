#include "clean/clean_title.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "clean/clean_rules.h"

namespace galley {
namespace {

class CleanTitleTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs_.Add("t/source.ocr.txt",
            "\r\nA short note on the emigre author.\r\n\r\n6912\r\n\r\n## TITLE\r\n\r\n"
            "THE OPENING WORDS, said he, 'that they intended to shoot\r\n\r\n- 3 -\r\n\r\n"
            "you.' It was <u>his</u> hour...\r\n\r\n.\r\n\r\nAn mistake here.\r\n");
    fs_.Add("t/corrections.tsv", "An mistake\tA mistake\ttyping error\n");
    fs_.Add("t/structure.tsv",
            "division\tfront\tbiography\tAbout the Author\tA short note\n"
            "division\tbody\t-\t-\t## TITLE\n"
            "lead-in\tTHE OPENING WORDS,\n");
    fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\n");
  }

  Result<CleanResult> Clean() { return CleanTitle(fs_, LocateTitle("t")); }

  MemoryFileSystem fs_;
};

TEST_F(CleanTitleTest, MakesTheManuscriptAndTheReview) {
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_EQ(result->manuscript,
            "---\ntitle: T\nauthor: A\nlanguage: en-US\n---\n"
            "\n<division kind=\"front\" role=\"biography\" title=\"About the Author\">\n"
            "\nA short note on the emigre author.\n\n</division>\n"
            "\n<division kind=\"body\">\n\n## TITLE\n\n"
            "<sc>THE OPENING WORDS,</sc> said he, \u2018that they intended to shoot <pb n=\"3\"/>"
            "you.\u2019 It was *his* hour\u2026\n\nA mistake here.\n\n</division>\n");
  const Review& review = result->review;
  EXPECT_EQ(review.source, "t/source.ocr.txt");
  EXPECT_TRUE(review.doubts.empty());
  std::vector<std::string> rules;
  for (const Change& change : review.changes) {
    if (rules.empty() || rules.back() != change.rule) rules.push_back(change.rule);
  }
  EXPECT_NE(std::find(rules.begin(), rules.end(), "correction"), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "page-join"), rules.end());
  // "emigre" is in the dictionary: the accent rule only proposes.
  ASSERT_EQ(review.proposals.size(), 1u);
  EXPECT_EQ(review.proposals[0].rule, "accent");
  EXPECT_EQ(review.proposals[0].lines, std::vector<int>{2});
  EXPECT_EQ(review.proposals[0].corrections,
            std::vector<std::string>{"emigre\t\u00E9migr\u00E9\taccept the accent rule's proposal"});
}

// The proposal's line, pasted into corrections.tsv, makes the change; the review lists it as
// the editor's.
TEST_F(CleanTitleTest, AnAcceptedProposalIsACorrection) {
  fs_.Add("t/corrections.tsv", "An mistake\tA mistake\ttyping error\n"
                               "emigre\t\u00E9migr\u00E9\taccept the accent rule's proposal\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("the \u00E9migr\u00E9 author"), std::string::npos);
  EXPECT_TRUE(result->review.proposals.empty());
}

TEST_F(CleanTitleTest, HeadingLevelOneWithoutOtherHeadingsStaysButDeeperBecomeTwo) {
  fs_.Add("t/source.ocr.txt", "# A\n\n#### B\n\ntext.\n\n### C\n\ntext.\n");
  fs_.Add("t/structure.tsv", "");
  fs_.Add("t/corrections.tsv", "");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("\n# A\n\n## B\n\ntext.\n\n## C\n"), std::string::npos);
}

TEST_F(CleanTitleTest, OptionalFilesMayBeAbsent) {
  MemoryFileSystem fs;
  fs.Add("t/source.ocr.txt", "Text.\n");
  fs.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\n");
  Result<CleanResult> result = CleanTitle(fs, LocateTitle("t"));
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_EQ(result->manuscript, "---\ntitle: T\nauthor: A\nlanguage: en-US\n---\n\nText.\n");
}

TEST_F(CleanTitleTest, ACorrectionThatMatchesNothingFailsTheRun) {
  fs_.Add("t/corrections.tsv", "# fixes\nAn mistake\tA mistake\ttyping error\nnowhere\tx\twhy\n");
  Result<CleanResult> result = Clean();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.ToString(), "t/corrections.tsv:3:1");
  EXPECT_NE(result.error().ToString().find("matches nothing in t/source.ocr.txt"),
            std::string::npos);
}

// A folio that stands twice would give a manuscript no back end accepts (a page marked twice):
// the run stops at the second, naming the first.
TEST_F(CleanTitleTest, AFolioThatStandsTwiceFailsTheRun) {
  fs_.Add("t/source.ocr.txt", "One.\n\n- 3 -\n\nTwo.\n\n  -3-\n\nThree.\n");
  fs_.Add("t/structure.tsv", "");
  fs_.Add("t/corrections.tsv", "");
  Result<CleanResult> result = Clean();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.ToString(), "t/source.ocr.txt:7:3");
  EXPECT_NE(result.error().message.find("page 3 stands twice: here and on line 3"),
            std::string::npos)
      << result.error().message;
}

TEST_F(CleanTitleTest, InputErrorsNameTheirFile) {
  fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\nformat: A5\n");
  EXPECT_EQ(Clean().error().where.ToString(), "t/metadata.txt:4:1");
  fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: en-US\n");
  fs_.Add("t/structure.tsv", "lead-in\tNOWHERE\n");
  EXPECT_EQ(Clean().error().where.ToString(), "t/structure.tsv:1:9");
  fs_.Add("t/structure.tsv", "");
  fs_.Add("t/source.ocr.txt", "ok\nbad \xFF byte\n");
  EXPECT_EQ(Clean().error().where.ToString(), "t/source.ocr.txt:2:5");
}

TEST_F(CleanTitleTest, AWordListEntryTheTextLacksIsAnError) {
  fs_.Add("t/words.txt", "emigre\nKozlovski\n");
  Result<CleanResult> result = Clean();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.ToString(), "t/words.txt:2:1");
}

// Listed in words.txt, "emigre" is right: no proposal, and it is not an unknown word.
TEST_F(CleanTitleTest, AWordListEntryIsLeftAlone) {
  fs_.Add("t/words.txt", "emigre\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_TRUE(result->review.proposals.empty());
  for (const UnknownWord& word : result->review.unknown_words) EXPECT_NE(word.word, "emigre");
}

TEST_F(CleanTitleTest, ASourceEncodingThatDoesNotDecodeIsAnError) {
  fs_.Add("t/metadata.txt",
          "title: T\nauthor: A\nlanguage: en-US\nsource-encoding: windows-1252\n");
  fs_.Add("t/source.ocr.txt", "Fine.\r\nNot \x9D fine.\r\n");
  Result<CleanResult> result = Clean();
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().where.ToString(), "t/source.ocr.txt:2:5");
}

TEST_F(CleanTitleTest, RulesMayBeSwitchedOffPerTitle) {
  fs_.Add("t/metadata.txt",
          "title: T\nauthor: A\nlanguage: en-US\nrules-off: quotes, ellipsis\n");
  Result<CleanResult> result = Clean();
  ASSERT_TRUE(result.ok()) << result.error().ToString();
  EXPECT_NE(result->manuscript.find("said he, 'that they"), std::string::npos);
  EXPECT_NE(result->manuscript.find("hour..."), std::string::npos);
  EXPECT_EQ(result->manuscript.find("rules-off"), std::string::npos);
}

TEST_F(CleanTitleTest, MissingMetadataOrDictionaryIsAnError) {
  MemoryFileSystem fs;
  fs.Add("t/source.ocr.txt", "Text.\n");
  EXPECT_FALSE(CleanTitle(fs, LocateTitle("t")).ok());
  CleanOptions options;
  options.dictionary_dir = "/nonexistent";
  Result<CleanResult> result = CleanTitle(fs_, LocateTitle("t"), options);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::kInput);
  EXPECT_NE(result.error().hint.find("apt-get install hunspell-en-us"), std::string::npos);
  // At the metadata line that asked for the language.
  EXPECT_EQ(result.error().where.ToString(), "t/metadata.txt:3:11");
}

// `de` is Debian's de_DE (hunspell-de-de); a language Debian has no dictionary for says so.
TEST_F(CleanTitleTest, GermanFindsDebiansDictionaryAndAnUnknownLanguageSaysThereIsNone) {
  fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: de\n");
  Result<CleanResult> german = Clean();
  ASSERT_TRUE(german.ok()) << german.error().ToString();
  EXPECT_EQ(german->review.dictionary, "/usr/share/hunspell/de_DE.dic");

  fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: la\n");
  Result<CleanResult> latin = Clean();
  ASSERT_FALSE(latin.ok());
  EXPECT_EQ(latin.error().where.ToString(), "t/metadata.txt:3:11");
  EXPECT_NE(latin.error().message.find("Debian has no spelling dictionary"), std::string::npos)
      << latin.error().message;
}

// Quote education follows the title's language, and metadata.txt's `quotes` overrides it; the
// setting is not copied into the manuscript.
TEST_F(CleanTitleTest, QuotesFollowTheTitlesLanguageOrItsSetting) {
  fs_.Add("t/structure.tsv", "");
  fs_.Add("t/corrections.tsv", "");
  auto clean = [&](const std::string& metadata, const std::string& source) {
    fs_.Add("t/metadata.txt", "title: T\nauthor: A\n" + metadata);
    fs_.Add("t/source.ocr.txt", source);
    Result<CleanResult> result = Clean();
    EXPECT_TRUE(result.ok()) << result.error().ToString();
    return result.ok() ? result->manuscript : std::string();
  };
  std::string german = clean("language: de-DE\n", "Er sagte: \"Wir gehen.\"\n");
  EXPECT_NE(german.find("Er sagte: \u201EWir gehen.\u201C\n"), std::string::npos) << german;
  std::string french = clean("language: fr\n", "Il dit : \" Allons. \"\n");
  EXPECT_NE(french.find("Il dit : \u00AB\u202FAllons.\u202F\u00BB\n"), std::string::npos) << french;
  std::string chosen =
      clean("language: de-DE\nquotes: german-guillemets\n", "Er sagte: \"Wir gehen.\"\n");
  EXPECT_NE(chosen.find("Er sagte: \u00BBWir gehen.\u00AB\n"), std::string::npos) << chosen;
  EXPECT_EQ(chosen.find("quotes:"), std::string::npos);

  fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: de-DE\nquotes: swiss\n");
  Result<CleanResult> bad = Clean();
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().where.ToString(), "t/metadata.txt:4:9");
  EXPECT_NE(bad.error().hint.find("german-guillemets"), std::string::npos);
}

// Spanish dialogue typed with hyphens is set with rayas, which the dash rule then keeps; in
// another language the rule does not run and the dash rule sets its dashes.
TEST_F(CleanTitleTest, SpanishDialogueDashesBecomeRayas) {
  fs_.Add("t/structure.tsv", "");
  fs_.Add("t/corrections.tsv", "");
  auto clean = [&](const std::string& language, const std::string& source) {
    fs_.Add("t/metadata.txt", "title: T\nauthor: A\nlanguage: " + language + "\n");
    fs_.Add("t/source.ocr.txt", source);
    Result<CleanResult> result = Clean();
    EXPECT_TRUE(result.ok()) << result.error().ToString();
    return result.ok() ? result->manuscript : std::string();
  };
  std::string spanish =
      clean("es", "-\u00BFC\u00F3mo? -dijo ella-. Ya \u2014dijo\u2014 voy--y vuelvo.\n");
  EXPECT_NE(spanish.find("\u2014\u00BFC\u00F3mo? \u2014dijo ella\u2014. Ya \u2014dijo\u2014 voy "
                         "\u2013 y vuelvo.\n"),
            std::string::npos)
      << spanish;
  std::string english = clean("en-US", "-Well -he said- no.\n");
  EXPECT_NE(english.find("-Well -he said- no.\n"), std::string::npos) << english;
}

}  // namespace
}  // namespace galley
