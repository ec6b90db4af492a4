#include "manuscript/cmark_tree.h"

namespace galley::manuscript {

CmarkTree ParseCommonMark(std::string_view text) {
  return CmarkTree(cmark_parse_document(text.data(), text.size(),
                                        CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES));
}

CmarkSpan SpanOf(cmark_node* node) {
  return {cmark_node_get_start_line(node), cmark_node_get_start_column(node),
          cmark_node_get_end_line(node), cmark_node_get_end_column(node)};
}

std::string_view LiteralOf(cmark_node* node) {
  const char* literal = cmark_node_get_literal(node);
  return literal == nullptr ? std::string_view() : std::string_view(literal);
}

}  // namespace galley::manuscript
