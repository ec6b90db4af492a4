// The source as a sequence of blocks — paragraphs, headings, scene breaks and print page
// markers — each remembering the source line it starts on. Lines are classified by the rules
// in line_rules.h; noise lines and stray numbers are dropped (and recorded); consecutive text
// lines form one paragraph; blank and dropped lines separate blocks.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"

#include "clean/inline_text.h"
#include "clean/review.h"
#include "clean/source_text.h"

namespace galley {

enum class BlockKind { kParagraph, kHeading, kSceneBreak, kPageMarker };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  int line = 0;             // the source line it starts on; unique among blocks
  std::string source_text;  // that line as corrected: what structure.tsv anchors match
  int level = 0;            // kHeading: 1–6
  std::string label;        // kPageMarker: the print page's label
  InlineText text;          // kParagraph and kHeading
};

// The blocks of `lines` (source.ocr.txt after corrections). Every dropped line, folio, scene
// break and emphasis is recorded in `review`.
std::vector<Block> BuildBlocks(const std::vector<SourceLine>& lines, Review* review);

// Each print page is marked once: a folio that stands twice (a page scanned twice, a misread
// number) would make a manuscript no back end accepts, so it is an error at the second one,
// naming the first — the editor settles it in corrections.tsv.
Status CheckFoliosUnique(const std::vector<Block>& blocks, const std::string& source_path);

}  // namespace galley
