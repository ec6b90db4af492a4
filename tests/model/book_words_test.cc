// The book's own words (model/book_words.h): a column per language, chosen by the primary
// subtag, the title's own lines over it, and every word documented in docs/book-words.md.
#include "model/book_words.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <type_traits>

#include "model/document.h"
#include "support/test_paths.h"

namespace galley::model {
namespace {

using ::testing::HasSubstr;

TEST(BookWordsTest, TheLanguagesPrimarySubtagChoosesTheColumn) {
  EXPECT_EQ(BookWords("en-US", {}).Get("contents"), "Contents");
  EXPECT_EQ(BookWords("de", {}).Get("contents"), "Inhalt");
  EXPECT_EQ(BookWords("de-AT", {}).Get("contents"), "Inhalt");
  EXPECT_EQ(BookWords("FR", {}).Get("contents"), "Table des matières");
  EXPECT_EQ(BookWords("es-MX", {}).Get("notes"), "Notas");
  EXPECT_EQ(BookWords("it", {}).Get("cover"), "Copertina");
}

// The PDF fuzzer's first finding: book_flow.cc held BookWords::For(metadata).Get("notes") by
// reference, into a table destroyed at the end of that line, and set the notes heading from
// freed memory (ASan: heap-use-after-free). A temporary's word is now a copy.
TEST(BookWordsTest, ATemporarysWordIsACopyThatOutlivesIt) {
  static_assert(std::is_same_v<decltype(BookWords::For(Metadata{}).Get("notes")), std::string>);
  Metadata metadata;
  metadata.language = "de";
  const std::string& notes = BookWords::For(metadata).Get("notes");
  EXPECT_EQ(notes, "Anmerkungen");
}

TEST(BookWordsTest, ALanguageWithoutAColumnTakesEnglish) {
  EXPECT_EQ(BookWords("nl", {}).Get("contents"), "Contents");
  EXPECT_EQ(BookWords("", {}).Get("landmarks"), "Landmarks");
}

TEST(BookWordsTest, ATitlesOwnWordsComeFirst) {
  Metadata metadata;
  metadata.language = "fr";
  metadata.book_words = {{"contents", "Sommaire"}};
  BookWords words = BookWords::For(metadata);
  EXPECT_EQ(words.Get("contents"), "Sommaire");
  EXPECT_EQ(words.Get("notes"), "Notes");
}

TEST(BookWordsTest, PlacesAreFilledAndSplit) {
  BookWords german("de-DE", {});
  EXPECT_EQ(german.Fill("translated-by", {{"names", "Jane Doe"}}), "Übersetzt von Jane Doe");
  EXPECT_EQ(german.Around("source", "source"),
            (std::pair<std::string, std::string>{"Quelle: ", ""}));
  EXPECT_EQ(BookWords().Fill("set-in", {{"font", "EB Garamond"}, {"version", "1.0"}}),
            "Set in EB Garamond with galley 1.0.");
}

TEST(BookWordsTest, EveryWordHasAColumnForEachLanguageAndOnlyItsOwnPlaces) {
  for (const BookWordEntry& entry : BookWordTable()) {
    ASSERT_EQ(entry.texts.size(), BookWordLanguages().size()) << entry.name;
    for (size_t column = 0; column < entry.texts.size(); ++column) {
      if (entry.name != "numbers") EXPECT_FALSE(entry.texts[column].empty()) << entry.name;
      // Each translation, written as a title's own line, passes the same check.
      BookWordLine line;
      size_t at = 0;
      std::string value = std::string(entry.name) + " = " + std::string(entry.texts[column]);
      if (entry.name == "numbers" && entry.texts[column].empty()) continue;
      EXPECT_EQ(ParseBookWordLine(value, &line, &at), "")
          << entry.name << " in " << BookWordLanguages()[column];
    }
  }
}

TEST(BookWordsTest, ALineIsCheckedWithTheColumnOfItsProblem) {
  BookWordLine line;
  size_t at = 99;
  EXPECT_EQ(ParseBookWordLine("contents = Sommaire", &line, &at), "");
  EXPECT_EQ(line.name, "contents");
  EXPECT_EQ(line.text, "Sommaire");

  EXPECT_THAT(ParseBookWordLine("contnts = Sommaire", &line, &at), HasSubstr("not a book word"));
  EXPECT_EQ(at, 0u);
  EXPECT_THAT(ParseBookWordLine("contents Sommaire", &line, &at), HasSubstr("no `=`"));
  EXPECT_THAT(ParseBookWordLine("contents =  ", &line, &at), HasSubstr("has no text"));
  EXPECT_THAT(ParseBookWordLine("source = Quelle", &line, &at), HasSubstr("needs `{source}`"));
  EXPECT_EQ(at, 9u);
  EXPECT_THAT(ParseBookWordLine("source = {title}: {source}", &line, &at),
              HasSubstr("`{title}` is not a place"));
  // A singular may leave its count out ("a page number", not "one page number").
  EXPECT_EQ(ParseBookWordLine("a11y.image = It has an image.", &line, &at), "");
}

TEST(BookWordsTest, TheDocumentationListsEveryWord) {
  std::ifstream file(galley::testing::SourceDir() + "/docs/book-words.md");
  std::stringstream doc;
  doc << file.rdbuf();
  for (const BookWordEntry& entry : BookWordTable()) {
    EXPECT_THAT(doc.str(), HasSubstr("| `" + std::string(entry.name) + "` |")) << entry.name;
  }
}

}  // namespace
}  // namespace galley::model
