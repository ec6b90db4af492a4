#include "proof/sequence_diff.h"

#include <cstdint>

namespace galley::proof {

namespace {

using Index = std::ptrdiff_t;

// Finds the longest common subsequence of a[a0, a1) and b[b0, b1) by divide and conquer:
// strip the common prefix and suffix, find the middle snake of a shortest edit script, and
// recurse on the two halves it separates. Memory is linear in the sequences' lengths.
class LcsFinder {
 public:
  LcsFinder(const ElementsEqual& equal, std::vector<SequenceMatch>* matches)
      : equal_(equal), matches_(matches) {}

  void Find(Index a0, Index a1, Index b0, Index b1) {
    while (a0 < a1 && b0 < b1 && Equal(a0, b0)) Match(a0++, b0++);
    Index suffix = 0;
    while (a1 - suffix > a0 && b1 - suffix > b0 && Equal(a1 - 1 - suffix, b1 - 1 - suffix)) {
      ++suffix;
    }
    a1 -= suffix;
    b1 -= suffix;
    if (a0 < a1 && b0 < b1) {
      Index x = 0, y = 0;
      if (MiddleSnake(a0, a1, b0, b1, &x, &y)) {
        Find(a0, a0 + x, b0, b0 + y);
        Find(a0 + x, a1, b0 + y, b1);
      }
    }
    for (Index i = 0; i < suffix; ++i) Match(a1 + i, b1 + i);
  }

 private:
  bool Equal(Index i, Index j) const {
    return equal_(static_cast<size_t>(i), static_cast<size_t>(j));
  }
  void Match(Index i, Index j) {
    matches_->push_back({static_cast<size_t>(i), static_cast<size_t>(j)});
  }

  // Myers 1986, section 4b: runs the greedy search forward from the start and backward from
  // the end, d differences at a time, until the two paths overlap on a diagonal; the point
  // where they meet splits the problem in two. v[k] is the furthest x reached on diagonal k
  // (y = x - k), the backward one counted from the end. Returns false when nothing is common.
  bool MiddleSnake(Index a0, Index a1, Index b0, Index b1, Index* split_x, Index* split_y) {
    const Index n = a1 - a0, m = b1 - b0;
    const Index max_d = (n + m + 1) / 2;
    const Index offset = max_d;
    const Index size = 2 * max_d + 2;
    std::vector<Index> forward(size, -1), backward(size, -1);
    forward[offset + 1] = 0;
    backward[offset + 1] = 0;
    const Index delta = n - m;
    // With an odd delta the paths can first meet while extending forward, else backward.
    const bool meet_forward = delta % 2 != 0;
    Index k1_start = 0, k1_end = 0, k2_start = 0, k2_end = 0;
    for (Index d = 0; d < max_d; ++d) {
      for (Index k = -d + k1_start; k <= d - k1_end; k += 2) {
        Index x = Furthest(forward, offset, k, d);
        Index y = x - k;
        while (x < n && y < m && Equal(a0 + x, b0 + y)) ++x, ++y;
        forward[offset + k] = x;
        if (x > n) {
          k1_end += 2;  // ran off the right edge: later diagonals this side are out too
        } else if (y > m) {
          k1_start += 2;  // ran off the bottom edge
        } else if (meet_forward) {
          Index other = offset + delta - k;
          if (other >= 0 && other < size && backward[other] != -1 && x >= n - backward[other]) {
            return Split(x, y, n, m, split_x, split_y);
          }
        }
      }
      for (Index k = -d + k2_start; k <= d - k2_end; k += 2) {
        Index x = Furthest(backward, offset, k, d);
        Index y = x - k;
        while (x < n && y < m && Equal(a1 - 1 - x, b1 - 1 - y)) ++x, ++y;
        backward[offset + k] = x;
        if (x > n) {
          k2_end += 2;
        } else if (y > m) {
          k2_start += 2;
        } else if (!meet_forward) {
          Index other = offset + delta - k;
          if (other >= 0 && other < size && forward[other] != -1) {
            Index forward_x = forward[other];
            Index forward_y = forward_x - (other - offset);
            if (forward_x >= n - x) return Split(forward_x, forward_y, n, m, split_x, split_y);
          }
        }
      }
    }
    return false;
  }

  // The furthest x on diagonal k after one more difference: from diagonal k+1 (a step down,
  // an insertion) or k-1 (a step right, a deletion), whichever got further.
  static Index Furthest(const std::vector<Index>& v, Index offset, Index k, Index d) {
    if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) return v[offset + k + 1];
    return v[offset + k - 1] + 1;
  }

  // A split at a corner would recurse on the same problem; treat it as nothing common rather
  // than loop (it cannot happen once the common prefix and suffix are stripped).
  static bool Split(Index x, Index y, Index n, Index m, Index* split_x, Index* split_y) {
    if ((x == 0 && y == 0) || (x == n && y == m)) return false;
    *split_x = x;
    *split_y = y;
    return true;
  }

  const ElementsEqual& equal_;
  std::vector<SequenceMatch>* matches_;
};

}  // namespace

std::vector<SequenceMatch> MatchSequences(size_t n, size_t m, const ElementsEqual& equal) {
  std::vector<SequenceMatch> matches;
  LcsFinder finder(equal, &matches);
  finder.Find(0, static_cast<Index>(n), 0, static_cast<Index>(m));
  return matches;
}

}  // namespace galley::proof
