#include "render/cairo_glyph_run.h"

namespace galley::render {

namespace {

bool ClustersUsable(const frames::GlyphRunItem& run) {
  uint32_t previous = 0;
  for (const shaping::Glyph& glyph : run.glyphs) {
    if (glyph.cluster < previous || glyph.cluster >= run.text.size()) return false;
    previous = glyph.cluster;
  }
  return true;
}

void MakeClusters(const frames::GlyphRunItem& run, std::vector<cairo_text_cluster_t>* clusters) {
  clusters->clear();
  if (run.glyphs.empty()) return;
  if (run.text.empty() || !ClustersUsable(run)) {
    clusters->push_back({static_cast<int>(run.text.size()), static_cast<int>(run.glyphs.size())});
    return;
  }
  size_t first = 0;
  uint32_t start = 0;  // the first cluster also owns any bytes before its glyph's offset
  while (first < run.glyphs.size()) {
    size_t end = first;
    while (end < run.glyphs.size() && run.glyphs[end].cluster == run.glyphs[first].cluster) ++end;
    uint32_t next =
        end < run.glyphs.size() ? run.glyphs[end].cluster : static_cast<uint32_t>(run.text.size());
    clusters->push_back({static_cast<int>(next - start), static_cast<int>(end - first)});
    start = next;
    first = end;
  }
}

}  // namespace

CairoGlyphRun MakeCairoGlyphRun(const frames::GlyphRunItem& run) {
  CairoGlyphRun out;
  MakeCairoGlyphRun(run, &out);
  return out;
}

void MakeCairoGlyphRun(const frames::GlyphRunItem& run, CairoGlyphRun* out) {
  out->glyphs.clear();
  out->glyphs.reserve(run.glyphs.size());
  double pen = run.x;
  for (const shaping::Glyph& glyph : run.glyphs) {
    out->glyphs.push_back({glyph.id, pen + glyph.x_offset, run.y - glyph.y_offset});
    pen += glyph.x_advance;
  }
  MakeClusters(run, &out->clusters);
}

}  // namespace galley::render
