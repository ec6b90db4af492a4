#include "proof/word_diff.h"

#include <limits>

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

std::string FormatWordChanges(const std::vector<WordChange>& words, size_t context) {
  // keep[i]: the word is shown; unchanged words are shown within `context` of a change.
  constexpr size_t kFar = std::numeric_limits<size_t>::max();
  auto distance_after = [](size_t distance, const WordChange& word) -> size_t {
    if (word.kind != WordChange::Kind::kSame) return 0;
    return distance == kFar ? kFar : distance + 1;
  };
  std::vector<bool> keep(words.size(), false);
  size_t distance = kFar;
  for (size_t i = 0; i < words.size(); ++i) {
    distance = distance_after(distance, words[i]);
    keep[i] = distance <= context;
  }
  distance = kFar;
  for (size_t i = words.size(); i-- > 0;) {
    distance = distance_after(distance, words[i]);
    keep[i] = keep[i] || distance <= context;
  }
  std::string out;
  auto separate = [&] {
    if (!out.empty()) out += ' ';
  };
  for (size_t i = 0; i < words.size();) {
    WordChange::Kind kind = words[i].kind;
    if (kind == WordChange::Kind::kSame && !keep[i]) {
      separate();
      out += "…";
      while (i < words.size() && words[i].kind == WordChange::Kind::kSame && !keep[i]) ++i;
      continue;
    }
    separate();
    if (kind == WordChange::Kind::kSame) {
      out += words[i++].word;
      continue;
    }
    out += kind == WordChange::Kind::kRemoved ? "[-" : "{+";
    for (bool first = true; i < words.size() && words[i].kind == kind; first = false) {
      if (!first) out += ' ';
      out += words[i++].word;
    }
    out += kind == WordChange::Kind::kRemoved ? "-]" : "+}";
  }
  return out;
}

}  // namespace galley::proof
