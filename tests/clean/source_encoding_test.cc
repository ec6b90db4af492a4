// Sources in ISO-8859-1, ISO-8859-15 and windows-1252, converted with ICU; bytes the encoding
// does not define, C1 controls in ISO-8859-1, and a UTF-8 file said to be Latin-1 are errors at
// their line and column.
#include "clean/source_encoding.h"

#include <gtest/gtest.h>

#include "clean/source_text.h"

namespace galley {
namespace {

constexpr const char* kFile = "t/source.ocr.txt";

TEST(SourceEncodingTest, Latin1WithCrLf) {
  MemoryFileSystem fs;
  fs.Add(kFile, "Gregor Samsa erwachte\r\naus unruhigen Tr\xE4umen \xBB" "fr\xFCh\xAB.\r\n");
  Result<std::string> text = ReadSourceText(fs, kFile, "iso-8859-1");
  ASSERT_TRUE(text.ok()) << text.error().ToString();
  EXPECT_EQ(*text, "Gregor Samsa erwachte\naus unruhigen Tr\u00E4umen \u00BBfr\u00FCh\u00AB.\n");
}

TEST(SourceEncodingTest, Windows1252QuotesAndDashes) {
  Result<std::string> text = DecodeSingleByte("\x93Yes,\x94 he said \x96 \x85", "windows-1252",
                                              kFile);
  ASSERT_TRUE(text.ok()) << text.error().ToString();
  EXPECT_EQ(*text, "\u201CYes,\u201D he said \u2013 \u2026");
  EXPECT_EQ(*DecodeSingleByte("\xA4", "iso-8859-15", kFile), "\u20AC");
}

TEST(SourceEncodingTest, AByteTheEncodingLacksIsAnErrorAtItsLineAndColumn) {
  Result<std::string> text = DecodeSingleByte("one\r\ntwo \x81 three\r\n", "windows-1252", kFile);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().where.ToString(), "t/source.ocr.txt:2:5");
  EXPECT_NE(text.error().message.find("byte 0x81 is not a character in windows-1252"),
            std::string::npos);
  EXPECT_EQ(text.error().source_line, "two \uFFFD three");
}

TEST(SourceEncodingTest, AControlCharacterInLatin1MeansWindows1252) {
  Result<std::string> text = DecodeSingleByte("caf\xE9\n\x93quoted\x94\n", "iso-8859-1", kFile);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().where.ToString(), "t/source.ocr.txt:2:1");
  EXPECT_NE(text.error().hint.find("windows-1252"), std::string::npos);
}

TEST(SourceEncodingTest, AUtf8FileSaidToBeLatin1IsAnError) {
  Result<std::string> text = DecodeSingleByte("ok\ncaf\u00E9\n", "iso-8859-1", kFile);
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().where.ToString(), "t/source.ocr.txt:2:4");
  EXPECT_NE(text.error().hint.find("remove the source-encoding line"), std::string::npos);
  // Plain ASCII is the same in every encoding.
  EXPECT_TRUE(DecodeSingleByte("plain\n", "iso-8859-1", kFile).ok());
}

// A source read as UTF-8 that is not: the hint says to name its encoding, as its own Project
// Gutenberg header does when it has one, not to convert the download.
TEST(SourceEncodingTest, ASourceThatIsNotUtf8IsAnErrorThatSaysToNameItsEncoding) {
  MemoryFileSystem fs;
  fs.Add(kFile, "Language: German\r\n\r\nCharacter set encoding: ISO-Latin-1\r\n\r\n"
                "aus unruhigen Tr\xE4umen\r\n");
  Result<std::string> text = ReadSourceText(fs, kFile, "utf-8");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.error().where.ToString(), "t/source.ocr.txt:5:17");
  EXPECT_NE(text.error().message.find("not valid UTF-8 (byte 0xE4)"), std::string::npos);
  EXPECT_NE(text.error().hint.find("write source-encoding: iso-8859-1 in metadata.txt"),
            std::string::npos)
      << text.error().hint;
  EXPECT_EQ(text.error().hint.find("iconv"), std::string::npos) << text.error().hint;

  fs.Add(kFile, "aus unruhigen Tr\xE4umen\n");
  text = ReadSourceText(fs, kFile, "utf-8");
  ASSERT_FALSE(text.ok());
  EXPECT_NE(text.error().hint.find("source-encoding: iso-8859-1"), std::string::npos);
  EXPECT_NE(text.error().hint.find("windows-1252"), std::string::npos);
  EXPECT_EQ(text.error().hint.find("iconv"), std::string::npos) << text.error().hint;
}

}  // namespace
}  // namespace galley
