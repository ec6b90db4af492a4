#include "layout/pages/page_composer.h"

#include <algorithm>

namespace galley::layout {

frames::FrameItem TagBegin(const std::string& name) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kTagBegin;
  item.tag_begin.name = name;
  return item;
}

frames::FrameItem TagEnd(const std::string& name) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kTagEnd;
  item.tag_end.name = name;
  return item;
}

frames::FrameItem GlyphRun(frames::GlyphRunItem run) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kGlyphRun;
  item.glyph_run = std::move(run);
  return item;
}

frames::FrameItem Destination(const std::string& name, double x, double y) {
  frames::FrameItem item{};
  item.kind = frames::FrameItem::Kind::kDestination;
  item.destination = frames::DestinationItem{name, x, y};
  return item;
}

PageGeometry PageGeometry::For(const PrintTemplate& t, int page_number) {
  PageGeometry g;
  g.recto = page_number % 2 == 1;
  g.text_left = g.recto ? t.margin_inner : t.margin_outer;
  g.text_width = t.text_width();
  g.first_baseline = t.margin_top + t.size;
  g.last_baseline = g.first_baseline + (t.lines_per_page() - 1) * t.leading;
  return g;
}

void AddSetLine(SetLine* line, double x, double baseline, frames::PageFrame* frame) {
  for (frames::GlyphRunItem& run : line->runs) {
    run.x += x;
    run.y += baseline;
    frame->items.push_back(GlyphRun(std::move(run)));
  }
  line->runs.clear();
  for (const frames::RuleItem& rule : line->rules) {
    frames::FrameItem item{};
    item.kind = frames::FrameItem::Kind::kRule;
    item.rule = rule;
    item.rule.x0 += x;
    item.rule.x1 += x;
    item.rule.y0 += baseline;
    item.rule.y1 += baseline;
    frame->items.push_back(std::move(item));
  }
}

int PageComposer::SerialFor(const FlowEntry& entry) {
  if (&entry != last_entry_) {
    last_entry_ = &entry;
    ++serial_;
  }
  return serial_;
}

Status PageComposer::AddCentred(std::string_view text, StyleId style, double baseline,
                                const PageGeometry& g, const std::string& tag,
                                frames::PageFrame* frame) {
  double width = setter_.WidthOf(text, style);
  Result<frames::GlyphRunItem> run =
      setter_.SetPlain(text, style, g.text_left + (g.text_width - width) / 2, baseline);
  if (!run.ok()) return run.take_error();
  frame->items.push_back(TagBegin(tag));
  frame->items.push_back(GlyphRun(std::move(*run)));
  frame->items.push_back(TagEnd(tag));
  return Status::Ok();
}

// The original edition's page number in the outer margin, level with the line where that page
// begins, and a named destination ("page-6") at the line.
Status PageComposer::AddPageReference(const std::string& label, double baseline,
                                      const PageGeometry& g, frames::PageFrame* frame) {
  const PrintTemplate& t = setter_.print_template();
  frame->items.push_back(Destination(model::PageMarkerId(label), g.text_left,
                                     baseline - t.leading));
  if (!t.page_refs) return Status::Ok();
  std::string text = FormatWithNumber(t.page_ref_format, label);
  StyleId style = setter_.Style(Face::kRegular, t.page_ref_size, false, 0);
  double width = setter_.WidthOf(text, style);
  double x = g.recto ? g.text_left + g.text_width + t.page_ref_gap
                     : g.text_left - t.page_ref_gap - width;
  Result<frames::GlyphRunItem> run = setter_.SetPlain(text, style, x, baseline);
  if (!run.ok()) return run.take_error();
  frame->items.push_back(TagBegin("Artifact"));
  frame->items.push_back(GlyphRun(std::move(*run)));
  frame->items.push_back(TagEnd("Artifact"));
  return Status::Ok();
}

