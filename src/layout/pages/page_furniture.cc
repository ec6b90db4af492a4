#include "layout/pages/page_furniture.h"

namespace galley::layout {

namespace {

Status AddArtifact(Typesetter& setter, const std::string& text, StyleId style, double x,
                   double baseline, frames::Role role, frames::PageFrame* frame) {
  Result<frames::TextLineItem> line = SetPlainLine(setter, text, style, x, baseline, role);
  if (!line.ok()) return line.take_error();
  frame->items.push_back(frames::TagBegin("Artifact"));
  frame->items.push_back(frames::TextItem(std::move(*line)));
  frame->items.push_back(frames::TagEnd("Artifact"));
  return Status::Ok();
}

}  // namespace

std::string RunningHeadText(const PrintTemplate& t, int number, const std::string& book_title,
                            const std::string& author, const std::string& section) {
  RunningHead which = number % 2 == 0 ? t.verso_head : t.recto_head;
  switch (which) {
    case RunningHead::kTitle: return book_title;
    case RunningHead::kSection: return section.empty() ? book_title : section;
    case RunningHead::kAuthor: return author;
    case RunningHead::kNone: return {};
  }
  return {};
}

Status AddPageFurniture(Typesetter& setter, int number, const std::string& head, bool folio,
                        bool opening, frames::PageFrame* frame) {
  const PrintTemplate& t = setter.print_template();
  PageGeometry g = PageGeometry::For(t, number);
  double head_baseline = g.first_baseline - t.running_head_gap;
  bool folio_at_top = t.folio_position == FolioPosition::kTopCenter ||
                      t.folio_position == FolioPosition::kTopOuter;
  if (!head.empty() && !opening) {
    StyleId style = setter.Style(Face::kRegular, t.running_head_size, t.running_head_small_caps,
                                 t.running_head_small_caps ? t.small_caps_tracking : 0);
    double width = setter.WidthOf(head, style);
    bool centred_folio_there = folio && t.folio_position == FolioPosition::kTopCenter;
    if (!centred_folio_there) {
      GALLEY_RETURN_IF_ERROR(AddArtifact(setter, head, style,
                                         g.text_left + (g.text_width - width) / 2,
                                         head_baseline, frames::Role::kRunningHead, frame));
    }
  }
  if (!folio || (folio_at_top && opening)) return Status::Ok();
  std::string text = FormatWithNumber(t.folio_format, std::to_string(number));
  StyleId style = setter.Style(Face::kRegular, t.folio_size, false, 0);
  double width = setter.WidthOf(text, style);
  double baseline = folio_at_top ? head_baseline : g.last_baseline + t.folio_gap;
  double x = g.text_left + (g.text_width - width) / 2;
  if (t.folio_position == FolioPosition::kBottomOuter ||
      t.folio_position == FolioPosition::kTopOuter) {
    x = g.recto ? g.text_left + g.text_width - width : g.text_left;
  }
  return AddArtifact(setter, text, style, x, baseline, frames::Role::kFolio, frame);
}

}  // namespace galley::layout
