#include "clean/review_report.h"

#include <gtest/gtest.h>

#include "clean/clean_rules.h"

namespace galley {
namespace {

TEST(FormatReviewTest, GroupsChangesByRuleInRunOrder) {
  Review review;
  review.source = "t/source.ocr.txt";
  review.dictionary = "/d/en_US.dic";
  review.changes = {
      {std::string(rule::kQuotes), 9, "'Life", "\u2018Life", {}},
      {std::string(rule::kCorrection), 25, "and event", "an event", "t/corrections.tsv:6: typo"},
      {std::string(rule::kNoiseLine), 35, ".", "", {}},
  };
  review.doubts = {{std::string(rule::kQuotes), 31, "it!?", "this quote is never closed"}};
  review.unknown_words = {{"Kozlovski", {33, 51}}};
  std::string report = FormatReview(review);
  EXPECT_EQ(report,
            "galley clean: review of t/source.ocr.txt\n"
            "3 changes, 0 proposals, 1 doubt, 1 word not in /d/en_US.dic.\n"
            "Each line: the source line (L61), the text before \u2192 the text after, and why.\n"
            "\n== correction: the editor's fixes from corrections.tsv, applied first (1)\n"
            "  L25   and event  \u2192  an event   (t/corrections.tsv:6: typo)\n"
            "\n== noise-line: lines of only punctuation, dots, dashes and spaces removed (1)\n"
            "  L35   .  \u2192  (removed)\n"
            "\n== quotes: straight quotes became curly quotes and apostrophes (1)\n"
            "  L9    'Life  \u2192  \u2018Life\n"
            "\n== doubts: places a rule could not decide (1)\n"
            "  L31   it!?   [quotes] this quote is never closed\n"
            "\n== unknown words: not in the dictionary nor in words.txt, with their lines (1)\n"
            "  Kozlovski   L33, L51\n");
}

TEST(FormatReviewTest, EmptySections) {
  Review review;
  std::string report = FormatReview(review);
  EXPECT_NE(report.find("0 changes, 0 proposals, 0 doubts, 0 words"), std::string::npos);
  EXPECT_NE(report.find("== doubts: places a rule could not decide (0)\n  (none)\n"),
            std::string::npos);
}

TEST(FormatReviewTest, ProposalsWithTheirCorrectionLinesAndRulesNotRun) {
  Review review;
  review.source = "t/source.ocr.txt";
  review.format = "gutenberg";
  review.not_run = {{"page-join", "off for a Project Gutenberg source"},
                    {"stray-number", "off for a Project Gutenberg source"},
                    {"accent", "written for English"}};
  review.proposals = {{"accent", "emigre", "\u00E9migr\u00E9", "", "the dictionary knows \"emigre\"",
                       {3, 7}, {"emigre\t\u00E9migr\u00E9\taccept the accent rule's proposal"}},
                      {"broken-hyphen", "mis-take", "mistake", "", "occurs 2 times", {9}, {}}};
  std::string report = FormatReview(review);
  EXPECT_NE(report.find("galley clean: review of t/source.ocr.txt (a Project Gutenberg text)\n"
                        "0 changes, 2 proposals, 0 doubts"),
            std::string::npos);
  EXPECT_NE(report.find("Rules not run: page-join, stray-number (off for a Project Gutenberg "
                        "source); accent (written for English).\n"),
            std::string::npos);
  EXPECT_NE(report.find("== proposals: changes a guessing rule held back; to accept one, paste "
                        "its line into corrections.tsv (2)\n"
                        "  L3    emigre  \u2192  \u00E9migr\u00E9   [accent] the dictionary knows "
                        "\"emigre\"; lines L3, L7\n"
                        "          emigre\t\u00E9migr\u00E9\taccept the accent rule's proposal\n"
                        "  L9    mis-take  \u2192  mistake   [broken-hyphen] occurs 2 times\n"
                        "          (no corrections.tsv line can name it"),
            std::string::npos)
      << report;
}

}  // namespace
}  // namespace galley
