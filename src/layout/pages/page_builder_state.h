// The page builder's working state, shared by its two halves: filling pages and balancing
// spreads (page_builder.cc), and repairing short pages with paragraph variants
// (page_repair.cc). Internal to layout/pages: BuildPages (page_builder.h) is the interface.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "layout/pages/page_builder.h"

namespace galley::layout::page_building {

constexpr double kEpsilon = 1e-6;
// Paragraphs of three lines or more tried a line longer or shorter per round, from the page's
// foot up: on a page of dialogue the few that can change may stand well up the page (War and
// Peace: 14 uneven spreads with six, 25 with four; eight or twelve mend no more).
constexpr int kRepairCandidates = 6;
// Rounds of repair per page: each may change one more paragraph, so a page two lines short
// (a scene break or a heading that cannot move, with paragraphs set tight by expansion) can
// still be filled by two paragraphs a line longer each rather than one two lines longer.
constexpr int kRepairRounds = 2;
constexpr int kShortParagraphLines = 3;
// A paragraph may be set this many lines longer or shorter than its best breaking: two, so
// that a heading which must move down a page can take two lines from one paragraph.
constexpr int kMaxDelta = 2;
// Paragraphs changed at once on a short page and the pages before it: a page four lines short
// before a heading may need two paragraphs a line longer and one two lines longer, and a line
// pushed through dialogue over two or three page breaks a change on each page and one more
// where it would split a paragraph of two lines (War and Peace: 25 uneven spreads for 28).
constexpr size_t kMaxSpreadChanges = 4;
constexpr size_t kMaxSpreadCandidates = 12;  // at most 793 sets of up to four
// Pages back a short page's last repair may reach: a line pushed over up to four breaks.
constexpr size_t kMaxRepairSpan = 4;

// A position in the flow: before unit `line` of block `block`.
struct Cursor {
  int block = 0;
  int line = 0;
  friend bool operator==(const Cursor&, const Cursor&) = default;
};

// A paragraph's variant the page builder may choose: `delta` lines from its best breaking.
struct Change {
  int block = 0;
  int delta = 0;
  LineVariant variant;
};

struct PageFill {
  Cursor end;
  double depth = 0;
  double cost = 0;
  bool at_flow_end = false;
  bool rules_broken = false;
  int overflow_block = -1;  // the block whose unit did not fit; -1 at the flow's end
};

// A set of changes (indices into a list of Change) and the two pages it gives.
struct SpreadTrial {
  std::vector<int> changes;
  PageFill before, page;
  double total = 0;
  // Mending a short verso: only a set that leaves both pages of the spread full will do (one
  // that shortens the recto instead leaves the spread uneven).
  bool fill_both = false;
};

class PageBuilder {
 public:
  PageBuilder(std::vector<FlowBlock> blocks, const PageBuildParams& params,
              VariantSource* variants)
      : blocks_(std::move(blocks)),
        params_(params),
        variants_(variants),
        deltas_(blocks_.size(), 0),
        variant_costs_(blocks_.size(), 0),
        changed_for_page_(blocks_.size(), -1) {}

  PageBuildResult Run();

 private:
  int Units(int block) const {
    const FlowBlock& b = blocks_[block];
    return b.kind == FlowKind::kParagraph ? b.line_count : 1;
  }
  bool AtEnd(Cursor c) const { return c.block >= static_cast<int>(blocks_.size()); }
  Cursor Next(Cursor c) const {
    return c.line + 1 < Units(c.block) ? Cursor{c.block, c.line + 1} : Cursor{c.block + 1, 0};
  }
  double UnitHeight(Cursor c, bool at_top) const;
  bool Hyphenated(Cursor c) const;
  bool BreakLegal(Cursor last, Cursor next, int lines_after_heading) const;
  double CostOf(const PageFill& fill, double capacity, bool hyphen_end) const;

  PageFill Fill(Cursor start, double capacity) const;
  PageFill FillWithRepair(Cursor start, double capacity);
  bool RepairOnce(Cursor start, double capacity, PageFill* fill);
  std::optional<LineVariant> TryVariant(int block, int step, Cursor start, int* delta);
  std::vector<Change> ChangesOf(int block, Cursor start);
  void Apply(int block, int delta, const LineVariant& variant);
  bool RepairAcrossPages(std::vector<Cursor>* starts, std::vector<PageFill>* fills);
  bool RepairOverEarlierPages(std::vector<Cursor>* starts, std::vector<PageFill>* fills,
                              size_t span);
  std::vector<Change> ChangesNear(int first_block, int last_block, Cursor window_start,
                                  int middle_block);
  // Calls `trial` with every set of up to kMaxSpreadChanges of `changes` (one per block) set in
  // the blocks, and the cost of their variants over the present breakings.
  using ChangeSetTrial = std::function<void(const std::vector<int>& set, double variant_cost)>;
  void TryChangeSets(const std::vector<Change>& changes, std::vector<int>* chosen,
                     const ChangeSetTrial& trial);
  // Grid lines page `page_index` falls short by when filled as `fill` (0 at the flow's end).
  int LinesShort(const PageFill& fill, size_t page_index) const;
  bool VariantKeepsEarlierBreak(Cursor start, int block, int line_count) const;
  BuiltPage Place(Cursor start, const PageFill& fill) const;
  bool IsVerso(size_t page_index) const {
    return (page_index % 2 == 0) == params_.first_page_is_verso;
  }
  double CapacityOf(size_t page_index) const {
    return page_index == 0 ? params_.first_page_height : params_.page_height;
  }
  void BalanceSpread(std::vector<Cursor>* starts, std::vector<PageFill>* fills);

  std::vector<FlowBlock> blocks_;
  const PageBuildParams& params_;
  VariantSource* variants_;
  std::vector<int> deltas_;
  std::vector<double> variant_costs_;
  // Per block: the page whose repair changed it (-1: unchanged). A paragraph changed for an
  // earlier page keeps that breaking; one changed for this page may change again.
  std::vector<int> changed_for_page_;
  int page_ = 0;  // the page being filled
};

}  // namespace galley::layout::page_building
