#include "layout/pages/book_flow.h"

#include <algorithm>
#include <cmath>

#include "model/book_words.h"
#include "model/generated_anchors.h"

namespace galley::layout {

namespace {

// Where a block's text stands across the measure: block quotes are indented on both sides,
// list items on the left.
struct Inset {
  double left = 0;
  double right = 0;
};

class FlowBuilder {
 public:
  FlowBuilder(const model::Document& document, Typesetter& typesetter)
      : document_(document), setter_(typesetter), t_(typesetter.print_template()) {}

  Result<std::vector<Flow>> Build();

 private:
  void StartFlow(const model::Division& division);
  Status AddSection(const model::Section& section);
  Status AddBlocks(const std::vector<model::Block>& blocks, Inset inset);
  Status AddBlock(const model::Block& block, Inset inset);
  Status AddParagraph(const std::vector<model::Inline>& inlines, int source_line, Inset inset,
                      std::string label);
  Status AddHeading(const model::Block& heading);
  Status AddNotes();
  void AddSceneBreak();
  int SpaceBefore() const;

  const model::Document& document_;
  Typesetter& setter_;
  const PrintTemplate& t_;
  std::vector<Flow> flows_;
  bool full_out_next_ = true;  // after a heading, a scene break or a flow's start
  int extra_space_next_ = 0;   // after a block quote
  bool last_was_verse_ = false;  // the paragraph before was a stanza: a stanza after it is spaced
  std::vector<model::PageStart> pending_pages_;  // waiting for the next text
};

Result<std::vector<Flow>> FlowBuilder::Build() {
  // The notes close the text: after the body, before back matter such as the colophon, which
  // ends the book.
  bool notes_added = false;
  for (const model::Division& division : document_.divisions) {
    if (division.kind == model::DivisionKind::kBack && !notes_added) {
      GALLEY_RETURN_IF_ERROR(AddNotes());
      notes_added = true;
    }
    StartFlow(division);
    for (const model::Section& section : division.sections) {
      GALLEY_RETURN_IF_ERROR(AddSection(section));
    }
  }
  if (!notes_added) GALLEY_RETURN_IF_ERROR(AddNotes());
  // Page starts after the last text (none in practice) mark the end: keep them on the last
  // entry so that their destinations exist.
  if (!pending_pages_.empty() && !flows_.empty() && !flows_.back().entries.empty()) {
    for (model::PageStart& page : pending_pages_) {
      flows_.back().entries.back().page_starts.push_back(std::move(page));
    }
  }
  std::vector<Flow> kept;
  for (Flow& flow : flows_) {
    if (!flow.entries.empty()) kept.push_back(std::move(flow));
  }
  return kept;
}

void FlowBuilder::StartFlow(const model::Division& division) {
  Flow flow;
  flow.id = division.id;
  flow.title = division.title;
  flow.role = division.role;
  flow.kind = division.kind;
  switch (division.kind) {
    case model::DivisionKind::kFront: flow.start_recto = t_.front_on_recto; break;
    case model::DivisionKind::kBody: flow.start_recto = t_.body_on_recto; break;
    case model::DivisionKind::kBack: flow.start_recto = t_.back_on_recto; break;
  }
  flow.at_foot = division.role == "colophon" && t_.colophon_at_bottom;
  flow.sink = flow.at_foot ? 0 : t_.opening_sink;
  flows_.push_back(std::move(flow));
  full_out_next_ = true;
  extra_space_next_ = 0;
}

int FlowBuilder::SpaceBefore() const {
  if (full_out_next_ && extra_space_next_ == 0) return 0;
  return std::max(t_.paragraph_space, extra_space_next_);
}

Status FlowBuilder::AddSection(const model::Section& section) {
  // A division's title that the template leaves unprinted still names the flow: the contents
  // and the bookmarks list the division by its title, at its first page.
  bool printed = !section.heading.division_title || t_.PrintsDivisionTitle(flows_.back().role);
  if (section.has_heading && printed) GALLEY_RETURN_IF_ERROR(AddHeading(section.heading));
  GALLEY_RETURN_IF_ERROR(AddBlocks(section.blocks, Inset{}));
  for (const model::Section& subsection : section.subsections) {
    GALLEY_RETURN_IF_ERROR(AddSection(subsection));
  }
  return Status::Ok();
}

Status FlowBuilder::AddBlocks(const std::vector<model::Block>& blocks, Inset inset) {
  for (const model::Block& block : blocks) GALLEY_RETURN_IF_ERROR(AddBlock(block, inset));
  return Status::Ok();
}

// One block, by reference: a list item's block is never copied into a vector of its own, which
// copied its whole subtree at every level of a nested list (quadratic in the depth).
Status FlowBuilder::AddBlock(const model::Block& block, Inset inset) {
  const double em = t_.size;
  switch (block.kind) {
    case model::BlockKind::kParagraph:
      GALLEY_RETURN_IF_ERROR(AddParagraph(block.inlines, block.range.begin.line, inset, {}));
      break;
    case model::BlockKind::kHeading:
      GALLEY_RETURN_IF_ERROR(AddHeading(block));
      break;
    case model::BlockKind::kSceneBreak:
      AddSceneBreak();
      break;
    case model::BlockKind::kPageStart:
      pending_pages_.push_back(block.page);
      break;
    case model::BlockKind::kBlockQuote: {
      // A quotation: two ems in from both sides, a blank line above and below.
      extra_space_next_ = 1;
      full_out_next_ = true;
      GALLEY_RETURN_IF_ERROR(AddBlocks(block.children, {inset.left + 2 * em,
                                                        inset.right + 2 * em}));
      extra_space_next_ = 1;
      full_out_next_ = true;
      break;
    }
    case model::BlockKind::kList: {
      int number = block.start;
      for (const model::Block& item : block.children) {
        std::string label = block.ordered ? std::to_string(number++) + "." : "\u2022";
        Inset item_inset{inset.left + 1.5 * em, inset.right};
        for (const model::Block& child : item.children) {
          if (child.kind == model::BlockKind::kParagraph) {
            full_out_next_ = true;
            GALLEY_RETURN_IF_ERROR(AddParagraph(child.inlines, child.range.begin.line,
                                                item_inset, std::move(label)));
            label.clear();
          } else {
            GALLEY_RETURN_IF_ERROR(AddBlock(child, item_inset));
          }
        }
      }
      full_out_next_ = true;
      break;
    }
    case model::BlockKind::kListItem:
    case model::BlockKind::kNote:
      GALLEY_RETURN_IF_ERROR(AddBlocks(block.children, inset));
      break;
  }
  return Status::Ok();
}

Status FlowBuilder::AddParagraph(const std::vector<model::Inline>& inlines, int source_line,
                                 Inset inset, std::string label) {
  Flow& flow = flows_.back();
  StyledText text = FlattenInlines(inlines, setter_.BodyStyler(), &setter_.styles());
  if (text.text.find_first_not_of(' ') == std::string::npos) {
    for (PageAnchor& anchor : text.page_starts) pending_pages_.push_back(std::move(anchor.page));
    return Status::Ok();  // nothing to set; its page starts go with the next text
  }
  for (auto it = pending_pages_.rbegin(); it != pending_pages_.rend(); ++it) {
    text.page_starts.insert(text.page_starts.begin(), PageAnchor{0, std::move(*it)});
  }
  pending_pages_.clear();

  // A lead-in (a paragraph opening in small capitals) is set full out (docs/manuscript.md).
  bool lead_in = !inlines.empty() && inlines.front().kind == model::InlineKind::kSmallCaps;
  bool colophon = flow.role == "colophon";
  // Lines broken by hand are verse (docs/manuscript.md): its first line starts where the others
  // do, as a stanza's lines are aligned, not indented like prose.
  bool verse = std::any_of(inlines.begin(), inlines.end(), [](const model::Inline& piece) {
    return piece.kind == model::InlineKind::kLineBreak;
  });
  // Stanzas are set apart by a blank line, as a poem's are; prose paragraphs are not.
  if (verse && last_was_verse_) extra_space_next_ = std::max(extra_space_next_, 1);
  last_was_verse_ = verse;
  ParagraphShape shape;
  shape.measure = t_.text_width() - inset.left - inset.right;
  shape.indent = full_out_next_ || lead_in || colophon || verse || !label.empty() ? 0 : t_.indent;
  shape.justify = t_.justify && !colophon;
  shape.centered = colophon;
  FlowEntry entry;
  entry.kind = EntryKind::kParagraph;
  entry.unbroken = UnbrokenParagraph{std::move(text), shape};
  entry.x_offset = inset.left;
  entry.label = std::move(label);
  entry.space_before = SpaceBefore();
  entry.source_line = source_line;
  flow.entries.push_back(std::move(entry));
  full_out_next_ = false;
  extra_space_next_ = 0;
  return Status::Ok();
}

Status FlowBuilder::AddHeading(const model::Block& heading) {
  const HeadingStyle& style = t_.heading(heading.level);
  if (style.new_page && !flows_.back().entries.empty()) {
    Flow next;  // no destination of its own: the heading carries heading.id
    next.title = flows_.back().title;
    next.role = flows_.back().role;
    next.kind = flows_.back().kind;
    next.start_recto = false;  // heading*.new-page: a new page, not necessarily a recto
    next.sink = t_.opening_sink;
    flows_.push_back(std::move(next));
  }
  Result<FlowEntry> entry = MakeHeadingEntry(setter_, heading.inlines, heading.level,
                                             heading.id, heading.range.begin.line);
  if (!entry.ok()) return entry.take_error();
  entry->page_starts = std::move(pending_pages_);
  pending_pages_.clear();
  flows_.back().entries.push_back(std::move(*entry));
  full_out_next_ = true;
  extra_space_next_ = 0;
  last_was_verse_ = false;
  return Status::Ok();
}

void FlowBuilder::AddSceneBreak() {
  FlowEntry entry;
  entry.kind = EntryKind::kSceneBreak;
  entry.page_starts = std::move(pending_pages_);
  pending_pages_.clear();
  flows_.back().entries.push_back(std::move(entry));
  full_out_next_ = true;
  extra_space_next_ = 0;
  last_was_verse_ = false;
}

// Footnotes are set as endnotes, in their own flow after the text and before the back matter:
// each note's number stands in front of its first line, as in a numbered list.
Status FlowBuilder::AddNotes() {
  if (document_.notes.empty()) return Status::Ok();
  model::Division division;
  division.kind = model::DivisionKind::kBack;
  division.role = "notes";
  const std::string notes = model::BookWords::For(document_.metadata).Get("notes");
  division.title = notes;
  division.id = model::kNotesAnchor;
  StartFlow(division);
  model::Block heading;
  heading.kind = model::BlockKind::kHeading;
  heading.level = 1;
  heading.id = model::kNotesHeadingAnchor;
  model::Inline title;
  title.text = notes;
  heading.inlines.push_back(std::move(title));
  GALLEY_RETURN_IF_ERROR(AddHeading(heading));
  const double em = t_.size;
  for (const model::Block& note : document_.notes) {
    std::string label = std::to_string(note.number) + ".";
    for (const model::Block& child : note.children) {
      full_out_next_ = true;
      if (child.kind == model::BlockKind::kParagraph) {
        GALLEY_RETURN_IF_ERROR(AddParagraph(child.inlines, child.range.begin.line,
                                            Inset{1.5 * em, 0}, std::move(label)));
        label.clear();
      } else {
        GALLEY_RETURN_IF_ERROR(AddBlock(child, Inset{1.5 * em, 0}));
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Status BreakFlow(Flow* flow, Typesetter& typesetter) {
  for (FlowEntry& entry : flow->entries) {
    if (!entry.unbroken) continue;
    Result<BrokenParagraph> broken =
        typesetter.Break(std::move(entry.unbroken->text), entry.unbroken->shape);
    if (!broken.ok()) return broken.take_error();
    entry.paragraph = std::move(*broken);
    entry.unbroken.reset();
  }
  return Status::Ok();
}

Result<FlowEntry> MakeHeadingEntry(Typesetter& typesetter,
                                   const std::vector<model::Inline>& inlines, int level,
                                   std::string id, int source_line) {
  const PrintTemplate& t = typesetter.print_template();
  const HeadingStyle& style = t.heading(level);
  StyledText text = FlattenInlines(inlines, typesetter.HeadingStyler(level),
                                   &typesetter.styles());
  ParagraphShape shape;
  shape.measure = t.text_width();
  shape.indent = 0;
  shape.justify = false;
  shape.centered = style.centered;
  shape.hyphenate = false;
  Result<BrokenParagraph> broken = typesetter.Break(std::move(text), shape);
  if (!broken.ok()) return broken.take_error();

  FlowEntry entry;
  entry.kind = EntryKind::kHeading;
  int lines = static_cast<int>(broken->breaks.lines.size());
  entry.paragraph = std::move(*broken);
  entry.level = level;
  entry.id = std::move(id);
  entry.title = model::PlainText(inlines);
  // The heading takes whole grid lines, so the body text after it stays on the grid.
  entry.heading_lines =
      std::max(1, static_cast<int>(std::ceil(lines * style.leading / t.leading - 0.01)));
  entry.space_before = style.space_before;
  entry.space_after = style.space_after;
  entry.source_line = source_line;
  return entry;
}

Result<std::vector<Flow>> BuildFlows(const model::Document& document, Typesetter& typesetter) {
  return FlowBuilder(document, typesetter).Build();
}

}  // namespace galley::layout
