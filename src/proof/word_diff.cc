#include "proof/word_diff.h"

#include "proof/sequence_diff.h"

namespace galley::proof {

namespace {

// A word both versions have, shown with its written hyphens: where one version has the hyphen
// at a line break, the other may show that it was written.
const Word& FullerOf(const Word& a, const Word& b) {
  return a.written.size() >= b.written.size() ? a : b;
}

}  // namespace

std::vector<WordChange> DiffWords(const std::vector<Word>& before, const std::vector<Word>& after) {
  std::vector<SequenceMatch> matches =
      MatchSequences(before.size(), after.size(),
                     [&](size_t i, size_t j) { return SameWord(before[i], after[j]); });
  std::vector<WordChange> changes;
  size_t i = 0, j = 0;
  auto emit_until = [&](size_t before_end, size_t after_end) {
    for (; i < before_end; ++i) {
      changes.push_back({WordChange::Kind::kRemoved, before[i].Display()});
    }
    for (; j < after_end; ++j) changes.push_back({WordChange::Kind::kAdded, after[j].Display()});
  };
  for (const SequenceMatch& match : matches) {
    emit_until(match.before, match.after);
    changes.push_back({WordChange::Kind::kSame, FullerOf(before[i], after[j]).Display()});
    ++i;
    ++j;
  }
  emit_until(before.size(), after.size());
  return changes;
}

}  // namespace galley::proof
