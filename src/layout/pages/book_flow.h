// The book as flows: each division of the model (and the notes, if any) becomes a flow of
// entries — broken paragraphs, headings and scene breaks — that begins on a new page and is
// cut into pages by the page builder. Block quotes and lists become indented paragraphs;
// the original's page starts become anchors on the line where that page began.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/pages/typesetter.h"
#include "model/document.h"

namespace galley::layout {

enum class EntryKind { kParagraph, kHeading, kSceneBreak };

// A paragraph's text and shape, not broken yet.
struct UnbrokenParagraph {
  StyledText text;
  ParagraphShape shape;
};

struct FlowEntry {
  EntryKind kind = EntryKind::kParagraph;
  BrokenParagraph paragraph;  // paragraphs and headings
  // A body paragraph waits here until its flow is broken (BreakFlow), so that the breaker's
  // items, the largest part of a paragraph, are held for one flow at a time, not for the book.
  std::optional<UnbrokenParagraph> unbroken;
  std::vector<SetLine> lines; // filled once the page builder has chosen the breaking
  int level = 0;              // heading level
  std::string id;             // heading anchor
  std::string title;          // heading text, plain
  std::vector<model::PageStart> page_starts;  // the original's pages beginning at this heading
                                             // or break
  double x_offset = 0;        // from the text block's left edge (quotes, lists)
  std::string label;          // a list item's number or bullet, set in front of the first line
  int space_before = 0;       // grid lines, dropped at a page top
  int heading_lines = 0;      // grid lines a heading's text takes
  int space_after = 0;        // grid lines below a heading
  int source_line = 0;
};

struct Flow {
  std::string id;     // named destination at the flow's start
  std::string title;  // the division's title (outline, contents, running heads)
  std::string role;   // "biography", "colophon", "notes", …; empty for body text
  model::DivisionKind kind = model::DivisionKind::kBody;
  bool start_recto = true;
  bool at_foot = false;  // set at the foot of its last page (a colophon)
  int sink = 0;          // grid lines left empty above the first page's text
  std::vector<FlowEntry> entries;  // emptied once the flow's pages are composed
  bool titled = false;   // its title is a bookmark of its own (set when its pages are composed)
};

// A heading entry: its text broken in the template's style for `level`.
Result<FlowEntry> MakeHeadingEntry(Typesetter& typesetter,
                                   const std::vector<model::Inline>& inlines, int level,
                                   std::string id, int source_line);

// Builds every flow of the book, its headings broken and its paragraphs waiting for BreakFlow.
// Errors: a character no font has in a heading, with its manuscript position.
Result<std::vector<Flow>> BuildFlows(const model::Document& document, Typesetter& typesetter);

// Breaks the flow's paragraphs that wait (FlowEntry::unbroken), in order: what the page builder
// needs before it cuts the flow into pages. Errors: a character no font has, with its manuscript
// position.
Status BreakFlow(Flow* flow, Typesetter& typesetter);

}  // namespace galley::layout
