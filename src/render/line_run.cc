#include "render/line_run.h"

namespace galley::render {

namespace {

// Runs may abut with rounding error; more overlap than this is deliberate (an overstrike).
constexpr double kOverlapTolerance = 0.01;  // points
// pdftotext (poppler's TextOutputDev, minWordBreakSpace) sees a word break in gaps wider than
// 0.1 of the font size.
constexpr double kWordBreakEm = 0.1;

double EndOf(const frames::GlyphRunItem& run) {
  double end = run.x;
  for (const shaping::Glyph& glyph : run.glyphs) end += glyph.x_advance;
  return end;
}

}  // namespace

LineRun StartLine(const frames::GlyphRunItem& run) { return {&run, std::nullopt, EndOf(run)}; }

bool ContinueLine(LineRun& joined, const frames::GlyphRunItem& next, const fonts::Font& font) {
  const frames::GlyphRunItem& current = joined.run();
  if (next.font != current.font || next.size != current.size ||
      next.horizontal_scale != current.horizontal_scale || !(next.color == current.color) ||
      next.y != current.y || next.style.language != current.style.language) {
    return false;
  }
  if (current.glyphs.empty() || next.glyphs.empty() || current.text.empty() || next.text.empty()) {
    return false;
  }
  const double gap = next.x - joined.end;
  if (gap < -kOverlapTolerance) return false;

  const bool word_break =
      gap > kWordBreakEm * current.size && current.text.back() != ' ' && next.text.front() != ' ';
  hb_codepoint_t space = 0;
  if (word_break && !hb_font_get_nominal_glyph(font.hb_font(), U' ', &space)) {
    return false;  // no space glyph to carry the word break: keep the runs apart
  }
  if (!joined.joined) joined.joined = *joined.first;
  frames::GlyphRunItem& line = *joined.joined;
  if (word_break) {
    line.glyphs.push_back({.id = space,
                           .x_advance = static_cast<float>(gap),
                           .cluster = static_cast<uint32_t>(line.text.size())});
    line.text += ' ';
  } else {
    line.glyphs.back().x_advance += static_cast<float>(gap);
  }
  const auto offset = static_cast<uint32_t>(line.text.size());
  line.text += next.text;
  for (shaping::Glyph glyph : next.glyphs) {
    glyph.cluster += offset;
    line.glyphs.push_back(glyph);
  }
  joined.end = next.x;
  for (const shaping::Glyph& glyph : next.glyphs) joined.end += glyph.x_advance;
  return true;
}

}  // namespace galley::render
