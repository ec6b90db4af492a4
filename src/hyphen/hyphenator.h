// Liang hyphenation through libhyphen, with Debian's hyphen-* patterns chosen by a language
// tag (language/dictionaries.h), left/right minimums and a per-book exception list.
//
// Callers hyphenate letters only: they split a word at anything that is not a letter
// (apostrophes, brackets, digits, hyphens, dashes) and pass each run of letters alone, in NFC,
// so no break ever lands next to punctuation. A Hyphenator is immutable after loading; Breaks
// may be called from several threads at once.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "io/file_system.h"

namespace galley::hyphen {

struct HyphenationSettings {
  // Letters before the first break and after the last. The dictionary's own minimums (2 and
  // 3 for English, from its LEFTHYPHENMIN/RIGHTHYPHENMIN header) are a floor for patterns.
  int left_min = 2;
  int right_min = 3;
  // Per-book exceptions: the word → its break positions written with hyphens, e.g.
  // "manuscript" → "man-u-script"; an entry without hyphens forbids breaking the word. Keys
  // match case-insensitively; the minimums still apply, as in TeX.
  std::map<std::string, std::string> exceptions;
};

// Where patterns come from.
struct PatternSource {
  std::string dictionary_dir = "/usr/share/hyphen";  // Debian's hyphen-* packages
  // Compiled patterns are kept here between runs (pattern_cache.h); empty: compiled each time.
  std::string cache_dir;
  FileSystem* cache_files = nullptr;  // where cache_dir is; null: the real file system
};

class Hyphenator {
 public:
  // Loads the pattern dictionary for a BCP 47 language tag from the source's directory:
  // "de" → hyph_de_DE.dic, "en-GB" → hyph_en_GB.dic, a bare "en" → hyph_en_US.dic
  // (language/dictionaries.h), in the encoding its first line declares. Errors, without a
  // place for a missing dictionary (the caller knows which `language` asked): no dictionary
  // for the language (names it and the Debian package to install, or says Debian has none), an
  // unreadable dictionary or one whose first line names no encoding or whose bytes are not in
  // it (at its line and column), an exception whose letters differ from its word.
  static Result<std::unique_ptr<Hyphenator>> ForLanguage(const std::string& language,
                                                         HyphenationSettings settings,
                                                         const PatternSource& source = {});
  // The same from a given dictionary file.
  static Result<std::unique_ptr<Hyphenator>> FromFile(const std::string& path,
                                                      HyphenationSettings settings,
                                                      const PatternSource& source = {});
  ~Hyphenator();
  Hyphenator(const Hyphenator&) = delete;
  Hyphenator& operator=(const Hyphenator&) = delete;

  // Byte offsets inside `word` where a hyphen may be inserted (before that byte), ascending.
  // `word` is UTF-8 letters only (see above). Results honour left_min/right_min (in letters)
  // and the exceptions; matching is case-insensitive ("Hyphenation" breaks like
  // "hyphenation").
  std::vector<size_t> Breaks(std::string_view word) const;

  // Whether the book's exception list names `word` (letters only, any case): its breaks are
  // the book's own choice, which rules about proper nouns or compounds should not override.
  bool IsException(std::string_view word) const;

  const std::string& dictionary_path() const { return dictionary_path_; }

 private:
  Hyphenator() = default;
  // Break positions in letters of a lower-cased word of `letters` letters.
  std::vector<size_t> PatternBreaks(const std::string& lower, size_t letters) const;
  struct Dict;
  std::unique_ptr<Dict> dict_;
  HyphenationSettings settings_;
  std::string dictionary_path_;
};

}  // namespace galley::hyphen
