#include "clean/corrections.h"

#include <gtest/gtest.h>

#include "clean/clean_rules.h"

namespace galley {
namespace {

constexpr const char* kFile = "t/corrections.tsv";
constexpr const char* kSource = "t/source.ocr.txt";

std::vector<Correction> Parse(std::string_view text) {
  Result<std::vector<Correction>> parsed = ParseCorrections(text, kFile);
  EXPECT_TRUE(parsed.ok()) << parsed.error().ToString();
  return parsed.ok() ? *parsed : std::vector<Correction>{};
}

Error ParseError(std::string_view text) {
  Result<std::vector<Correction>> parsed = ParseCorrections(text, kFile);
  EXPECT_FALSE(parsed.ok());
  return parsed.ok() ? Error{} : parsed.error();
}

TEST(ParseCorrectionsTest, FieldsCommentsAndEscapes) {
  std::vector<Correction> corrections = Parse(
      "# a comment\n"
      "\n"
      "mercilass\tmerciless\tmisreading\n"
      "a\\tb\tc\\\\d\ttab and backslash\n"
      "\\*\t*\tother backslashes stay\n"
      "garbage line\t\tdelete\n");
  ASSERT_EQ(corrections.size(), 4u);
  EXPECT_EQ(corrections[0].from, "mercilass");
  EXPECT_EQ(corrections[0].to, "merciless");
  EXPECT_EQ(corrections[0].reason, "misreading");
  EXPECT_EQ(corrections[0].line, 3);
  EXPECT_EQ(corrections[1].from, "a\tb");
  EXPECT_EQ(corrections[1].to, "c\\d");
  EXPECT_EQ(corrections[2].from, "\\*");
  EXPECT_EQ(corrections[3].to, "");
}

TEST(ParseCorrectionsTest, WrongNumberOfFields) {
  Error two = ParseError("# c\nmercilass\tmerciless\n");
  EXPECT_EQ(two.where.ToString(), "t/corrections.tsv:2:20");
  EXPECT_NE(two.message.find("has 2"), std::string::npos);
  EXPECT_NE(two.hint.find("reason"), std::string::npos);
  EXPECT_EQ(two.source_line, "mercilass\tmerciless");

  Error four = ParseError("a\tb\tc\td\n");
  EXPECT_EQ(four.where.ToString(), "t/corrections.tsv:1:6");
  EXPECT_NE(four.message.find("has 4"), std::string::npos);
}

TEST(ParseCorrectionsTest, EmptyReasonOrSource) {
  Error reason = ParseError("mercilass\tmerciless\t  \n");
  EXPECT_EQ(reason.where.ToString(), "t/corrections.tsv:1:21");
  EXPECT_NE(reason.message.find("reason is empty"), std::string::npos);
  Error source = ParseError("\tx\twhy\n");
  EXPECT_EQ(source.where.ToString(), "t/corrections.tsv:1:1");
}

TEST(ApplyCorrectionsTest, EveryOccurrenceWithItsLine) {
  std::vector<SourceLine> lines = {{1, "pering and pering"}, {2, ""}, {3, "more pering"}};
  Review review;
  Status status = ApplyCorrections(Parse("pering\tporing\tmisreading\n"), kFile, kSource, &lines,
                                   &review);
  ASSERT_TRUE(status.ok()) << status.error().ToString();
  EXPECT_EQ(lines[0].text, "poring and poring");
  EXPECT_EQ(lines[2].text, "more poring");
  ASSERT_EQ(review.changes.size(), 3u);
  EXPECT_EQ(review.changes[0].rule, rule::kCorrection);
  EXPECT_EQ(review.changes[0].line, 1);
  EXPECT_EQ(review.changes[2].line, 3);
  EXPECT_EQ(review.changes[0].before, "pering");
  EXPECT_EQ(review.changes[0].after, "poring");
  EXPECT_EQ(review.changes[0].note, "t/corrections.tsv:1: misreading");
}

TEST(ApplyCorrectionsTest, CorrectionsApplyInFileOrder) {
  std::vector<SourceLine> lines = {{1, "abc"}};
  Review review;
  ASSERT_TRUE(ApplyCorrections(Parse("a\tx\tfirst\nxb\ty\tsecond\n"), kFile, kSource, &lines,
                               &review).ok());
  EXPECT_EQ(lines[0].text, "yc");
}

TEST(ApplyCorrectionsTest, RemovingAllOfALineRemovesTheLine) {
  std::vector<SourceLine> lines = {{1, "keep"}, {2, ""}, {3, "in the second section"}, {4, ""}};
  Review review;
  ASSERT_TRUE(ApplyCorrections(Parse("in the second section\t\tgarbage\n"), kFile, kSource,
                               &lines, &review).ok());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1].number, 2);
  EXPECT_EQ(lines[2].number, 4);
  // A correction that leaves text on the line keeps it.
  std::vector<SourceLine> partial = {{1, "a garbage b"}};
  ASSERT_TRUE(ApplyCorrections(Parse("garbage \t\tgarbage\n"), kFile, kSource, &partial,
                               &review).ok());
  EXPECT_EQ(partial[0].text, "a b");
}

