// Kronstadt 21, the first title: what `galley clean` makes of the committed inputs must read
// right (that it is the committed manuscript byte for byte is titles_test.cc's, for every title).
#include <gtest/gtest.h>

#include <regex>

#include "clean/clean_rules.h"
#include "clean/clean_title.h"
#include "support/test_paths.h"

namespace galley {
namespace {

const std::string kTitleDir = galley::testing::SourceDir() + "/content/kronstadt-21";

class KronstadtTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    RealFileSystem fs;
    Result<CleanResult> result = CleanTitle(fs, LocateTitle(kTitleDir));
    ASSERT_TRUE(result.ok()) << result.error().ToString();
    result_ = new CleanResult(std::move(*result));
  }
  static void TearDownTestSuite() {
    delete result_;
  }

  void SetUp() override {
    ASSERT_NE(result_, nullptr);
  }

  static const std::string& Manuscript() { return result_->manuscript; }
  static const Review& TheReview() { return result_->review; }

  // The manuscript's text without the front matter and Galley's tags.
  static std::string BodyText() {
    std::string text = Manuscript().substr(Manuscript().find("\n---\n") + 5);
    return std::regex_replace(text, std::regex("<[^>]*>"), "");
  }

  static int Changes(std::string_view rule) {
    int count = 0;
    for (const Change& change : TheReview().changes) count += change.rule == rule ? 1 : 0;
    return count;
  }

  static inline CleanResult* result_ = nullptr;
};

TEST_F(KronstadtTest, NoNoiseNoStrayNumberNoGarbage) {
  std::string text = BodyText();
  EXPECT_EQ(text.find("6912"), std::string::npos);
  EXPECT_EQ(text.find("in the second section with more second"), std::string::npos);
  EXPECT_EQ(text.find("\u00B7"), std::string::npos);
  EXPECT_FALSE(std::regex_search(text, std::regex(R"(\n[-. ]+\n)")));
  EXPECT_FALSE(std::regex_search(text, std::regex(R"(\n-\s*\d+\s*-\n)")));
  EXPECT_EQ(Changes(rule::kNoiseLine), 7);
  EXPECT_EQ(Changes(rule::kStrayNumber), 1);
}

TEST_F(KronstadtTest, FoliosAreBlockPageMarkers) {
  EXPECT_NE(Manuscript().find("Petrograd.\n\n<pb n=\"6\"/>\n\nMeanwhile the Cheka"),
            std::string::npos);
  EXPECT_NE(Manuscript().find("final assault.\n\n<pb n=\"7\"/>\n\nOn one of these black days"),
            std::string::npos);
  EXPECT_EQ(Changes(rule::kFolio), 2);
}

TEST_F(KronstadtTest, TheFourParagraphsSplitByAPageBreakAreJoined) {
  const std::string& m = Manuscript();
  EXPECT_NE(m.find("that they intended to shoot you. Did you really see any such order?\u2019"),
            std::string::npos);
  EXPECT_NE(m.find("Zinoviev, Zorin and a few others had of me"), std::string::npos);
  EXPECT_NE(m.find("you murderers of Russia. Now I\u2019ve lost, life means nothing to me\u2019"),
            std::string::npos);
  EXPECT_NE(m.find("the working class and the Marxist intelligentsia"), std::string::npos);
  EXPECT_EQ(Changes(rule::kPageJoin), 4);
}

TEST_F(KronstadtTest, NoStraightQuotesAndBalancedQuotes) {
  std::string text = BodyText();
  EXPECT_EQ(text.find('\''), std::string::npos);
  EXPECT_EQ(text.find('"'), std::string::npos);
  EXPECT_TRUE(TheReview().doubts.empty()) << TheReview().doubts[0].message;
  EXPECT_NE(text.find("The \u2018Workers\u2019 Opposition\u2019 seemed"), std::string::npos);
  EXPECT_NE(text.find("I protested: \u2018One can get out of a party\u2019."), std::string::npos);
  EXPECT_NE(text.find("French workers\u2019 movement"), std::string::npos);
  EXPECT_NE(text.find("a few weeks\u2019 time"), std::string::npos);
  EXPECT_NE(text.find("## WE\u2019LL BE OUR OWN THERMIDOR"), std::string::npos);
}

