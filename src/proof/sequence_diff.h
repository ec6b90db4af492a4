// The longest common subsequence of two sequences, found with Myers' O((N+M)·D) difference
// algorithm in linear space (E. W. Myers, "An O(ND) Difference Algorithm and Its Variations",
// Algorithmica 1, 1986, section 4b: bisect at the middle snake, recurse on both halves). The
// proofer uses it three times: to align paragraphs by text, lines within a paragraph, and
// words within a changed paragraph. D is the number of differences, so two nearly equal
// records of a long book are aligned in about the time it takes to read them.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

namespace galley::proof {

struct SequenceMatch {
  size_t before = 0;  // index in the first sequence
  size_t after = 0;   // index in the second
  friend bool operator==(const SequenceMatch&, const SequenceMatch&) = default;
};

// Whether element i of the first sequence equals element j of the second.
using ElementsEqual = std::function<bool(size_t i, size_t j)>;

// The pairs of a longest common subsequence of sequences of sizes `n` and `m`, in increasing
// order of both indices. Elements not in it were removed (first) or added (second).
std::vector<SequenceMatch> MatchSequences(size_t n, size_t m, const ElementsEqual& equal);

}  // namespace galley::proof
