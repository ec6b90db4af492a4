// Knuth–Plass total-fit line breaking: chooses the breaks that minimise the paragraph's total
// demerits (Knuth & Plass 1981). Pure: items in, breaks out; no fonts, no globals.
//
// Structure after minikin's LineBreakOptimizer: candidates (legal breakpoints) → the dynamic
// programme over an active list with prefix sums, so a line's natural width, stretch and
// shrink between two breakpoints cost O(1) → walking back from the best final node.
#pragma once

#include <vector>

#include "linebreak/item.h"

namespace galley::linebreak {

struct BreakParams {
  // Feasible lines have adjustment ratio r with -1 <= r <= tolerance... (TeX: badness
  // 100|r|^3 <= 100 * tolerance^3). The paper's example uses tolerance 1.
  double tolerance = 2.0;
  double line_penalty = 10;            // TeX \linepenalty; the paper's examples use 1
  double flagged_demerits = 3000;      // paper α: two flagged (hyphenated) lines in a row
  double fitness_demerits = 3000;      // paper γ: adjacent lines of incompatible fitness class
  double final_hyphen_demerits = 5000; // TeX \finalhyphendemerits: hyphen on the last-but-one line
  // Breaks with a run of more than this many consecutive hyphenated lines are not considered
  // (0: no limit).
  int max_consecutive_hyphens = 0;
  // TeX \emergencystretch: when no feasible breaks exist at `tolerance`, a second pass adds
  // this much stretchability to every line (in item width units).
  double emergency_stretch = 0;
  // TeX \looseness: ask for this many more (or fewer, if negative) lines than optimal, if a
  // feasible solution with that count exists.
  int looseness = 0;
  // Line widths: line i (0-based) has width line_widths[min(i, size-1)].
  std::vector<double> line_widths;
};

enum class Fitness : int { kTight = 0, kDecent = 1, kLoose = 2, kVeryLoose = 3 };

struct Line {
  size_t begin = 0;    // index of the first item on the line (after discarded glue/penalties)
  size_t end = 0;      // index of the break item (glue or penalty), or items.size() at the end
  double ratio = 0;    // adjustment ratio: >0 stretch, <0 shrink
  Fitness fitness = Fitness::kDecent;
  bool hyphenated = false;  // ends at a flagged penalty
  bool overfull = false;    // could not be shrunk to fit (set only when no feasible solution)
};

struct BreakResult {
  std::vector<Line> lines;
  double demerits = 0;
  int pass = 1;             // 1: tolerance; 2: emergency stretch; 3: overfull fallback
};

// Breaks `items` into lines. The list should end with the usual finishing sequence
// (penalty +inf, glue 0/fill/0, penalty -inf), as the paper prescribes; if it doesn't, it is
// treated as if it did. Never fails: when even the emergency pass finds nothing feasible the
// result sets the least-bad lines and marks the overfull ones.
BreakResult BreakLines(const std::vector<Item>& items, const BreakParams& params);

}  // namespace galley::linebreak
