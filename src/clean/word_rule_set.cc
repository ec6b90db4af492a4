#include "clean/word_rule_set.h"

#include "clean/broken_hyphens.h"
#include "clean/clean_rules.h"
#include "clean/dropped_accents.h"
#include "clean/frequent_words.h"
#include "clean/misplaced_hyphens.h"
#include "clean/run_together_words.h"

namespace galley {

void RunGuessingRules(const RuleSet& rules, const WordGate& gate, std::vector<Block>* blocks,
                      Review* review) {
  const SpellChecker& dictionary = gate.dictionary;
  if (rules.Runs(rule::kBrokenHyphen)) {
    RunWordRule(
        rule::kBrokenHyphen,
        [&](std::string_view word) { return GuessBrokenHyphen(word, dictionary); }, gate, blocks,
        review, HasLineEndHyphen);
  }
  if (rules.Runs(rule::kRunTogether)) {
    RunWordRule(
        rule::kRunTogether,
        [&](std::string_view word) { return GuessRunTogether(word, dictionary); }, gate, blocks,
        review);
  }
  if (rules.Runs(rule::kMisplacedHyphen)) {
    RunWordRule(
        rule::kMisplacedHyphen,
        [&](std::string_view word) { return GuessMisplacedHyphen(word, dictionary); }, gate,
        blocks, review);
  }
  if (rules.Runs(rule::kFrequentWord)) {
    FrequentWords frequent(gate.vocabulary);
    RunWordRule(
        rule::kFrequentWord,
        [&](std::string_view word) { return frequent.Guess(word, dictionary); }, gate, blocks,
        review);
  }
  if (rules.Runs(rule::kAccent)) {
    RunWordRule(rule::kAccent, GuessDroppedAccents, gate, blocks, review);
  }
}

}  // namespace galley
