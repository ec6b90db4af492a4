// The shaper's output: positioned glyphs with their clusters, in points.
#pragma once

#include <cstdint>
#include <vector>

namespace galley::shaping {

struct Glyph {
  uint32_t id = 0;       // glyph index in the font; 0 is .notdef (a character the font lacks)
  float x_advance = 0;   // points
  float x_offset = 0;    // points
  float y_offset = 0;    // points, up is positive (HarfBuzz convention)
  uint32_t cluster = 0;  // byte offset of the glyph's first character in the shaped text
};

struct ShapedRun {
  std::vector<Glyph> glyphs;  // in visual (= logical, for left-to-right text) order
  double width = 0;           // sum of advances, points
  bool has_notdef = false;    // some character has no glyph in the font
};

}  // namespace galley::shaping
