#include "layout/paragraph/paragraph_setter.h"

#include "base/noncharacter.h"
#include "base/utf8.h"

namespace galley::layout {

Result<std::unique_ptr<ParagraphSetter>> ParagraphSetter::Create(
    const std::string& language, std::unique_ptr<HyphenationSet> hyphenation,
    const std::string& source_path) {
  std::unique_ptr<ParagraphSetter> setter(new ParagraphSetter());
  setter->shaper_ = std::make_unique<shaping::Shaper>(language);
  setter->word_cache_ = std::make_unique<shaping::WordShapeCache>(*setter->shaper_);
  setter->styled_shaper_ =
      std::make_unique<StyledShaper>(setter->word_cache_.get(), &setter->styles_);
  Result<std::unique_ptr<LineBreakFinder>> finder = LineBreakFinder::Create(language);
  if (!finder.ok()) return finder.take_error();
  setter->finder_ = std::move(*finder);
  setter->hyphenation_ = std::move(hyphenation);
  setter->item_builder_ =
      std::make_unique<ItemBuilder>(setter->styled_shaper_.get(), setter->finder_.get(),
                                    setter->hyphenation_.get(), source_path);
  setter->line_setter_ = std::make_unique<LineSetter>(setter->styled_shaper_.get());
  setter->breaker_ =
      std::make_unique<ParagraphBreaker>(setter->item_builder_.get(), setter->line_setter_.get());
  return setter;
}

double ParagraphSetter::WidthOf(std::string_view text, StyleId style) {
  return styled_shaper_->Shape(style, text).width;
}

Result<frames::GlyphRunItem> ParagraphSetter::SetPlain(std::string_view text, StyleId style,
                                                       double x, double y,
                                                       const SourceLocation& where) {
  if (size_t bad = FindNoncharacter(text); bad != std::string_view::npos) {
    return NoncharacterError(where, DecodeUtf8(text, &bad));
  }
  const shaping::ShapedRun& run = styled_shaper_->Shape(style, text);
  const TextStyle& text_style = styles_[style];
  if (run.has_notdef) {
    return InputError(where,
                      "the font " + text_style.font->path() + " has no glyph for a character "
                      "of '" + std::string(text) + "'",
                      "choose a template font that has it");
  }
  frames::GlyphRunItem out = styles_.EmptyRun(style, x, y, 1);
  out.glyphs = run.glyphs;
  out.text = std::string(text);
  return out;
}

}  // namespace galley::layout
