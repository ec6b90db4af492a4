#include "model/page_numbers.h"

#include <gtest/gtest.h>

namespace galley::model {
namespace {

TEST(PageNumbersTest, ArabicFolios) {
  EXPECT_EQ(ArabicPageNumber("7"), 7);
  EXPECT_EQ(ArabicPageNumber("1961"), 1961);
  EXPECT_EQ(ArabicPageNumber("07"), std::nullopt);
  EXPECT_EQ(ArabicPageNumber(""), std::nullopt);
  EXPECT_EQ(ArabicPageNumber("7a"), std::nullopt);
  EXPECT_EQ(ArabicPageNumber("123456789"), std::nullopt);  // no folio runs that long
}

TEST(PageNumbersTest, CanonicalLowerCaseRomanFolios) {
  EXPECT_EQ(RomanPageNumber("i"), 1);
  EXPECT_EQ(RomanPageNumber("iv"), 4);
  EXPECT_EQ(RomanPageNumber("xiv"), 14);
  EXPECT_EQ(RomanPageNumber("mcmlxi"), 1961);
  EXPECT_EQ(RomanPageNumber("mmmcmxcix"), 3999);
  for (const char* label : {"", "iiii", "vx", "IV", "iv ", "il", "mmmm", "x7"}) {
    EXPECT_EQ(RomanPageNumber(label), std::nullopt) << label;
  }
}

}  // namespace
}  // namespace galley::model
