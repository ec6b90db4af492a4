// Running a guessing rule (run-together words, broken and misplaced hyphens, frequent-word
// misreadings, dropped accents) over a title's text, behind one gate
// (docs/corrections.md, "Rules that guess"):
//
//   a guess is made only when the word, as the text has it, is unknown to the dictionary, is
//   not in words.txt, and does not occur elsewhere in the text — and the source's guesses
//   apply (not for a Project Gutenberg text, nor with `guesses: propose`);
//   otherwise it is a proposal, listed with a corrections.tsv line that accepts it;
//   a word in words.txt, and text a correction wrote, are never touched nor proposed.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "clean/blocks.h"
#include "clean/review.h"
#include "clean/spell_checker.h"
#include "clean/title_words.h"
#include "clean/vocabulary.h"
#include "clean/word_guess.h"
#include "clean/words.h"

namespace galley {

struct WordGate {
  const SpellChecker& dictionary;
  const TitleWords& title_words;
  const Vocabulary& vocabulary;  // the text's words before any guess
  bool guesses_apply = true;
};

// Which occurrences of a word a rule looks at (all when empty): the broken-hyphen rule looks
// only at hyphens that end a source line.
using OccurrenceFilter = std::function<bool(const InlineText& text, const WordSpan& span)>;

// Runs `guess` on every word of every block with text; records the changes it makes, the
// proposals it holds back and its doubts in `review`. Each distinct word of the vocabulary (the
// text before any guess) is guessed once: a word an earlier guess made is not guessed again.
void RunWordRule(std::string_view rule, const WordGuesser& guess, const WordGate& gate,
                 std::vector<Block>* blocks, Review* review,
                 const OccurrenceFilter& filter = {});

// Fills in each proposal's corrections.tsv lines, from `lines` (the source as the corrections
// left it): one line for every occurrence when the word stands nowhere else in the source, else
// one `@LINE` line per source line.
void WriteProposalCorrections(const std::vector<SourceLine>& lines, Review* review);

}  // namespace galley
