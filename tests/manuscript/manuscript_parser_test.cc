// The parser's entry points, and the bad input issue 2 lists, each failing with file:line:col,
// the offending line, what is wrong and what to do.
#include "manuscript/manuscript_parser.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using testing::FailsAt;
using testing::kFrontMatter;

TEST(ManuscriptParserTest, KeepsPathAndMetadata) {
  Result<model::Document> document = ParseManuscript(kFrontMatter + "Text.\n", "a/b.md");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(document->source_path, "a/b.md");
  EXPECT_EQ(document->metadata.title, "T");
  EXPECT_EQ(document->metadata.language, "en");
}

TEST(ManuscriptParserTest, SkipsAByteOrderMark) {
  Result<model::Document> document =
      ParseManuscript("\xEF\xBB\xBF" + kFrontMatter + "Text.\n", "b.md");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(testing::Range(testing::FirstBlocks(*document).at(0).range), "6:1-6:6");
}

TEST(ManuscriptParserTest, LoadsThroughTheFileSystem) {
  MemoryFileSystem fs;
  fs.Add("content/t/manuscript.md", kFrontMatter + "Text.\n");
  Result<model::Document> document = LoadManuscript(fs, "content/t/manuscript.md");
  ASSERT_TRUE(document.ok()) << document.error().ToString();
  EXPECT_EQ(document->source_path, "content/t/manuscript.md");
  Result<model::Document> missing = LoadManuscript(fs, "content/none.md");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::kIo);
}

TEST(BadInputTest, NotUtf8) {
  MemoryFileSystem fs;
  fs.Add("book.md", kFrontMatter + "Caf\xE9 au lait.\n");
  Result<model::Document> document = LoadManuscript(fs, "book.md");
  EXPECT_TRUE(FailsAt(document, "book.md:6:4", "not valid UTF-8", "iconv"));
  EXPECT_EQ(document.error().source_line, "Caf\xEF\xBF\xBD au lait.");  // U+FFFD shown
}

TEST(BadInputTest, NulByte) {
  std::string text = kFrontMatter + std::string("Text\0more.\n", 11);
  EXPECT_TRUE(FailsAt(ParseManuscript(text, "book.md"), "book.md:6:5", "NUL byte",
                      "save it again as UTF-8"));
}

TEST(BadInputTest, EmptyManuscript) {
  Result<model::Document> empty = ParseManuscript("", "book.md");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().where.ToString(), "book.md:1:1");
  EXPECT_NE(empty.error().message.find("the manuscript is empty"), std::string::npos);
  EXPECT_NE(empty.error().hint.find("front matter"), std::string::npos);
  EXPECT_TRUE(FailsAt(ParseManuscript(" \n\n\t\n", "book.md"), "book.md:1:1",
                      "the manuscript is empty", "write its front matter"));
  EXPECT_TRUE(FailsAt(ParseManuscript(kFrontMatter + "\n  \n", "book.md"), "book.md:5:1",
                      "nothing after its front matter", "write the book's text"));
}

TEST(BadInputTest, UnterminatedFrontMatter) {
  EXPECT_TRUE(FailsAt(ParseManuscript("---\ntitle: T\n\n# Chapter\n\nText.\n", "book.md"),
                      "book.md:1:1", "never closed", "---"));
}

TEST(BadInputTest, UnknownFrontMatterKey) {
  EXPECT_TRUE(FailsAt(
      ParseManuscript("---\ntitle: T\nauthor: A\nlanguage: en\nisbn: 123\n---\nText.\n",
                      "book.md"),
      "book.md:5:1", "unknown front-matter key `isbn`", "identifier"));
}

TEST(BadInputTest, PageMarkerWithEmptyOrMalformedLabel) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text.\n\n<pb n=\"\"/>\n"), "book.md:8:8",
                      "label is empty", "n=\"6\""));
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text <pb n=\"6/7\"/>here.\n"), "book.md:6:13",
                      "`6/7` is malformed", "letters, digits"));
  EXPECT_TRUE(FailsAt(testing::ParseBody("Text <pb n=\"\"/>here.\n"), "book.md:6:13",
                      "label is empty", "n=\"iv\""));
}

TEST(BadInputTest, PageLabelUsedTwiceNamesBothPlaces) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("<pb n=\"6\"/>\n\nText <pb n=\"6\"/>here.\n"),
                      "book.md:8:6", "page 6 is marked twice: here and at book.md:6:1",
                      "remove one"));
}

TEST(BadInputTest, HeadingThatSkipsALevel) {
  EXPECT_TRUE(FailsAt(testing::ParseBody("# KRONSTADT 21\n\n#### THE PARTY REFLEX\n"),
                      "book.md:8:1", "a level-4 heading follows a level-1 heading",
                      "--lenient"));
}

}  // namespace
}  // namespace galley::manuscript
