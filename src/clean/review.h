// What `galley clean` tells an editor: every change it made, each under the rule that made it
// and with the line of source.ocr.txt it came from; the changes a guessing rule only proposes,
// each with a corrections.tsv line that accepts it; the places a rule could not decide; and the
// words the dictionary does not know, so that misreadings are found rather than guessed.
// review_report.h prints it (docs/corrections.md, "The review report").
#pragma once

#include <string>
#include <vector>

namespace galley {

struct Change {
  std::string rule;    // a name from CleanRules()
  int line = 0;        // line of source.ocr.txt
  std::string before;  // the text as it was: the changed word or words, or the whole line
  std::string after;   // the same text after the change; empty when it was removed
  std::string note;    // why, where the rule's name does not say it all; may be empty
};

struct Doubt {
  std::string rule;
  int line = 0;
  std::string context;  // the words around the place
  std::string message;
};

// A change a rule that guesses words would make but may not: the word is known to the
// dictionary, or occurs elsewhere as it is, or the source's guesses are only proposals.
struct Proposal {
  std::string rule;
  std::string word;         // as the text has it
  std::string replacement;  // what the rule would make of it
  std::string note;         // the rule's reason
  std::string held_back;    // why it was not made: "the dictionary knows it", "occurs 2 times"
  std::vector<int> lines;   // every occurrence's source line, in order (a line may repeat)
  // corrections.tsv lines that accept it, ready to paste (tab-separated); empty when no line
  // can say it exactly (the word spans two source lines)
  std::vector<std::string> corrections;
};

struct UnknownWord {
  std::string word;
  std::vector<int> lines;  // where it occurs, in order, each line once
};

// A rule that did not run, and why ("written for English", "rules-off in metadata.txt:5").
struct RuleNotRun {
  std::string rule;
  std::string why;
};

struct Review {
  std::string source;      // path of source.ocr.txt
  std::string dictionary;  // path of the hunspell dictionary the words were checked against
  std::string format;      // "ocr", "gutenberg" or "markdown"
  std::vector<RuleNotRun> not_run;
  std::vector<Change> changes;
  std::vector<Proposal> proposals;
  std::vector<Doubt> doubts;
  std::vector<UnknownWord> unknown_words;
};

}  // namespace galley
