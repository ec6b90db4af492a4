#include "layout/pages/typesetter.h"

#include <algorithm>

#include "language/dictionaries.h"

namespace galley::layout {

namespace {

// Missing patterns as the template wants them: an error where the language was written, or
// (hyphenation.missing = unhyphenated) a warning and no hyphenation.
Status MissingPatterns(const PrintTemplate& t, const BookLanguage& language, Error error,
                       std::vector<Error>* warnings) {
  bool from_template = !t.hyphenation_language.empty();
  if (t.hyphenate_without_patterns) {
    error.where = from_template ? t.values.ErrorAt("hyphenation.language", "", "").where
                                : language.written_at;
    error.message += "; the book is set without hyphenation (hyphenation.missing = unhyphenated)";
    warnings->push_back(std::move(error));
    return Status::Ok();
  }
  std::string hint = error.hint + ", or set hyphenation.missing = unhyphenated in the print "
                     "template to set the book without hyphenation";
  if (from_template) return t.values.ErrorAt("hyphenation.language", error.message, hint);
  return InputError(language.written_at, error.message, hint);
}

// Loads a passage language's patterns when a paragraph first needs them.
HyphenationSet::PassageLoader PassageLoader(const PrintTemplate& t,
                                            const hyphen::PatternSource& patterns,
                                            const std::string& source_path,
                                            std::shared_ptr<std::vector<Error>> warnings) {
  hyphen::HyphenationSettings settings = t.hyphenation;
  return [settings, patterns, source_path, warnings](
             const std::string& tag,
             SourcePos where) -> Result<std::unique_ptr<hyphen::Hyphenator>> {
    Result<std::string> path = language::FindDictionary(language::DictionaryKind::kHyphenation,
                                                        tag, patterns.dictionary_dir);
    if (!path.ok()) {
      Error warning = path.take_error();
      warning.where = {source_path, where};
      warning.message += "; this passage, and every other in " + tag +
                         ", is set without hyphenation";
      warnings->push_back(std::move(warning));
      return std::unique_ptr<hyphen::Hyphenator>();
    }
    return hyphen::Hyphenator::FromFile(*path, settings, patterns);
  };
}

}  // namespace

Result<std::unique_ptr<Typesetter>> Typesetter::Create(const PrintTemplate& t,
                                                       const FontSet& fonts,
                                                       const BookLanguage& language,
                                                       const std::string& source_path,
                                                       const hyphen::PatternSource& patterns) {
  std::unique_ptr<hyphen::Hyphenator> hyphenator;
  auto warnings = std::make_shared<std::vector<Error>>();
  if (t.hyphenate) {
    std::string hyphen_language = t.hyphenation_language.empty() ? language.tag
                                                                  : t.hyphenation_language;
    Result<std::string> path = language::FindDictionary(
        language::DictionaryKind::kHyphenation, hyphen_language, patterns.dictionary_dir);
    if (!path.ok()) {
      Status missing = MissingPatterns(t, language, path.take_error(), warnings.get());
      if (!missing.ok()) return missing.error();
    } else {
      Result<std::unique_ptr<hyphen::Hyphenator>> loaded =
          hyphen::Hyphenator::FromFile(*path, t.hyphenation, patterns);
      if (!loaded.ok()) {
        const Error& error = loaded.error();
        // A dictionary that cannot be read is told at its own line; exceptions at the key.
        if (!error.where.file.empty()) return loaded.take_error();
        return t.values.ErrorAt("hyphenation.exceptions", error.message, error.hint);
      }
      hyphenator = std::move(*loaded);
    }
  }
  std::unique_ptr<HyphenationSet> hyphenation;
  if (t.hyphenate) {
    hyphenation = std::make_unique<HyphenationSet>(
        std::move(hyphenator), t.hyphenation_language.empty() ? language.tag : t.hyphenation_language,
        PassageLoader(t, patterns, source_path, warnings));
  }
  Result<std::unique_ptr<ParagraphSetter>> paragraphs =
      ParagraphSetter::Create(language.tag, std::move(hyphenation), source_path);
  if (!paragraphs.ok()) return paragraphs.take_error();
  std::unique_ptr<Typesetter> setter(new Typesetter(t, fonts, std::move(*paragraphs)));
  setter->warnings_ = std::move(warnings);
  return setter;
}

InlineStyler Typesetter::BodyStyler() const {
  InlineStyler styler;
  styler.fonts = fonts_.faces;
  styler.small_fonts = fonts_.small_faces;
  styler.small_up_to = fonts_.small_up_to;
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
  style.font = fonts_.For(face, size);
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
  spec.items.proper_nouns = t.proper_nouns;
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
