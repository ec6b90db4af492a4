// Everything one book's text is set with: the template and its faces, the style table, the
// HarfBuzz shaper and word cache, the UAX #14 finder, the hyphenator and its cache, and the
// paragraph breaker built on them. One per book; not thread-safe (the caches are not).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "hyphen/hyphenator.h"
#include "layout/font_set.h"
#include "layout/paragraph_breaker.h"
#include "layout/print_template.h"
#include "shaping/shaper.h"
#include "shaping/word_cache.h"

namespace galley::layout {

// The shape of a paragraph on the page.
struct ParagraphShape {
  double measure = 0;
  double indent = 0;
  bool justify = true;
  bool centered = false;
  bool hyphenate = true;
};

class Typesetter {
 public:
  // `language` is the book's (BCP 47); `source_path` names the manuscript in errors.
  static Result<std::unique_ptr<Typesetter>> Create(const PrintTemplate& print_template,
                                                    const FontSet& fonts,
                                                    const std::string& language,
                                                    const std::string& source_path);

  const PrintTemplate& print_template() const { return template_; }
  const FontSet& fonts() const { return fonts_; }
  StyleTable& styles() { return styles_; }
  StyledShaper& shaper() { return *styled_shaper_; }
  const shaping::WordShapeCache& word_cache() const { return *word_cache_; }

  InlineStyler BodyStyler() const;
  InlineStyler HeadingStyler(int level) const;
  StyleId Style(Face face, double size, bool small_caps, double tracking);

  Result<BrokenParagraph> Break(StyledText text, const ParagraphShape& shape);
  Result<std::optional<LineVariant>> Variant(BrokenParagraph* paragraph, int delta) {
    return breaker_->Variant(paragraph, delta);
  }
  void Choose(BrokenParagraph* paragraph, int delta) { breaker_->Choose(paragraph, delta); }
  std::vector<SetLine> Set(const BrokenParagraph& paragraph) { return breaker_->Set(paragraph); }

  // One line of text at its natural width in one style (running heads, folios, page
  // references). Error: a character the style's font lacks.
  Result<GlyphRunItem> SetPlain(std::string_view text, StyleId style, double x, double y);
  double WidthOf(std::string_view text, StyleId style);

 private:
  explicit Typesetter(const PrintTemplate& print_template, const FontSet& fonts)
      : template_(print_template), fonts_(fonts) {}

  const PrintTemplate& template_;
  FontSet fonts_;
  StyleTable styles_;
  std::unique_ptr<shaping::Shaper> shaper_;
  std::unique_ptr<shaping::WordShapeCache> word_cache_;
  std::unique_ptr<StyledShaper> styled_shaper_;
  std::unique_ptr<LineBreakFinder> finder_;
  std::unique_ptr<hyphen::Hyphenator> hyphenator_;
  std::unique_ptr<HyphenationCache> hyphenation_;
  std::unique_ptr<ItemBuilder> item_builder_;
  std::unique_ptr<LineSetter> line_setter_;
  std::unique_ptr<ParagraphBreaker> breaker_;
  std::string source_path_;
};

}  // namespace galley::layout
