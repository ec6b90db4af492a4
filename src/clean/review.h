// What `galley clean` tells an editor: every change it made, each under the rule that made it
// and with the line of source.ocr.txt it came from; the places a rule could not decide; and the
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

struct UnknownWord {
  std::string word;
  std::vector<int> lines;  // where it occurs, in order, each line once
};

struct Review {
  std::string source;      // path of source.ocr.txt
  std::string dictionary;  // path of the hunspell dictionary the words were checked against
  std::vector<Change> changes;
  std::vector<Doubt> doubts;
  std::vector<UnknownWord> unknown_words;
};

}  // namespace galley
