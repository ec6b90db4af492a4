// What a guessing rule makes of one word, as the text has it: a replacement (with why), a doubt
// (what it could not decide), or nothing. Rules that guess a word from its spelling or
// frequency are functions from a word to a WordGuess; word_rules.h decides whether a guess is
// made or only proposed.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace galley {

struct WordGuess {
  std::string replacement;  // empty: no change
  std::string note;         // why, for the report
  std::string doubt;        // not empty: the rule could not decide, and says why
  // Not empty: the guess is only ever a proposal, for this reason (a kind of guess that is
  // wrong too often to be made without the editor).
  std::string propose_only;

  static WordGuess None() { return {}; }
  static WordGuess Replace(std::string replacement, std::string note = {}) {
    return {std::move(replacement), std::move(note), {}, {}};
  }
  static WordGuess Doubt(std::string message) { return {{}, {}, std::move(message), {}}; }
  static WordGuess Propose(std::string replacement, std::string note, std::string why) {
    return {std::move(replacement), std::move(note), {}, std::move(why)};
  }
};

using WordGuesser = std::function<WordGuess(std::string_view word)>;

}  // namespace galley
