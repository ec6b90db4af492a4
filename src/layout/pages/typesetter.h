// A book's template applied to its paragraph setter: the styles of body text and headings,
// and each paragraph's template settings (spaces, hyphenation, breaking) turned into the
// paragraph part's ParagraphSpec. This is where the template meets the paragraph machinery;
// the page-making code gets both through it. One per book; not thread-safe.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "layout/paragraph/paragraph_setter.h"
#include "layout/template/font_set.h"
#include "layout/template/print_template.h"

namespace galley::layout {

// The shape of a paragraph on the page.
struct ParagraphShape {
  double measure = 0;
  double indent = 0;
  bool justify = true;
  bool centered = false;
  bool hyphenate = true;
};

// The book's language (BCP 47) and where it was written: errors about its dictionaries point
// there (the front matter's `language` line).
struct BookLanguage {
  std::string tag;
  SourceLocation written_at;
};

class Typesetter {
 public:
  // `source_path` names the manuscript in errors; `patterns` says where hyphenation patterns
  // are and where their compiled form is cached. Errors: the template's or the language's;
  // missing patterns are an error at the `language` line (or at hyphenation.language when the
  // template names the language) unless the template says hyphenation.missing = unhyphenated,
  // which sets the book without hyphenation and warns (warnings()). A passage in another
  // language (<span lang>) is hyphenated with its language's patterns, loaded when first met;
  // when they are missing the passage is set without hyphenation and a warning names the
  // package, whatever hyphenation.missing says: a phrase should not stop a book.
  static Result<std::unique_ptr<Typesetter>> Create(const PrintTemplate& print_template,
                                                    const FontSet& fonts,
                                                    const BookLanguage& language,
                                                    const std::string& source_path,
                                                    const hyphen::PatternSource& patterns = {});

  const PrintTemplate& print_template() const { return template_; }
  // What the reader of the book should know although it was made: dictionaries that were
  // missing and what was done instead.
  const std::vector<Error>& warnings() const { return *warnings_; }
  const FontSet& fonts() const { return fonts_; }
  StyleTable& styles() { return paragraphs_->styles(); }
  StyledShaper& shaper() { return paragraphs_->shaper(); }
  const shaping::WordShapeCache& word_cache() const { return paragraphs_->word_cache(); }

  InlineStyler BodyStyler() const;
  InlineStyler HeadingStyler(int level) const;
  StyleId Style(Face face, double size, bool small_caps, double tracking);

  Result<BrokenParagraph> Break(StyledText text, const ParagraphShape& shape);
  Result<std::optional<LineVariant>> Variant(BrokenParagraph* paragraph, int delta) {
    return paragraphs_->Variant(paragraph, delta);
  }
  void Choose(BrokenParagraph* paragraph, int delta) { paragraphs_->Choose(paragraph, delta); }
  std::vector<SetLine> Set(const BrokenParagraph& paragraph) { return paragraphs_->Set(paragraph); }

  // One line of text at its natural width in one style (running heads, folios, page
  // references). Error: a character the style's font lacks.
  Result<frames::GlyphRunItem> SetPlain(std::string_view text, StyleId style, double x,
                                        double y) {
    return paragraphs_->SetPlain(text, style, x, y, SourceLocation{template_.path, {}});
  }
  double WidthOf(std::string_view text, StyleId style) {
    return paragraphs_->WidthOf(text, style);
  }

 private:
  Typesetter(const PrintTemplate& print_template, const FontSet& fonts,
             std::unique_ptr<ParagraphSetter> paragraphs)
      : template_(print_template), fonts_(fonts), paragraphs_(std::move(paragraphs)) {}

  const PrintTemplate& template_;
  FontSet fonts_;
  std::unique_ptr<ParagraphSetter> paragraphs_;
  // Shared with the passage loader, which adds to it while paragraphs are set.
  std::shared_ptr<std::vector<Error>> warnings_ = std::make_shared<std::vector<Error>>();
};

}  // namespace galley::layout
