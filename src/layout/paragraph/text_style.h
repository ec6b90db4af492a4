// How a run of text looks: face, size, OpenType features, letter spacing, baseline shift and
// underline. Paragraphs refer to styles by a small index into a StyleTable, so that text spans
// and shaped fragments stay compact. The table also numbers the fonts the styles use, as the
// frames refer to them (frames/font_table.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "fonts/font.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"
#include "shaping/features.h"

namespace galley::layout {

// The three faces a book is set in; fonts are indexed by it.
using Face = frames::Face;

// How a kind of inline markup is set: italic (upright inside italic), underlined (a typewriter's
// italic) or roman. Template keys cite.style and foreign.style.
enum class MarkStyle { kItalic, kUnderline, kRoman };

struct TextStyle {
  const fonts::Font* font = nullptr;
  Face face = Face::kRegular;  // which of the book's faces `font` is
  double size = 10;  // points
  shaping::FeatureSet features;
  double tracking = 0;  // points added after every glyph (letter-spaced capitals)
  double rise = 0;      // points the baseline is raised (note references)
  bool underline = false;
  // The text's language when it is not the book's (a passage's BCP 47 tag); empty otherwise.
  // Part of the style so that a passage is a run of its own, which the PDF can tag.
  std::string language;

  friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

using StyleId = uint16_t;

// The OpenType features `features` switches on, as space-separated tags ("kern liga clig lnum").
std::string FeatureTags(const shaping::FeatureSet& features);

// Interns styles: equal styles get the same id. Ids stay valid for the table's life.
class StyleTable {
 public:
  StyleId Intern(const TextStyle& style);
  const TextStyle& operator[](StyleId id) const { return styles_[id]; }
  size_t size() const { return styles_.size(); }

  // What frames say of a style: its font's id and how its text is marked.
  uint16_t FontId(StyleId id) const { return marks_[id].font; }
  const frames::RunStyle& RunStyleOf(StyleId id) const { return marks_[id].style; }
  // A glyph run in style `id`, without glyphs or text yet.
  frames::GlyphRunItem EmptyRun(StyleId id, double x, double y, double horizontal_scale) const;

  const frames::FontTable& fonts() const { return fonts_; }

 private:
  struct Marks {
    uint16_t font = 0;
    frames::RunStyle style;
  };
  std::vector<TextStyle> styles_;
  std::vector<Marks> marks_;
  frames::FontTable fonts_;
};

}  // namespace galley::layout
