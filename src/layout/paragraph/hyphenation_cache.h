// Hyphenation points of words, computed once per distinct word: prose repeats its words, and
// a long book repeats its vocabulary thousands of times.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "hyphen/hyphenator.h"

namespace galley::layout {

class HyphenationCache {
 public:
  explicit HyphenationCache(const hyphen::Hyphenator& hyphenator) : hyphenator_(hyphenator) {}

  // Byte offsets inside `letters` (a run of letters only) where a hyphen may go.
  const std::vector<uint32_t>& Breaks(std::string_view letters);
  // Whether the book's exception list gives this word's breaks.
  bool IsException(std::string_view letters) const { return hyphenator_.IsException(letters); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
  };
  const hyphen::Hyphenator& hyphenator_;
  std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>> breaks_;
};

}  // namespace galley::layout
