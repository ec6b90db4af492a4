// Block quotations and verse in plain text. Project Gutenberg texts (and many typed sources) set
// a quotation off by indenting its lines: two or more spaces further in than the body's left
// edge, verse one line per verse line, stanzas or paragraphs separated by blank lines. The rule
// reads only indentation and line lengths, never words (docs/corrections.md, "block-quote"):
//
// - The body's left edge is the most common indentation of the text's long lines (50 columns
//   of text or more: wrapped prose, where verse and headings are short; of all its lines when
//   none is that long), so a book of verse with a prose preface finds the preface's; its measure is
//   where nine lines in ten at that edge end (the 90th percentile of their end columns).
// - A run is a maximal sequence of non-blank lines each indented at least two columns past the
//   body's edge. It is quoted when (1) it has two or more lines and at least half of them, and
//   at least two, start at its own left edge (lines centred or OCR's ragged spaces start at a
//   different column each); (2) that edge lies within a quarter of the measure of the body's
//   edge (a signature, a date or a centred line is set further in); (3) it is bounded on both
//   sides by a blank line, the text's start or end, or a line at the body's very edge (OCR's
//   stray spaces leave lines one or two columns off the edge on either side); (4) when it
//   follows a text line directly, without a blank line, its first letter is not lower case and
//   that line does not start a list item: lower case, or after an item, it is a hanging indent,
//   the rest of that paragraph or item; (5) it holds no list item of its own; (6) its edge is
//   not the text's paragraph indent: in a text that indents its paragraphs' first lines (three
//   or more one-line indented runs at one indentation followed directly by a line at the
//   body's edge), consecutive one-line paragraphs at that indentation are dialogue.
// - A one-line run at a quoted run's left edge, with only blank lines between them, joins that
//   quotation (a one-line stanza or closing line). Quoted runs with only blank lines between
//   them are one quotation; each run is one of its paragraphs (stanzas).
// - A quotation is verse, its line breaks kept, when every line but each run's last ends
//   before three quarters of the measure (prose is wrapped near it), or when it has at least two
//   lines after its runs' first lines and each of those begins with a capital (as verse lines
//   traditionally do; wrapped prose's continuation lines mostly begin in lower case).
#pragma once

#include <optional>
#include <vector>

#include "clean/list_items.h"
#include "clean/source_text.h"

namespace galley {

struct QuotedLine {
  int quotation = 0;   // which quotation the line stands in: 1, 2, … in the text's order
  bool verse = false;  // the quotation keeps its lines
};

// For each of `lines`, the quotation it stands in, if any. `list_items` is FindListItems's
// answer for the same lines (empty when the list rule is off).
std::vector<std::optional<QuotedLine>> FindIndentedQuotes(
    const std::vector<SourceLine>& lines,
    const std::vector<std::optional<ListItemStart>>& list_items);

}  // namespace galley
