// words.txt: the title's own word list, one word a line (`#` comments and blank lines allowed),
// as the text spells it: names, period and foreign spellings the dictionary lacks. A word in it
// is right: no guessing rule changes or proposes to change it, and the spelling report does not
// list it (docs/corrections.md, "words.txt"). A word that occurs nowhere in the text is an
// error, so that the list stays true when the text changes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "clean/vocabulary.h"
#include "clean/word_set.h"

namespace galley {

class TitleWords {
 public:
  TitleWords() = default;

  // Parses words.txt; `file` names it in errors. A line with a space or tab inside its word is
  // an error (one word a line).
  static Result<TitleWords> Parse(std::string_view text, const std::string& file);

  // Whether `word`, or `word` without a possessive ’s, is listed.
  bool Contains(std::string_view word) const;

  // An error at the first listed word the text does not hold (alone or with a possessive).
  Status CheckAllOccur(const Vocabulary& vocabulary, const std::string& source_file) const;

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    std::string word;
    int line = 0;
    int column = 0;
    std::string line_text;
  };
  std::string file_;
  std::vector<Entry> entries_;
  StringSet words_;
};

}  // namespace galley
