// The dictionary the word rules and the spelling report consult: hunspell with a language's
// .aff/.dic pair (Debian: /usr/share/hunspell/en_US.{aff,dic}, package hunspell-en-us). A
// missing dictionary is an error, never a silently skipped check.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "clean/word_set.h"

class Hunspell;

namespace galley {

class SpellChecker {
 public:
  // The dictionary for `language` (a BCP 47 tag: en-US → en_US.dic, de → de_DE.dic; see
  // language/dictionaries.h) in `directory`. Errors without a place (the caller knows where
  // the language was written): no dictionary (naming the Debian package, or saying there is
  // none), an .aff file missing beside the .dic.
  static Result<SpellChecker> Open(const std::string& directory, std::string_view language);

  SpellChecker(SpellChecker&&) noexcept;
  SpellChecker& operator=(SpellChecker&&) noexcept;
  ~SpellChecker();

  // Whether the dictionary accepts `word` (with its affixes; hunspell also accepts hyphenated
  // words whose parts it knows). Answers are remembered: the rules ask about the same words
  // again and again.
  bool Knows(std::string_view word) const;

  // The .dic file's path, for the report.
  const std::string& path() const { return dic_path_; }

 private:
  SpellChecker(std::unique_ptr<Hunspell> hunspell, std::string dic_path);

  std::unique_ptr<Hunspell> hunspell_;
  std::string dic_path_;
  mutable StringMap<bool> known_;  // a cache of Knows, not state: answers never change
};

}  // namespace galley
