#include "manuscript/source_text.h"

#include <algorithm>

#include "base/utf8.h"

namespace galley::manuscript {

SourceText::SourceText(std::string path, std::string_view text)
    : path_(std::move(path)), text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n' && i + 1 < text_.size()) line_starts_.push_back(i + 1);
  }
}

size_t SourceText::LineStart(int line) const {
  if (line < 1) return 0;
  if (line > line_count()) return text_.size();
  return line_starts_[line - 1];
}

std::string_view SourceText::Line(int line) const {
  if (line < 1 || line > line_count()) return {};
  size_t start = line_starts_[line - 1];
  size_t end = line < line_count() ? line_starts_[line] : text_.size();
  std::string_view result = text_.substr(start, end - start);
  if (!result.empty() && result.back() == '\n') result.remove_suffix(1);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

SourcePos SourceText::Position(int line, int byte_column) const {
  if (line < 1) return {1, 1};
  std::string_view text = Line(line);
  int target = std::clamp(byte_column - 1, 0, static_cast<int>(text.size()));
  if (line != cursor_line_ || target < cursor_byte_) {
    cursor_line_ = line;
    cursor_byte_ = 0;
    cursor_column_ = 1;
  }
  for (; cursor_byte_ < target; ++cursor_byte_) {
    // A code point starts at every byte that is not a continuation byte (10xxxxxx).
    if ((static_cast<unsigned char>(text[cursor_byte_]) & 0xC0) != 0x80) ++cursor_column_;
  }
  return {line, cursor_column_};
}

SourcePos SourceText::PositionOfOffset(size_t offset) const {
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  int line = static_cast<int>(after - line_starts_.begin());
  return Position(line, static_cast<int>(offset - line_starts_[line - 1]) + 1);
}

SourcePos SourceText::EndOfLine(int line) const {
  return Position(line, static_cast<int>(Line(line).size()) + 1);
}

Error SourceText::MakeError(SourcePos pos, std::string message, std::string hint) const {
  Error error = InputError({path_, pos}, std::move(message), std::move(hint));
  error.source_line = std::string(Line(pos.line));
  return error;
}

std::string SourceText::Where(SourcePos pos) const {
  return SourceLocation{path_, pos}.ToString();
}

}  // namespace galley::manuscript