Status PageComposer::ComposeParagraph(FlowEntry& entry, const PagePart& part, double top,
                                      const PageGeometry& g, int number, frames::PageFrame* frame,
                                      LayoutRecord* record, const std::string& kind) {
  const PrintTemplate& t = setter_.print_template();
  const StyledText& text = entry.paragraph.spec.text;
  const double x = g.text_left + entry.x_offset;
  int serial = SerialFor(entry);
  frame->items.push_back(TagBegin("P"));
  for (int i = part.first_line; i < part.end_line; ++i) {
    SetLine& line = entry.lines[i];
    double baseline = top + (i - part.first_line) * t.leading;
    if (i == 0 && !entry.label.empty()) {
      StyleId style = setter_.Style(Face::kRegular, t.size, false, 0);
      double width = setter_.WidthOf(entry.label, style);
      Result<frames::GlyphRunItem> label =
          setter_.SetPlain(entry.label, style, x - width - 0.5 * t.size, baseline);
      if (!label.ok()) return label.take_error();
      frame->items.push_back(GlyphRun(std::move(*label)));
    }
    AddSetLine(&line, x, baseline, frame);
    RecordLine out;
    out.page = number;
    out.page_label = std::to_string(number);
    out.source_line = text.LineAt(line.begin);
    if (out.source_line == 0) out.source_line = entry.source_line;
    out.kind = kind;
    out.paragraph = serial;
    out.first = i == 0;
    out.last = i + 1 == static_cast<int>(entry.lines.size());
    out.justified = entry.paragraph.spec.format.justify && !line.last;
    out.ratio = line.ratio;
    out.hyphenated = line.hyphenated;
    out.overfull = line.overfull;
    out.underfull = line.underfull;
    out.words = line.words;
    out.text = std::move(line.text);
    record->lines.push_back(std::move(out));
  }
  if (!entry.id.empty()) GALLEY_RETURN_IF_ERROR(AddContentsNumber(entry, part, top, g, frame));
  frame->items.push_back(TagEnd("P"));

  // Markers that came after the book's last text belong to its last line.
  int last = static_cast<int>(entry.lines.size()) - 1;
  if (part.end_line - 1 == last) {
    for (const std::string& label : entry.markers) {
      GALLEY_RETURN_IF_ERROR(AddPageReference(
          label, top + (last - part.first_line) * t.leading, g, frame));
    }
  }
  for (const PageAnchor& anchor : text.page_markers) {
    int index = 0;
    while (index + 1 < static_cast<int>(entry.lines.size()) &&
           entry.lines[index].end <= anchor.offset) {
      ++index;
    }
    if (index < part.first_line || index >= part.end_line) continue;
    GALLEY_RETURN_IF_ERROR(AddPageReference(
        anchor.label, top + (index - part.first_line) * t.leading, g, frame));
  }
  return Status::Ok();
}

// A contents entry's page number, flush right on its last line, and a link over the entry.
Status PageComposer::AddContentsNumber(const FlowEntry& entry, const PagePart& part, double top,
                                       const PageGeometry& g, frames::PageFrame* frame) {
  const PrintTemplate& t = setter_.print_template();
  const double x = g.text_left + entry.x_offset;
  int last = static_cast<int>(entry.lines.size()) - 1;
  if (part.end_line - 1 == last && numbers_ != nullptr) {
    auto found = numbers_->find(entry.id);
    if (found != numbers_->end()) {
      std::string number = std::to_string(found->second);
      StyleId style = setter_.Style(Face::kRegular, t.size, false, 0);
      double width = setter_.WidthOf(number, style);
      Result<frames::GlyphRunItem> run =
          setter_.SetPlain(number, style, g.text_left + g.text_width - width,
                           top + (last - part.first_line) * t.leading);
      if (!run.ok()) return run.take_error();
      frame->items.push_back(GlyphRun(std::move(*run)));
    }
  }
  frames::FrameItem link{};
  link.kind = frames::FrameItem::Kind::kLink;
  double height = (part.end_line - part.first_line) * t.leading;
  link.link = frames::LinkItem{x, top - t.leading + (t.leading - t.size) / 2, g.text_left +
                       g.text_width - x, height, entry.id};
  frame->items.push_back(std::move(link));
  return Status::Ok();
}

