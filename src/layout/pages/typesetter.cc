#include "layout/pages/typesetter.h"

#include <algorithm>

namespace galley::layout {

Result<std::unique_ptr<Typesetter>> Typesetter::Create(const PrintTemplate& t,
                                                       const FontSet& fonts,
                                                       const std::string& language,
                                                       const std::string& source_path) {
  std::unique_ptr<hyphen::Hyphenator> hyphenator;
  if (t.hyphenate) {
    std::string hyphen_language = t.hyphenation_language.empty() ? language
                                                                  : t.hyphenation_language;
    Result<std::unique_ptr<hyphen::Hyphenator>> loaded =
        hyphen::Hyphenator::ForLanguage(hyphen_language, t.hyphenation);
    if (!loaded.ok()) {
      const Error& error = loaded.error();
      const std::string key = t.hyphenation_language.empty() ? "hyphenation.enabled"
                                                             : "hyphenation.language";
      return t.values.ErrorAt(key, error.message, error.hint.empty()
                                                      ? "set hyphenation.enabled = no to set "
                                                        "the book without hyphenation"
                                                      : error.hint);
    }
    hyphenator = std::move(*loaded);
  }
  Result<std::unique_ptr<ParagraphSetter>> paragraphs =
      ParagraphSetter::Create(language, std::move(hyphenator), source_path);
  if (!paragraphs.ok()) return paragraphs.take_error();
  return std::unique_ptr<Typesetter>(new Typesetter(t, fonts, std::move(*paragraphs)));
}

InlineStyler Typesetter::BodyStyler() const {
  InlineStyler styler;
  styler.fonts = fonts_.faces;
  styler.size = template_.size;
  styler.features = template_.features;
  styler.small_caps_tracking = template_.small_caps_tracking;
  styler.underline_emphasis = template_.underline_emphasis;
  styler.citation_style = template_.citation_style;
  styler.foreign_style = template_.foreign_style;
  return styler;
}

InlineStyler Typesetter::HeadingStyler(int level) const {
  const HeadingStyle& style = template_.heading(level);
  InlineStyler styler = BodyStyler();
  styler.size = style.size;
  styler.face = style.face;
  styler.small_caps = style.small_caps;
  styler.tracking = style.tracking;
  styler.small_caps_tracking = style.tracking;
  return styler;
}

StyleId Typesetter::Style(Face face, double size, bool small_caps, double tracking) {
  TextStyle style;
  style.font = fonts_.faces[static_cast<int>(face)];
  style.face = face;
  style.size = size;
  style.features = template_.features;
  style.features.small_caps = small_caps;
  style.features.caps_to_small_caps = small_caps;
  style.tracking = tracking;
  return paragraphs_->styles().Intern(style);
}

Result<BrokenParagraph> Typesetter::Break(StyledText text, const ParagraphShape& shape) {
  const PrintTemplate& t = template_;
  ParagraphSpec spec;
  spec.text = std::move(text);
  spec.items.justify = shape.justify && !shape.centered;
  spec.items.first_indent = shape.indent;
  spec.items.space_width = t.space_width;
  spec.items.space_stretch = t.space_stretch;
  spec.items.space_shrink = t.space_shrink;
  // Ragged right: 2 em of stretch at each line end, as ragged2e's \RaggedRight. Centred
  // text may stretch by the whole measure, so that balanced lines always beat a lone word.
  spec.items.expansion = t.expansion_in_breaking ? t.expansion : 0;
  spec.items.ragged_stretch = shape.centered ? shape.measure : 2 * t.size;
  spec.items.hyphenate = shape.hyphenate && t.hyphenate && paragraphs_->can_hyphenate();
  spec.items.hyphen_min_letters = t.hyphenation.left_min + t.hyphenation.right_min;
  spec.items.hyphenate_proper_nouns = t.hyphenate_proper_nouns;
  spec.items.hyphenate_compounds = t.hyphenate_compounds;
  spec.items.hyphen_penalty = t.hyphen_penalty;
  spec.items.explicit_hyphen_penalty = t.explicit_hyphen_penalty;
  spec.items.tie_last_words = t.tie_last_words;
  spec.items.protrusion = t.protrude ? &t.protrusion : nullptr;
  spec.items.centered = shape.centered;
  spec.format.measure = shape.measure;
  spec.format.justify = spec.items.justify;
  spec.format.centered = shape.centered;
  spec.format.tolerance = t.breaking.tolerance;
  spec.format.letter_spacing = t.letter_spacing;
  spec.format.expansion = t.expansion;
  spec.format.expansion_step = t.expansion_step;
  spec.format.protrusion = spec.items.protrusion;
  spec.format.expansion_in_breaking = t.expansion_in_breaking;
  spec.format.sharing = t.expansion_glyphs_first ? ExpansionSharing::kGlyphsFirst
                                                 : ExpansionSharing::kProportional;
  spec.params = t.breaking;
  // Lines are judged by the ratio their word spaces will be set at: with glyphs first, what
  // the glyphs cannot take.
  spec.params.box_stretch_first = t.expansion_in_breaking && t.expansion_glyphs_first;
  spec.pretolerance = t.pretolerance;
  spec.variant_tolerance = std::max(t.breaking.tolerance, t.page_rules.variant_tolerance);
  return paragraphs_->Break(std::move(spec));
}

}  // namespace galley::layout
