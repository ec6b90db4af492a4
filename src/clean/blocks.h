// The source as a sequence of blocks — paragraphs, headings, list items, notes, scene breaks
// and print page markers — each remembering the source line it starts on. Lines are classified
// by the rules in line_rules.h (and, for a Project Gutenberg text, its bracketed illustrations
// and notes, gutenberg_lines.h); noise lines and stray numbers are dropped (and recorded);
// consecutive text lines form one paragraph; blank and dropped lines separate blocks, and so
// does the start or end of an indented quotation (indented_quotes.h).
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

#include "clean/inline_text.h"
#include "clean/review.h"
#include "clean/rule_set.h"
#include "clean/source_text.h"

namespace galley {

enum class BlockKind { kParagraph, kHeading, kSceneBreak, kPageMarker, kListItem, kNote };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int line = 0;             // the source line it starts on; unique among blocks
  std::string source_text;  // that line as corrected: what structure.tsv anchors match
  int level = 0;            // kHeading: 1–6
  // kPageMarker: the print page's label. kNote: the note's label in the source ("1"), empty
  // for a further paragraph of the note before it.
  std::string label;
  InlineText text;          // kParagraph, kHeading, kListItem and kNote
  bool numbered = false;    // kListItem: an item of an ordered list, numbered `number`
  int number = 0;
  // kParagraph: the block quotation it stands in (1, 2, … in the text's order; 0 for none),
  // consecutive paragraphs of one quotation sharing it, and whether it keeps its lines (verse).
  int quotation = 0;
  bool verse = false;
};

// Whether the block holds text that rules read (a paragraph, heading, list item or note).
bool HasText(const Block& block);

// The blocks of `lines` (the source after corrections and drops), read as `rules` say (the
// source's format, which rules run). Every dropped line, folio, scene break, heading, list item
// and emphasis is recorded in `review`.
std::vector<Block> BuildBlocks(const std::vector<SourceLine>& lines, const RuleSet& rules,
                               Review* review);

// BuildBlocks with the default rules for OCR text.
std::vector<Block> BuildBlocks(const std::vector<SourceLine>& lines, Review* review);

// Each print page is marked once: a folio that stands twice (a page scanned twice, a misread
// number) would make a manuscript no back end accepts, so it is an error at the second one,
// naming the first — the editor settles it in corrections.tsv.
Status CheckFoliosUnique(const std::vector<Block>& blocks, const std::string& source_path);

}  // namespace galley