Status PageComposer::ComposeHeading(FlowEntry& entry, double top, const PageGeometry& g,
                                    int number, frames::PageFrame* frame, LayoutRecord* record) {
  const PrintTemplate& t = setter_.print_template();
  const HeadingStyle& style = t.heading(entry.level);
  const int count = static_cast<int>(entry.lines.size());
  // The heading's lines are centred in the grid lines it takes; body text stays on the grid.
  double first = top + ((entry.heading_lines - 1) * t.leading - (count - 1) * style.leading) / 2;
  if (!entry.id.empty()) {
    frame->items.push_back(Destination(entry.id, g.text_left, first - style.size - t.leading));
  }
  // append(), not `"H" + …`: GCC 12 warns falsely (-Wrestrict) on the latter.
  std::string tag = std::string("H").append(std::to_string(std::clamp(entry.level, 1, 6)));
  frame->items.push_back(TagBegin(tag));
  int serial = SerialFor(entry);
  for (int i = 0; i < count; ++i) {
    SetLine& line = entry.lines[i];
    AddSetLine(&line, g.text_left, first + i * style.leading, frame);
    RecordLine out;
    out.page = number;
    out.page_label = std::to_string(number);
    out.source_line = entry.source_line;
    out.kind = std::string("h").append(std::to_string(entry.level));
    out.paragraph = serial;
    out.first = i == 0;
    out.last = i + 1 == count;
    out.words = line.words;
    out.text = std::move(line.text);
    record->lines.push_back(std::move(out));
  }
  frame->items.push_back(TagEnd(tag));
  for (const std::string& label : entry.markers) {
    GALLEY_RETURN_IF_ERROR(AddPageReference(label, first, g, frame));
  }
  return Status::Ok();
}

Status PageComposer::Compose(Flow* flow_pointer, const FlowPage& page, int number,
                             frames::PageFrame* frame, LayoutRecord* record,
                             std::vector<HeadingOnPage>* headings) {
  const PrintTemplate& t = setter_.print_template();
  Flow& flow = *flow_pointer;
  PageGeometry g = PageGeometry::For(t, number);
  if (page.opening && !flow.id.empty()) {
    frame->items.push_back(Destination(flow.id, g.text_left, t.margin_top));
  }
  for (const PagePart& part : page.page.parts) {
    FlowEntry& entry = flow.entries[part.block];
    double top = g.first_baseline + page.y_offset + part.y;
    switch (entry.kind) {
      case EntryKind::kParagraph: {
        std::string kind = flow.role == "colophon" || flow.role == "contents" ? "x" : entry.x_offset > 0 ? "q" : "p";
        GALLEY_RETURN_IF_ERROR(
            ComposeParagraph(entry, part, top, g, number, frame, record, kind));
        break;
      }
      case EntryKind::kHeading:
        GALLEY_RETURN_IF_ERROR(ComposeHeading(entry, top, g, number, frame, record));
        headings->push_back({entry.level, entry.id, entry.title});
        break;
      case EntryKind::kSceneBreak: {
        double baseline = top + (t.scene_break_lines - 1) / 2 * t.leading;
        StyleId style = setter_.Style(Face::kRegular, t.size, false, 0);
        GALLEY_RETURN_IF_ERROR(
            AddCentred(t.scene_break_ornament, style, baseline, g, "Artifact", frame));
        for (const std::string& label : entry.markers) {
          GALLEY_RETURN_IF_ERROR(AddPageReference(label, baseline, g, frame));
        }
        break;
      }
    }
  }
  return Status::Ok();
}

}  // namespace galley::layout
