// Breaks a flow of blocks (paragraph lines, headings, scene breaks) into pages. A pure unit:
// it sees heights and line flags, never text or fonts, so it is tested with synthetic blocks.
//
// Rules (issue 4, "Page makeup"): never a widow or an orphan (pages.widow-lines and
// pages.orphan-lines), a heading kept with at least pages.heading-keep-lines lines of what
// follows, scene breaks never at a page's top or foot, a page ending on a hyphenated line
// discouraged, and facing pages the same depth where it can be done — first by re-breaking
// paragraphs a line or two longer or shorter (TeX's \looseness), and only then by making both
// pages of the spread short alike.
//
// The method is greedy page by page, with local repairs: a page is filled to the deepest
// legal break; if that leaves it short, the paragraphs on the page are tried one or two lines
// longer and shorter, and the cheapest variant that fills the page is kept (two rounds, so
// two paragraphs may change). A page still short is then repaired with the page before: every
// set of up to four variants of the paragraphs on both pages is tried, keeping the page before
// as full as it was — lines pushed across the break, or a heading pulled up, where no single
// paragraph can give the lines (a line pushed alone would leave an orphan). A verso left short
// is mended the same way with the recto facing it, kept only if both pages come out full
// (otherwise the spread is balanced short, as before). A page still short, whether or not the
// page before gave some lines, is repaired with the two, three or four pages before it the same
// way, those kept full: a line pushed over each break where the page before has no paragraph to
// give one (dialogue). Unlike TeX, which only ever shortens pages, the repairs may change
// paragraphs that started on an earlier page (their line count there is unchanged, so its
// break stays legal).
#pragma once

#include <optional>
#include <vector>

#include "layout/paragraph/line_variant.h"

namespace galley::layout {

enum class FlowKind : unsigned char { kParagraph, kHeading, kSceneBreak };

struct FlowBlock {
  FlowKind kind = FlowKind::kParagraph;
  double space_before = 0;  // dropped when the block opens a page
  // A paragraph: line_count lines of line_height each. A heading or scene break: one unit of
  // height `height` (its space after included).
  int line_count = 1;
  double line_height = 0;
  double height = 0;
  std::vector<bool> hyphenated;  // paragraph: per line, whether it ends with a hyphen
};

// Supplies paragraph variants on demand (computing them costs a line-breaking pass).
class VariantSource {
 public:
  virtual ~VariantSource() = default;
  // The breaking of paragraph block `block` with `delta` (±1 or ±2) lines relative to its
  // original breaking, or nullopt when none is feasible.
  virtual std::optional<LineVariant> Variant(int block, int delta) = 0;
};

struct PageBuildParams {
  double page_height = 0;        // room on a full page, in the blocks' height unit
  double first_page_height = 0;  // room on the flow's first page (a sink may shorten it)
  double line_height = 0;        // the grid unit: costs of short pages are counted in it
  bool first_page_is_verso = false;
  int widow_lines = 2;
  int orphan_lines = 2;
  int heading_keep_lines = 2;
  bool balance_spreads = true;
  double hyphen_end_cost = 5000;   // demerits for a page that ends on a hyphenated line
  double short_line_cost = 1e6;    // demerits per grid line a page falls short
};

// A contiguous part of one block on a page: units [first_line, end_line) of the block (a
// heading or scene break has the single unit 0). `y` is the top of the part's first unit,
// measured down from the top of the page's first line slot, after any space before.
struct PagePart {
  int block = 0;
  int first_line = 0;
  int end_line = 0;
  double y = 0;
};

struct BuiltPage {
  std::vector<PagePart> parts;
  double depth = 0;  // bottom of the last unit
  bool rules_broken = false;  // nothing legal fitted: a rule gave way so that text goes on
};

struct PageBuildResult {
  std::vector<BuiltPage> pages;
  std::vector<int> deltas;  // per block: the variant chosen (0: the original breaking)
};

PageBuildResult BuildPages(std::vector<FlowBlock> blocks, const PageBuildParams& params,
                           VariantSource* variants);

}  // namespace galley::layout
