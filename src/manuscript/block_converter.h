// cmark block nodes → model blocks: paragraphs, ATX and setext headings, thematic breaks as
// scene breaks, block quotes, lists and their items, block page markers (`<pb n="…"/>` as an
// HTML block), and footnote definitions as the document's notes. Division tags are passed on,
// in order, for the division builder; they may stand only at the top level.
#pragma once

#include <vector>

#include "base/result.h"
#include "manuscript/conversion_context.h"
#include "manuscript/galley_tag.h"
#include "model/document.h"

namespace galley::manuscript {

// One top-level piece of the body, in reading order: a block or a division tag.
struct BodyItem {
  bool is_division_tag = false;
  model::Block block;  // when not a division tag
  GalleyTag tag;       // when a division tag
};

struct ConvertedBody {
  std::vector<BodyItem> items;
  std::vector<model::Block> notes;  // kNote blocks, numbered 1… in order of first reference
};

// Converts the cmark document. Errors: code blocks, raw HTML other than Galley tags, <sc>
// outside a paragraph, a division tag inside a block quote, list or note, a note that nothing
// refers to, and everything ConvertInlines reports.
Result<ConvertedBody> ConvertBody(cmark_node* document, ConversionContext& context);

}  // namespace galley::manuscript
