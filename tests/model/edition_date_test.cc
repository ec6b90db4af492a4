#include "model/edition_date.h"

#include <gtest/gtest.h>

namespace galley::model {
namespace {

TEST(EditionDateTest, ReadsTheThreeForms) {
  std::optional<EditionDate> year = ParseEditionDate("1921");
  ASSERT_TRUE(year);
  EXPECT_EQ(year->year, 1921);
  EXPECT_EQ(year->month, 0);
  std::optional<EditionDate> day = ParseEditionDate("2024-02-29");
  ASSERT_TRUE(day);
  EXPECT_EQ(day->month, 2);
  EXPECT_EQ(day->day, 29);
  EXPECT_TRUE(ParseEditionDate("0001-12"));
}

TEST(EditionDateTest, RefusesYearZeroAndDaysThatDoNotExist) {
  for (const char* text : {"0000", "0000-01-01", "2023-02-29", "2024-04-31", "2024-00", "2024-1",
                           "24", "2024-01-01T00:00", "２０２４", "-2024", ""}) {
    EXPECT_FALSE(ParseEditionDate(text)) << text;
  }
}

}  // namespace
}  // namespace galley::model
