// Breaks one paragraph into lines as TeX does (The TeXbook, ch. 14; tex.web §863): first
// without hyphenation at a strict "pretolerance", and only if that fails, again with
// hyphenation points at the full tolerance, then with emergency stretch. Most paragraphs of
// good prose pass the first try, which is why TeX's pages have few hyphens. A paragraph left
// with underfull lines is tried once more with names and compounds hyphenated, then with its
// last two words still tied at the looser tolerance page makeup may take, then with them
// untied (Relax). It also gives the page builder the same paragraph a line or
// two longer or shorter (TeX's \looseness) on demand.
#pragma once

#include <memory>
#include <optional>

#include "layout/paragraph/line_setter.h"
#include "layout/paragraph/line_variant.h"
#include "layout/paragraph/paragraph_items.h"
#include "linebreak/break_search.h"

namespace galley::layout {

struct ParagraphSpec {
  StyledText text;
  ItemOptions items;        // indent, spaces, hyphenation (items.hyphenate: allowed at all)
  LineFormat format;        // measure, alignment
  linebreak::BreakParams params;  // line_widths are set from format.measure
  double pretolerance = -1;       // < 0: go straight to the hyphenating pass
  // Variants a line longer or shorter (page makeup) may be this loose; < 0: params.tolerance.
  // A chosen variant's lines are reported underfull only beyond it.
  double variant_tolerance = -1;
};

struct BrokenParagraph {
  ParagraphSpec spec;
  ParagraphItems items;  // what `breaks` indexes
  linebreak::BreakResult breaks;
  int delta = 0;         // the looseness these breaks have relative to the first breaking
  // Variants are broken with hyphenation points; when `items` has none (the first pass set
  // the paragraph) they are built here on demand and replace `items` if a variant is chosen.
  std::optional<ParagraphItems> hyphenated;
  // Variants by delta: -kMaxVariantDelta … -1, +1 … +kMaxVariantDelta (VariantSlot).
  static constexpr int kMaxVariantDelta = 2;
  std::optional<linebreak::BreakResult> variants[2 * kMaxVariantDelta];
  bool variants_tried[2 * kMaxVariantDelta] = {};
  // What the variants share (breakpoints, each pass's optimum and bound), made by the first.
  std::shared_ptr<linebreak::BreakSearch> variant_search;
};

class ParagraphBreaker {
 public:
  ParagraphBreaker(ItemBuilder* builder, LineSetter* setter) : builder_(builder), setter_(setter) {}

  Result<BrokenParagraph> Break(ParagraphSpec spec);

  // The paragraph broken into `delta` (±1 or ±2) more lines than its first breaking, for the
  // page builder; nullopt when no such breaking fits the tolerance (or delta is 0 or larger).
  Result<std::optional<LineVariant>> Variant(BrokenParagraph* paragraph, int delta);
  // Makes variant `delta` (already computed by Variant, or 0 for none) the paragraph's breaks.
  void Choose(BrokenParagraph* paragraph, int delta);

  std::vector<SetLine> Set(const BrokenParagraph& paragraph) {
    return setter_->Set(paragraph.spec.text, paragraph.items, paragraph.breaks,
                        paragraph.spec.format);
  }

 private:
  Status Relax(BrokenParagraph* paragraph);
  Status Rebreak(BrokenParagraph* paragraph, const ItemOptions& options, double tolerance,
                 bool only_whole);
  Result<ParagraphItems> Items(const ParagraphSpec& spec, bool hyphenate) {
    ItemOptions options = spec.items;
    options.hyphenate = hyphenate;
    return builder_->Build(spec.text, options);
  }

  ItemBuilder* builder_;
  LineSetter* setter_;
};

// The line flags the page builder needs.
std::vector<bool> HyphenFlags(const linebreak::BreakResult& breaks);

// Frees what only breaking needed (the items, any variants) once the paragraph's lines are set
// for good; its text, format and breaks stay. Items are most of a book's memory until then:
// freeing them as pages are made lets the set lines reuse it (the long book's peak memory fell
// from 160 to 110 MB, and with it a third of its page faults).
void ReleaseBreaking(BrokenParagraph* paragraph);

}  // namespace galley::layout
