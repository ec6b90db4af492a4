#include "language/noun_capitals.h"

#include <gtest/gtest.h>

namespace galley::language {
namespace {

TEST(NounCapitalsTest, CapitalsMarkNamesExceptWhereEveryNounIsCapitalised) {
  EXPECT_TRUE(CapitalsMarkProperNouns("en-US"));
  EXPECT_TRUE(CapitalsMarkProperNouns("fr"));
  EXPECT_TRUE(CapitalsMarkProperNouns("ru-RU"));
  EXPECT_FALSE(CapitalsMarkProperNouns("de"));
  EXPECT_FALSE(CapitalsMarkProperNouns("de-AT"));
  EXPECT_FALSE(CapitalsMarkProperNouns("DE_ch"));
  EXPECT_FALSE(CapitalsMarkProperNouns("lb"));
  // "dE" in a region or script is not German; an unknown or empty tag keeps the careful rule.
  EXPECT_TRUE(CapitalsMarkProperNouns("en-DE"));
  EXPECT_TRUE(CapitalsMarkProperNouns(""));
  EXPECT_TRUE(CapitalsMarkProperNouns("qqx"));
}

}  // namespace
}  // namespace galley::language
