#include "clean/vocabulary.h"

#include "clean/words.h"

namespace galley {

Vocabulary::Vocabulary(const std::vector<Block>& blocks) {
  for (const Block& block : blocks) {
    if (HasText(block)) Add(block.text.text);
  }
}

void Vocabulary::Add(std::string_view text) {
  for (const WordSpan& span : FindWords(text)) {
    std::string_view word = text.substr(span.offset, span.length);
    auto found = counts_.find(word);
    if (found == counts_.end()) {
      counts_.emplace(std::string(word), 1);
    } else {
      ++found->second;
    }
  }
}

int Vocabulary::Count(std::string_view word) const {
  auto found = counts_.find(word);
  return found == counts_.end() ? 0 : found->second;
}

bool Vocabulary::Occurs(std::string_view word) const {
  if (Count(word) > 0) return true;
  for (std::string_view possessive : {"\u2019s", "'s"}) {
    if (Count(std::string(word) + std::string(possessive)) > 0) return true;
  }
  return false;
}

std::string_view WithoutPossessive(std::string_view word) {
  for (std::string_view possessive : {"\u2019s", "'s"}) {
    if (word.size() > possessive.size() && word.ends_with(possessive)) {
      return word.substr(0, word.size() - possessive.size());
    }
  }
  return word;
}

}  // namespace galley
