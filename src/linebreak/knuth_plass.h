// Knuth–Plass total-fit line breaking: chooses the breaks that minimise the paragraph's total
// demerits (Knuth & Plass 1981). Pure: items in, breaks out; no fonts, no globals; BreakLines
// may run on several threads at once.
//
// Structure after minikin's LineBreakOptimizer: candidates (legal breakpoints) → the dynamic
// programme over an active list with prefix sums, so a line's natural width, stretch and
// shrink between two breakpoints cost O(1) → walking back from the best final node.
// docs/linebreak.md explains each parameter and why it has its default.
#pragma once

#include <cstddef>
#include <vector>

#include "linebreak/item.h"

namespace galley::linebreak {

struct BreakParams {
  // Feasible lines have adjustment ratio r with -1 <= r <= tolerance (badness 100|r|^3 at
  // most 100 * tolerance^3). 1.26 is TeX's \tolerance=200; the paper's example uses 1.
  double tolerance = 1.26;
  double line_penalty = 10;             // TeX \linepenalty; the paper's examples use 1
  double flagged_demerits = 10000;      // paper α, TeX \doublehyphendemerits: two hyphens in a row
  double fitness_demerits = 10000;      // paper γ, TeX \adjdemerits: adjacent incompatible lines
  double final_hyphen_demerits = 5000;  // TeX \finalhyphendemerits: hyphen on the last-but-one line
  // Breaks that would make a run of more than this many consecutive hyphenated lines are not
  // considered (0: no limit). The overfull fallback (pass 3) may exceed it only on overfull lines.
  int max_consecutive_hyphens = 2;
  // Hyphenated lines a paragraph may have before each further one costs
  // `excess_hyphen_demerits` (0: no limit). Unlike the two above, which look at neighbouring
  // lines only, this counts the whole paragraph: three hyphens in one paragraph show as a
  // ragged column of dashes at the right edge even when no two are adjacent.
  int max_paragraph_hyphens = 2;
  double excess_hyphen_demerits = 10000;
  // How a line's ratio is measured when boxes may stretch and shrink (glyph expansion). false:
  // over the line's whole stretch or shrink, boxes and glue alike (pdfTeX's line breaker).
  // true: the boxes take the shortfall or excess first, up to their limit, and the ratio is
  // that of the glue for the rest — the ratio the word spaces are then set at when the glyphs
  // expand first, as pdfTeX sets lines (docs/linebreak.md, "Expansion"). A line the boxes
  // alone can fit has ratio 0 and badness 0.
  bool box_stretch_first = false;
  // TeX \emergencystretch: when no feasible breaks exist at `tolerance`, a second pass adds
  // this much stretchability to every line (in item width units). 0 skips that pass.
  double emergency_stretch = 0;
  // TeX \looseness: ask for this many more (or fewer, if negative) lines than optimal; the
  // feasible solution whose line count is closest to that is chosen (TeX §875).
  int looseness = 0;
  // Line widths: line i (0-based) has width line_widths[min(i, size-1)]. Must not be empty
  // (an empty list is read as {0}, which sets every line overfull).
  std::vector<double> line_widths;
  // Item indices, ascending: a line holding one of these items costs
  // margin_note_hyphen_demerits more when it ends at a hyphen. The layout marks the words
  // beside which a margin note stands: on a recto the note follows the line's last word, and
  // text extraction reads it into a broken word ("philo- 5 / sophes").
  std::vector<size_t> unhyphenated_line_items;
  double margin_note_hyphen_demerits = 10000;
};

enum class Fitness : int { kTight = 0, kDecent = 1, kLoose = 2, kVeryLoose = 3 };

struct Line {
  size_t begin = 0;    // index of the first item on the line (after discarded glue/penalties)
  size_t end = 0;      // index of the break item (glue or penalty), or items.size() at the end
  // The adjustment ratio to set the line's own glue with: each glue gets width + ratio *
  // stretch (ratio > 0) or width + ratio * shrink (ratio < 0). 0 on a line with infinite
  // stretch or with no glue to adjust; -1 on an overfull line (glue fully shrunk, the line
  // still too long). In pass 2 it can exceed `tolerance`: emergency stretch is not real glue.
  double ratio = 0;
  Fitness fitness = Fitness::kDecent;
  bool hyphenated = false;  // ends at a flagged penalty (never the paragraph's last line)
  bool overfull = false;    // too long even fully shrunk (only in pass 3)
  bool underfull = false;   // looser than `tolerance` allows (pass 2 or 3)
  bool too_tight = false;   // shrunk further than `tolerance` allows (pass 3 only)
};

struct BreakResult {
  std::vector<Line> lines;
  double demerits = 0;
  int pass = 1;             // 1: tolerance; 2: emergency stretch; 3: overfull fallback
  // The most nodes (feasible breaks kept, 32 bytes each) one run of the dynamic programme
  // held: what the breaker's memory grows with. Linear in the paragraph's breakpoints, with
  // or without looseness (see docs/linebreak.md, "Looseness").
  size_t nodes = 0;
};

// Breaks `items` into lines. The list should end with the usual finishing sequence
// (penalty +inf, glue 0/fill/0, penalty -inf), as the paper prescribes; if it doesn't end in a
// forced break, it is treated as if it did (the last Line's end is then items.size()). Never
// fails: when even the emergency pass finds nothing feasible, pass 3 sets the fewest overfull
// lines (each one breaks right after the material that does not fit) and marks them; every
// item still lands on some line.
BreakResult BreakLines(const std::vector<Item>& items, const BreakParams& params);

// Whether `result` has lines and every one is within the tolerance, stretched or shrunk:
// none overfull, underfull or too tight, whichever pass found them.
bool LinesFit(const BreakResult& result);

}  // namespace galley::linebreak
