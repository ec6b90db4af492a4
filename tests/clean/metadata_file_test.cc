#include "clean/metadata_file.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

constexpr const char* kFile = "t/metadata.txt";
constexpr const char* kMinimal = "title: T\nauthor: A\nlanguage: en-US\n";

Error ParseError(std::string_view text) {
  Result<std::vector<MetadataEntry>> parsed = ParseMetadata(text, kFile);
  EXPECT_FALSE(parsed.ok());
  return parsed.ok() ? Error{} : parsed.error();
}

TEST(ParseMetadataTest, EntriesInOrder) {
  Result<std::vector<MetadataEntry>> parsed = ParseMetadata(
      "title: Kronstadt 21\nauthor: Victor Serge\nauthor-file-as: Serge, Victor\n\n"
      "language: en-US\nsubject: A: b\nsubject: C\ndate: 2026-11-25\n",
      kFile);
  ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();
  ASSERT_EQ(parsed->size(), 7u);
  EXPECT_EQ((*parsed)[2].key, "author-file-as");
  EXPECT_EQ((*parsed)[2].value, "Serge, Victor");
  EXPECT_EQ((*parsed)[4].value, "A: b");
  EXPECT_EQ(MetadataValue(*parsed, "language"), "en-US");
  EXPECT_EQ(MetadataValue(*parsed, "rights"), "");
}

TEST(ParseMetadataTest, UnknownKey) {
  Error error = ParseError(std::string(kMinimal) + "isbn: 123\n");
  EXPECT_EQ(error.where.ToString(), "t/metadata.txt:4:1");
  EXPECT_NE(error.message.find("unknown metadata key \"isbn\""), std::string::npos);
  EXPECT_NE(error.hint.find("identifier"), std::string::npos);
  EXPECT_EQ(error.source_line, "isbn: 123");
}

TEST(ParseMetadataTest, BookWordsAreCheckedAtTheirColumn) {
  Result<std::vector<MetadataEntry>> parsed =
      ParseMetadata(std::string(kMinimal) + "book-word: contents = Sommaire\n", "t/metadata.txt");
  ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();
  EXPECT_EQ(MetadataValue(*parsed, "book-word"), "contents = Sommaire");
  Error unknown = ParseError(std::string(kMinimal) + "book-word: contnts = Sommaire\n");
  EXPECT_EQ(unknown.where.ToString(), "t/metadata.txt:4:12");
  EXPECT_NE(unknown.message.find("`contnts` is not a book word"), std::string::npos);
  Error twice = ParseError(std::string(kMinimal) + "book-word: notes = A\nbook-word: notes = B\n");
  EXPECT_EQ(twice.where.ToString(), "t/metadata.txt:5:12");
}

TEST(ParseMetadataTest, MalformedLines) {
  EXPECT_EQ(ParseError("title Kronstadt\n").where.ToString(), "t/metadata.txt:1:1");
  EXPECT_EQ(ParseError("title:\n").where.ToString(), "t/metadata.txt:1:7");
  EXPECT_NE(ParseError(std::string(kMinimal) + "title: again\n").message.find("twice"),
            std::string::npos);
  EXPECT_EQ(ParseError("title: T\nauthor-file-as: A\n").where.ToString(), "t/metadata.txt:2:1");
  EXPECT_EQ(ParseError(std::string(kMinimal) + "date: 25 November\n").where.ToString(),
            "t/metadata.txt:4:7");
  EXPECT_EQ(ParseError("title: T\nauthor: A\nlanguage: English!\n").where.ToString(),
            "t/metadata.txt:3:11");
}

// std::regex recursed per character and overflowed the stack on a 27 KB language value
// (galley clean died with SIGSEGV); the form check is now one pass, whatever the length.
TEST(ParseMetadataTest, LongLanguageValues) {
  std::string subtags;
  while (subtags.size() < 27000) subtags += "-abcdefgh";
  Result<std::vector<MetadataEntry>> parsed =
      ParseMetadata("title: T\nauthor: A\nlanguage: en" + subtags + "\n", kFile);
  ASSERT_TRUE(parsed.ok()) << parsed.error().ToString();  // well-formed, if absurd
  Error error = ParseError("title: T\nauthor: A\nlanguage: en" + subtags + "-x\n");
  EXPECT_EQ(error.where.ToString(), "t/metadata.txt:3:11");
  EXPECT_EQ(ParseError("title: T\nauthor: A\nlanguage: " + std::string(27000, 'e') + "\n")
                .where.ToString(),
            "t/metadata.txt:3:11");
}

// The error quotes the value so the user can find it, but not all 27 KB of it (issue 10): the
// message names its start, cut with an ellipsis, and the whole error stays a few lines long.
TEST(ParseMetadataTest, AnErrorQuotesALongValueCut) {
  Error error = ParseError("title: T\nauthor: A\nlanguage: " + std::string(27000, 'e') + "\n");
  EXPECT_NE(error.message.find("\"" + std::string(80, 'e') + "…\""), std::string::npos)
      << error.message;
  EXPECT_LT(error.message.size() + error.hint.size(), 600u) << error.message;
}

TEST(ParseMetadataTest, DatesAreRealDaysAfterYearZero) {
  for (const char* date : {"0000", "2023-02-30", "2023-13", "2023-1-01", "12023"}) {
    EXPECT_EQ(ParseError(std::string(kMinimal) + "date: " + date + "\n").where.ToString(),
              "t/metadata.txt:4:7")
        << date;
  }
  for (const char* date : {"0001", "1921", "1921-03", "2024-02-29"}) {
    EXPECT_TRUE(ParseMetadata(std::string(kMinimal) + "date: " + date + "\n", kFile).ok())
        << date;
  }
}

TEST(ParseMetadataTest, RequiredKeys) {
  Error error = ParseError("title: T\nlanguage: en\n");
  EXPECT_EQ(error.where.ToString(), "t/metadata.txt");
  EXPECT_NE(error.message.find("\"author\" is missing"), std::string::npos);
}

}  // namespace
}  // namespace galley
