// How the layout record writes numbers: AppendFixed formats the integer of thousandths itself
// instead of calling std::to_chars, so it is checked here against to_chars of the rounded value
// (what it wrote before, and what every golden record holds) on values a page has — measures,
// glyph advances, negative offsets, halves that round either way — and on values no page has.
#include "frames/record_format.h"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <random>
#include <string>

namespace galley::frames::record {
namespace {

std::string ToCharsFixed(double value) {
  double rounded = std::round(value * 1000) / 1000;
  if (rounded == 0) rounded = 0;
  char buffer[32];  // as the writer always had: a number too long for it is written empty
  auto [end, error] =
      std::to_chars(buffer, buffer + sizeof buffer, rounded, std::chars_format::fixed, 3);
  return std::string(buffer, error == std::errc() ? end : buffer);
}

std::string Fixed(double value) {
  std::string out = "x";  // appended to, not replaced
  AppendFixed(value, &out);
  return out.substr(1);
}

std::string Short(double value) {
  std::string out;
  AppendShort(value, &out);
  return out;
}

TEST(RecordFormatTest, WritesThreeDecimals) {
  EXPECT_EQ(Fixed(51.024), "51.024");
  EXPECT_EQ(Fixed(-0.5), "-0.500");
  EXPECT_EQ(Fixed(0.0005), "0.001");
  EXPECT_EQ(Fixed(0.0004), "0.000");
  EXPECT_EQ(Fixed(-0.0004), "0.000");  // never "-0.000"
  EXPECT_EQ(Fixed(-0.0), "0.000");
  EXPECT_EQ(Fixed(419.52755905511805), "419.528");
  EXPECT_EQ(Fixed(1e6), "1000000.000");
}

TEST(RecordFormatTest, ShortDropsTrailingZeros) {
  EXPECT_EQ(Short(5.12), "5.12");
  EXPECT_EQ(Short(5), "5");
  EXPECT_EQ(Short(-0.3), "-0.3");
  EXPECT_EQ(Short(0.0001), "0");
}

TEST(RecordFormatTest, MatchesToCharsOnPageValues) {
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> points(-2000, 2000);
  for (int i = 0; i < 200000; ++i) {
    double value = points(random);
    ASSERT_EQ(Fixed(value), ToCharsFixed(value)) << value;
  }
  // Exact halves of a thousandth and their neighbours, where rounding could go either way.
  for (int k = -100000; k <= 100000; ++k) {
    double half = (k + 0.5) / 1000;
    for (double value : {half, std::nextafter(half, -1e9), std::nextafter(half, 1e9)}) {
      ASSERT_EQ(Fixed(value), ToCharsFixed(value)) << value;
    }
  }
}

TEST(RecordFormatTest, ShortIsFixedWithoutTrailingZeros) {
  std::mt19937_64 random(12);
  std::uniform_real_distribution<double> points(-600, 600);
  for (int i = 0; i < 200000; ++i) {
    // Glyph advances are mostly short decimals: round some to tenths and hundredths.
    double value = points(random);
    if (i % 3 == 1) value = std::round(value * 10) / 10;
    if (i % 3 == 2) value = std::round(value * 100) / 100;
    std::string expected = ToCharsFixed(value);
    while (expected.back() == '0') expected.pop_back();
    if (expected.back() == '.') expected.pop_back();
    ASSERT_EQ(Short(value), expected) << value;
  }
}

TEST(RecordFormatTest, MatchesToCharsOffThePage) {
  for (double value : {1e11, -1e11, 123456789012.3456, 1e14, 1e15, -1e15, 1e20, 1e300,
                       std::numeric_limits<double>::infinity(),
                       -std::numeric_limits<double>::infinity(),
                       std::numeric_limits<double>::quiet_NaN()}) {
    EXPECT_EQ(Fixed(value), ToCharsFixed(value)) << value;
  }
}

}  // namespace
}  // namespace galley::frames::record
