// cmark-gfm, the CommonMark reference parser with GitHub's footnotes, behind a small RAII
// wrapper. Only this module's converters see cmark nodes; nothing leaves it but the model.
#pragma once

#include <cmark-gfm.h>

#include <memory>
#include <string_view>

namespace galley::manuscript {

struct CmarkNodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
using CmarkTree = std::unique_ptr<cmark_node, CmarkNodeDeleter>;

// Parses `text` with source positions and footnotes (CMARK_OPT_SOURCEPOS |
// CMARK_OPT_FOOTNOTES); raw HTML is kept, for the Galley tags. Lines are numbered from 1 at
// text[0]. Never fails: CommonMark gives every input a meaning.
CmarkTree ParseCommonMark(std::string_view text);

// cmark's position of a node: 1-based line and byte column, the end column inclusive.
// Soft and hard line breaks have none (all 0).
struct CmarkSpan {
  int start_line = 0;
  int start_column = 0;
  int end_line = 0;
  int end_column = 0;
};
CmarkSpan SpanOf(cmark_node* node);

// A node's literal text (text, code, HTML); "" for nodes that have none.
std::string_view LiteralOf(cmark_node* node);

}  // namespace galley::manuscript
