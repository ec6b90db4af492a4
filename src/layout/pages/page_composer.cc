#include "layout/pages/page_composer.h"

#include <algorithm>

#include "frames/paragraph_order.h"
#include "layout/pages/page_turn_words.h"

namespace galley::layout {

using frames::Role;

namespace {

// The structure element a paragraph of `role` is (ISO 32000-1 §14.8.4): a contents entry a
// TOCI (the page's entries gathered in a TOC), a note a Note, anything else a P.
const char* ParagraphTag(Role role) {
  switch (role) {
    case Role::kContentsEntry: return "TOCI";
    case Role::kNote: return "Note";
    default: return "P";
  }
}

}  // namespace

PageGeometry PageGeometry::For(const PrintTemplate& t, int page_number) {
  PageGeometry g;
  g.recto = page_number % 2 == 1;
  g.text_left = g.recto ? t.margin_inner : t.margin_outer;
  g.text_width = t.text_width();
  g.first_baseline = t.margin_top + t.size;
  g.last_baseline = g.first_baseline + (t.lines_per_page() - 1) * t.leading;
  return g;
}

frames::TextBlock PageGeometry::Block(const PrintTemplate& t) const {
  return frames::TextBlock{text_left, text_width, first_baseline, t.leading, t.lines_per_page()};
}

Status AddCentred(Typesetter& setter, std::string_view text, StyleId style, double baseline,
                  const PageGeometry& g, const std::string& tag, Role role,
                  frames::PageFrame* frame) {
  double width = setter.WidthOf(text, style);
  Result<frames::TextLineItem> line = SetPlainLine(
      setter, text, style, g.text_left + (g.text_width - width) / 2, baseline, role);
  if (!line.ok()) return line.take_error();
  frame->items.push_back(frames::TagBegin(tag));
  frame->items.push_back(frames::TextItem(std::move(*line)));
  frame->items.push_back(frames::TagEnd(tag));
  return Status::Ok();
}

void RenumberParagraphs(std::vector<frames::PageFrame>* pages) {
  frames::ParagraphOrder order;
  for (const frames::PageFrame& page : *pages) {
    order.Meet(frames::ParagraphOrder::FirstMet(page.items));
  }
  for (frames::PageFrame& page : *pages) order.Renumber(&page.items);
}

int PageComposer::ParagraphOf(const FlowEntry& entry) {
  if (&entry != last_entry_) {
    last_entry_ = &entry;
    last_paragraph_ = paragraph_numbers_.Next();
  }
  return last_paragraph_;
}

// The original edition's page number in the outer margin, level with the line where that page
// begins, and a named destination ("page-6") at the line.
Status PageComposer::AddPageReference(const model::PageStart& page, double baseline,
                                      int paragraph, const PageGeometry& g,
                                      frames::PageFrame* frame) {
  const PrintTemplate& t = setter_.print_template();
  frame->items.push_back(frames::Destination(page.id(), g.text_left, baseline - t.leading));
  if (!t.page_refs) return Status::Ok();
  std::string text = FormatWithNumber(t.page_ref_format, page.label);
  StyleId style = setter_.Style(Face::kRegular, t.page_ref_size, false, 0);
  double width = setter_.WidthOf(text, style);
  double x = g.recto ? g.text_left + g.text_width + t.page_ref_gap
                     : g.text_left - t.page_ref_gap - width;
  Result<frames::TextLineItem> line =
      SetPlainLine(setter_, text, style, x, baseline, Role::kPageReference, paragraph);
  if (!line.ok()) return line.take_error();
  frame->items.push_back(frames::TagBegin("Artifact"));
  frame->items.push_back(frames::TextItem(std::move(*line)));
  frame->items.push_back(frames::TagEnd("Artifact"));
  return Status::Ok();
}

Status PageComposer::ComposeParagraph(FlowEntry& entry, const PagePart& part, double top,
                                      const PageGeometry& g, frames::PageFrame* frame,
                                      Role role) {
  const PrintTemplate& t = setter_.print_template();
  const StyledText& text = entry.paragraph.spec.text;
  const double x = g.text_left + entry.x_offset;
  const int paragraph = ParagraphOf(entry);
  std::vector<uint32_t> offsets;
  for (int i = part.first_line; i < part.end_line; ++i) {
    offsets.push_back(entry.lines[i].begin);
    offsets.push_back(std::max(entry.lines[i].begin, entry.lines[i].end));
  }
  std::vector<SourcePos> positions = text.PositionsOf(offsets);
  const char* tag = ParagraphTag(role);
  frame->items.push_back(frames::TagBegin(tag));
  for (int i = part.first_line; i < part.end_line; ++i) {
    SetLine& set = entry.lines[i];
    double baseline = top + (i - part.first_line) * t.leading;
    if (i == 0 && !entry.label.empty()) {
      StyleId style = setter_.Style(Face::kRegular, t.size, false, 0);
      double width = setter_.WidthOf(entry.label, style);
      Result<frames::TextLineItem> label =
          SetPlainLine(setter_, entry.label, style, x - width - 0.5 * t.size, baseline,
                       Role::kListLabel, paragraph);
      if (!label.ok()) return label.take_error();
      frame->items.push_back(frames::TextItem(std::move(*label)));
    }
    frames::TextLineItem line;
    line.role = role;
    line.paragraph = paragraph;
    line.line = i;
    line.first = i == 0;
    line.last = i + 1 == static_cast<int>(entry.lines.size());
    line.justified = entry.paragraph.spec.format.justify && !set.last;
    size_t at = 2 * static_cast<size_t>(i - part.first_line);
    line.source = SourceRange{positions[at], positions[at + 1]};
    if (!line.source.begin.known()) {
      line.source.begin = line.source.end = SourcePos{entry.source_line, 0};
    }
    bool turns = i + 1 == part.end_line && part.end_line < static_cast<int>(entry.lines.size());
    if (turns) ReadWordWholeBeforeTurn(entry.lines[i + 1], &set);
    if (i == part.first_line && i > 0 && entry.lines[i - 1].read_whole) {
      DropWordRestAfterTurn(&set);
    }
    AddSetLine(&set, std::move(line), x, baseline, frame);
  }
  if (!entry.id.empty()) {
    GALLEY_RETURN_IF_ERROR(AddContentsNumber(entry, part, top, g, paragraph, frame));
  }
  frame->items.push_back(frames::TagEnd(tag));

  // Page starts that came after the book's last text belong to its last line.
  int last = static_cast<int>(entry.lines.size()) - 1;
  if (part.end_line - 1 == last) {
    for (const model::PageStart& page : entry.page_starts) {
      GALLEY_RETURN_IF_ERROR(AddPageReference(
          page, top + (last - part.first_line) * t.leading, paragraph, g, frame));
    }
  }
  for (const PageAnchor& anchor : text.page_starts) {
    int index = 0;
    while (index + 1 < static_cast<int>(entry.lines.size()) &&
           entry.lines[index].end <= anchor.offset) {
      ++index;
    }
    if (index < part.first_line || index >= part.end_line) continue;
    GALLEY_RETURN_IF_ERROR(AddPageReference(
        anchor.page, top + (index - part.first_line) * t.leading, paragraph, g, frame));
  }
  return Status::Ok();
}

// A contents entry's page number, flush right on its last line, and a link over the entry.
Status PageComposer::AddContentsNumber(const FlowEntry& entry, const PagePart& part, double top,
                                       const PageGeometry& g, int paragraph,
                                       frames::PageFrame* frame) {
  const PrintTemplate& t = setter_.print_template();
  const double x = g.text_left + entry.x_offset;
  int last = static_cast<int>(entry.lines.size()) - 1;
  if (part.end_line - 1 == last && numbers_ != nullptr) {
    auto found = numbers_->find(entry.id);
    if (found != numbers_->end()) {
      std::string number = std::to_string(found->second);
      StyleId style = setter_.Style(Face::kRegular, t.size, false, 0);
      double width = setter_.WidthOf(number, style);
      Result<frames::TextLineItem> line = SetPlainLine(
          setter_, number, style, g.text_left + g.text_width - width,
          top + (last - part.first_line) * t.leading, Role::kContentsNumber, paragraph);
      if (!line.ok()) return line.take_error();
      frame->items.push_back(frames::TextItem(std::move(*line)));
    }
  }
  double height = (part.end_line - part.first_line) * t.leading;
  frame->items.push_back(frames::Link(frames::LinkItem{
      x, top - t.leading + (t.leading - t.size) / 2, g.text_left + g.text_width - x, height,
      entry.id}));
  return Status::Ok();
}

Status PageComposer::ComposeHeading(FlowEntry& entry, double top, const PageGeometry& g,
                                    frames::PageFrame* frame) {
  const PrintTemplate& t = setter_.print_template();
  const HeadingStyle& style = t.heading(entry.level);
  const int count = static_cast<int>(entry.lines.size());
  // The heading's lines are centred in the grid lines it takes; body text stays on the grid.
  double first = top + ((entry.heading_lines - 1) * t.leading - (count - 1) * style.leading) / 2;
  if (!entry.id.empty()) {
    frame->items.push_back(
        frames::Destination(entry.id, g.text_left, first - style.size - t.leading));
  }
  // append(), not `"H" + …`: GCC 12 warns falsely (-Wrestrict) on the latter.
  std::string tag = std::string("H").append(std::to_string(std::clamp(entry.level, 1, 6)));
  frame->items.push_back(frames::TagBegin(tag));
  const int paragraph = ParagraphOf(entry);
  for (int i = 0; i < count; ++i) {
    frames::TextLineItem line;
    line.role = Role::kHeading;
    line.level = entry.level;
    line.paragraph = paragraph;
    line.line = i;
    line.first = i == 0;
    line.last = i + 1 == count;
    line.source.begin = line.source.end = SourcePos{entry.source_line, 0};
    AddSetLine(&entry.lines[i], std::move(line), g.text_left, first + i * style.leading, frame);
  }
  frame->items.push_back(frames::TagEnd(tag));
  for (const model::PageStart& page : entry.page_starts) {
    GALLEY_RETURN_IF_ERROR(AddPageReference(page, first, paragraph, g, frame));
  }
  return Status::Ok();
}

namespace {

// Whether a frame's part is a contents entry: those on a page are gathered in one TOC.
bool IsContentsEntry(const Flow& flow, const FlowEntry& entry) {
  return flow.role == "contents" && entry.kind == EntryKind::kParagraph;
}

Role ParagraphRole(const Flow& flow, const FlowEntry& entry) {
  if (flow.role == "contents") return Role::kContentsEntry;
  if (flow.role == "colophon") return Role::kColophon;
  if (flow.role == "notes") return Role::kNote;
  return entry.x_offset > 0 ? Role::kQuote : Role::kBody;
}

}  // namespace

Status PageComposer::Compose(Flow* flow_pointer, const FlowPage& page, int number,
                             frames::PageFrame* frame, std::vector<HeadingOnPage>* headings) {
  const PrintTemplate& t = setter_.print_template();
  Flow& flow = *flow_pointer;
  PageGeometry g = PageGeometry::For(t, number);
  if (page.opening && !flow.id.empty()) {
    frame->items.push_back(frames::Destination(flow.id, g.text_left, t.margin_top));
  }
  bool in_toc = false;  // tags balance within a page: a contents page's entries are its TOC
  for (const PagePart& part : page.page.parts) {
    FlowEntry& entry = flow.entries[part.block];
    double top = g.first_baseline + page.y_offset + part.y;
    if (IsContentsEntry(flow, entry) != in_toc) {
      in_toc = !in_toc;
      frame->items.push_back(in_toc ? frames::TagBegin("TOC") : frames::TagEnd("TOC"));
    }
    switch (entry.kind) {
      case EntryKind::kParagraph:
        GALLEY_RETURN_IF_ERROR(
            ComposeParagraph(entry, part, top, g, frame, ParagraphRole(flow, entry)));
        break;
      case EntryKind::kHeading:
        GALLEY_RETURN_IF_ERROR(ComposeHeading(entry, top, g, frame));
        headings->push_back({entry.level, entry.id, entry.title});
        break;
      case EntryKind::kSceneBreak: {
        double baseline = top + (t.scene_break_lines - 1) / 2 * t.leading;
        StyleId style = setter_.Style(Face::kRegular, t.size, false, 0);
        GALLEY_RETURN_IF_ERROR(AddCentred(setter_, t.scene_break_ornament, style, baseline, g,
                                          "Artifact", Role::kOrnament, frame));
        for (const model::PageStart& page : entry.page_starts) {
          GALLEY_RETURN_IF_ERROR(AddPageReference(page, baseline, 0, g, frame));
        }
        break;
      }
    }
  }
  if (in_toc) frame->items.push_back(frames::TagEnd("TOC"));
  return Status::Ok();
}

}  // namespace galley::layout
