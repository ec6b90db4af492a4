// How a run of text looks: face, size, OpenType features, letter spacing, baseline shift and
// underline. Paragraphs refer to styles by a small index into a StyleTable, so that text spans
// and shaped fragments stay compact.
#pragma once

#include <cstdint>
#include <vector>

#include "fonts/font.h"
#include "shaping/features.h"

namespace galley::layout {

// The three faces a book is set in; fonts are indexed by it.
enum class Face : uint8_t { kRegular, kItalic, kBold };

struct TextStyle {
  const fonts::Font* font = nullptr;
  double size = 10;  // points
  shaping::FeatureSet features;
  double tracking = 0;  // points added after every glyph (letter-spaced capitals)
  double rise = 0;      // points the baseline is raised (note references)
  bool underline = false;

  friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

using StyleId = uint16_t;

// Interns styles: equal styles get the same id. Ids stay valid for the table's life.
class StyleTable {
 public:
  StyleId Intern(const TextStyle& style);
  const TextStyle& operator[](StyleId id) const { return styles_[id]; }
  size_t size() const { return styles_.size(); }

 private:
  std::vector<TextStyle> styles_;
};

}  // namespace galley::layout
