// Liang hyphenation through libhyphen, with Debian's hyphen-en-us / hyphen-en-gb patterns
// chosen by the book's language, left/right minimums and a per-book exception list.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace galley::hyphen {

struct HyphenationSettings {
  int left_min = 2;   // letters before the first break
  int right_min = 3;  // letters after the last break
  // Per-book exceptions: the word in lower case → its break positions written with hyphens,
  // e.g. "manuscript" → "man-u-script"; an entry without hyphens forbids breaking the word.
  std::map<std::string, std::string> exceptions;
};

class Hyphenator {
 public:
  // Loads the pattern dictionary for a BCP 47 language tag ("en-US" → hyph_en_US.dic, "en" →
  // hyph_en_US.dic) from `dictionary_dir` (default /usr/share/hyphen). Error: no dictionary.
  static Result<std::unique_ptr<Hyphenator>> ForLanguage(
      const std::string& language, HyphenationSettings settings,
      const std::string& dictionary_dir = "/usr/share/hyphen");
  ~Hyphenator();

  // Byte offsets inside `word` where a hyphen may be inserted (before that byte). `word` is
  // UTF-8 letters only — the caller strips punctuation, digits and apostrophes and hyphenates
  // each letter run alone. Results honour left_min/right_min (in letters) and exceptions.
  std::vector<size_t> Breaks(std::string_view word) const;

 private:
  Hyphenator() = default;
  struct Dict;
  std::unique_ptr<Dict> dict_;
  HyphenationSettings settings_;
};

}  // namespace galley::hyphen
