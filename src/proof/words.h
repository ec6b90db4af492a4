// The words of a paragraph, rebuilt from its typeset lines so that two settings of the same
// text compare equal however they were broken. Two things make that less than trivial:
// - A line flagged `h` ends in a hyphen that the break may have added ("émi-" + "gré") or that
//   was written ("lime-" + "tree"); the record cannot say which. Such a hyphen is kept as "at a
//   break": it matches a written hyphen or none. Before a capital or a digit it was written.
// - A line may end after a dash or a slash with no space ("1917–" + "1921"), so dashes and
//   slashes are words of their own and the spaces around them do not count.
// A word's `bare` form drops every hyphen between letters; equal paragraphs have equal bare
// words, which is what the alignment hashes, and SameWord then checks the hyphens.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace galley::proof {

struct Word {
  std::string bare;                // the word without hyphens inside it
  std::vector<uint32_t> written;   // byte offsets in `bare` where a written hyphen stood
  std::vector<uint32_t> at_break;  // where a line ended in a hyphen that may have been added

  // The word as an editor would read it: written hyphens put back, break hyphens left out.
  std::string Display() const;
};

// Equal bare forms, and every written hyphen of one is a written or break hyphen of the other.
bool SameWord(const Word& a, const Word& b);

// Collects the words of a paragraph's lines, one line at a time.
class WordCollector {
 public:
  // `hyphenated` is the line's `h` flag; `more` says whether the paragraph continues.
  void AddLine(std::string_view text, bool hyphenated, bool more);
  std::vector<Word> Take();

  // Where the words stand after the last AddLine: the words finished so far, and whether the
  // line ended in a hyphen inside a word that goes on (then its first PendingBytes() bytes).
  size_t WordCount() const { return words_.size(); }
  bool Joining() const { return joining_; }
  size_t PendingBytes() const { return pending_.size(); }

 private:
  void AddToken(std::string_view token);
  void FinishWord();

  std::vector<Word> words_;
  std::string pending_;  // a word still being built
  std::vector<uint32_t> pending_written_, pending_breaks_;
  bool joining_ = false;  // the last line ended in a hyphen: join its word
};

}  // namespace galley::proof
