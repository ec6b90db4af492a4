#include "manuscript/front_matter.h"
#include "model/metadata_keys.h"

#include <gtest/gtest.h>

#include "manuscript_test_support.h"

namespace galley::manuscript {
namespace {

using testing::FailsAt;

Result<FrontMatter> Parse(const std::string& text) {
  SourceText source(testing::kPath, text);
  return ParseFrontMatter(source);
}

TEST(FrontMatterTest, ReadsEveryKey) {
  Result<FrontMatter> front = Parse(
      "---\n"
      "title: Kronstadt 21\n"
      "subtitle:   The Sailors' Revolt  \n"
      "author: Victor Serge\n"
      "author-file-as: Serge, Victor\n"
      "translator: Anon\n"
      "author: Second Author\n"
      "language: en-US\n"
      "publisher: Solidarity\n"
      "source: Solidarity pamphlet\n"
      "source-date: 1961\n"
      "date: 2024-05-01\n"
      "rights: Public domain\n"
      "identifier: urn:isbn:9780000000000\n"
      "description: About the book.\n"
      "subject: History\n"
      "subject: Russia\n"
      "---\n"
      "Text\n");
  ASSERT_TRUE(front.ok()) << front.error().ToString();
  const model::Metadata& m = front->metadata;
  EXPECT_EQ(m.title, "Kronstadt 21");
  EXPECT_EQ(m.subtitle, "The Sailors' Revolt");  // trimmed
  ASSERT_EQ(m.creators.size(), 3u);
  EXPECT_EQ(m.creators[0].name, "Victor Serge");
  EXPECT_EQ(m.creators[0].file_as, "Serge, Victor");
  EXPECT_EQ(m.creators[0].role, "aut");
  EXPECT_EQ(m.creators[1].role, "trl");
  EXPECT_EQ(m.creators[2].name, "Second Author");
  EXPECT_EQ(m.creators[2].file_as, "");
  EXPECT_EQ(m.language, "en-US");
  EXPECT_EQ(m.publisher, "Solidarity");
  EXPECT_EQ(m.source, "Solidarity pamphlet");
  EXPECT_EQ(m.source_date, "1961");
  EXPECT_EQ(m.date, "2024-05-01");
  EXPECT_EQ(m.rights, "Public domain");
  EXPECT_EQ(m.identifier, "urn:isbn:9780000000000");
  EXPECT_EQ(m.description, "About the book.");
  EXPECT_EQ(m.subjects, (std::vector<std::string>{"History", "Russia"}));
  // Where each value starts, for later stages' messages.
  EXPECT_EQ(m.positions.at("title"), (SourcePos{2, 8}));
  EXPECT_EQ(m.positions.at("subtitle"), (SourcePos{3, 13}));
  EXPECT_EQ(front->body_line, 19);
}

// A tab inside a value is read as a space (no font has a glyph for it), column for column.
TEST(FrontMatterTest, ATabInsideAValueIsASpace) {
  Result<FrontMatter> front = Parse("---\ntitle: Kronstadt\t21\nauthor: A\nlanguage: en\n---\n");
  ASSERT_TRUE(front.ok()) << front.error().ToString();
  EXPECT_EQ(front->metadata.title, "Kronstadt 21");
  EXPECT_EQ(front->metadata.positions.at("title"), (SourcePos{2, 8}));
}

TEST(FrontMatterTest, BodyStartsAfterTheClosingFence) {
  std::string text = "---\ntitle: T\nauthor: A\nlanguage: fr\n---\nBody\n";
  Result<FrontMatter> front = Parse(text);
  ASSERT_TRUE(front.ok()) << front.error().ToString();
  EXPECT_EQ(front->body_line, 6);
  EXPECT_EQ(text.substr(front->body_offset), "Body\n");
}

TEST(FrontMatterTest, AcceptsBlankLinesAndWindowsLineEnds) {
  Result<FrontMatter> front =
      Parse("---\r\ntitle: T\r\n\r\nauthor: A\r\nlanguage: en-GB\r\n---\r\n");
  ASSERT_TRUE(front.ok()) << front.error().ToString();
  EXPECT_EQ(front->metadata.title, "T");
  EXPECT_EQ(front->metadata.language, "en-GB");
}

TEST(FrontMatterTest, NoBlockIsAnError) {
  EXPECT_TRUE(FailsAt(Parse("# Title\n"), "book.md:1:1",
                      "does not start with a front-matter block", "begin the file with"));
}

TEST(FrontMatterTest, UnterminatedBlockPointsAtTheOpeningFence) {
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\n\nText.\n"), "book.md:1:1",
                      "never closed", "add a line `---`"));
}

TEST(FrontMatterTest, LineWithoutColonIsAnError) {
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\njust words\n---\n"), "book.md:3:1",
                      "must be `key: value`", "a colon"));
}

TEST(FrontMatterTest, UnknownKeyNamesItAndListsTheKeys) {
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\n  auther: A\n---\n"), "book.md:3:3",
                      "unknown front-matter key `auther`", "author"));
}

TEST(FrontMatterTest, RepeatedKeyNamesTheFirstPlace) {
  Result<FrontMatter> front = Parse("---\ntitle: T\nauthor: A\ntitle: U\n---\n");
  EXPECT_TRUE(FailsAt(front, "book.md:4:1", "`title` is given twice (first at book.md:2:8)",
                      "keep one"));
}

TEST(FrontMatterTest, RepeatableKeysMayRepeat) {
  Result<FrontMatter> front =
      Parse("---\ntitle: T\nauthor: A\nauthor: B\nsubject: X\nsubject: Y\nlanguage: en\n---\n");
  ASSERT_TRUE(front.ok()) << front.error().ToString();
  EXPECT_EQ(front->metadata.creators.size(), 2u);
  EXPECT_EQ(front->metadata.subjects.size(), 2u);
}

