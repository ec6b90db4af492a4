// The machinery one book's paragraphs are set with: the style table, the HarfBuzz shaper and
// word cache, the UAX #14 finder, the hyphenator and its cache, and the paragraph breaker
// built on them. It knows nothing of templates or pages: it breaks and sets the paragraphs it
// is given, in the shape it is told. One per book; not thread-safe (the caches are not).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "base/source_position.h"
#include "layout/paragraph/hyphenation_set.h"
#include "layout/paragraph/paragraph_breaker.h"
#include "shaping/shaper.h"
#include "shaping/word_cache.h"

namespace galley::layout {

class ParagraphSetter {
 public:
  // `language` is the book's (BCP 47). `hyphenation` may be null: then no paragraph is
  // hyphenated. `source_path` names the manuscript in errors.
  static Result<std::unique_ptr<ParagraphSetter>> Create(
      const std::string& language, std::unique_ptr<HyphenationSet> hyphenation,
      const std::string& source_path);

  StyleTable& styles() { return styles_; }
  const StyleTable& styles() const { return styles_; }
  StyledShaper& shaper() { return *styled_shaper_; }
  const shaping::WordShapeCache& word_cache() const { return *word_cache_; }
  bool can_hyphenate() const { return hyphenation_ != nullptr; }

  Result<BrokenParagraph> Break(ParagraphSpec spec) { return breaker_->Break(std::move(spec)); }
  Result<std::optional<LineVariant>> Variant(BrokenParagraph* paragraph, int delta) {
    return breaker_->Variant(paragraph, delta);
  }
  void Choose(BrokenParagraph* paragraph, int delta) { breaker_->Choose(paragraph, delta); }
  std::vector<SetLine> Set(const BrokenParagraph& paragraph) { return breaker_->Set(paragraph); }

  // One line of text at its natural width in one style (running heads, folios, page
  // references). Error, placed at `where` (the setting that chose the style): a character the
  // style's font lacks.
  Result<frames::GlyphRunItem> SetPlain(std::string_view text, StyleId style, double x, double y,
                                        const SourceLocation& where);
  double WidthOf(std::string_view text, StyleId style);

 private:
  ParagraphSetter() = default;

  StyleTable styles_;
  std::unique_ptr<shaping::Shaper> shaper_;
  std::unique_ptr<shaping::WordShapeCache> word_cache_;
  std::unique_ptr<StyledShaper> styled_shaper_;
  std::unique_ptr<LineBreakFinder> finder_;
  std::unique_ptr<HyphenationSet> hyphenation_;
  std::unique_ptr<ItemBuilder> item_builder_;
  std::unique_ptr<LineSetter> line_setter_;
  std::unique_ptr<ParagraphBreaker> breaker_;
};

}  // namespace galley::layout
