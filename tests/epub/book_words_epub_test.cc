// The EPUB says Galley's own words in the book's language (model/book_words.h): a German
// book's navigation is headed "Inhalt", its landmarks, cover and title page are labelled in
// German, its accessibility summary is German, and a title's own book-word line wins.
#include <gtest/gtest.h>

#include "epub/epub_writer.h"
#include "epub_test_support.h"

namespace galley::epub {
namespace {

using namespace testing;

// The small book (epub_test_support.h) in `language`, with the title's own `words`.
std::map<std::string, std::string> Entries(const std::string& language,
                                           std::vector<model::BookWordLine> words = {}) {
  model::Document document = SmallDocument();
  document.metadata.language = language;
  document.metadata.book_words = std::move(words);
  RealFileSystem fs;
  Result<std::string> epub = WriteEpub(fs, document, ProjectOptions());
  EXPECT_TRUE(epub.ok()) << epub.error().ToString();
  std::map<std::string, std::string> entries;
  if (epub.ok()) {
    for (ZipEntry& entry : ReadZip(*epub)) entries[entry.name] = std::move(entry.bytes);
  }
  return entries;
}

std::vector<std::string> SelectIn(const std::string& xml, const char* xpath) {
  pugi::xml_document document;
  ParseXml(xml, &document);
  return Select(document, xpath);
}

std::string NavEntry(const std::map<std::string, std::string>& entries) {
  for (const auto& [name, bytes] : entries) {
    if (name.ends_with("nav.xhtml")) return bytes;
  }
  ADD_FAILURE() << "no nav.xhtml";
  return {};
}

TEST(BookWordsEpubTest, AGermanBooksNavigationSaysInhalt) {
  std::map<std::string, std::string> entries = Entries("de-DE");
  std::string nav = NavEntry(entries);
  EXPECT_EQ(SelectIn(nav, "/html/head/title"), std::vector<std::string>{"Inhalt"});
  EXPECT_EQ(SelectIn(nav, "//nav[@epub:type='toc']/h1"), std::vector<std::string>{"Inhalt"});
  EXPECT_EQ(SelectIn(nav, "//nav[@epub:type='landmarks']/h2"),
            std::vector<std::string>{"Orientierungspunkte"});
  EXPECT_EQ(SelectIn(nav, "//nav[@epub:type='landmarks']/ol/li/a"),
            (std::vector<std::string>{"Umschlag", "Titelseite", "Inhalt", "Textbeginn",
                                      "Kolophon"}));
  EXPECT_EQ(SelectIn(nav, "//nav[@epub:type='page-list']/h2"), std::vector<std::string>{"Seiten"});
  bool summary = false;
  for (const auto& [name, bytes] : entries) {
    if (name.ends_with("title-page.xhtml")) {
      EXPECT_EQ(SelectIn(bytes, "//section/@aria-label"), std::vector<std::string>{"Titelseite"});
    }
    if (name.ends_with(".opf")) {
      summary = bytes.find("Sie hat ein Inhaltsverzeichnis und Überschriften") != std::string::npos;
      EXPECT_EQ(bytes.find("It has a table of contents"), std::string::npos);
    }
  }
  EXPECT_TRUE(summary);
}

TEST(BookWordsEpubTest, EnglishIsAsBefore) {
  std::string nav = NavEntry(Entries("en-US"));
  EXPECT_EQ(SelectIn(nav, "//nav[@epub:type='landmarks']/ol/li/a"),
            (std::vector<std::string>{"Cover", "Title Page", "Contents", "Start of Text",
                                      "Colophon"}));
}

TEST(BookWordsEpubTest, ATitlesOwnWordWins) {
  std::string nav = NavEntry(Entries("fr", {{"contents", "Sommaire"}}));
  EXPECT_EQ(SelectIn(nav, "//nav[@epub:type='toc']/h1"), std::vector<std::string>{"Sommaire"});
  EXPECT_EQ(SelectIn(nav, "//nav[@epub:type='landmarks']/h2"), std::vector<std::string>{"Repères"});
}

}  // namespace
}  // namespace galley::epub