TEST(ApplyCorrectionsTest, ACorrectionThatMatchesNothingIsAnError) {
  std::vector<SourceLine> lines = {{1, "merciless"}};
  Review review;
  Status status = ApplyCorrections(Parse("# fixes\nmercilass\tmerciless\tmisreading\n"), kFile,
                                   kSource, &lines, &review);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().where.ToString(), "t/corrections.tsv:2:1");
  EXPECT_NE(status.error().message.find("matches nothing in t/source.ocr.txt"),
            std::string::npos);
  EXPECT_FALSE(status.error().hint.empty());
  EXPECT_EQ(status.error().source_line, "mercilass\tmerciless\tmisreading");
}

TEST(ParseCorrectionsTest, AtLineLimitsAFixToOneLine) {
  std::vector<Correction> corrections = Parse("@12\tthe the\tthe\tdoubled word\n");
  ASSERT_EQ(corrections.size(), 1u);
  EXPECT_EQ(corrections[0].only_line, 12);
  EXPECT_EQ(corrections[0].from, "the the");
  Error bad = ParseError("@x\ta\tb\twhy\n");
  EXPECT_EQ(bad.where.ToString(), "t/corrections.tsv:1:1");
  EXPECT_NE(bad.message.find("not @ and a source line number"), std::string::npos);
  EXPECT_NE(ParseError("@3\ta\tb\n").message.find("after its @LINE"), std::string::npos);
}

// Two identical lines told apart.
TEST(ApplyCorrectionsTest, AtLineAppliesOnThatLineOnly) {
  std::vector<SourceLine> lines = {{1, "JULIE"}, {2, ""}, {3, "JULIE"}};
  Review review;
  ASSERT_TRUE(ApplyCorrections(Parse("@3\tJULIE\tJULIA\tthe second letter is Julia's\n"),
                               kFile, kSource, &lines, &review).ok());
  EXPECT_EQ(lines[0].text, "JULIE");
  EXPECT_EQ(lines[2].text, "JULIA");
  Status none = ApplyCorrections(Parse("@2\tJULIE\tJULIA\twhy\n"), kFile, kSource, &lines,
                                 &review);
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("matches nothing in line 2 of t/source.ocr.txt"),
            std::string::npos);
}

TEST(ApplyCorrectionsTest, WhatACorrectionWroteIsRecorded) {
  std::vector<SourceLine> lines = {{1, "a mercilass and pering b"}};
  Review review;
  ASSERT_TRUE(ApplyCorrections(Parse("mercilass\tmerciless\tx\npering\tporing\ty\n"
                                     "less and\tless, and\tz\n"),
                               kFile, kSource, &lines, &review).ok());
  EXPECT_EQ(lines[0].text, "a merciless, and poring b");
  ASSERT_EQ(lines[0].corrected.size(), 2u);
  EXPECT_EQ(lines[0].corrected[0].begin, 2u);   // "merciless, and" merged with its fix
  EXPECT_EQ(lines[0].corrected[0].end, 16u);
  EXPECT_EQ(lines[0].corrected[1].begin, 17u);  // "poring", moved by the comma
  EXPECT_EQ(lines[0].corrected[1].end, 23u);
}

}  // namespace
}  // namespace galley
