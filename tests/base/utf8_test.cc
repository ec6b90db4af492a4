#include "base/utf8.h"

#include <gtest/gtest.h>

namespace galley {
namespace {

TEST(Utf8Test, AcceptsWellFormedText) {
  EXPECT_TRUE(ValidateText("émigré – “quoted” …\n", "f.txt").ok());
  EXPECT_TRUE(ValidateText("\xEF\xBB\xBFwith a byte-order mark", "f.txt").ok());
}

TEST(Utf8Test, RejectsLatin1WithLineAndColumn) {
  Status status = ValidateText("first line\nemigr\xE9 here\n", "book/source.txt");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().where.ToString(), "book/source.txt:2:6");
  EXPECT_NE(status.error().message.find("not valid UTF-8"), std::string::npos);
  EXPECT_NE(status.error().hint.find("iconv"), std::string::npos);
}

TEST(Utf8Test, RejectsNulByte) {
  Status status = ValidateText(std::string("ab\ncd\0e", 7), "x.md");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().where.ToString(), "x.md:2:3");
  EXPECT_NE(status.error().message.find("NUL"), std::string::npos);
}

TEST(Utf8Test, RejectsOverlongAndSurrogates) {
  EXPECT_FALSE(ValidateText("\xC0\xAF", "f").ok());
  EXPECT_FALSE(ValidateText("\xED\xA0\x80", "f").ok());
  EXPECT_FALSE(ValidateText("\xE2\x80", "f").ok());  // truncated
}

TEST(Utf8Test, DecodesAndEncodesRoundTrip) {
  std::string text = "a\u00e9\u2019\U0001F600";
  size_t offset = 0;
  std::string again;
  while (offset < text.size()) AppendUtf8(DecodeUtf8(text, &offset), &again);
  EXPECT_EQ(again, text);
}

TEST(Utf8Test, PositionCountsCodePoints) {
  std::string text = "éé\nxé|";
  EXPECT_EQ(PositionOfOffset(text, text.find('|')), (SourcePos{2, 3}));
  EXPECT_EQ(LineOf(text, 2), "xé|");
  EXPECT_EQ(LineOf(text, 3), "");
}

TEST(ErrorTest, ShowsCaretUnderColumn) {
  Error error = InputError({"m.md", {3, 4}}, "bad thing", "fix it");
  error.source_line = "ab\tcd";
  EXPECT_EQ(error.ToString(), "m.md:3:4: error: bad thing\n  ab\tcd\n    \t^\n  hint: fix it\n");
}

}  // namespace
}  // namespace galley
