// How often each word occurs in a title's text (case-sensitive, as the text has it): the gate
// of the guessing rules asks whether a word occurs elsewhere as it is, and the frequent-word
// rule which words are frequent.
#pragma once

#include <string_view>
#include <vector>

#include "clean/blocks.h"
#include "clean/word_set.h"

namespace galley {

class Vocabulary {
 public:
  Vocabulary() = default;
  // The words of every block with text.
  explicit Vocabulary(const std::vector<Block>& blocks);

  // Adds the words of `text`.
  void Add(std::string_view text);

  int Count(std::string_view word) const;

  // Whether `word` occurs, alone or with a possessive ’s or 's.
  bool Occurs(std::string_view word) const;

  const StringMap<int>& counts() const { return counts_; }

 private:
  StringMap<int> counts_;
};

// `word` without a possessive ’s or 's ("Zinoviev’s" → "Zinoviev").
std::string_view WithoutPossessive(std::string_view word);

}  // namespace galley