TEST(FrontMatterTest, EmptyValueIsAnError) {
  EXPECT_TRUE(FailsAt(Parse("---\ntitle:\n---\n"), "book.md:2:7", "`title` has no value",
                      "write the value after the colon"));
}

TEST(FrontMatterTest, MissingRequiredKeysAreNamed) {
  EXPECT_TRUE(FailsAt(Parse("---\nauthor: A\nlanguage: en\n---\n"), "book.md:4:1",
                      "has no `title`", "title: "));
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nlanguage: en\n---\n"), "book.md:4:1",
                      "has no `author`", "author: "));
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\n---\n"), "book.md:4:1",
                      "has no `language`", "language: en-US"));
}

TEST(FrontMatterTest, MalformedLanguageTagPointsAtTheValue) {
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: en_US\n---\n"), "book.md:4:11",
                      "`en_US` is not a well-formed BCP 47 language tag", "en-US"));
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: english\n---\n"),
                      "book.md:4:11", "not name a known ISO 639 language", "BCP 47"));
}

// A tag of 200 well-formed characters is read (ICU's 157-character buffer called it malformed);
// one over Galley's limit is refused at the value, saying the limit.
TEST(FrontMatterTest, ALongLanguageTagIsReadUpToTheLimitThenRefusedSayingIt) {
  std::string tag = "en-x";
  while (tag.size() < 200) tag += "-abcdefgh";
  Result<FrontMatter> front = Parse("---\ntitle: T\nauthor: A\nlanguage: " + tag + "\n---\n");
  ASSERT_TRUE(front.ok()) << front.error().ToString();
  while (tag.size() <= 256) tag += "-abcdefgh";
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: " + tag + "\n---\n"),
                      "book.md:4:11", "characters long; Galley reads language tags of at most 256",
                      "BCP 47"));
}

// A 27 KB language value (issue 10): the error quotes its first 80 characters, cut with "…",
// and shows an excerpt of its line, not the whole value twice over.
TEST(FrontMatterTest, ALongBadValueIsQuotedCut) {
  Result<FrontMatter> front =
      Parse("---\ntitle: T\nauthor: A\nlanguage: " + std::string(27000, 'e') + "!\n---\n");
  ASSERT_FALSE(front.ok());
  EXPECT_NE(front.error().message.find("`" + std::string(80, 'e') + "…`"), std::string::npos)
      << front.error().message;
  EXPECT_LT(front.error().ToString().size(), 1000u);
}

TEST(FrontMatterTest, FileAsMustFollowItsAuthor) {
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor-file-as: Serge, Victor\n---\n"),
                      "book.md:3:1", "right after the `author` line", "below its author"));
  EXPECT_TRUE(FailsAt(
      Parse("---\ntitle: T\nauthor: A\nauthor-file-as: X\nauthor-file-as: Y\n---\n"),
      "book.md:5:1", "right after the `author` line", "once per author"));
}

TEST(FrontMatterTest, DateMustBeIso) {
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: en\ndate: May 2024\n---\n"),
                      "book.md:5:7", "`May 2024` is not a date", "YYYY-MM-DD"));
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: en\ndate: 2024-13\n---\n"),
                      "book.md:5:7", "is not a date", "YYYY"));
  // Year 0000 made epubcheck warn (OPF-053) on a book galley had built without a word.
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: en\ndate: 0000\n---\n"),
                      "book.md:5:7", "`0000` is not a date", "0001 or later"));
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: en\ndate: 2023-02-29\n---\n"),
                      "book.md:5:7", "is not a date", "a real day"));
}

TEST(FrontMatterTest, ColumnsCountCodePoints) {
  // "title: Émile: x" has a colon in the value; the key is still "title".
  Result<FrontMatter> front =
      Parse("---\ntitle: Émile: x\nauthor: Zoë\nlanguage: fr\nsubject:\n---\n");
  EXPECT_TRUE(FailsAt(front, "book.md:5:9", "`subject` has no value", "subject: History"));
}

TEST(FrontMatterTest, BookWordsAreReadAndCheckedAtTheirColumn) {
  Result<FrontMatter> front = Parse(
      "---\ntitle: T\nauthor: A\nlanguage: fr\nbook-word: contents = Sommaire\n"
      "book-word:   notes =  Les notes\n---\n");
  ASSERT_TRUE(front.ok()) << front.error().ToString();
  ASSERT_EQ(front->metadata.book_words.size(), 2u);
  EXPECT_EQ(front->metadata.book_words[1].name, "notes");
  EXPECT_EQ(front->metadata.book_words[1].text, "Les notes");
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: fr\nbook-word: contnts = X\n---\n"),
                      "book.md:5:12", "`contnts` is not a book word", "docs/book-words.md"));
  EXPECT_TRUE(FailsAt(
      Parse("---\ntitle: T\nauthor: A\nlanguage: fr\nbook-word: source = Origine\n---\n"),
      "book.md:5:21", "needs `{source}`", "book-word: NAME = TEXT"));
  EXPECT_TRUE(FailsAt(Parse("---\ntitle: T\nauthor: A\nlanguage: fr\nbook-word: notes = N\n"
                            "book-word: notes = M\n---\n"),
                      "book.md:6:12", "given twice", "keep one"));
}

TEST(FrontMatterTest, KeyTableMarksTheRequiredKeys) {
  std::vector<std::string> required;
  for (const model::MetadataKey& key : model::MetadataKeys()) {
    if (key.required) required.emplace_back(key.name);
  }
  EXPECT_EQ(required, (std::vector<std::string>{"title", "author", "language"}));
}

}  // namespace
}  // namespace galley::manuscript
