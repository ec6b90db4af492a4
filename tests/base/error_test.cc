#include "base/error.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

std::string Repeat(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

// A 500 KB paragraph on one line: the error shows 120 characters around the column, with
// ellipses where the line is cut, and the caret under the right character.
TEST(ErrorTest, ALongLineIsShownAsAnExcerptAroundTheColumn) {
  Error error = InputError({"m.md", {1, 300001}}, "bad thing");
  error.source_line = Repeat("é", 300000) + "X" + std::string(200000, 'b');
  EXPECT_EQ(error.ToString(), "m.md:1:300001: error: bad thing\n  …" + Repeat("é", 60) + "X" +
                                  std::string(59, 'b') + "…\n  " + std::string(61, ' ') + "^\n");
}

TEST(ErrorTest, AnErrorAtTheStartOfALongLineIsCutOnlyAtTheEnd) {
  Error error = InputError({"m.md", {1, 1}}, "bad thing");
  error.source_line = std::string(10000, 'a');
  EXPECT_EQ(error.ToString(), "m.md:1:1: error: bad thing\n  " + std::string(120, 'a') + "…\n  ^\n");
}

TEST(ErrorTest, AnErrorAtTheEndOfALongLineIsCutOnlyAtTheStart) {
  Error error = InputError({"m.md", {1, 10000}}, "bad thing");
  error.source_line = std::string(9999, 'a') + "Z";
  EXPECT_EQ(error.ToString(), "m.md:1:10000: error: bad thing\n  …" + std::string(119, 'a') +
                                  "Z\n  " + std::string(120, ' ') + "^\n");
}

}  // namespace
}  // namespace galley
