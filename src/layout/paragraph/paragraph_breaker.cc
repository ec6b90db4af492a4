#include "layout/paragraph/paragraph_breaker.h"

#include <algorithm>

namespace galley::layout {

namespace {

// Where variant `delta` is kept in BrokenParagraph::variants; -1 for a delta it does not keep.
int VariantSlot(int delta) {
  constexpr int kMax = BrokenParagraph::kMaxVariantDelta;
  if (delta == 0 || delta < -kMax || delta > kMax) return -1;
  return delta < 0 ? delta + kMax : delta + kMax - 1;
}

int UnderfullLines(const linebreak::BreakResult& result) {
  int count = 0;
  for (const linebreak::Line& line : result.lines) count += line.underfull;
  return count;
}

}  // namespace

std::vector<bool> HyphenFlags(const linebreak::BreakResult& breaks) {
  std::vector<bool> flags;
  flags.reserve(breaks.lines.size());
  for (const linebreak::Line& line : breaks.lines) flags.push_back(line.hyphenated);
  return flags;
}

void ReleaseBreaking(BrokenParagraph* paragraph) {
  paragraph->items = ParagraphItems();
  paragraph->hyphenated.reset();
  paragraph->variant_search.reset();
  for (std::optional<linebreak::BreakResult>& variant : paragraph->variants) variant.reset();
}

Result<BrokenParagraph> ParagraphBreaker::Break(ParagraphSpec spec) {
  BrokenParagraph paragraph;
  spec.params.line_widths = {spec.format.measure};
  spec.params.looseness = 0;
  paragraph.spec = std::move(spec);
  const ParagraphSpec& s = paragraph.spec;
  bool hyphenate = s.items.hyphenate;
  if (!hyphenate || s.pretolerance >= 0) {
    // TeX's first pass (tex.web §863): no hyphenation, and only lines within pretolerance.
    // Hyphenation points are not even looked up, which is most of the saving.
    Result<ParagraphItems> items = Items(s, false);
    if (!items.ok()) return items.take_error();
    linebreak::BreakParams first = s.params;
    first.unhyphenated_line_items = items->margin_note_items;
    if (hyphenate) {
      first.tolerance = s.pretolerance;
      first.emergency_stretch = 0;
    }
    paragraph.breaks = linebreak::BreakLines(items->items, first);
    paragraph.items = std::move(*items);
    if (!hyphenate || linebreak::LinesFit(paragraph.breaks)) return paragraph;
  }
  Result<ParagraphItems> items = Items(s, true);
  if (!items.ok()) return items.take_error();
  linebreak::BreakParams params = s.params;
  params.unhyphenated_line_items = items->margin_note_items;
  paragraph.breaks = linebreak::BreakLines(items->items, params);
  paragraph.items = std::move(*items);
  if (UnderfullLines(paragraph.breaks) > 0) {
    Status relaxed = Relax(&paragraph);
    if (!relaxed.ok()) return relaxed.error();
  }
  return paragraph;
}

// The careful rules are preferences, not worth a line whose spaces gape: a paragraph they leave
// with underfull lines is broken again with names and compounds hyphenated like other words;
// if lines are still underfull, with its last two words still tied but at the tolerance page
// makeup may take (pages.variant-tolerance: spaces up to their full stretch or shrink); and
// only then with its last two words no longer tied (then its last word breakable too). The
// breaking with the fewest underfull lines is kept, with the options it was made with (its
// variants for page makeup use them too). A two-line paragraph whose first line cannot hold
// more than all but its last two words ("… The countess pressed her | friend’s hand.") then
// gets a last line of one word instead of a first line with spaces twice their width. A runt is
// a fault the quality report names and a line within the variant tolerance is not, so the
// looser tied breaking comes before the runt. The last word is kept whole where it can be: a
// fragment ("sions.", "chief.") alone on the last line is the worst of runts, so the last word
// is hyphenated or broken at its hyphens only if lines are still underfull without.
Status ParagraphBreaker::Relax(BrokenParagraph* paragraph) {
  ItemOptions options = paragraph->spec.items;
  double tolerance = paragraph->spec.params.tolerance;
  double variant_tolerance = paragraph->spec.variant_tolerance;
  if (options.proper_nouns != ProperNouns::kHyphenate || !options.hyphenate_compounds) {
    options.proper_nouns = ProperNouns::kHyphenate;
    options.hyphenate_compounds = true;
    GALLEY_RETURN_IF_ERROR(Rebreak(paragraph, options, tolerance, /*only_whole=*/false));
    if (UnderfullLines(paragraph->breaks) == 0) return Status::Ok();
  }
  if (paragraph->spec.items.tie_last_words && variant_tolerance > tolerance) {
    ItemOptions careful = paragraph->spec.items;  // every rule the paragraph still keeps
    GALLEY_RETURN_IF_ERROR(Rebreak(paragraph, careful, variant_tolerance, /*only_whole=*/true));
    if (UnderfullLines(paragraph->breaks) == 0) return Status::Ok();
  }
  if (options.tie_last_words) {
    options.tie_last_words = false;
    options.keep_last_word_whole = true;  // a runt, but a whole word
    GALLEY_RETURN_IF_ERROR(Rebreak(paragraph, options, tolerance, /*only_whole=*/false));
    if (UnderfullLines(paragraph->breaks) == 0) return Status::Ok();
  }
  if (!options.keep_last_word_whole) return Status::Ok();
  options.keep_last_word_whole = false;
  return Rebreak(paragraph, options, tolerance, /*only_whole=*/false);
}

// Breaks the paragraph again with `options` at `tolerance` and keeps that breaking if it has
// fewer underfull lines than the present one — with `only_whole`, if it has none (a looser
// tolerance's underfull lines are beyond a looser bound).
Status ParagraphBreaker::Rebreak(BrokenParagraph* paragraph, const ItemOptions& options,
                                 double tolerance, bool only_whole) {
  ParagraphSpec relaxed = paragraph->spec;
  relaxed.items = options;
  Result<ParagraphItems> items = Items(relaxed, true);
  if (!items.ok()) return items.take_error();
  linebreak::BreakParams params = relaxed.params;
  params.unhyphenated_line_items = items->margin_note_items;
  params.tolerance = tolerance;
  linebreak::BreakResult breaks = linebreak::BreakLines(items->items, params);
  int underfull = UnderfullLines(breaks);
  if (only_whole ? underfull > 0 : underfull >= UnderfullLines(paragraph->breaks)) {
    return Status::Ok();
  }
  paragraph->spec.items = options;
  // Its lines are judged, and set, at the tolerance they were broken at.
  paragraph->spec.format.tolerance = std::max(paragraph->spec.format.tolerance, tolerance);
  paragraph->items = std::move(*items);
  paragraph->breaks = std::move(breaks);
  return Status::Ok();
}

Result<std::optional<LineVariant>> ParagraphBreaker::Variant(BrokenParagraph* paragraph,
                                                             int delta) {
  int slot = VariantSlot(delta);
  if (slot < 0) return std::optional<LineVariant>();
  // Ragged and centred text has no glue to spread a line over; a line more or less there
  // only moves ragged ends, and the breaker's looseness search on ragged-right glue is slow.
  if (!paragraph->spec.format.justify) return std::optional<LineVariant>();
  if (!paragraph->variants_tried[slot]) {
    paragraph->variants_tried[slot] = true;
    const ParagraphSpec& s = paragraph->spec;
    const ParagraphItems* items = &paragraph->items;
    if (s.items.hyphenate && !paragraph->items.with_hyphenation) {
      if (!paragraph->hyphenated) {
        Result<ParagraphItems> built = Items(s, true);
        if (!built.ok()) return built.take_error();
        paragraph->hyphenated = std::move(*built);
      }
      items = &*paragraph->hyphenated;
    }
    if (!paragraph->variant_search) {
      linebreak::BreakParams params = s.params;
      params.unhyphenated_line_items = items->margin_note_items;
      params.tolerance = std::max(params.tolerance, s.variant_tolerance);
      paragraph->variant_search = std::make_shared<linebreak::BreakSearch>(items->items, params);
    }
    // Only a variant of exactly `delta` lines more, every line within the tolerance (a
    // variant may come from the emergency-stretch pass and still fit).
    size_t wanted = paragraph->breaks.lines.size() + delta;
    paragraph->variants[slot] = paragraph->variant_search->BreakFitting(delta, wanted);
  }
  const std::optional<linebreak::BreakResult>& variant = paragraph->variants[slot];
  if (!variant) return std::optional<LineVariant>();
  LineVariant out;
  out.line_count = static_cast<int>(variant->lines.size());
  out.hyphenated = HyphenFlags(*variant);
  out.cost = std::max(0.0, variant->demerits - paragraph->breaks.demerits);
  return std::optional<LineVariant>(std::move(out));
}

void ParagraphBreaker::Choose(BrokenParagraph* paragraph, int delta) {
  int slot = VariantSlot(delta);
  if (slot < 0 || !paragraph->variants[slot]) return;
  std::optional<linebreak::BreakResult>& variant = paragraph->variants[slot];
  if (paragraph->hyphenated) paragraph->items = std::move(*paragraph->hyphenated);
  paragraph->breaks = std::move(*variant);
  paragraph->delta = delta;
  paragraph->spec.format.tolerance =
      std::max(paragraph->spec.format.tolerance, paragraph->spec.variant_tolerance);
  paragraph->hyphenated.reset();
  paragraph->variant_search.reset();
  for (std::optional<linebreak::BreakResult>& other : paragraph->variants) other.reset();
}

}  // namespace galley::layout
