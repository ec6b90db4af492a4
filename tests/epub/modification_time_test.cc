#include "epub/modification_time.h"

#include <gtest/gtest.h>

#include "epub_test_support.h"

namespace galley::epub {
namespace {

model::Document WithDate(const std::string& date) {
  model::Document document;
  document.source_path = "book.md";
  document.metadata = testing::BookMetadata();
  document.metadata.date = date;
  return document;
}

TEST(ModificationTimeTest, SourceDateEpochWins) {
  Result<UtcTime> time = ModificationTime(WithDate("2024-03-18"), 1700000000);
  ASSERT_TRUE(time.ok());
  EXPECT_EQ(time->ToW3c(), "2023-11-14T22:13:20Z");
}

TEST(ModificationTimeTest, EpochZeroAndLeapDay) {
  EXPECT_EQ(UtcFromEpoch(0).ToW3c(), "1970-01-01T00:00:00Z");
  EXPECT_EQ(UtcFromEpoch(951782400).ToW3c(), "2000-02-29T00:00:00Z");
}

TEST(ModificationTimeTest, ManuscriptDateAtMidnightUtc) {
  EXPECT_EQ(ModificationTime(WithDate("2024-03-18"), std::nullopt)->ToW3c(), "2024-03-18T00:00:00Z");
  EXPECT_EQ(ModificationTime(WithDate("2024-05"), std::nullopt)->ToW3c(), "2024-05-01T00:00:00Z");
  EXPECT_EQ(ModificationTime(WithDate("1961"), std::nullopt)->ToW3c(), "1961-01-01T00:00:00Z");
}

TEST(ModificationTimeTest, MissingDateIsAnErrorWithAHint) {
  Result<UtcTime> time = ModificationTime(WithDate(""), std::nullopt);
  ASSERT_FALSE(time.ok());
  EXPECT_EQ(time.error().where.ToString(), "book.md:2:8");
  EXPECT_NE(time.error().hint.find("SOURCE_DATE_EPOCH"), std::string::npos);
}

TEST(ModificationTimeTest, MalformedDatePointsAtTheDateLine) {
  for (const char* bad : {"2024-02-30", "18 March 2024", "2024-13"}) {
    Result<UtcTime> time = ModificationTime(WithDate(bad), std::nullopt);
    ASSERT_FALSE(time.ok()) << bad;
    EXPECT_EQ(time.error().where.ToString(), "book.md:8:7") << bad;
  }
}

}  // namespace
}  // namespace galley::epub
