#include "manuscript/inline_positions.h"

namespace galley::manuscript {

InlinePositions::InlinePositions(const ConversionContext& context, cmark_node* block)
    : context_(context) {
  CmarkSpan span = SpanOf(block);
  prefix_bytes_ = span.start_column > 0 ? span.start_column - 1 : 0;
  last_end_ = {context.FileLine(span.start_line), span.start_column > 0 ? span.start_column : 1};
}

int InlinePositions::ContentStart(int line) const {
  std::string_view text = context_.source().Line(line);
  size_t at = std::min(static_cast<size_t>(prefix_bytes_), text.size());
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
  return static_cast<int>(at) + 1;
}

BytePos InlinePositions::Begin(cmark_node* node) {
  CmarkSpan span = SpanOf(node);
  if (span.start_line <= 0) return last_end_;  // cmark gave none (seen after failed footnotes)
  int reported_line = context_.FileLine(span.start_line);
  if (after_break_) {
    after_break_ = false;
    int expected_line = last_end_.line + 1;
    if (reported_line + line_shift_ == expected_line) {
      column_shift_ = 0;  // cmark advanced its counters itself
    } else {
      line_shift_ = expected_line - reported_line;
      column_shift_ = span.start_column - ContentStart(expected_line);
    }
  }
  BytePos begin{reported_line + line_shift_, span.start_column - column_shift_};
  last_end_ = begin;
  return begin;
}

BytePos InlinePositions::End(cmark_node* node) {
  CmarkSpan span = SpanOf(node);
  if (span.end_line <= 0) return last_end_;
  // A node spanning lines (a code span, inline HTML) makes cmark restart its columns.
  if (span.end_line > span.start_line) column_shift_ = 0;
  BytePos end{context_.FileLine(span.end_line) + line_shift_,
              span.end_column - column_shift_ + 1};
  if (end.line < last_end_.line ||
      (end.line == last_end_.line && end.byte_column < last_end_.byte_column)) {
    end = last_end_;
  }
  last_end_ = end;
  return end;
}

SourcePos InlinePositions::ToSource(BytePos pos) const {
  return context_.source().Position(pos.line, pos.byte_column);
}

}  // namespace galley::manuscript
