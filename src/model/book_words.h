// The book's own words (docs/book-words.md): everything Galley itself writes into a book in
// words — "Contents", "Notes", the landmarks, the imprint's labels, the accessibility summary —
// from one table with a column per language, chosen by the primary subtag of the book's
// `language` (English when the table has no column for it), under the title's own
// `book-word: NAME = TEXT` lines. A word may hold named places, `{title}`, filled in by the
// code that writes it.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace galley::model {

struct Metadata;

// The languages the table has a column for, in column order.
const std::vector<std::string_view>& BookWordLanguages();

struct BookWordEntry {
  std::string_view name;                 // "contents"
  std::string_view use;                  // where Galley writes it, for docs and hints
  std::vector<std::string_view> texts;   // one per BookWordLanguages() entry
};

// Every word, in the order docs/book-words.md lists them.
const std::vector<BookWordEntry>& BookWordTable();

// The entry called `name`, or nullptr.
const BookWordEntry* FindBookWord(std::string_view name);

// A `book-word` value, "NAME = TEXT".
struct BookWordLine {
  std::string name, text;
};

// Parses a `book-word` value into `line`. Returns what is wrong (an unknown name, no `=`, no
// text, a place the word needs missing from the text), or "" when it is good; `column` is
// set to the 0-based byte offset within `value` that the problem is at.
std::string ParseBookWordLine(std::string_view value, BookWordLine* line, size_t* column);

class BookWords {
 public:
  // English, for code that has no book (tests).
  BookWords() : BookWords("en", {}) {}
  // The table's words for `language` (a BCP 47 tag), under `overrides` (already checked).
  BookWords(std::string_view language, const std::vector<BookWordLine>& overrides);
  // The words of a book: its language and its own `book-word` lines.
  static BookWords For(const Metadata& metadata);

  // The word called `name`, as written (places unfilled). A name not in the table is a
  // programming error. A temporary's word is a copy: `For(metadata).Get("notes")` held by
  // reference outlived its table (the PDF's notes heading read freed memory).
  const std::string& Get(std::string_view name) const&;
  std::string Get(std::string_view name) const&&;

  // The word with each `{place}` replaced by its value.
  std::string Fill(std::string_view name,
                   const std::vector<std::pair<std::string_view, std::string>>& values) const;

  // The text before and after `{place}` in the word, for callers that keep the value's own
  // source position between the two ("Source: " and "" around {source}).
  std::pair<std::string, std::string> Around(std::string_view name,
                                             std::string_view place) const;

 private:
  std::map<std::string, std::string, std::less<>> words_;
};

}  // namespace galley::model
