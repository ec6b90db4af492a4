#include "render/frame_painter.h"

#include <cmath>
#include <optional>
#include <string>

#include "render/cairo_glyph_run.h"
#include "render/structure_plan.h"
#include "render/structure_writer.h"
#include "render/tag_attributes.h"

namespace galley::render {

namespace {

using Kind = frames::FrameItem::Kind;

void SetColor(cairo_t* cr, const frames::Color& color) {
  cairo_set_source_rgb(cr, color.r, color.g, color.b);
}

}  // namespace

Status FramePainter::Paint(const frames::PageFrame& page, int page_number, double x, double y) {
  Result<PageStructurePlan> plan = PlanPageStructure(page, page_number);
  if (!plan.ok()) return plan.take_error();
  sheet_x_ = x;
  sheet_y_ = y;
  page_number_ = page_number;

  cairo_save(cr_);
  cairo_translate(cr_, x, y);
  StructureWriter structure(cr_, &span_languages_, &titles_);
  structure_ = &structure;
  Status status;
  for (size_t i = 0; i < page.items.size() && status.ok(); ++i) {
    status = PaintItem(page, *plan, i);
  }
  if (status.ok()) status = DrawPendingLine();
  line_.reset();
  if (options_.tagged) structure.FinishPage();
  structure_ = nullptr;
  cairo_restore(cr_);

  if (!status.ok()) return status;
  if (cairo_status(cr_) != CAIRO_STATUS_SUCCESS) {
    return InternalError("Cairo failed drawing page " + std::to_string(page_number) + ": " +
                         cairo_status_to_string(cairo_status(cr_)));
  }
  return Status::Ok();
}

Status FramePainter::PaintItem(const frames::PageFrame& page, const PageStructurePlan& plan,
                               size_t index) {
  const frames::FrameItem& item = page.items[index];
  if (item.kind == Kind::kText) {
    for (const frames::GlyphRunItem& run : item.text.runs) GALLEY_RETURN_IF_ERROR(PaintRun(run));
    return Status::Ok();
  }
  GALLEY_RETURN_IF_ERROR(DrawPendingLine());
  switch (item.kind) {
    case Kind::kText:
      break;  // above
    case Kind::kRule:
      if (options_.tagged) structure_->BeforeContent();
      DrawRule(item.rule);
      break;
    case Kind::kLink:
      if (!options_.annotations || !options_.links) break;
      if (options_.tagged && plan.link_in_element[index]) break;  // its Link tag carries it
      if (options_.tagged) structure_->BeforeStandaloneLink();
      AddLink(item.link);
      break;
    case Kind::kDestination:
      if (options_.annotations) AddDestination(item.destination);
      break;
    case Kind::kTagBegin: {
      if (!options_.tagged) break;
      const TagPlan& tag = plan.tags[index];
      std::string attributes;
      if (tag.link_item >= 0) attributes = LinkAttributesOf(page.items[tag.link_item].link);
      structure_->Begin(tag, attributes);
      break;
    }
    case Kind::kTagEnd:
      if (options_.tagged) structure_->End();
      break;
  }
  return Status::Ok();
}

// Runs that continue the line being joined join it; any other run draws the line first.
Status FramePainter::PaintRun(const frames::GlyphRunItem& run) {
  if (line_ && ContinueLine(*line_, run, *fonts_[line_->run().font])) return Status::Ok();
  Status drawn = DrawPendingLine();
  line_ = StartLine(run);
  return drawn;
}

Status FramePainter::DrawPendingLine() {
  if (!line_) return Status::Ok();
  // Only consecutive runs join a line, so no tag came between them: the structure is the same
  // for all of them.
  if (options_.tagged) structure_->BeforeContent(line_->run().style.language);
  Status drawn = DrawGlyphRun(line_->run(), page_number_);
  line_.reset();
  return drawn;
}

Status FramePainter::DrawGlyphRun(const frames::GlyphRunItem& run, int page_number) {
  if (run.glyphs.empty()) return Status::Ok();
  if (run.font >= fonts_.size() || !std::isfinite(run.size) || run.size <= 0) {
    return InternalError("page " + std::to_string(page_number) +
                         " of the frames: a glyph run has no font or no size (text \"" + run.text +
                         "\")");
  }
  if (run.horizontal_scale == 1) {
    cairo_set_font_size(cr_, run.size);
  } else {
    // Expansion widens the glyph shapes only: the positions below already include it, so
    // Cairo's own advances in this font match them and it writes no per-glyph adjustment.
    cairo_matrix_t matrix;
    cairo_matrix_init_scale(&matrix, run.size * run.horizontal_scale, run.size);
    cairo_set_font_matrix(cr_, &matrix);
  }
  SetColor(cr_, run.color);

  CairoGlyphRun& glyphs = cairo_run_;
  MakeCairoGlyphRun(run, &glyphs);
  for (const FaceRange& range :
       SplitByFace(subsets_, run.font, run.text, glyphs.glyphs, glyphs.clusters)) {
    Result<cairo_font_face_t*> face = faces_.FaceFor(*fonts_[run.font], range.face);
    if (!face.ok()) return face.take_error();
    cairo_set_font_face(cr_, *face);
    const cairo_glyph_t* range_glyphs = glyphs.glyphs.data() + range.glyph_begin;
    if (glyphs.clusters.empty()) {
      cairo_show_glyphs(cr_, range_glyphs, range.glyph_count);
      continue;
    }
    cairo_show_text_glyphs(cr_, run.text.data() + range.text_begin, range.text_length,
                           range_glyphs, range.glyph_count,
                           glyphs.clusters.data() + range.cluster_begin, range.cluster_count,
                           static_cast<cairo_text_cluster_flags_t>(0));
  }
  return Status::Ok();
}

void FramePainter::DrawRule(const frames::RuleItem& rule) {
  if (!(rule.thickness > 0)) return;
  SetColor(cr_, rule.color);
  cairo_set_line_width(cr_, rule.thickness);
  cairo_set_line_cap(cr_, CAIRO_LINE_CAP_BUTT);
  cairo_move_to(cr_, rule.x0, rule.y0);
  cairo_line_to(cr_, rule.x1, rule.y1);
  cairo_stroke(cr_);
}

std::string FramePainter::LinkAttributesOf(const frames::LinkItem& link) const {
  return LinkAttributes(link.destination, sheet_x_ + link.x, sheet_y_ + link.y, link.width,
                        link.height);
}

void FramePainter::AddLink(const frames::LinkItem& link) {
  cairo_tag_begin(cr_, CAIRO_TAG_LINK, LinkAttributesOf(link).c_str());
  cairo_tag_end(cr_, CAIRO_TAG_LINK);
}

void FramePainter::AddDestination(const frames::DestinationItem& destination) {
  std::string attributes =
      DestinationAttributes(destination.name, sheet_x_ + destination.x, sheet_y_ + destination.y);
  cairo_tag_begin(cr_, CAIRO_TAG_DEST, attributes.c_str());
  cairo_tag_end(cr_, CAIRO_TAG_DEST);
}

}  // namespace galley::render
