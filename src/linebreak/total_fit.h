// One pass of the total-fit dynamic programme (Knuth & Plass 1981, "The algorithm itself";
// TeX §829–§875): breakpoints in order, an active list of feasible breaks, the best way into
// each breakpoint kept per node key, and a walk back from the chosen final node.
//
// Memory is what the nodes hold: one small record per feasible break kept, and the active
// list. Kept apart per line count (for looseness), a long paragraph has a node for nearly
// every line count at nearly every breakpoint — words × lines — unless a `SearchBound` prunes
// the breaks that cannot beat a known cost; the looseness search in knuth_plass.cc does that.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "linebreak/breakpoints.h"
#include "linebreak/knuth_plass.h"
#include "linebreak/pass_rules.h"
#include "linebreak/remaining_demerits.h"

namespace galley::linebreak {

// Branch-and-bound for a search kept apart by line count: a break is not kept when its
// demerits plus `remaining`'s bound exceed `ceiling`; the run stops (exhausted()) once it has
// made `node_limit` nodes.
struct SearchBound {
  const RemainingDemerits* remaining = nullptr;
  double ceiling = std::numeric_limits<double>::infinity();
  size_t node_limit = std::numeric_limits<size_t>::max();
};

class TotalFit {
 public:
  // `count_lines`: keep breaks apart by line count (TeX's easy_line = max_halfword when
  // \looseness is set), so that the final choice can prefer a line count; otherwise line
  // counts are kept apart only while line widths vary, and looseness is ignored.
  TotalFit(const std::vector<Breakpoint>& points, const BreakParams& params,
           PassSettings settings, bool count_lines, SearchBound bound = {});

  // Runs the dynamic programme; returns the chosen final node or -1 when nothing is feasible
  // (or the node limit was reached).
  int32_t Run();
  // After Run, the final node chosen for another looseness: the run itself depends on the
  // looseness only in this choice, so one run serves every looseness asked of a paragraph.
  int32_t FinalFor(int looseness) const;
  bool exhausted() const { return exhausted_; }
  // Breaks not kept because of the bound: 0 means the run was exact without it.
  size_t pruned() const { return pruned_; }
  size_t node_count() const { return nodes_.size(); }
  // The lines from the start to `final_node`.
  BreakResult WalkBack(int32_t final_node) const;
  double DemeritsOf(int32_t node) const { return nodes_[node].demerits; }
  // How many lines `final_node` has more than the optimum (TeX's actual_looseness).
  int LoosenessOf(int32_t final_node) const { return nodes_[final_node].line - best_line_; }

 private:
  // A feasible break: the best way found to reach a breakpoint with a given line count,
  // fitness class, hyphen run and hyphens so far (the paper's active/passive nodes). 32 bytes: a long
  // paragraph keeps one per break chosen anywhere, for the walk back.
  struct Node {
    int32_t point = -1;     // breakpoint index; -1 for the paragraph's start
    int32_t previous = -1;  // node index of the break before, -1 at the start
    int32_t line = 0;       // lines that end at or before this break
    int16_t hyphen_run = 0;   // consecutive hyphenated lines ending here
    int16_t hyphen_count = 0; // hyphenated lines so far, at most max_paragraph_hyphens + 1
    Fitness fitness = Fitness::kDecent;
    bool flagged = false;
    bool overfull = false;  // the line that ends here
    double demerits = 0;    // total, from the paragraph's start
  };
  // An active node with what every line tried from it reads: the totals its lines start from
  // and its line count (which line width comes next), so that trying a line does not fetch
  // the node itself.
  struct Active {
    int32_t node = 0;
    int32_t line = 0;
    Totals after;
  };
  // The best line found so far into the current breakpoint for one node key.
  struct PendingBreak {
    int line_key = 0;
    int hyphen_run = 0;
    int hyphen_count = 0;
    Fitness fitness = Fitness::kDecent;
    double demerits = 0;
    int32_t previous = -1;
    bool overfull = false;
  };

  double WidthOfLine(int line) const;
  const Totals& AfterOf(const Node& node) const;
  void TryLinesTo(size_t point);
  void ConsiderLine(int32_t from, size_t point, double ratio, bool overfull);
  void ActivatePending(size_t point);
  bool HoldsUnhyphenatedItem(const Node& from, const Breakpoint& to) const;
  bool Dominated(const PendingBreak& pending) const;
  bool WithinBound(const Node& node) const;
  int32_t ChooseFinal(int looseness) const;

  const std::vector<Breakpoint>& points_;
  const BreakParams& params_;
  PassSettings settings_;
  bool count_lines_;
  int looseness_;
  SearchBound bound_;
  std::vector<Node> nodes_;
  std::vector<Active> active_;  // in breakpoint order
  std::vector<PendingBreak> pending_;
  int32_t best_ = -1;  // the fewest-demerits final node, once Run has finished
  int best_line_ = 0;  // its line count
  bool exhausted_ = false;
  size_t pruned_ = 0;
};

}  // namespace galley::linebreak
