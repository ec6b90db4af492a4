// The rules that guess words, in the order they run: broken hyphens, run-together words,
// misplaced hyphens, frequent-word misreadings, dropped accents — each where the title's rule
// set says it runs, each behind the gate of word_rules.h.
#pragma once

#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"
#include "clean/rule_set.h"
#include "clean/word_rules.h"

namespace galley {

void RunGuessingRules(const RuleSet& rules, const WordGate& gate, std::vector<Block>* blocks,
                      Review* review);

}  // namespace galley
