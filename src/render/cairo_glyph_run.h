// A frame's glyph run as Cairo wants it for cairo_show_text_glyphs: glyphs at absolute
// positions and a cluster map from the run's UTF-8 text to its glyphs. The cluster map is what
// makes the PDF's text the text: Cairo writes each glyph's characters into the font's ToUnicode
// map, or an /ActualText span where one glyph stands for several characters (a ligature).
#pragma once

#include <cairo.h>

#include <vector>

#include "frames/page_frame.h"

namespace galley::render {

struct CairoGlyphRun {
  std::vector<cairo_glyph_t> glyphs;
  std::vector<cairo_text_cluster_t> clusters;  // empty only when there are no glyphs
};

// Glyph i sits at the run's origin plus the advances of glyphs 0..i-1 plus its own offsets
// (HarfBuzz's y offset grows upward, the frame's y downward).
//
// Clusters follow the glyphs' byte offsets (HarfBuzz "monotone characters" clusters): glyphs
// with the same offset form one cluster, which owns the bytes up to the next offset. Text
// before the first glyph's offset joins the first cluster. If the offsets ever decrease or point
// outside the text, one cluster holds the whole run: the copied text is still the text, only
// less finely mapped. A run with glyphs and no text is one cluster of no bytes: its glyphs read
// as nothing (the rest of a word read whole before a page turn, layout/pages/page_turn_words.h).
CairoGlyphRun MakeCairoGlyphRun(const frames::GlyphRunItem& run);
// The same into `out`, reusing its buffers (the painter makes one per line).
void MakeCairoGlyphRun(const frames::GlyphRunItem& run, CairoGlyphRun* out);

}  // namespace galley::render
