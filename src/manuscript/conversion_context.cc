#include "manuscript/conversion_context.h"

namespace galley::manuscript {

SourceRange ConversionContext::RangeOf(cmark_node* node) const {
  CmarkSpan span = SpanOf(node);
  if (span.start_line <= 0) return {};
  SourceRange range;
  range.begin = source_.Position(FileLine(span.start_line), span.start_column);
  if (span.end_line <= 0) {
    range.end = range.begin;
  } else if (span.end_column <= 0 && span.end_line > span.start_line) {
    // A container (list, item, thematic break, note) that cmark ends "before the first byte"
    // of the line after its last: it ends with the line before.
    range.end = source_.EndOfLine(FileLine(span.end_line - 1));
  } else {
    range.end = source_.Position(FileLine(span.end_line), span.end_column + 1);  // inclusive
  }
  if (range.end < range.begin) range.end = range.begin;
  return range;
}

HtmlText ConversionContext::HtmlOf(cmark_node* node) const {
  CmarkSpan span = SpanOf(node);
  return HtmlText{LiteralOf(node), FileLine(span.start_line), span.start_column,
                  span.start_column};
}

Result<model::PageStart> ConversionContext::AddPageStart(const std::string& label,
                                                        SourcePos pos) {
  auto [first, inserted] = page_labels_.emplace(label, pos);
  if (!inserted) {
    return source_.MakeError(pos,
                             "page " + label + " is marked twice: here and at " +
                                 source_.Where(first->second),
                             "each print page begins once; remove one of the two markers or "
                             "correct its label");
  }
  return model::ClassifyPageStart(label);
}

std::string ConversionContext::NoteLabel(int number) const {
  if (number >= 1 && number <= static_cast<int>(note_labels_.size())) {
    return note_labels_[number - 1];
  }
  return std::to_string(number);
}

}  // namespace galley::manuscript
