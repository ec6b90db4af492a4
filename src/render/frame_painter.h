// Draws one page frame with Cairo: glyph runs (with cluster maps), rules, and — on a PDF
// surface — structure tags, link annotations and named destinations. The same painter draws
// PDF pages, imposed booklet sheets and PNG images; what differs is the surface and the options.
// Consecutive runs that continue one line are drawn with one Cairo call (line_run.h).
#pragma once

#include <cairo.h>

#include <optional>

#include "base/result.h"
#include "frames/font_table.h"
#include "frames/page_frame.h"
#include "render/cairo_font_faces.h"
#include "render/cairo_glyph_run.h"
#include "render/line_run.h"
#include "render/structure_plan.h"
#include "render/structure_writer.h"
#include "render/subset_faces.h"

namespace galley::render {

struct PaintOptions {
  bool tagged = true;       // structure tags (Tagged PDF)
  bool annotations = true;  // links and named destinations
  // Link annotations; Cairo 1.16 writes a link's annotation object only through the structure
  // tree, so an untagged PDF with links references objects it never writes (qpdf: "file is
  // damaged"). Untagged PDFs therefore carry destinations and bookmarks but no links.
  bool links = true;
};

class FramePainter {
 public:
  // `fonts` are the loaded fonts of the frames' font ids. `subsets` says which of a font's
  // Cairo faces draws each glyph (subset_faces.h); the default draws every glyph with face 0,
  // which suits surfaces without font subsets (PNG).
  FramePainter(cairo_t* cr, const frames::FontFaces& fonts, CairoFontFaces& faces,
               PaintOptions options, const SubsetFaces& subsets = SubsetFaces())
      : cr_(cr), fonts_(fonts), faces_(faces), options_(options), subsets_(subsets) {}

  // Draws `page` with its top-left trim corner at (x, y) of the sheet; the context's matrix
  // must be a pure scale (identity for a PDF). `page_number` (1-based) is for error messages.
  Status Paint(const frames::PageFrame& page, int page_number, double x, double y);

  // The language of every Span element begun so far, in order (StructureWriter): what the
  // PDF's incremental update gives /Lang.
  const std::vector<std::string>& span_languages() const { return span_languages_; }
  // For every element begun as Cairo's "H", in order: whether it is the book's Title.
  const std::vector<bool>& titles() const { return titles_; }

 private:
  Status PaintItem(const frames::PageFrame& page, const PageStructurePlan& plan, size_t index);
  Status PaintRun(const frames::GlyphRunItem& run);
  Status DrawPendingLine();
  Status DrawGlyphRun(const frames::GlyphRunItem& run, int page_number);
  void DrawRule(const frames::RuleItem& rule);
  std::string LinkAttributesOf(const frames::LinkItem& link) const;
  void AddLink(const frames::LinkItem& link);
  void AddDestination(const frames::DestinationItem& destination);

  cairo_t* cr_;
  const frames::FontFaces& fonts_;
  CairoFontFaces& faces_;
  PaintOptions options_;
  SubsetFaces subsets_;
  // The page being painted.
  double sheet_x_ = 0, sheet_y_ = 0;  // its origin on the sheet, for annotations
  int page_number_ = 0;
  StructureWriter* structure_ = nullptr;
  std::vector<std::string> span_languages_;
  std::vector<bool> titles_;
  std::optional<LineRun> line_;  // runs joined so far, not yet drawn
  CairoGlyphRun cairo_run_;      // the line being drawn, its buffers reused line after line
};

}  // namespace galley::render