TEST_F(KronstadtTest, DashesRangesAndEllipses) {
  std::string text = BodyText();
  EXPECT_EQ(text.find(" - "), std::string::npos);
  EXPECT_NE(text.find("Kozlovski \u2013\u2019"), std::string::npos);
  EXPECT_NE(text.find("FEBRUARY 28\u201329,"), std::string::npos);
  EXPECT_NE(text.find("1880\u20131920"), std::string::npos);
  EXPECT_EQ(text.find("..."), std::string::npos);
  EXPECT_NE(text.find("the shameful slaughter began\u2026"), std::string::npos);
}

TEST_F(KronstadtTest, StructureEmphasisAndSceneBreak) {
  const std::string& m = Manuscript();
  size_t biography =
      m.find("<division kind=\"front\" role=\"biography\" title=\"About the Author\">");
  size_t introduction =
      m.find("<division kind=\"front\" role=\"introduction\" title=\"Introduction\">\n\n"
             "REPRINTED FROM \u2018SOLIDARITY\u2019 vol. I, No. 7.");
  size_t body = m.find("<division kind=\"body\">\n\n# KRONSTADT 21\n\n"
                       "<sc>DURING THE NIGHT OF FEBRUARY 28\u201329,</sc> I was awakened");
  size_t colophon = m.find("<division kind=\"back\" role=\"colophon\" title=\"Colophon\">\n\n"
                           "Published by SOLIDARITY, c/o H. Russell, 53A Westmoreland Road, "
                           "Bromley, Kent.\n\n</division>\n");
  ASSERT_NE(biography, std::string::npos);
  ASSERT_NE(introduction, std::string::npos);
  ASSERT_NE(body, std::string::npos);
  ASSERT_NE(colophon, std::string::npos);
  EXPECT_LT(biography, introduction);
  EXPECT_LT(introduction, body);
  EXPECT_LT(body, colophon);
  for (const char* phrase : {"*in practice*", "*endorsed*", "*our*", "*Petrograd Pravda*"}) {
    EXPECT_NE(m.find(phrase), std::string::npos) << phrase;
  }
  EXPECT_NE(m.find("\n\n* * *\n\n"), std::string::npos);
  EXPECT_EQ(m.find("####"), std::string::npos);
  EXPECT_EQ(m.find("<u>"), std::string::npos);
}

TEST_F(KronstadtTest, KnownDefectsAreFixedAndPeriodSpellingsStay) {
  std::string text = BodyText();
  for (const char* wrong : {"describes and event", "pering", "smallscale", "Eronstadt",
                            "mercilass", "fatherin-law", "freedomgiving", "10.00",
                            "negetiations", "audaciouslywon", "intorbin", "throught",
                            "swakened", "Just\u2019as", "In \u2018brief", "believer\u2019s",
                            "European Russian",
                            "emigre", "emigr\u00E9s", "vis-a-vis", "SOLIDARITY \u2019"}) {
    EXPECT_EQ(text.find(wrong), std::string::npos) << wrong;
  }
  for (const char* right : {"describes an event", "poring over", "small-scale", "merciless",
                            "father-in-law", "freedom-giving", "freely elected", "negotiations",
                            "audaciously won", "into him", "through their", "awakened in",
                            "Just as", "In brief:", "believers a truce", "European Russia alone",
                            "Russian \u00E9migr\u00E9.", "the \u00E9migr\u00E9s", "vis-\u00E0-vis",
                            "I can\u2019t believe it!\u2019",
                            "Soviets without Communists!\u2019", "defenders, except among",
                            "regard to the cost.)", "Tukachevsky", "Orianienbaum", "Rumors",
                            "honor", "favor", "smouldering", "centralisation", "Dzerjinski",
                            "Shpalnernaya", "Koummouna"}) {
    EXPECT_NE(text.find(right), std::string::npos) << right;
  }
}

TEST_F(KronstadtTest, FrontMatterComesFromMetadata) {
  EXPECT_EQ(Manuscript().rfind("---\ntitle: Kronstadt 21\nauthor: Victor Serge\n"
                               "author-file-as: Serge, Victor\nlanguage: en-US\n", 0),
            0u);
  EXPECT_EQ(Manuscript().find("identifier:"), std::string::npos);
}

TEST_F(KronstadtTest, TheReviewListsUnknownWordsWithLines) {
  bool kozlovski = false;
  for (const UnknownWord& word : TheReview().unknown_words) {
    if (word.word == "Kozlovski") {
      kozlovski = true;
      EXPECT_EQ(word.lines, (std::vector<int>{33, 51, 79, 133}));
    }
    EXPECT_NE(word.word, "Eronstadt");
  }
  EXPECT_TRUE(kozlovski);
}

}  // namespace
}  // namespace galley
