// The hyphenation of every language a book's paragraphs are in: the book's own patterns, and
// a passage's (<span lang="fr">, <i lang="de">) loaded the first time a paragraph needs them,
// each with its cache of hyphenated words.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "base/result.h"
#include "hyphen/hyphenator.h"
#include "layout/paragraph/hyphenation_cache.h"

namespace galley::layout {

class HyphenationSet {
 public:
  // Loads a passage language's patterns. A null hyphenator sets that language's passages
  // without hyphenation (the loader says why, as a warning of its own); an error stops the book.
  // `where` is the manuscript position of the first passage in the language.
  using PassageLoader = std::function<Result<std::unique_ptr<hyphen::Hyphenator>>(
      const std::string& tag, SourcePos where)>;

  // `book` may be null: the book's own text is then not hyphenated.
  HyphenationSet(std::unique_ptr<hyphen::Hyphenator> book, std::string book_tag,
                 PassageLoader passages);

  // The hyphenation for text in language `tag` (empty: the book's), or null when that language
  // is set without hyphenation. Errors: the loader's. `where` gives the position for the
  // loader, called only when a passage language is met for the first time: finding a
  // position counts from the paragraph's start, which for every word of a 100,000-word
  // paragraph made its items quadratic.
  Result<HyphenationCache*> For(std::string_view tag, const std::function<SourcePos()>& where);

  // The language of the book's own text (BCP 47).
  const std::string& book_tag() const { return book_tag_; }

 private:
  struct Language {
    std::unique_ptr<hyphen::Hyphenator> hyphenator;
    std::unique_ptr<HyphenationCache> cache;  // null when hyphenator is
  };
  static Language Make(std::unique_ptr<hyphen::Hyphenator> hyphenator);

  Language book_;
  std::string book_tag_;
  PassageLoader load_;
  std::map<std::string, Language, std::less<>> passages_;
};

}  // namespace galley::layout
